import { launchBrowser } from './scripts/lib/browser.ts';
import { serve } from './scripts/lib/static-server.ts';
const server = await serve('dist', { gzip: true });
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
for (const [name, path] of [['neli', '/interventions/neli/'], ['pretv', '/strategies/pre-teaching-vocabulary/']]) {
  await page.goto(new URL(path!, server.url).href);
  const el = page.locator('.app-evidence').first();
  console.log(name, await el.count());
  if (await el.count()) await el.screenshot({ path: `/tmp/shots/${name}-evidence.png` });
}
await page.goto(new URL('/find-support/working-memory/primary/', server.url).href);
await page.screenshot({ path: '/tmp/shots/find-full.png', fullPage: true });
await browser.close();
await server.close();
