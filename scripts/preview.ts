/**
 * npm run preview: serves the built site (astro preview, with the arguments given) only when dist/ is
 * the output of a build that finished. After a failed `npm run build`, dist/ still holds an older
 * build; serving it as if nothing had happened would show an editor pages without their change.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { finishedBuild } from '../src/lib/build-stamp.ts';
import { cacheDirSetting, outDirSetting } from '../src/lib/paths.ts';

const outDir = outDirSetting();
if (!finishedBuild(outDir, cacheDirSetting())) {
  console.error(
    [
      `Not serving ${outDir}: it is not the output of a finished build.`,
      'The last build failed or was stopped (or there has not been one), so the pages there may be older than the content.',
      'Build the site and fix any problem it reports, then preview again:',
      '',
      '  npm run build && npm run preview',
      '',
      'or both at once: npm start',
    ].join('\n'),
  );
  process.exit(1);
}

const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
