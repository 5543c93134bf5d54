import { describe, expect, it } from 'vitest';
import { planPrerequisites, type MachineFacts } from '../../scripts/lib/test-prerequisites.ts';

const ready: MachineFacts = { hasChromium: true, hasNginx: true, isRoot: false, hasAptGet: true, hasPasswordlessSudo: false };

describe('what `npm test` does about Chromium and nginx', () => {
  it('does nothing when both are there', () => {
    expect(planPrerequisites(ready)).toEqual({ action: 'none' });
  });

  it('installs only what is missing, as root, after an apt-get update', () => {
    expect(planPrerequisites({ ...ready, hasNginx: false, isRoot: true })).toEqual({
      action: 'install',
      packages: ['nginx'],
      commands: [
        ['apt-get', 'update', '-q'],
        ['apt-get', 'install', '-y', '-q', 'nginx'],
      ],
    });
    expect(planPrerequisites({ ...ready, hasChromium: false, hasNginx: false, isRoot: true })).toMatchObject({
      packages: ['chromium', 'nginx'],
    });
  });

  it('uses sudo when it needs no password', () => {
    const plan = planPrerequisites({ ...ready, hasChromium: false, hasPasswordlessSudo: true });
    expect(plan).toEqual({
      action: 'install',
      packages: ['chromium'],
      commands: [
        ['sudo', '-n', 'apt-get', 'update', '-q'],
        ['sudo', '-n', 'apt-get', 'install', '-y', '-q', 'chromium'],
      ],
    });
  });

  it('stops with the one command to run when it cannot install', () => {
    const plan = planPrerequisites({ ...ready, hasChromium: false, hasNginx: false });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain('sudo apt-get update && sudo apt-get install -y chromium nginx');
  });

  it('stops and says so on a machine without apt-get', () => {
    const plan = planPrerequisites({ ...ready, hasNginx: false, isRoot: true, hasAptGet: false });
    expect(plan).toMatchObject({ action: 'stop' });
    expect(plan.action === 'stop' && plan.message).toMatch(/no apt-get.*NGINX_PATH/s);
  });

  it('does not apt-get over a custom path that is missing', () => {
    const plan = planPrerequisites({ ...ready, hasChromium: false, customChromiumPath: '/opt/chrome/chrome', isRoot: true });
    expect(plan).toEqual({
      action: 'stop',
      message: "CHROMIUM_PATH=/opt/chrome/chrome does not exist. Point it at an installed program, or unset it to use Debian's.",
    });
  });
});
