/**
 * The build's last step: gzip copies of the built files, and Pagefind's files unpacked beside their
 * gzip (src/built-site/precompress-files.ts does the work and says why).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompressTree } from '../built-site/precompress-files.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function precompress(): AstroIntegration {
  return {
    name: 'nis:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, bytes, compressedBytes } = await precompressTree(fileURLToPath(dir));
        logger.info(
          `Wrote gzip copies of ${files} files (${mib(bytes)} to ${mib(compressedBytes)}) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
