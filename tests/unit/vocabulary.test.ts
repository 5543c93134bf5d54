import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AREAS,
  COMPONENTS,
  COST_BANDS,
  ENTRY_KINDS,
  EVIDENCE_STRENGTHS,
  IMPACT_BANDS,
  LAYERS,
  PHASES,
  UNIVERSAL_OFFER_COMPONENTS,
  CODE_OF_PRACTICE_AREAS,
  impactBandForMonths,
} from '../../src/domain/vocabulary.ts';
import { MDX_COMPONENT_NAMES } from '../../src/markdown/registry.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('vocabulary', () => {
  it('has the five areas of development, four layers and four phases of the consultation', () => {
    expect(AREAS.map((a) => a.label)).toEqual([
      'Executive function',
      'Motor and physical',
      'Sensory',
      'Social and emotional',
      'Speech, language and communication',
    ]);
    expect(LAYERS.map((l) => l.label)).toEqual(['Universal', 'Targeted', 'Targeted Plus', 'Specialist']);
    expect(PHASES.map((p) => p.id)).toEqual(['early-years', 'primary', 'secondary', 'post-16']);
    expect(UNIVERSAL_OFFER_COMPONENTS).toHaveLength(7);
  });

  it('uses unique slug ids in every list, components unique across areas', () => {
    const lists = [
      AREAS,
      COMPONENTS,
      LAYERS,
      PHASES,
      ENTRY_KINDS,
      EVIDENCE_STRENGTHS,
      IMPACT_BANDS,
      COST_BANDS,
      UNIVERSAL_OFFER_COMPONENTS,
      CODE_OF_PRACTICE_AREAS,
    ];
    for (const list of lists) {
      const ids = list.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(SLUG);
    }
  });

  it('orders every rating scale by rank, real ratings above absences of rating', () => {
    for (const scale of [EVIDENCE_STRENGTHS, IMPACT_BANDS, COST_BANDS]) {
      const ranks = scale.map((v) => v.rank);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      const firstUnrated = scale.findIndex((v) => !v.rated);
      expect(scale.slice(firstUnrated).every((v) => !v.rated)).toBe(true);
    }
  });

  it('converts months of progress to impact bands at the EEF thresholds', () => {
    expect([-1, 0, 1, 2, 3, 4, 5, 8].map(impactBandForMonths)).toEqual([
      'none',
      'none',
      'small',
      'small',
      'moderate',
      'moderate',
      'large',
      'large',
    ]);
  });

  it('maps each of the four 2015 areas of need to areas of development that exist', () => {
    for (const old of CODE_OF_PRACTICE_AREAS) for (const id of old.mapsTo) expect(AREAS.map((a) => a.id)).toContain(id);
  });

  it('registers exactly the MDX components the site renders', () => {
    const source = readFileSync('src/components/mdx/index.ts', 'utf8');
    const rendered = /mdxComponents = \{ ([^}]+) \}/
      .exec(source)![1]!
      .split(',')
      .map((s) => s.trim());
    expect(rendered.sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it('is the only place enumerations are spelled out: no page repeats the list of layers', () => {
    const pages = readdirSync('src', { recursive: true })
      .map(String)
      .filter((f) => /\.(astro|ts)$/.test(f) && !f.includes('vocabulary'));
    for (const file of pages) {
      const text = readFileSync(join('src', file), 'utf8');
      expect(text, file).not.toMatch(
        /['"]targeted-plus['"][^\n]*['"]specialist['"][^\n]*['"]universal['"]|['"]universal['"],\s*['"]targeted['"],\s*['"]targeted-plus['"],\s*['"]specialist['"]/,
      );
    }
  });
});
