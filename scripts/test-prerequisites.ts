/**
 * First step of `npm test`: make sure Debian's Chromium and nginx are on the machine, installing the
 * missing ones with apt-get (as root, or with password-less sudo) and saying so, the way Playwright's
 * `install --with-deps` does for its own browsers. Where it cannot, it stops before any test starts
 * with the one command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PROGRAMS, chromiumPath as chromiumIn, nginxPath as nginxIn, planPrerequisites } from './lib/test-prerequisites.ts';

const chromiumPath = chromiumIn();
const nginxPath = nginxIn();

const succeeds = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

const plan = planPrerequisites({
  hasChromium: existsSync(chromiumPath),
  hasNginx: existsSync(nginxPath),
  customChromiumPath: chromiumPath === DEBIAN_PROGRAMS.chromium ? undefined : chromiumPath,
  customNginxPath: nginxPath === DEBIAN_PROGRAMS.nginx ? undefined : nginxPath,
  isRoot: process.getuid?.() === 0,
  hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
  hasPasswordlessSudo: process.getuid?.() !== 0 && succeeds('sudo', ['-n', 'true']),
});

if (plan.action === 'stop') {
  console.error(`\n${plan.message}`);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`The tests need Debian's ${plan.packages.join(' and ')}, which are not installed: installing them with apt-get.`);
  for (const [cmd, ...args] of plan.commands) {
    console.log(`$ ${[cmd, ...args].join(' ')}`);
    const run = spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(`\n\`${[cmd, ...args].join(' ')}\` failed (exit ${run.status}). Fix the cause above, then run the tests again.`);
      process.exit(1);
    }
  }
  if (!existsSync(chromiumPath) || !existsSync(nginxPath)) {
    console.error(`\napt-get finished, but ${!existsSync(chromiumPath) ? chromiumPath : nginxPath} is still missing.`);
    process.exit(1);
  }
  console.log(`Installed ${plan.packages.join(' and ')}.`);
}
