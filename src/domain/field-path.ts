/**
 * How a problem names a frontmatter field: the path into the YAML joined by dots
 * ("ratings.strength.sources.1"), except that an item of a list whose items carry an id is named by
 * its id, as the editor wrote it: `recommendations[r2].response.decision`, not "recommendations.1",
 * which counts from zero. `parseFieldPath` reads the printed form back, so that any rule that names
 * a field can be given the field's line in the file.
 */
import { SLUG_PATTERN } from './schemas.ts';

export type FieldPath = readonly (string | number)[];

/** Lists whose items messages name by their `id` field. */
const LISTS_BY_ID: ReadonlySet<string> = new Set(['recommendations']);

/** Problems about the MDX body name the field "body", or "body link", "body <Cite>": not frontmatter. */
export const BODY_FIELD = 'body';

/**
 * The printed form of a path. `idAt` gives the id of the list item at a path; an item without a
 * usable id is named by its position counting from one, as "[#2]".
 */
export function formatFieldPath(path: FieldPath, idAt: (item: FieldPath) => unknown): string {
  return path
    .map((segment, i) => {
      const list = path[i - 1];
      // A file that is itself a list (a findings file) names its items by id too.
      if (typeof segment === 'number' && ((typeof list === 'string' && LISTS_BY_ID.has(list)) || i === 0)) {
        const id = idAt(path.slice(0, i + 1));
        return typeof id === 'string' && SLUG_PATTERN.test(id) ? `[${id}]` : `[#${segment + 1}]`;
      }
      return i === 0 ? String(segment) : `.${segment}`;
    })
    .join('');
}

/** The first segment is a key; each next one is ".key", ".0", "[#2]" or "[id]". */
const FIRST = /^([A-Za-z0-9][\w-]*)/;
const NEXT = /^(?:\.([A-Za-z0-9][\w-]*)|\[#([1-9]\d*)\]|\[([a-z0-9-]+)\])/;

/**
 * The path a printed field names, or undefined when it names no frontmatter field (the body, or
 * text that is not a path). `indexOfId` finds the position of the item with an id in a list.
 */
export function parseFieldPath(field: string, indexOfId: (list: FieldPath, id: string) => number | undefined): FieldPath | undefined {
  if (field === BODY_FIELD || field.startsWith(`${BODY_FIELD} `)) return undefined;
  const path: (string | number)[] = [];
  for (let rest = field; rest;) {
    const match = (path.length || rest.startsWith('[') ? NEXT : FIRST).exec(rest);
    if (!match) return undefined;
    const [whole, key, position, id] = match;
    if (key !== undefined) path.push(/^\d+$/.test(key) ? Number(key) : key);
    else if (position !== undefined) path.push(Number(position) - 1);
    else {
      const index = indexOfId(path, id!);
      if (index === undefined) return undefined;
      path.push(index);
    }
    rest = rest.slice(whole.length);
  }
  return path.length ? path : undefined;
}
