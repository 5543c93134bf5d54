/**
 * Placeholders: the text `npm run new` leaves for an editor to replace. Every one holds the word
 * TODO, and so does any note an editor leaves for later, so the word is the convention: `npm run
 * check` warns about it in a draft and `npm run publish` refuses a draft that still holds it.
 */
import { rule } from './problems.ts';

/** The placeholder the scaffolds write. */
export const PLACEHOLDER = 'TODO: replace this placeholder';

const PLACEHOLDER_WORD = /\bTODO\b/;

/** Where in `text` a placeholder starts (the word TODO, in capitals), or -1. */
export const placeholderAt = (text: string): number => PLACEHOLDER_WORD.exec(text)?.index ?? -1;
export const hasPlaceholder = (text: string): boolean => placeholderAt(text) >= 0;

/** Where in a version a placeholder was found: its line, and the frontmatter field or the body. */
export interface PlaceholderFound {
  line: number;
  /** Undefined for a YAML comment. */
  field?: string | undefined;
  /** The text that holds it: the field's value, or the line. */
  text: string;
}

export interface PlaceholderContext {
  file: string;
  status: 'published' | 'draft';
  found: readonly PlaceholderFound[];
}

const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * A draft still holds a placeholder. A warning, not an error: a draft is work in progress and the
 * site still builds; publish refuses it. Published versions are frozen, so they are not reported.
 */
export const leftoverPlaceholder = rule<PlaceholderContext>('placeholder', ({ file, status, found }) =>
  status !== 'draft'
    ? []
    : found.map(({ line, field, text }) => ({
        file,
        line,
        field,
        message: `found the placeholder "${shortened(text.trim())}"; replace it with the real text before publishing`,
      })),
);
