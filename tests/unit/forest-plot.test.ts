import { describe, expect, it } from 'vitest';
import { NOT_REPORTED } from '../../src/domain/evidence-types.ts';
import {
  OUTCOME_LABEL_MAX,
  PLOT,
  shortLabel,
  effectText,
  forestPlot,
  forestPlotSvg,
  forestPlotTitle,
  groupByOutcome,
  scaleFor,
  xFor,
} from '../../src/domain/forest-plot.ts';
import { finding } from '../helpers/evidence-fixtures.ts';

describe('the scale', () => {
  it('always holds 0 and widens to whole ticks', () => {
    expect(scaleFor([0.1, 0.4])).toMatchObject({ min: -0.25, max: 0.5 });
    expect(scaleFor([-0.6, -0.1])).toMatchObject({ min: -0.75, max: 0.25 });
    expect(scaleFor([0])).toMatchObject({ min: -0.25, max: 0.25 });
    expect(scaleFor([0.5])).toMatchObject({ min: -0.25, max: 0.5 });
  });
  it('never runs past the limit of 2 either side', () => {
    expect(scaleFor([-3.1, 4.2])).toMatchObject({ min: -2, max: 2 });
  });
  it('maps the ends of the range to the ends of the axis and clamps beyond them', () => {
    const s = scaleFor([1]);
    expect(xFor(s.min, s)).toBe(PLOT.marginX);
    expect(xFor(s.max, s)).toBe(PLOT.width - PLOT.marginX);
    expect(xFor(99, s)).toBe(PLOT.width - PLOT.marginX);
    expect(xFor(-99, s)).toBe(PLOT.marginX);
    // -0.25 to 1 over 592 units: 0 sits a fifth of the way along.
    expect(xFor(0, s)).toBe(PLOT.marginX + 592 / 5);
  });
});

describe('the plot', () => {
  it('draws the line of no effect at 0 on the axis', () => {
    const plot = forestPlot([finding({ effect: { smd: 0.5, ci: [0.25, 0.75] } })]);
    expect(plot.scale).toMatchObject({ min: -0.25, max: 0.75 });
    expect(plot.zeroX).toBe(PLOT.marginX + 592 / 4);
    expect(forestPlotSvg(plot, 'p', 't')).toContain(`<line class="app-forest__zero" x1="${plot.zeroX}"`);
    expect(plot.ticks.map((t) => t.value)).toEqual([-0.25, 0, 0.25, 0.5, 0.75]);
  });

  it('groups rows by outcome in first-seen order, pooled estimates last in their group', () => {
    const plot = forestPlot([
      finding({ source: 'meta', pooled: true }),
      finding({ source: 'a', outcome: 'Reading' }),
      finding({ source: 'b' }),
      finding({ source: 'c', outcome: 'Reading' }),
    ]);
    expect(plot.groups.map((g) => [g.outcome, g.rows.map((r) => r.key)])).toEqual([
      ['Oral language', ['b/language', 'meta/language']],
      ['Reading', ['a/language', 'c/language']],
    ]);
    const ys = plot.groups.flatMap((g) => [g.y, ...g.rows.map((r) => r.y)]);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    expect(plot.axisY).toBeGreaterThan(ys.at(-1)!);
  });

  it('lists findings with no effect size as unplotted and draws no row for them', () => {
    const none = finding({ id: 'attainment', effect: { smd: NOT_REPORTED, ci: NOT_REPORTED } });
    const plot = forestPlot([finding(), none]);
    expect(plot.unplotted).toEqual([none]);
    expect(plot.groups.flatMap((g) => g.rows).map((r) => r.key)).toEqual(['test-trial/language']);
  });

  it('clips an interval wider than the axis and marks the clipped ends', () => {
    const plot = forestPlot([finding({ effect: { smd: 0.3, ci: [-2.6, 3] } }), finding({ source: 'b' })]);
    const [wide, narrow] = plot.groups[0]!.rows;
    expect(wide).toMatchObject({ x1: PLOT.marginX, x2: PLOT.width - PLOT.marginX, clippedLow: true, clippedHigh: true });
    expect(narrow).toMatchObject({ clippedLow: false, clippedHigh: false });
    // A wide axis labels every other tick, and always 0.
    expect(plot.ticks.map((t) => t.value)).toEqual([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]);
    expect(forestPlotSvg(plot, 'p', 't').match(/Interval continues past the axis/g)).toHaveLength(2);
  });

  it('draws a study as a square and a pooled estimate as a diamond spanning its interval', () => {
    const plot = forestPlot([finding(), finding({ source: 'meta', pooled: true })]);
    const [study, pooled] = plot.groups[0]!.rows;
    const svg = forestPlotSvg(plot, 'p', 't');
    expect(svg).toContain(`<rect class="app-forest__mark" x="${study!.x - PLOT.square / 2}"`);
    expect(svg).toContain(`d="M${pooled!.x1} ${pooled!.y}L${pooled!.x} ${pooled!.y - PLOT.diamondHalf}L${pooled!.x2} ${pooled!.y}`);
  });

  it('plots an estimate with no interval as a mark alone, saying so in its label', () => {
    const plot = forestPlot([finding({ effect: { smd: 0.2, ci: NOT_REPORTED } })], () => 'Smith, 2020');
    const row = plot.groups[0]!.rows[0]!;
    expect(row.x1).toBeUndefined();
    expect(row.label).toBe('Smith, 2020: 0.20 (interval not reported)');
    expect(forestPlotSvg(plot, 'p', 't')).not.toContain('app-forest__ci');
  });

  it('has a text alternative, names it by id and escapes text', () => {
    const outcome = 'Words & <sentences>';
    const plot = forestPlot([finding({ outcome }), finding({ source: 'm', pooled: true, outcome })]);
    const svg = forestPlotSvg(plot, 'direct', forestPlotTitle(plot));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="direct-title"/);
    expect(svg).toContain(
      '<title id="direct-title">Forest plot of 2 effect sizes with 95% intervals, 1 outcome, 1 pooled estimate shown as a diamond.',
    );
    expect(svg).toContain('Words &amp; &lt;sentences&gt;');
  });

  it('writes effects with two decimals and a true minus sign', () => {
    expect(effectText(-0.1, [-0.35, 0.15])).toBe('−0.10 (−0.35 to 0.15)');
  });
});

describe('grouping', () => {
  it('keeps an outcome seen once as one group', () => {
    expect(groupByOutcome([{ outcome: 'A', pooled: false }])).toEqual([{ outcome: 'A', findings: [{ outcome: 'A', pooled: false }] }]);
  });
});

describe('outcome headings', () => {
  it('keep a heading that fits and shorten a longer one with an ellipsis, the table keeping the full text', () => {
    expect(shortLabel('Oral language')).toBe('Oral language');
    const long = 'Oral language (primary outcome), 20-week programme starting in Reception';
    expect(shortLabel(long)).toHaveLength(OUTCOME_LABEL_MAX);
    expect(shortLabel(long).endsWith('…')).toBe(true);
    expect(shortLabel('x'.repeat(OUTCOME_LABEL_MAX))).toBe('x'.repeat(OUTCOME_LABEL_MAX));
  });
});
