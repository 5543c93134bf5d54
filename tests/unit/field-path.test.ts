/** How problems name a frontmatter field, and reading that name back to find the field's line. */
import { describe, expect, it } from 'vitest';
import { formatFieldPath, parseFieldPath, type FieldPath } from '../../src/domain/field-path.ts';

const ids: Record<string, string> = { 'recommendations.0': 'r1', 'recommendations.1': 'r2' };
const idAt = (item: FieldPath) => ids[item.join('.')];
const indexOfId = (list: FieldPath, id: string) => {
  const found = Object.entries(ids).find(([path, value]) => value === id && path.startsWith(`${list.join('.')}.`));
  return found ? Number(found[0].split('.').at(-1)) : undefined;
};

describe('field paths', () => {
  it.each([
    [['title'], 'title'],
    [['ratings', 'strength', 'sources', 1], 'ratings.strength.sources.1'],
    [['recommendations', 1, 'response', 'decision'], 'recommendations[r2].response.decision'],
    [['recommendations', 0], 'recommendations[r1]'],
    [['recommendations', 4, 'id'], 'recommendations[#5].id'],
    [['covers', 0, 'entry'], 'covers.0.entry'],
    [['eef-neli-2020', 'url'], 'eef-neli-2020.url'],
  ] as const)('names %j as %s, and reads it back', (path, printed) => {
    expect(formatFieldPath(path, idAt)).toBe(printed);
    expect(parseFieldPath(printed, indexOfId)).toEqual(path);
  });

  it('names an item whose id is not a slug by its position, counting from one', () => {
    expect(formatFieldPath(['recommendations', 2, 'text'], () => 'R 3]')).toBe('recommendations[#3].text');
    expect(formatFieldPath(['recommendations', 2, 'text'], () => 7)).toBe('recommendations[#3].text');
  });

  it('reads no path from the body or from words', () => {
    for (const field of ['body', 'body link', 'body <Cite>', 'two words', '.title', 'title..x', 'recommendations[r9]', 'a[#0]']) {
      expect(parseFieldPath(field, indexOfId), field).toBeUndefined();
    }
  });
});
