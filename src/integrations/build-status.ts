/**
 * Records whether the output folder holds a finished build (src/lib/build-stamp.ts), for
 * `npm run preview`: `buildStarted` clears the record before anything can fail (listed first, ahead
 * of the content gate), `buildFinished` writes it once every other integration's astro:build:done
 * has run (listed last).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { clearBuildStamp, writeBuildStamp } from '../lib/build-stamp.ts';

export function buildStarted(): AstroIntegration {
  return {
    name: 'nis:build-started',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') clearBuildStamp(fileURLToPath(config.cacheDir));
      },
    },
  };
}

export function buildFinished(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'nis:build-finished',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir }) => writeBuildStamp(cacheDir, fileURLToPath(dir)),
    },
  };
}
