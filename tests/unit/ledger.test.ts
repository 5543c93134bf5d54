/**
 * The ledger of published versions as the content check reads it: hashes that ignore how a checkout
 * writes line endings (a Windows clone must not see every published file as edited), and a ledger
 * file that is missing, empty or broken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check-content.ts';
import { hashVersion } from '../../src/content-check/read-content.ts';
import type { Problem } from '../../src/domain/problems.ts';
import { tempContent, type TempContent } from '../helpers/temp-content.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('hex')}`;

describe('hashVersion', () => {
  it('is the SHA-256 of the text with LF line endings', () => {
    expect(hashVersion('a\nb\n')).toBe(sha256('a\nb\n'));
    expect(hashVersion('a\r\nb\r\n')).toBe(sha256('a\nb\n'));
    expect(hashVersion('a\rb\r')).toBe(sha256('a\nb\n'));
    expect(hashVersion('a\r\n\r\nb')).toBe(sha256('a\n\nb'));
  });

  it('still sees any other change', () => {
    expect(hashVersion('a\nb\n')).not.toBe(hashVersion('a\nb \n'));
    expect(hashVersion('a\nb\n')).not.toBe(hashVersion('a\n\nb\n'));
  });
});

describe('the ledger through the content check', () => {
  let content: TempContent;
  afterEach(() => content.remove());

  const versionFiles = (dir: string) =>
    (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => f.split('\\').join('/'));

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('passes a checkout with %s line endings, whose ledger was written from LF files', (_name, ending) => {
    content = tempContent();
    const files = versionFiles(content.dir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) content.write(file, content.read(file).replace(/\n/g, ending));
    expect(checkContent(content.dir).problems).toEqual([]);
  });

  it('records every version file it read, with its status and hash', () => {
    content = tempContent();
    const result = checkContent(content.dir);
    const published = result.ledgerInputs.filter((input) => input.status === 'published');
    expect(Object.fromEntries(published.map((input) => [input.key, input.hash]))).toEqual(result.ledger);
    expect(result.ledgerInputs.every((input) => input.file.endsWith(`${input.key}.mdx`))).toBe(true);
  });

  it('reads a missing or empty ledger as recording nothing, and says when the file is not valid JSON', () => {
    content = tempContent();
    const notInLedger = (problems: Problem[]) => problems.filter((p) => p.message.includes('is marked published but is not in the ledger'));
    const published = checkContent(content.dir).ledgerInputs.filter((input) => input.status === 'published').length;
    content.write('versions.lock.json', '{}');
    const empty = checkContent(content.dir);
    expect(empty.ledger).toEqual({});
    expect(notInLedger(empty.problems)).toHaveLength(published);
    expect(empty.problems).toHaveLength(published);

    content.write('versions.lock.json', '{ "versions": ');
    const broken = checkContent(content.dir);
    expect(broken.ledger).toEqual({});
    const [first, ...rest] = broken.problems.filter((p) => !notInLedger([p]).length);
    expect(rest).toEqual([]);
    expect(first!.file).toMatch(/versions\.lock\.json$/);
    expect(first!.message).toMatch(/^is not valid JSON \(.+\); restore it from version control$/);

    rmSync(content.path('versions.lock.json'));
    const missing = checkContent(content.dir);
    expect(missing.ledger).toEqual({});
    expect(missing.problems).toHaveLength(published);
  });
});
