/**
 * A build prints only what an editor must act on. Warnings that dependencies print on every build,
 * and that nobody can act on, are hidden here, in this one place, each with the reason it is safe
 * to hide; every other warning still shows. tests/build/quiet-build.test.ts keeps the fixture
 * build free of warnings, so new noise is either fixed or listed here with its reason.
 */
import type { AstroIntegration } from 'astro';
import type { Logger, Plugin } from 'vite';
import { stripVTControlCharacters } from 'node:util';

interface KnownNoise {
  /** Every one of these must be in the warning's text. */
  says: readonly string[];
  why: string;
}

const KNOWN_NOISE: readonly KnownNoise[] = [
  {
    says: ['[MODULE_LEVEL_DIRECTIVE]', '"use astro:head-inject"'],
    why:
      'Astro starts every compiled MDX file with this directive for its own use, and Rolldown warns once per ' +
      'MDX file that bundling may not keep it (withastro/astro#18087): harmless, and nothing to do with the content.',
  },
  {
    says: ['govuk-crest.svg', "didn't resolve at build time"],
    why:
      "GOV.UK Frontend's footer styles draw the Royal crest for GOV.UK's own copyright logo " +
      '(.govuk-footer__copyright-logo) from /assets/images/govuk-crest.svg. The site has no such logo, ' +
      'so the image is never asked for and there is nothing to resolve.',
  },
];

/** True when a warning's text is known noise. */
function isKnownNoise(warning: string): boolean {
  const text = stripVTControlCharacters(warning);
  return KNOWN_NOISE.some((noise) => noise.says.every((part) => text.includes(part)));
}

const quieted = new WeakSet<Logger>();

/** Vite (and Rolldown, through Vite) print warnings with the logger Astro gives it: filter it there. */
function quietViteLogger(): Plugin {
  return {
    name: 'nis:quiet-build',
    configResolved({ logger }) {
      if (quieted.has(logger)) return;
      quieted.add(logger);
      const { warn, warnOnce } = logger;
      logger.warn = (message, options) => {
        if (!isKnownNoise(message)) warn.call(logger, message, options);
      };
      logger.warnOnce = (message, options) => {
        if (!isKnownNoise(message)) warnOnce.call(logger, message, options);
      };
    },
  };
}

export function quietBuild(): AstroIntegration {
  return {
    name: 'nis:quiet-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [quietViteLogger()] } });
      },
    },
  };
}
