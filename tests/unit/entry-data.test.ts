/** Kind guards, kind labels and the other rules that come from the vocabulary alone. */
import { describe, expect, it } from 'vitest';
import { isProvision, isProvisionKind, layerVaries, reviewDate } from '../../src/domain/entry-data.ts';
import { kindLabel, ratingInfo, reviewStateLabel, reviewTypeLabel } from '../../src/domain/labels.ts';
import { SCHEMAS, type VersionData } from '../../src/domain/schemas.ts';
import {
  ENTRY_KINDS,
  KIND_IDS,
  PROVISION_KIND_IDS,
  RATING_SCALES,
  RATING_SCALE_IDS,
  REVIEW_STATES,
  REVIEW_TYPES,
  kindInfo,
} from '../../src/domain/vocabulary.ts';
import { escapeXml } from '../../src/domain/xml.ts';

/** Just enough of a version of `kind` for the guards, which look at the kind alone. */
const dataOf = (kind: string, extra: object = {}) => ({ kind, ...extra }) as unknown as VersionData;

describe('kind guards', () => {
  it('takes provision to be exactly the kinds whose schema carries ratings, areas, phases and related entries', () => {
    for (const kind of KIND_IDS) {
      const shape = SCHEMAS[kind].shape as Record<string, unknown>;
      const provisionFields = ['ratings', 'areas', 'phases', 'related'].filter((field) => field in shape);
      expect(provisionFields, kind).toEqual(isProvision(dataOf(kind)) ? ['ratings', 'areas', 'phases', 'related'] : []);
      expect(isProvisionKind(kind)).toBe((PROVISION_KIND_IDS as readonly string[]).includes(kind));
    }
    expect(isProvisionKind('layers')).toBe(false);
  });

  it('says a layer tag is worth showing only for kinds whose entries differ in layer', () => {
    expect(KIND_IDS.filter(layerVaries)).toEqual(['interventions', 'tools']);
  });

  it('lets the schemas accept exactly the layers the vocabulary gives a kind', () => {
    expect(SCHEMAS.interventions.shape.layer.options).toEqual([...kindInfo('interventions').layers]);
    expect(SCHEMAS.tools.shape.layers.parse(['specialist', 'universal'])).toEqual(['specialist', 'universal']);
    expect(SCHEMAS.interventions.shape.layer.safeParse('universal').success).toBe(false);
    for (const kind of ENTRY_KINDS) expect(kindInfo(kind.id)).toBe(kind);
  });
});

describe('reviewDate', () => {
  it('lists a review record by its completion date, or its start date while it runs, and other kinds by none', () => {
    expect(reviewDate(dataOf('reviews', { started: '2026-01-05', completed: '2026-03-01' }))).toBe('2026-03-01');
    expect(reviewDate(dataOf('reviews', { started: '2026-01-05' }))).toBe('2026-01-05');
    expect(reviewDate(dataOf('interventions', { started: '2026-01-05' }))).toBe('');
  });
});

describe('labels', () => {
  it('names a kind in the singular by default and in the plural when asked', () => {
    expect(kindLabel('interventions')).toBe('Intervention');
    expect(kindLabel('packages', 'plural')).toBe('Specialist Provision Packages');
    for (const kind of ENTRY_KINDS) expect([kindLabel(kind.id), kindLabel(kind.id, 'plural')]).toEqual([kind.singular, kind.plural]);
    expect(() => kindLabel('layers')).toThrow(/Unknown id/);
  });

  it('labels review types, review states and every rating value from the vocabulary', () => {
    for (const t of REVIEW_TYPES) expect(reviewTypeLabel(t.id)).toBe(t.label);
    for (const s of REVIEW_STATES) expect(reviewStateLabel(s.id)).toBe(s.label);
    expect(RATING_SCALE_IDS).toEqual(['strength', 'impact', 'cost']);
    for (const scale of RATING_SCALE_IDS) {
      for (const value of RATING_SCALES[scale].values) {
        expect(ratingInfo(scale, value.id)).toMatchObject({ scale: RATING_SCALES[scale].label, label: value.label, rated: value.rated });
      }
    }
    // "moderate" is a value of all three scales, with a different label on each.
    expect(RATING_SCALE_IDS.map((scale) => ratingInfo(scale, 'moderate').label)).toEqual([
      'Moderate evidence',
      'Moderate impact',
      'Moderate cost',
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes the five characters XML reserves, ampersands first', () => {
    expect(escapeXml(`Tom & "Jerry's" <b>&amp;</b>`)).toBe('Tom &amp; &quot;Jerry&apos;s&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeXml('https://example.gov.uk/a/?q=1')).toBe('https://example.gov.uk/a/?q=1');
  });
});
