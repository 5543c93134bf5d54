/** Frontmatter edits change the lines they must and no other byte. */
import { describe, expect, it } from 'vitest';
import { editFrontmatter, hasField, removeField, replaceField, setValue } from '../../src/content-check/frontmatter-edit.ts';

const yaml = [
  '# A comment at the top',
  'title: A title long enough to be wrapped by any serialiser that folds lines at eighty characters, which we never do',
  'status: draft # the editor wrote this',
  'changes:',
  '  summary: >-',
  '    Folded text',
  '    over two lines.',
  '  ratingsChanged: false',
  '',
  '# about the panel',
  'panel:',
  '- Chair',
  '- Member',
  'phases: [primary, secondary]',
  'last: no newline after me',
].join('\n');

describe('frontmatter edits', () => {
  it('setValue replaces a value and keeps the comment after it', () => {
    expect(setValue(yaml, 'status', 'published')).toBe(yaml.replace('status: draft #', 'status: published #'));
    expect(setValue(yaml, 'last', 'x')).toBe(yaml.replace('last: no newline after me', 'last: x'));
    expect(() => setValue(yaml, 'nothing', 'x')).toThrow(/no "nothing" field/);
  });

  it('removeField removes every line of a block field and nothing else, keeping comments above the next', () => {
    expect(removeField(yaml, 'changes')).toBe(yaml.replace(/changes:\n(?: {2}.*\n)+/, ''));
    expect(removeField(yaml, 'panel')).toBe(yaml.replace('panel:\n- Chair\n- Member\n', ''));
    expect(removeField(yaml, 'status')).toBe(yaml.replace('status: draft # the editor wrote this\n', ''));
    expect(removeField(yaml, 'last')).toBe(yaml.replace('last: no newline after me', ''));
    expect(removeField(yaml, 'nothing')).toBe(yaml);
  });

  it('replaceField puts the lines where the field was, or after the first anchor that exists', () => {
    expect(replaceField(yaml, 'changes', 'changes: { summary: x }\n', ['status'])).toBe(
      yaml.replace(/changes:\n(?: {2}.*\n)+/, 'changes: { summary: x }\n'),
    );
    expect(replaceField(yaml, 'review', 'review: r\n', ['nothing', 'status'])).toBe(
      yaml.replace('status: draft # the editor wrote this\n', 'status: draft # the editor wrote this\nreview: r\n'),
    );
    expect(() => replaceField(yaml, 'review', 'review: r\n', ['nothing'])).toThrow(/none of the fields nothing/);
  });

  it('finds only top-level fields', () => {
    expect(hasField(yaml, 'summary')).toBe(false);
    expect(hasField(yaml, 'changes')).toBe(true);
  });

  it('editFrontmatter leaves the body and fences alone and keeps Windows line endings', () => {
    const file = '---\nstatus: draft\n---\n\nstatus: draft in the body\n';
    expect(editFrontmatter(file, (y) => setValue(y, 'status', 'published'))).toBe(
      file.replace('status: draft\n---', 'status: published\n---'),
    );
    const crlf = file.replace(/\n/g, '\r\n');
    expect(editFrontmatter(crlf, (y) => setValue(y, 'status', 'published'))).toBe(
      crlf.replace('status: draft\r\n---', 'status: published\r\n---'),
    );
    expect(() => editFrontmatter('no frontmatter', (y) => y)).toThrow(/no frontmatter/);
    expect(() => editFrontmatter('---\nstatus: draft\n', (y) => y)).toThrow(/no closing ---/);
  });
});
