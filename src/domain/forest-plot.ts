/**
 * A forest plot of study findings, drawn at build time as an SVG string (issue 15): one row per
 * finding with its 95% interval, grouped by outcome, the line of no effect at 0, pooled estimates as
 * diamonds. Pure: the geometry is a plain structure (tested) and the SVG is made from it, so a page
 * shows the plot without JavaScript. The findings table beside it is the accessible equivalent.
 *
 * Rows are stacked (a label line above its interval) rather than a label column, so the plot still
 * reads on a phone, where a side column would leave the intervals too narrow to compare.
 */
import { NOT_REPORTED, type Finding } from './evidence-types.ts';
import { escapeXml } from './xml.ts';

/** The plot's coordinate system (SVG user units; the page scales it to its width). */
export const PLOT = {
  width: 640,
  /** Left and right margins of the axis, so labels at its ends stay inside. */
  marginX: 24,
  top: 8,
  groupHeight: 32,
  rowHeight: 44,
  axisHeight: 48,
  /** Half height of a diamond, and the size of a study's square. */
  diamondHalf: 8,
  square: 10,
  /**
   * No axis runs past +-2: a standardised mean difference beyond 2 is implausible in education,
   * and one very wide interval would otherwise squeeze every other row into a few pixels.
   */
  limit: 2,
  /** Tick spacing in effect-size units. */
  step: 0.25,
} as const;

export interface Scale {
  min: number;
  max: number;
  /** The x coordinates the axis runs between. */
  left: number;
  right: number;
}

export interface ForestRow {
  key: string;
  label: string;
  pooled: boolean;
  smd: number;
  ci?: [number, number];
  /** Baseline of the label line, and centre line of the interval below it. */
  labelY: number;
  y: number;
  /** The estimate's x (clamped to the axis), and the interval's ends (clamped). */
  x: number;
  x1?: number;
  x2?: number;
  /** True where the interval (or the estimate) runs past the axis: drawn with an arrow at that end. */
  clippedLow: boolean;
  clippedHigh: boolean;
}

export interface ForestGroup {
  outcome: string;
  /** Baseline of the outcome heading. */
  y: number;
  rows: ForestRow[];
}

export interface ForestPlot {
  width: number;
  height: number;
  scale: Scale;
  /** The x of the line of no effect (0). */
  zeroX: number;
  ticks: { value: number; x: number }[];
  /** Where the axis line and its labels sit. */
  axisY: number;
  groups: ForestGroup[];
  /** Findings with no effect size: listed in the table, not plotted. */
  unplotted: Finding[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The axis range: every estimate and interval and 0, widened to whole ticks, never past +-limit. */
export function scaleFor(values: readonly number[], step: number = PLOT.step, limit: number = PLOT.limit): Scale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // Round to avoid 0.30000000000000004 ticks; a range of zero (every value 0) still gets one step each side.
  const min = Math.max(-limit, Math.min(-step, Math.floor(low / step) * step));
  const max = Math.min(limit, Math.max(step, Math.ceil(high / step) * step));
  return { min: round(min), max: round(max), left: PLOT.marginX, right: PLOT.width - PLOT.marginX };
}

/** A value's x on the scale, clamped to the axis. */
export function xFor(value: number, scale: Scale): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  return round(scale.left + ((clamped - scale.min) / (scale.max - scale.min)) * (scale.right - scale.left));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Findings grouped by outcome in first-seen order; within a group, studies first and pooled estimates last. */
export function groupByOutcome<T extends Pick<Finding, 'outcome' | 'pooled'>>(
  findings: readonly T[],
): { outcome: string; findings: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const f of findings) groups.set(f.outcome, [...(groups.get(f.outcome) ?? []), f]);
  return [...groups].map(([outcome, list]) => ({ outcome, findings: [...list.filter((f) => !f.pooled), ...list.filter((f) => f.pooled)] }));
}

/** "0.26 (0.10 to 0.40)" as the plot's label shows an effect; two decimals as sources report them. */
export function effectText(smd: number, ci: Finding['effect']['ci']): string {
  const n = (v: number) => v.toFixed(2).replace('-', '−');
  return ci === NOT_REPORTED ? `${n(smd)} (interval not reported)` : `${n(smd)} (${n(ci[0])} to ${n(ci[1])})`;
}

/** The plot's geometry. `labelOf` names a finding's row (for example its citation). */
export function forestPlot(findings: readonly Finding[], labelOf: (f: Finding) => string = (f) => f.source): ForestPlot {
  const plotted = findings.filter((f) => isNumber(f.effect.smd));
  const unplotted = findings.filter((f) => !isNumber(f.effect.smd));
  const values = plotted.flatMap((f) => [f.effect.smd as number, ...(f.effect.ci === NOT_REPORTED ? [] : f.effect.ci)]);
  const scale = scaleFor(values);
  let y = PLOT.top;
  const groups: ForestGroup[] = groupByOutcome(plotted).map((group) => {
    const headingY = y + 20;
    y += PLOT.groupHeight;
    const rows = group.findings.map((f): ForestRow => {
      const smd = f.effect.smd as number;
      const ci = f.effect.ci === NOT_REPORTED ? undefined : f.effect.ci;
      const row: ForestRow = {
        key: f.key,
        label: `${labelOf(f)}${f.pooled ? ', pooled' : ''}: ${effectText(smd, f.effect.ci)}`,
        pooled: f.pooled,
        smd,
        labelY: y + 16,
        y: y + 32,
        x: xFor(smd, scale),
        clippedLow: (ci ? ci[0] : smd) < scale.min,
        clippedHigh: (ci ? ci[1] : smd) > scale.max,
      };
      if (ci) Object.assign(row, { ci, x1: xFor(ci[0], scale), x2: xFor(ci[1], scale) });
      y += PLOT.rowHeight;
      return row;
    });
    return { outcome: group.outcome, y: headingY, rows };
  });
  // Ticks at whole multiples of the spacing, so 0 is always labelled; on a wide axis, every other one.
  const spacing = (scale.max - scale.min) / PLOT.step > 8 ? PLOT.step * 2 : PLOT.step;
  const ticks: { value: number; x: number }[] = [];
  for (let k = Math.ceil(scale.min / spacing - 1e-9); k * spacing <= scale.max + 1e-9; k++) {
    const value = round(k * spacing);
    ticks.push({ value, x: xFor(value, scale) });
  }
  const axisY = y + 8;
  return { width: PLOT.width, height: round(axisY + PLOT.axisHeight), scale, zeroX: xFor(0, scale), ticks, axisY, groups, unplotted };
}

const tickText = (v: number) => (v === 0 ? '0' : v.toFixed(2).replace(/0$/, '').replace('-', '−'));

/** One row's marks: an interval line with arrowheads where clipped, then a square or a diamond. */
function rowSvg(row: ForestRow): string {
  const parts: string[] = [];
  if (row.x1 !== undefined && row.x2 !== undefined)
    parts.push(`<line class="app-forest__ci" x1="${row.x1}" y1="${row.y}" x2="${row.x2}" y2="${row.y}"/>`);
  const arrow = (x: number, dir: 1 | -1) =>
    `<path class="app-forest__mark" d="M${x} ${row.y}l${dir * -8} -5v10z"><title>Interval continues past the axis</title></path>`;
  if (row.clippedLow) parts.push(arrow(PLOT.marginX, -1));
  if (row.clippedHigh) parts.push(arrow(PLOT.width - PLOT.marginX, 1));
  if (row.pooled) {
    const h = PLOT.diamondHalf;
    const left = row.x1 ?? row.x - h;
    const right = row.x2 ?? row.x + h;
    parts.push(`<path class="app-forest__mark" d="M${left} ${row.y}L${row.x} ${row.y - h}L${right} ${row.y}L${row.x} ${row.y + h}Z"/>`);
  } else {
    const s = PLOT.square;
    parts.push(`<rect class="app-forest__mark" x="${round(row.x - s / 2)}" y="${row.y - s / 2}" width="${s}" height="${s}"/>`);
  }
  return `<text x="${PLOT.marginX}" y="${row.labelY}">${escapeXml(row.label)}</text>${parts.join('')}`;
}

/** Longest outcome heading that fits the plot's width in bold at its font size; the table below has the full text. */
export const OUTCOME_LABEL_MAX = 56;
export const shortLabel = (text: string) =>
  text.length <= OUTCOME_LABEL_MAX ? text : `${text.slice(0, OUTCOME_LABEL_MAX - 1).trimEnd()}…`;

/**
 * The plot as an SVG string. `id` makes the title's id unique on the page; `title` is its text
 * alternative (read with role="img"), and the page's findings table holds every figure.
 */
export function forestPlotSvg(plot: ForestPlot, id: string, title: string): string {
  const { width, height, axisY } = plot;
  const groups = plot.groups
    .map(
      (g) =>
        `<text class="app-forest__outcome" x="${PLOT.marginX}" y="${g.y}">${escapeXml(shortLabel(g.outcome))}</text>${g.rows.map(rowSvg).join('')}`,
    )
    .join('');
  const ticks = plot.ticks
    .map(
      (t) =>
        `<line x1="${t.x}" y1="${axisY}" x2="${t.x}" y2="${axisY + 6}"/><text x="${t.x}" y="${axisY + 24}" text-anchor="middle">${tickText(t.value)}</text>`,
    )
    .join('');
  return (
    `<svg class="app-forest__svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" focusable="false">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    `<line class="app-forest__zero" x1="${plot.zeroX}" y1="${PLOT.top}" x2="${plot.zeroX}" y2="${axisY}"/>` +
    groups +
    `<g class="app-forest__axis"><line x1="${plot.scale.left}" y1="${axisY}" x2="${plot.scale.right}" y2="${axisY}"/>${ticks}` +
    `<text x="${PLOT.width / 2}" y="${axisY + 44}" text-anchor="middle">Effect size (standardised mean difference); 0 is no effect</text></g>` +
    `</svg>`
  );
}

/** The text alternative: what the plot shows, in one sentence a screen reader reads. */
export function forestPlotTitle(plot: ForestPlot): string {
  const rows = plot.groups.flatMap((g) => g.rows);
  const pooled = rows.filter((r) => r.pooled).length;
  const outcomes = plot.groups.length;
  return (
    `Forest plot of ${rows.length} ${rows.length === 1 ? 'effect size' : 'effect sizes'} with 95% intervals, ` +
    `${outcomes} ${outcomes === 1 ? 'outcome' : 'outcomes'}` +
    (pooled ? `, ${pooled} pooled ${pooled === 1 ? 'estimate' : 'estimates'} shown as ${pooled === 1 ? 'a diamond' : 'diamonds'}` : '') +
    `. The table of findings gives every figure.`
  );
}
