/**
 * Edits to a version file's frontmatter that change only the lines they must: the authoring
 * commands change a few top-level fields (status, published, review, changes) and leave every other
 * byte as the editor wrote it, comments, key order, long lines and flow lists `[a, b]` included.
 * Re-serialising the YAML would re-wrap and re-style it, so the YAML is parsed only to find where
 * each top-level field starts and ends, and the text is spliced there.
 */
import { isMap, isNode, isScalar, parseDocument } from 'yaml';

interface FieldSpan {
  /** Start of the line the key is on. */
  lineStart: number;
  /** Where the value's text starts and ends (without a comment after it). */
  valueStart: number;
  valueEnd: number;
  /** End of the last line of the field, after its newline. */
  end: number;
}

function fieldSpan(yaml: string, key: string): FieldSpan | undefined {
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new Error(`the frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  const keyStart = pair.key.range[0];
  const [valueStart, valueEnd, nodeEnd] = isNode(pair.value) && pair.value.range ? pair.value.range : [keyStart, keyStart, keyStart];
  // The node's last character: a block value ends after its newline, a scalar before it.
  const lineEnd = yaml.indexOf('\n', Math.max(valueEnd, nodeEnd) - 1);
  return {
    lineStart: yaml.lastIndexOf('\n', keyStart - 1) + 1,
    valueStart,
    valueEnd,
    end: lineEnd === -1 ? yaml.length : lineEnd + 1,
  };
}

export const hasField = (yaml: string, key: string) => fieldSpan(yaml, key) !== undefined;

/** Replace the value of a one-line top-level field, keeping a comment after it. */
export function setValue(yaml: string, key: string, value: string): string {
  const span = fieldSpan(yaml, key);
  if (!span) throw new Error(`the frontmatter has no "${key}" field`);
  return yaml.slice(0, span.valueStart) + value + yaml.slice(span.valueEnd);
}

/** Remove a top-level field, all its lines; comment lines above it stay. */
export function removeField(yaml: string, key: string): string {
  const span = fieldSpan(yaml, key);
  return span ? yaml.slice(0, span.lineStart) + yaml.slice(span.end) : yaml;
}

/**
 * Put `lines` (a whole field, ending in a newline) where the field `key` is, replacing it, or, when
 * there is none, after the first of `after` that exists.
 */
export function replaceField(yaml: string, key: string, lines: string, after: readonly string[]): string {
  const span = fieldSpan(yaml, key);
  if (span) return yaml.slice(0, span.lineStart) + lines + yaml.slice(span.end);
  for (const anchor of after) {
    const at = fieldSpan(yaml, anchor);
    if (at) return yaml.slice(0, at.end) + lines + yaml.slice(at.end);
  }
  throw new Error(`the frontmatter has none of the fields ${after.join(', ')} to put "${key}" after`);
}

/**
 * Apply `edit` to the frontmatter of a file's text and return the whole file, with the body and the
 * fences untouched and the file's own line endings kept.
 */
export function editFrontmatter(text: string, edit: (yaml: string) => string): string {
  const crlf = text.includes('\r\n');
  const normalised = crlf ? text.replace(/\r\n/g, '\n') : text;
  if (!normalised.startsWith('---\n')) throw new Error('the file has no frontmatter');
  const end = normalised.indexOf('\n---', 3) + 1;
  if (end === 0) throw new Error('the file has no closing --- after its frontmatter');
  const edited = `---\n${edit(normalised.slice(4, end))}${normalised.slice(end)}`;
  return crlf ? edited.replace(/\n/g, '\r\n') : edited;
}
