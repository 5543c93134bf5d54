/** Debian's Chromium driven by playwright-core (no browser download: see README). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './test-prerequisites.ts';

export const CHROMIUM_PATH = chromiumPath();

/** The flags every Chromium here starts with: headless, and nothing fetched but the pages asked for. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
