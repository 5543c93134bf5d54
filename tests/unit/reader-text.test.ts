import { describe, expect, it } from 'vitest';
import { readerText } from '../../src/domain/reader-text.ts';

const citationOf = (key: string) => ({ smith: 'Smith and others, 2023' })[key];

describe('the text a reader sees of a body', () => {
  it('renders citations, headings, lists, links and emphasis as a reader reads them', () => {
    const body = [
      '## Evidence',
      '',
      'A trial found a benefit <Cite source="smith" />, see [LanguageScreen](/tools/languagescreen/).',
      '',
      '- **Assess:** screen the class',
      '* *Plan:* agree the timetable',
      '',
      '<Inset>Keep it going.</Inset>',
      '',
      '<Warning>Not a substitute for therapy.</Warning>',
    ].join('\n');
    expect(readerText(body, citationOf)).toBe(
      [
        'Evidence',
        '',
        'A trial found a benefit (Smith and others, 2023), see LanguageScreen.',
        '',
        '• Assess: screen the class',
        '• Plan: agree the timetable',
        '',
        'Keep it going.',
        '',
        'Warning: Not a substitute for therapy.',
      ].join('\n'),
    );
  });

  it('shows an unknown source by its key and drops MDX comments', () => {
    expect(readerText('A {/* note */}claim <Cite source="nobody" />.', citationOf)).toBe('A claim (nobody).');
  });

  it('keeps underscores and asterisks that are not emphasis', () => {
    expect(readerText('snake_case_name and 2 * 3 * 4', citationOf)).toBe('snake_case_name and 2 * 3 * 4');
  });
});
