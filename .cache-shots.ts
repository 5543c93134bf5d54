import { launchBrowser } from './scripts/lib/browser.ts';
import { serve } from './scripts/lib/static-server.ts';
const server = await serve('dist', { gzip: true } as never);
const base = (server as unknown as { url: string }).url;
const browser = await launchBrowser();
const pages = [['neli', '/interventions/neli/'], ['wmt', '/interventions/working-memory-training/'], ['find', '/find-support/working-memory/primary/'], ['pretv', '/strategies/pre-teaching-vocabulary/'], ['method','/methodology/']];
for (const width of [1280, 375]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  for (const [name, path] of pages) {
    await page.goto(new URL(path!, base).href);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: name !== 'method' && width === 375 ? false : false });
    const sw = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    console.log(name, width, 'scrollWidth', sw);
  }
  await ctx.close();
}
await browser.close();
await (server as unknown as { close(): Promise<void> }).close();
