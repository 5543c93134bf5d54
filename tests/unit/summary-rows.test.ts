/**
 * The metadata rows above an entry's body, for each kind: labels from the vocabulary, browse links,
 * and rows left out when there is nothing to show. The fixture's entries, and variations of them.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import type { VersionData } from '../../src/domain/schemas.ts';
import { summaryRows } from '../../src/domain/summary-rows.ts';
import { FIXTURE_AS_OF, FIXTURE_CONTENT } from '../helpers/fixture.ts';

const fixture = checkContent(FIXTURE_CONTENT);
const library = buildLibrary(fixture.records, fixture.sources, { asOf: FIXTURE_AS_OF });
const titleOf = (ref: string) => library.get(ref)?.current.data.title;
const data = (key: string, changes: Record<string, unknown> = {}) => ({ ...library.get(key)!.current.data, ...changes }) as VersionData;
const rows = (key: string, changes?: Record<string, unknown>) => summaryRows(data(key, changes), titleOf);
/** Rows as "Key: text <href>; text" lines, to compare whole pages at a glance. */
const lines = (key: string, changes?: Record<string, unknown>) =>
  rows(key, changes).map((row) => `${row.key}: ${row.items.map((i) => (i.href ? `${i.text} <${i.href}>` : i.text)).join('; ')}`);

describe('summary rows', () => {
  it('show a strategy: areas, components, phases, its layer, the Universal offer and delivery', () => {
    expect(lines('strategies/fixture-visual-timetables')).toEqual([
      'Areas of development: Executive function </areas-of-development/executive-function/>; Speech, language and communication </areas-of-development/speech-language-communication/>',
      'Components: Planning, sequencing and organisation </areas-of-development/executive-function/#planning-and-organisation>; Communication </areas-of-development/speech-language-communication/#communication>',
      'Phases: Early years </phases/early-years/>; Primary </phases/primary/>',
      'Layer of support: Universal </layers/universal/>',
      'Universal offer: High-quality teaching and curriculum for all; Accessible, inclusive environments',
      'Delivery: Whole class',
    ]);
  });

  it('show an intervention with its layer, who delivers it, for how long, and its training when it has some', () => {
    expect(lines('interventions/fixture-language-groups')).toEqual([
      'Areas of development: Speech, language and communication </areas-of-development/speech-language-communication/>',
      'Components: Language </areas-of-development/speech-language-communication/#language>',
      'Phases: Early years </phases/early-years/>',
      'Layer of support: Targeted </layers/targeted/>',
      'Delivery: Small group; One to one',
      'Delivered by: A trained teaching assistant',
      'Duration: 20 weeks, three sessions a week',
    ]);
    expect(lines('interventions/fixture-memory-games', { training: 'A half-day course' })).toEqual(
      expect.arrayContaining(['Layer of support: Targeted Plus </layers/targeted-plus/>', 'Training: A half-day course']),
    );
    expect(lines('interventions/fixture-memory-games').at(-1)).toBe('Duration: 10 weeks, two sessions a week');
  });

  it('show a tool with what it identifies, the layers it informs and what it leads to', () => {
    expect(lines('tools/fixture-language-screen')).toEqual([
      'Areas of development: Speech, language and communication </areas-of-development/speech-language-communication/>',
      'Components: Language </areas-of-development/speech-language-communication/#language>',
      'Phases: Early years </phases/early-years/>',
      'What it identifies: Children whose oral language is behind that of their peers',
      'Format: Screening',
      'Administered by: A teaching assistant',
      'Time needed: About 10 minutes per child',
      'Informs layers: Universal </layers/universal/>; Targeted </layers/targeted/>',
      'Delivery: One to one',
      'Leads to: Fixture language groups </interventions/fixture-language-groups/>',
    ]);
  });

  it('show a package as illustrative or national, with its provision, resources and health input', () => {
    expect(lines('packages/fixture-package')).toEqual([
      'Areas of development: Sensory </areas-of-development/sensory/>',
      'Phases: Primary </phases/primary/>',
      'Layer of support: Specialist </layers/specialist/>',
      'Status: Illustrative example: national packages have not been published yet',
      'Need profile: Fixture need profile.',
      'Expected outcomes: Fixture outcome',
      'Special educational provision: Fixture provision',
      'Adaptations: Fixture adaptation',
      'Staffing: Fixture staffing',
      'Training: Fixture training',
      'Health and mental-health input: Fixture health input',
    ]);
    const national = lines('packages/fixture-package', {
      illustrative: false,
      resources: { staffing: ['A', 'B'], training: ['C'], equipment: ['A sensory room'] },
    });
    expect(national).toContain('Status: Nationally defined package');
    expect(national).toContain('Staffing: A; B');
    expect(national).toContain('Equipment: A sensory room');
  });

  it('show a review: type, trigger, state, dates, what it covered at which version, and the panel', () => {
    expect(lines('reviews/fixture-review')).toEqual([
      'Type: Out-of-cycle review',
      'Triggered by: A new scale-up evaluation was published.',
      'State: Completed',
      'Started: 1 April 2026',
      'Completed: 15 May 2026',
      'Entries covered: Fixture language groups (version 1) </interventions/fixture-language-groups/v1/>',
      'Panel: Independent chair; Speech and language therapist',
    ]);
    const running = lines('reviews/fixture-review', {
      reviewType: 'scheduled',
      trigger: undefined,
      state: 'in-progress',
      completed: undefined,
      covers: [{ entry: 'strategies/gone', version: 2 }],
    });
    expect(running.slice(0, 4)).toEqual([
      'Type: Scheduled review',
      'State: In progress',
      'Started: 1 April 2026',
      'Entries covered: strategies/gone (version 2) </strategies/gone/v2/>',
    ]);
  });

  it('link related entries by title, or by reference when the entry is unknown', () => {
    expect(lines('strategies/fixture-visual-timetables', { related: ['interventions/fixture-memory-games', 'tools/unknown'] }).at(-1)).toBe(
      'Related: Fixture memory games </interventions/fixture-memory-games/>; tools/unknown </tools/unknown/>',
    );
  });

  it('leave out rows with nothing in them', () => {
    const keys = rows('strategies/fixture-visual-timetables', { components: [], related: [] }).map((row) => row.key);
    expect(keys).toEqual(['Areas of development', 'Phases', 'Layer of support', 'Universal offer', 'Delivery']);
    expect(rows('areas-of-development/sensory')).toEqual([]);
  });
});
