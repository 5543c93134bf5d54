/**
 * The ledger of published versions as the content check reads it: hashes that ignore how a checkout
 * writes line endings (a Windows clone must not see every published file as edited), and a ledger
 * file that is missing, empty or broken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check-content.ts';
import { hashVersion, readLedger } from '../../src/content-check/read-content.ts';
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

  it('reads a missing ledger as an empty one, and says when the file is not valid JSON', () => {
    content = tempContent();
    const problems: Problem[] = [];
    expect(Object.keys(readLedger(content.dir, problems)).length).toBeGreaterThan(5);
    content.write('versions.lock.json', '{}');
    expect(readLedger(content.dir, problems)).toEqual({});
    expect(problems).toEqual([]);
    content.write('versions.lock.json', '{ "versions": ');
    expect(readLedger(content.dir, problems)).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/versions\.lock\.json$/);
    expect(problems[0]!.message).toMatch(/^is not valid JSON \(.+\); restore it from version control$/);
    rmSync(content.path('versions.lock.json'));
    const none: Problem[] = [];
    expect(readLedger(content.dir, none)).toEqual({});
    expect(none).toEqual([]);
  });
});
