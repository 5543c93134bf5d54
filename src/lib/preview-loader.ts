/**
 * On the dev server an editor is mid-edit: a file whose frontmatter is not valid YAML or breaks its
 * schema must not stop the preview (Astro's glob loader stops the whole server at start, and a
 * save that breaks a file ends in a 500 page with a stack trace). Wrapped in this, a loader leaves
 * such a file out until it is fixed; the pages list its problems as `npm run check` reports them
 * (src/lib/library.ts). In a build nothing changes: the content gate has already refused problems.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';

/** What the glob loader reads a file with (Astro's entry types, not in LoaderContext's public type). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type EntryTypes = Map<string, EntryType>;

/** The data of a file that could not be read or validated: the wrapped store drops its entry. */
const UNREADABLE = Symbol('unreadable');
const isUnreadable = (data: unknown) => typeof data === 'object' && data !== null && UNREADABLE in data;

export function keepServingWhileEditing(loader: Loader): Loader {
  // Only the dev server passes a watcher: it is the signal that files change under a running preview.
  return { ...loader, load: (context) => loader.load(context.watcher ? tolerant(context) : context) };
}

function tolerant(context: LoaderContext): LoaderContext {
  const leaveOut = (file: string, error: unknown) => {
    // Astro's first line, without its Markdown emphasis; the page has the full report.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replaceAll('**', '');
    context.logger.warn(`Left out of the preview until fixed: ${relative('.', file)} (${reason}). Its page lists the problems.`);
    return { [UNREADABLE]: true } as Record<string, unknown>;
  };
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  const store = new Proxy(context.store, {
    get(target, property) {
      if (property === 'set') {
        return (entry: Parameters<typeof target.set>[0]) => {
          if (!isUnreadable(entry.data)) return target.set(entry);
          // An earlier, valid copy of the file must not linger either.
          target.delete(entry.id);
          return false;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return Object.assign(Object.create(context) as LoaderContext, {
    store,
    async parseData<TData extends Record<string, unknown>>(props: ParseDataOptions<TData>): Promise<TData> {
      if (isUnreadable(props.data)) return props.data;
      try {
        return await context.parseData(props);
      } catch (error) {
        return leaveOut(props.filePath ?? props.id, error) as TData;
      }
    },
    ...(entryTypes && {
      entryTypes: new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            async getEntryInfo(params: { fileUrl: URL; contents: string }) {
              try {
                return await type.getEntryInfo(params);
              } catch (error) {
                return { data: leaveOut(fileURLToPath(params.fileUrl), error), body: '', rawData: '', slug: '' };
              }
            },
          },
        ]),
      ),
    }),
  });
}
