/**
 * A review record's appraisal (issue 15): the studies the panel considered, each included or
 * excluded with the reason, and the entries whose ratings moved. The fields are optional and are
 * added to the review schema by the findings model; this reads them defensively, so a page shows
 * what is there and nothing that does not fit the shape.
 */

export interface AppraisedStudy {
  source: string;
  decision: 'included' | 'excluded';
  reason: string;
}

export interface Appraisal {
  studies: AppraisedStudy[];
  /** Entries "<kind>/<slug>" whose ratings moved. */
  ratingsMoved: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isStudy(v: unknown): v is AppraisedStudy {
  return (
    isRecord(v) && typeof v.source === 'string' && (v.decision === 'included' || v.decision === 'excluded') && typeof v.reason === 'string'
  );
}

/** The appraisal a review version records, or undefined when it records none. */
export function appraisalOf(data: unknown): Appraisal | undefined {
  if (!isRecord(data)) return undefined;
  const studies = Array.isArray(data.appraisal) ? data.appraisal.filter(isStudy) : [];
  const ratingsMoved = Array.isArray(data.ratingsMoved) ? data.ratingsMoved.filter((r): r is string => typeof r === 'string') : [];
  if (data.appraisal === undefined && data.ratingsMoved === undefined) return undefined;
  return { studies, ratingsMoved };
}
