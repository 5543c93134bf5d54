/**
 * Runs every content check before Astro starts building, so a malformed entry fails the build with
 * exactly the report `npm run check` prints (file, line, field, found, allowed), not Astro's own
 * error formatting. Only errors fail it; the style gate's warnings are left to `npm run check -- --style`.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/check-content.ts';
import { ContentError, errorsOf, formatReport } from '../domain/problems.ts';
import { contentDir } from '../lib/paths.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'nis:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro preview` serves a finished build (scripts/preview.ts), not today's content.
        if (command === 'preview') return;
        // Only the style rules that can fail run here: the build needs no warnings of the style gate,
        // and retext-simplify and retext-passive are most of its cost (decision 10).
        const { problems } = checkContent(contentDir(), { style: 'errors' });
        if (problems.length === 0) return;
        // Warnings (a draft's leftover placeholders) are printed and never stop a build.
        if (!errorsOf(problems).length) return logger.warn(`\n${formatReport(problems)}`);
        if (command === 'build') {
          const error = new ContentError(problems);
          // The report says where and how to fix each problem; a stack trace after it only buries it.
          error.stack = '';
          throw error;
        }
        // In dev the author is mid-edit: report, keep serving.
        logger.error(`\n${formatReport(problems)}`);
      },
    },
  };
}
