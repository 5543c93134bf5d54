/**
 * What the tests need from the machine beyond npm: Debian's Chromium (browser tests) and nginx (the
 * deploy test). Pure: the facts about the machine come in, a plan comes out (the paths read the environment), so every branch is
 * unit-tested without touching apt.
 */

export interface MachineFacts {
  /** Whether the browser the tests will launch exists (CHROMIUM_PATH, or /usr/bin/chromium). */
  hasChromium: boolean;
  /** Whether the nginx the deploy test will start exists (NGINX_PATH, or /usr/sbin/nginx). */
  hasNginx: boolean;
  /** Set when CHROMIUM_PATH / NGINX_PATH point somewhere else: apt cannot fix a missing custom path. */
  customChromiumPath?: string;
  customNginxPath?: string;
  isRoot: boolean;
  hasAptGet: boolean;
  /** `sudo -n true` succeeded: sudo works without a password prompt. */
  hasPasswordlessSudo: boolean;
}

export type Plan =
  { action: 'none' } | { action: 'install'; packages: string[]; commands: string[][] } | { action: 'stop'; message: string };

/** The Debian packages, in the order they are named to the user. */
export const TEST_PACKAGES = { chromium: 'chromium', nginx: 'nginx' } as const;

/** Where Debian installs them; CHROMIUM_PATH and NGINX_PATH point the tests at other programs. */
export const DEBIAN_PROGRAMS = { chromium: '/usr/bin/chromium', nginx: '/usr/sbin/nginx' } as const;
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env.CHROMIUM_PATH ?? DEBIAN_PROGRAMS.chromium;
export const nginxPath = (env: NodeJS.ProcessEnv = process.env) => env.NGINX_PATH ?? DEBIAN_PROGRAMS.nginx;

export function planPrerequisites(facts: MachineFacts): Plan {
  const missingCustom: string[] = [];
  if (!facts.hasChromium && facts.customChromiumPath) missingCustom.push(`CHROMIUM_PATH=${facts.customChromiumPath} does not exist.`);
  if (!facts.hasNginx && facts.customNginxPath) missingCustom.push(`NGINX_PATH=${facts.customNginxPath} does not exist.`);
  if (missingCustom.length > 0) {
    return { action: 'stop', message: `${missingCustom.join(' ')} Point it at an installed program, or unset it to use Debian's.` };
  }

  const packages: string[] = [];
  if (!facts.hasChromium) packages.push(TEST_PACKAGES.chromium);
  if (!facts.hasNginx) packages.push(TEST_PACKAGES.nginx);
  if (packages.length === 0) return { action: 'none' };

  const install = ['apt-get', 'install', '-y', '-q', ...packages];
  const oneCommand = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  if (!facts.hasAptGet) {
    return {
      action: 'stop',
      message:
        `The tests need ${packages.join(' and ')}, and this machine has no apt-get to install them. ` +
        'Install them with your package manager, then set CHROMIUM_PATH and NGINX_PATH to their programs if they are not at /usr/bin/chromium and /usr/sbin/nginx.',
    };
  }
  if (facts.isRoot) return { action: 'install', packages, commands: [['apt-get', 'update', '-q'], install] };
  if (facts.hasPasswordlessSudo)
    return {
      action: 'install',
      packages,
      commands: [
        ['sudo', '-n', 'apt-get', 'update', '-q'],
        ['sudo', '-n', ...install],
      ],
    };
  return {
    action: 'stop',
    message: `The tests need Debian's ${packages.join(' and ')}. Run this once, then run the tests again:\n\n  ${oneCommand}\n`,
  };
}
