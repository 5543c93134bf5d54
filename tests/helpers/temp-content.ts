/** Copies of the fixture content in a temp folder, to break on purpose. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_CONTENT } from './fixture.ts';

export interface TempContent {
  dir: string;
  path(relative: string): string;
  read(relative: string): string;
  write(relative: string, text: string): void;
  /** Replace text in a file; throws if the text is not there, so a test cannot silently test nothing. */
  replace(relative: string, from: string | RegExp, to: string): void;
  remove(): void;
}

export function tempContent(): TempContent {
  const dir = mkdtempSync(join(tmpdir(), 'nis-content-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  const path = (relative: string) => join(dir, relative);
  return {
    dir,
    path,
    read: (relative) => readFileSync(path(relative), 'utf8'),
    write(relative, text) {
      mkdirSync(dirname(path(relative)), { recursive: true });
      writeFileSync(path(relative), text);
    },
    replace(relative, from, to) {
      const before = readFileSync(path(relative), 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`tempContent.replace: "${String(from)}" not found in ${relative}`);
      writeFileSync(path(relative), after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Make a published version of the copy a draft and drop its ledger line, so that breaking it
 * afterwards reports only the breakage, not the ledger's hash check.
 */
export function unpublish(content: TempContent, file: string) {
  content.replace(file, 'status: published', 'status: draft');
  const ledger = JSON.parse(content.read('versions.lock.json'));
  delete ledger.versions[file.replace(/\.mdx$/, '')];
  content.write('versions.lock.json', JSON.stringify(ledger));
}

/**
 * Write a draft copy of a version at another path: the next version of an entry, or a new entry.
 * The copy has status draft and no publication date; `edit` changes it further.
 */
export function draftCopy(content: TempContent, from: string, to: string, edit: (text: string) => string = (text) => text) {
  const draft = content
    .read(from)
    .replace('status: published', 'status: draft')
    .replace(/published: .*\n/, '');
  content.write(to, edit(draft));
}
