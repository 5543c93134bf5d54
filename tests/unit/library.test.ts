import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary, layersOf } from '../../src/domain/library.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture.ts';

const read = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(read.records, read.sources, { asOf: '2026-11-22' });

describe('library index', () => {
  it('makes the highest published version current and keeps every version', () => {
    const entry = library.get('interventions/fixture-language-groups')!;
    expect(entry.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(entry.current.version).toBe(2);
    expect(entry.url).toBe('/interventions/fixture-language-groups/');
  });

  it('indexes entries by area, layer and phase, areas themselves excluded from area lists', () => {
    expect(
      library
        .inArea('speech-language-communication')
        .map((e) => e.key)
        .sort(),
    ).toEqual(['interventions/fixture-language-groups', 'strategies/fixture-visual-timetables', 'tools/fixture-language-screen']);
    expect(
      library
        .inLayer('universal')
        .map((e) => e.key)
        .sort(),
    ).toEqual(['strategies/fixture-now-and-next-boards', 'strategies/fixture-visual-timetables', 'tools/fixture-language-screen']);
    expect(library.inLayer('specialist').map((e) => e.key)).toEqual(['packages/fixture-package']);
    expect(library.inPhase('early-years')).toHaveLength(3);
    expect(library.ofKind('areas-of-development')).toHaveLength(5);
  });

  it('places each kind in its layers', () => {
    const layers = (key: string) => layersOf(library.get(key)!.current.data);
    expect(layers('strategies/fixture-visual-timetables')).toEqual(['universal']);
    expect(layers('interventions/fixture-language-groups')).toEqual(['targeted']);
    expect(layers('tools/fixture-language-screen')).toEqual(['universal', 'targeted']);
    expect(layers('packages/fixture-package')).toEqual(['specialist']);
  });

  it('restarts the clock at the completion of a review that covered the entry', () => {
    const clock = library.get('interventions/fixture-language-groups')!.clock!;
    expect(clock.lastReviewed).toBe('2026-05-15');
    expect(clock.nextDue).toBe('2028-05-15');
    expect(clock.status).toBe('current');
    expect(library.get('interventions/fixture-language-groups')!.reviewedBy.map((r) => r.slug)).toEqual(['fixture-review']);
  });

  it('leaves drafts out unless previewing', () => {
    const draft = { ...read.records.find((r) => r.kind === 'packages')!, version: 2 };
    draft.data = { ...draft.data, status: 'draft' } as typeof draft.data;
    const withDraft = [...read.records, draft];
    expect(buildLibrary(withDraft, read.sources, { asOf: '2026-11-22' }).get('packages/fixture-package')!.current.version).toBe(1);
    expect(
      buildLibrary(withDraft, read.sources, { asOf: '2026-11-22', includeDrafts: true }).get('packages/fixture-package')!.current.version,
    ).toBe(2);
  });
});
