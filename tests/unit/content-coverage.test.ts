/**
 * The starter library's coverage, computed from the content itself so it cannot drift: what every
 * teacher should find for each area, layer and phase, and the honesty rules every entry follows.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/content-check/check-content.ts';
import { buildLibrary } from '../../src/domain/library.ts';
import { AREAS, PHASES, UNIVERSAL_OFFER_COMPONENTS, EVIDENCE_STRENGTHS } from '../../src/domain/vocabulary.ts';

const result = checkContent(resolve('content'));
const library = buildLibrary(result.records, result.sources, { asOf: '2026-11-22' });
const of = (kind: Parameters<typeof library.ofKind>[0]) => library.ofKind(kind);
const interventions = of('interventions');

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
  });

  it('has at least 24 interventions: four or more per area and per phase, in small groups and one to one', () => {
    expect(interventions.length).toBeGreaterThanOrEqual(24);
    for (const area of AREAS) expect(interventions.filter((e) => e.areas.includes(area.id)).length, area.id).toBeGreaterThanOrEqual(4);
    for (const phase of PHASES) expect(interventions.filter((e) => e.phases.includes(phase.id)).length, phase.id).toBeGreaterThanOrEqual(4);
    for (const mode of ['small-group', 'one-to-one'] as const)
      expect(interventions.filter((e) => e.delivery.includes(mode)).length, mode).toBeGreaterThan(0);
    expect(interventions.filter((e) => e.layers.includes('targeted-plus')).length).toBeGreaterThan(0);
  });

  it('has at least 8 identification tools, each leading to interventions or strategies', () => {
    const tools = of('tools');
    expect(tools.length).toBeGreaterThanOrEqual(8);
    for (const tool of tools) expect(tool.current.data.kind === 'tools' && tool.current.data.leadsTo.length, tool.slug).toBeGreaterThan(0);
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
  });

  it('has at least five entries with two or more versions, each later version saying what changed', () => {
    const versioned = library.entries.filter((e) => e.versions.length >= 2);
    expect(versioned.length).toBeGreaterThanOrEqual(5);
    for (const e of versioned) for (const v of e.versions.slice(1)) expect(v.data.changes?.summary.length, e.key).toBeGreaterThan(20);
    expect(versioned.some((e) => e.versions.some((v) => v.data.changes?.ratingsChanged))).toBe(true);
  });

  it('has every provision entry cite a source, or be honestly labelled as unrated', () => {
    const unrated = new Set<string>(EVIDENCE_STRENGTHS.filter((s) => !s.rated).map((s) => s.id));
    for (const record of result.records) {
      const d = record.data;
      if (!('ratings' in d)) continue;
      const cites = d.sources.length + record.body.citations.length + Object.values(d.ratings).flatMap((r) => r.sources).length;
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
    }
  });
});
