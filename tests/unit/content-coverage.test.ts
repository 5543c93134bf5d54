/**
 * The starter library's coverage, computed from the content itself so it cannot drift: what every
 * teacher should find for each area, layer and phase, and the honesty rules every entry follows.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/content-check/check-content.ts';
import { ratingSourceKeys } from '../../src/domain/format.ts';
import { buildLibrary, type Entry } from '../../src/domain/library.ts';
import type { VersionData } from '../../src/domain/schemas.ts';
import { AREAS, LAYER_IDS, PHASES, UNIVERSAL_OFFER_COMPONENTS, EVIDENCE_STRENGTHS, type LayerId } from '../../src/domain/vocabulary.ts';

const result = checkContent(resolve('content'));
const library = buildLibrary(result.records, result.sources, { asOf: '2026-11-22' });
const of = (kind: Parameters<typeof library.ofKind>[0]) => library.ofKind(kind);
const interventions = of('interventions');

// The expected values, read straight from the checked files rather than through the library's indexes:
// the newest published frontmatter of each entry, and the layers the content model gives each kind.
const published = [...result.records].filter((r) => r.data.status === 'published').sort((a, b) => a.version - b.version);
const current = new Map<string, VersionData>(published.map((r) => [`${r.kind}/${r.slug}`, r.data]));
const keysWhere = (test: (d: VersionData) => boolean) =>
  [...current]
    .filter(([, d]) => test(d))
    .map(([key]) => key)
    .sort();
const keysOf = (entries: readonly Entry[]) => entries.map((e) => e.key).sort();
const inAreas = (d: VersionData, area: string) => 'ratings' in d && (d.areas as readonly string[]).includes(area);
function layersIn(d: VersionData): readonly LayerId[] {
  if (d.kind === 'strategies') return ['universal'];
  if (d.kind === 'interventions') return [d.layer];
  if (d.kind === 'tools') return d.layers;
  return d.kind === 'packages' ? ['specialist'] : [];
}

describe('starter library', () => {
  it('passes every content check', () => {
    expect(result.problems).toEqual([]);
  });

  it('has the five areas of development, each a full page', () => {
    expect(
      of('areas-of-development')
        .map((e) => e.slug)
        .sort(),
    ).toEqual(AREAS.map((a) => a.id).sort());
  });

  it('has at least 12 universal strategies covering all seven Universal offer components and all five areas', () => {
    const strategies = of('strategies');
    expect(strategies.length).toBeGreaterThanOrEqual(12);
    const offer = new Set(strategies.flatMap((e) => (e.current.data.kind === 'strategies' ? e.current.data.universalOffer : [])));
    expect([...offer].sort()).toEqual(UNIVERSAL_OFFER_COMPONENTS.map((c) => c.id).sort());
    for (const area of AREAS) expect(strategies.filter((e) => e.areas.includes(area.id)).length, area.id).toBeGreaterThan(0);
    for (const area of AREAS) {
      expect(keysOf(strategies.filter((e) => e.areas.includes(area.id))), area.id).toEqual(
        keysWhere((d) => d.kind === 'strategies' && inAreas(d, area.id)),
      );
    }
    expect(keysOf(strategies)).toEqual(keysWhere((d) => d.kind === 'strategies'));
  });

  it('has at least 24 interventions: four or more per area and per phase, in small groups and one to one', () => {
    expect(interventions.length).toBeGreaterThanOrEqual(24);
    for (const area of AREAS) expect(interventions.filter((e) => e.areas.includes(area.id)).length, area.id).toBeGreaterThanOrEqual(4);
    for (const phase of PHASES) expect(interventions.filter((e) => e.phases.includes(phase.id)).length, phase.id).toBeGreaterThanOrEqual(4);
    for (const mode of ['small-group', 'one-to-one'] as const)
      expect(interventions.filter((e) => e.delivery.includes(mode)).length, mode).toBeGreaterThan(0);
    expect(interventions.filter((e) => e.layers.includes('targeted-plus')).length).toBeGreaterThan(0);
    const intervention = (test: (d: Extract<VersionData, { kind: 'interventions' }>) => boolean) =>
      keysWhere((d) => d.kind === 'interventions' && test(d));
    for (const area of AREAS)
      expect(keysOf(interventions.filter((e) => e.areas.includes(area.id))), area.id).toEqual(intervention((d) => inAreas(d, area.id)));
    for (const phase of PHASES)
      expect(keysOf(interventions.filter((e) => e.phases.includes(phase.id))), phase.id).toEqual(
        intervention((d) => d.phases.includes(phase.id)),
      );
    for (const mode of ['small-group', 'one-to-one'] as const)
      expect(keysOf(interventions.filter((e) => e.delivery.includes(mode))), mode).toEqual(intervention((d) => d.delivery.includes(mode)));
    expect(keysOf(interventions.filter((e) => e.layers.includes('targeted-plus')))).toEqual(
      intervention((d) => d.layer === 'targeted-plus'),
    );
    expect(keysOf(interventions.filter((e) => e.layers.includes('targeted')))).toEqual(intervention((d) => d.layer === 'targeted'));
  });

  it('has at least 8 identification tools, each leading to interventions or strategies', () => {
    const tools = of('tools');
    expect(tools.length).toBeGreaterThanOrEqual(8);
    for (const tool of tools) expect(tool.current.data.kind === 'tools' && tool.current.data.leadsTo.length, tool.slug).toBeGreaterThan(0);
    for (const tool of tools) {
      const leadsTo = tool.current.data.kind === 'tools' ? tool.current.data.leadsTo : [];
      for (const ref of leadsTo)
        expect(library.get(ref)?.kind, `${tool.slug} leads to ${ref}`).toMatch(/^(strategies|interventions|packages)$/);
    }
  });

  it('has at least 3 Specialist Provision Packages, all marked illustrative', () => {
    const packages = of('packages');
    expect(packages.length).toBeGreaterThanOrEqual(3);
    for (const p of packages) {
      expect(p.current.data.kind === 'packages' && p.current.data.illustrative, p.slug).toBe(true);
      expect(p.current.data.title).toMatch(/^Illustrative example:/);
    }
  });

  it('has scheduled and out-of-cycle reviews, one in progress, and a declined recommendation with its explanation', () => {
    const reviews = of('reviews')
      .map((r) => r.current.data)
      .filter((d) => d.kind === 'reviews');
    expect(reviews.length).toBeGreaterThanOrEqual(4);
    expect(new Set(reviews.map((r) => r.reviewType))).toEqual(new Set(['scheduled', 'out-of-cycle']));
    const declined = reviews.flatMap((r) => r.recommendations).filter((r) => r.response.decision === 'declined');
    expect(declined.length).toBeGreaterThan(0);
    for (const d of declined) expect(d.response.explanation?.length).toBeGreaterThan(20);
    const inProgress = of('reviews').filter((r) => r.current.data.kind === 'reviews' && r.current.data.state === 'in-progress');
    expect(inProgress).toHaveLength(1);
    // What a review in progress covers is under review; what a completed one covers was last reviewed no earlier.
    for (const review of of('reviews')) {
      const d = review.current.data;
      if (d.kind !== 'reviews') continue;
      for (const covered of d.covers) {
        const clock = library.get(covered.entry)!.clock!;
        if (d.state === 'in-progress') expect(clock.status, covered.entry).toBe('under-review');
        else expect(clock.lastReviewed >= d.completed!, covered.entry).toBe(true);
        expect(
          library.get(covered.entry)!.reviewedBy.map((r) => r.key),
          covered.entry,
        ).toContain(review.key);
      }
    }
  });

  it('has at least five entries with two or more versions, each later version saying what changed', () => {
    const versioned = library.entries.filter((e) => e.versions.length >= 2);
    expect(versioned.length).toBeGreaterThanOrEqual(5);
    for (const e of versioned) for (const v of e.versions.slice(1)) expect(v.data.changes?.summary.length, e.key).toBeGreaterThan(20);
    expect(versioned.some((e) => e.versions.some((v) => v.data.changes?.ratingsChanged))).toBe(true);
    for (const e of library.entries) {
      const numbers = published.filter((r) => `${r.kind}/${r.slug}` === e.key).map((r) => r.version);
      expect(
        e.versions.map((v) => v.version),
        e.key,
      ).toEqual(numbers);
      expect(e.current.version, e.key).toBe(numbers.at(-1));
    }
  });

  it('has every provision entry cite a source, or be honestly labelled as unrated', () => {
    const unrated = new Set<string>(EVIDENCE_STRENGTHS.filter((s) => !s.rated).map((s) => s.id));
    for (const record of result.records) {
      const d = record.data;
      if (!('ratings' in d)) continue;
      const cites = d.sources.length + record.body.citations.length + ratingSourceKeys(d.ratings).length;
      expect(cites > 0 || unrated.has(d.ratings.strength.value), record.file).toBe(true);
    }
  });

  it('marks every entry as sample content pending panel review', () => {
    for (const record of result.records) expect(record.data.sample, record.file).toBe(true);
  });

  it('gives every area entries at the Universal, Targeted and Targeted Plus layers', () => {
    for (const area of AREAS) {
      const entries = library.inArea(area.id);
      for (const layer of ['universal', 'targeted', 'targeted-plus'] as const) {
        expect(entries.filter((e) => e.layers.includes(layer)).length, `${area.id} at ${layer}`).toBeGreaterThan(0);
      }
      for (const layer of LAYER_IDS) {
        const expected = keysWhere((d) => inAreas(d, area.id) && layersIn(d).includes(layer));
        expect(keysOf(entries.filter((e) => e.layers.includes(layer))), `${area.id} at ${layer}`).toEqual(expected);
      }
      expect(keysOf(entries)).toEqual(keysWhere((d) => inAreas(d, area.id)));
    }
  });
});
