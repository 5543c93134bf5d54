/** Debian's Chromium driven by playwright-core (no browser download: see README). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './test-prerequisites.ts';

export const CHROMIUM_PATH = chromiumPath();

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
