/**
 * public/scripts/review-date.js is plain JavaScript served as it is, with no build step, so it
 * cannot import the vocabulary. These tests run it against a stand-in for the page and hold what it
 * writes to the vocabulary (the overdue status's id, label and tag, as ReviewStatus.astro renders
 * them) and its date rule to the review clock's (overdue the day after the due date, not on it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { REVIEW_STATUS_IDS } from '../../src/domain/vocabulary.ts';
import { statusInfo } from '../../src/domain/labels.ts';
import { addDays, reviewClock } from '../../src/domain/review-cycle.ts';

const SCRIPT = readFileSync('public/scripts/review-date.js', 'utf8');
const TODAY = '2027-03-10';
/** The class list ReviewStatus.astro gives the tag of a status. */
const tagClass = (status: string) => ['govuk-tag', statusInfo(status).tag, 'app-review-status__tag'].join(' ');

/** Runs the script on a page whose review block says `status`, due on `due`; returns the block after. */
function runOnPage(status: string, due: string) {
  const tag = { textContent: statusInfo(status).label, className: tagClass(status) };
  const attributes: Record<string, string> = { 'data-next-review': due, 'data-review-status': status };
  const block = {
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    querySelector: (selector: string) => (selector === '.app-review-status__tag' ? tag : null),
  };
  const document = { querySelector: (selector: string) => (selector === '[data-next-review]' ? block : null) };
  new Function('document', SCRIPT)(document);
  return { status: attributes['data-review-status'], label: tag.textContent, className: tag.className };
}

/** The status the review clock gives on TODAY to an entry due on `due` (a two-year cycle). */
function clockStatus(due: string, underReview = false) {
  const lastReviewed = `${Number(due.slice(0, 4)) - 2}${due.slice(4)}`;
  return reviewClock({
    kind: 'strategies',
    layers: ['universal'],
    firstPublished: lastReviewed,
    completedReviews: [],
    underReview,
    asOf: TODAY,
  })!.status;
}

describe('public/scripts/review-date.js', () => {
  afterEach(() => vi.useRealTimers());

  it('names only statuses the vocabulary has', () => {
    const literals = [...SCRIPT.matchAll(/status !== '([^']+)'|'data-review-status', '([^']+)'/g)].map((m) => m[1] ?? m[2]);
    expect(literals.length).toBeGreaterThan(0);
    for (const id of literals) expect(REVIEW_STATUS_IDS).toContain(id);
  });

  it('turns a stale status overdue exactly as the page renders an overdue status', () => {
    vi.useFakeTimers({ now: new Date(`${TODAY}T12:00:00Z`), toFake: ['Date'] });
    const overdue = statusInfo('overdue');
    expect(runOnPage('current', addDays(TODAY, -1))).toEqual({ status: overdue.id, label: overdue.label, className: tagClass(overdue.id) });
  });

  it('agrees with the review clock on the day before, on and after the due date, for every status', () => {
    vi.useFakeTimers({ now: new Date(`${TODAY}T12:00:00Z`), toFake: ['Date'] });
    for (const due of [addDays(TODAY, -1), TODAY, addDays(TODAY, 1)]) {
      for (const status of REVIEW_STATUS_IDS) {
        const after = runOnPage(status, due).status;
        // The script only ever makes a status more cautious: what the clock says now, unless the page already says more.
        const now = clockStatus(due, status === 'under-review');
        const expected = now === 'overdue' || now === 'under-review' ? now : status;
        expect(after, `${status}, due ${due}`).toBe(expected);
      }
    }
  });
});
