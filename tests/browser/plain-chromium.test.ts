/**
 * The benchmark's cold page loads (scripts/lib/plain-chromium.ts, scripts/lib/bench-pages.ts): a
 * plain Chromium opens the fixture's shared search link and its engine floor, each page reports by
 * beacon when its first results are in, and nothing is left behind. Timings are not checked here
 * (tests do not time things); that the reports arrive and make sense is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type RunningServer } from '../../scripts/lib/static-server.ts';
import { LAUNCH_PAGE, LAUNCH_PATH, REPORT_PATH, inPlainChromium } from '../../scripts/lib/plain-chromium.ts';
import { ENGINE_FLOOR_PAGE, ENGINE_FLOOR_PATH, parseReport, withFirstResultReporter } from '../../scripts/lib/bench-pages.ts';
import { searchPageUrl } from '../../src/domain/routes.ts';
import { FIXTURE_DIST } from '../helpers/fixture.ts';

let server: RunningServer;
let received: ((body: string) => void) | undefined;
const nextReport = () => new Promise<string>((resolve) => (received = resolve));
const profiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('nis-plain-chromium-'));

beforeAll(async () => {
  const searchPage = readFileSync(join(FIXTURE_DIST, searchPageUrl(), 'index.html'), 'utf8');
  server = await serve(FIXTURE_DIST, {
    gzip: true,
    extraPages: {
      [LAUNCH_PATH]: LAUNCH_PAGE,
      [ENGINE_FLOOR_PATH]: ENGINE_FLOOR_PAGE,
      [searchPageUrl()]: withFirstResultReporter(searchPage),
      '/silent/': '<!DOCTYPE html><title>Silent</title>',
    },
    beacon: { path: REPORT_PATH, receive: (body) => received?.(body) },
  });
});
afterAll(() => server?.close());

const launch = (path: string) => `${server.url}${LAUNCH_PATH}?to=${encodeURIComponent(path)}`;

describe('cold page loads in a plain Chromium', () => {
  it('the shared search link reports its first result and first paint, timed from its own navigation', async () => {
    const before = profiles();
    const startedAt = Date.now();
    const report = parseReport(await inPlainChromium(launch(searchPageUrl('q=memory')), nextReport()));
    expect(report.at).toBeGreaterThan(0);
    // Its navigation began after the launcher's wait, not when Chromium started.
    expect(report.origin).toBeGreaterThan(startedAt + 1000);
    expect(report.origin).toBeLessThan(Date.now());
    expect(report.paint).not.toBeNull();
    expect(report.paint!).toBeLessThanOrEqual(report.at);
    expect(profiles()).toEqual(before);
  });

  it('the engine floor reports its first screen', async () => {
    const report = parseReport(await inPlainChromium(launch(`${ENGINE_FLOOR_PATH}?q=memory`), nextReport()));
    expect(report.at).toBeGreaterThan(0);
    expect(report.paint).toBeNull();
  });

  it('a page that never reports is an error naming it, and the browser is still cleaned up', async () => {
    const before = profiles();
    await expect(inPlainChromium(launch('/silent/'), nextReport(), 5000)).rejects.toThrow(/silent.*no report within 5000 ms/);
    expect(profiles()).toEqual(before);
  });

  it('the reporter goes in before the page’s policy, and a page without a charset is refused', () => {
    const html = withFirstResultReporter(readFileSync(join(FIXTURE_DIST, searchPageUrl(), 'index.html'), 'utf8'));
    expect(html.indexOf(REPORT_PATH)).toBeLessThan(html.indexOf('Content-Security-Policy'));
    expect(() => withFirstResultReporter('<html><head></head></html>')).toThrow(/no <meta charset="utf-8">/);
  });
});
