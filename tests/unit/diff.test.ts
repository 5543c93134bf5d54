import { describe, expect, it } from 'vitest';
import { fieldChanges, textDiff, versionDiff } from '../../src/domain/diff.ts';
import type { VersionData } from '../../src/domain/schemas.ts';

const intervention = (extra: Record<string, unknown> = {}): VersionData =>
  ({
    kind: 'interventions',
    title: 'Language groups',
    summary: 'Small-group sessions.',
    status: 'published',
    published: '2026-03-01',
    sample: true,
    sources: [],
    areas: ['speech-language-communication'],
    components: ['language'],
    phases: ['early-years'],
    related: [],
    noticed: [],
    layer: 'targeted',
    delivery: ['small-group'],
    deliveredBy: 'A teaching assistant',
    duration: '20 weeks',
    ratings: {
      strength: { value: 'moderate', sources: ['eef'] },
      impact: { value: 'moderate', months: 3, sources: ['eef'] },
      cost: { value: 'low', sources: ['eef'] },
    },
    ...extra,
  }) as VersionData;

const titleOf = () => undefined;

describe('fieldChanges', () => {
  it('finds nothing when only version bookkeeping changed', () => {
    const after = intervention({
      published: '2026-06-01',
      changes: { summary: 'x', conclusionsChanged: false, ratingsChanged: false },
      review: 'r',
    });
    expect(fieldChanges(intervention(), after, titleOf)).toEqual([]);
  });

  it('labels changed fields for readers and gives old and new values', () => {
    const after = intervention({
      duration: '20 weeks, three sessions a week',
      delivery: ['small-group', 'one-to-one'],
      ratings: {
        strength: { value: 'strong', sources: ['eef'] },
        impact: { value: 'moderate', months: 4, sources: ['eef'] },
        cost: { value: 'low', sources: ['eef'] },
      },
    });
    expect(fieldChanges(intervention(), after, titleOf)).toEqual([
      { label: 'Delivery', before: 'Small group', after: 'Small group; One to one' },
      { label: 'Duration', before: '20 weeks', after: '20 weeks, three sessions a week' },
      { label: 'Strength of evidence', before: expect.stringMatching(/^Moderate/), after: expect.stringMatching(/^Strong/) },
      { label: 'Size of effect', before: expect.stringContaining('+3 months'), after: expect.stringContaining('+4 months') },
    ]);
  });

  it('shows a field that was added or removed with an empty side', () => {
    expect(fieldChanges(intervention(), intervention({ training: 'One day' }), titleOf)).toEqual([
      { label: 'Training', before: '', after: 'One day' },
    ]);
    expect(fieldChanges(intervention({ training: 'One day' }), intervention(), titleOf)).toEqual([
      { label: 'Training', before: 'One day', after: '' },
    ]);
  });
});

describe('textDiff', () => {
  const render = (parts: ReturnType<typeof textDiff>) =>
    parts.map((p) => (p.type === 'added' ? `{+${p.text}+}` : p.type === 'removed' ? `[-${p.text}-]` : p.text)).join('');

  it('marks changed words', () => {
    expect(render(textDiff('Version one text.', 'Version two text.'))).toBe('Version [-one-]{+two+} text.');
  });
  it('keeps unchanged text whole when nothing changed', () => {
    expect(textDiff('Same\n\ntext', 'Same\n\ntext')).toEqual([{ type: 'same', text: 'Same\n\ntext' }]);
  });
  it('keeps line breaks', () => {
    expect(render(textDiff('## Heading\n\nOld line.', '## Heading\n\nNew line.'))).toBe('## Heading\n\n[-Old-]{+New+} line.');
  });
  it('shortens long unchanged stretches but keeps the words next to each change', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = textDiff(`${words} old`, `${words} new`, 5);
    const text = render(parts);
    expect(text).toMatch(/^\[…\] w95 w96 w97 w98 w99 \[-old-\]\{\+new\+\}$/);
  });
  it('treats an empty side as all added or all removed', () => {
    expect(textDiff('', 'New text')).toEqual([{ type: 'added', text: 'New text' }]);
    expect(textDiff('Old text', '')).toEqual([{ type: 'removed', text: 'Old text' }]);
  });
  it('normalises line endings so a CRLF checkout shows no change', () => {
    expect(textDiff('a\r\nb', 'a\nb').every((p) => p.type === 'same')).toBe(true);
    expect(textDiff('a\r\nb', 'a\nb')).toEqual([{ type: 'same', text: 'a\nb' }]);
    expect(textDiff('a\rb', 'a\nb')).toEqual([{ type: 'same', text: 'a\nb' }]);
  });
});

describe('versionDiff', () => {
  it('combines fields and body, and says whether the body changed', () => {
    const diff = versionDiff(
      { version: 1, data: intervention(), body: 'Same text.' },
      { version: 2, data: intervention({ title: 'Language groups (revised)' }), body: 'Same text.' },
      titleOf,
    );
    expect(diff).toMatchObject({
      from: 1,
      to: 2,
      bodyChanged: false,
      fields: [{ label: 'Title', before: 'Language groups', after: 'Language groups (revised)' }],
    });
  });
});
