/**
 * public/scripts/review-date.js, the one script an entry page loads, without a browser: it runs here
 * against a stand-in for the page's review-status block and a fixed "today". It may only ever make a
 * status more cautious, and on the due date itself an entry is due, not overdue (as reviewClock says).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

// A string, not a literal import: the script is a browser file outside the TypeScript project.
const SCRIPT: string = '../../public/scripts/review-date.js';

interface Block {
  attributes: Record<string, string>;
  tag: { textContent: string; className: string } | null;
}

function block(status: string, due: string | null, withTag = true): Block {
  const attributes: Record<string, string> = { 'data-review-status': status };
  if (due !== null) attributes['data-next-review'] = due;
  return { attributes, tag: withTag ? { textContent: 'Current', className: 'govuk-tag govuk-tag--green app-review-status__tag' } : null };
}

/** Run the script once on a page holding `found` (or no review block), on the given day. */
async function runOn(today: string, found: Block | null) {
  const selectors: string[] = [];
  const element = found && {
    getAttribute: (name: string) => found.attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (found.attributes[name] = value),
    querySelector: (selector: string) => (selector === '.app-review-status__tag' ? found.tag : null),
  };
  vi.stubGlobal('document', {
    querySelector: (selector: string) => {
      selectors.push(selector);
      return selector === '[data-next-review]' ? element : null;
    },
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${today}T12:00:00Z`));
  vi.resetModules();
  await import(/* @vite-ignore */ SCRIPT);
  return selectors;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const OVERDUE_CLASS = 'govuk-tag govuk-tag--red app-review-status__tag';

describe('the review-date script', () => {
  it('turns a current status to overdue the day after the due date', async () => {
    const page = block('current', '2028-05-15');
    expect(await runOn('2028-05-16', page)).toEqual(['[data-next-review]']);
    expect(page.attributes['data-review-status']).toBe('overdue');
    expect(page.tag).toEqual({ textContent: 'Review overdue', className: OVERDUE_CLASS });
  });

  it('turns a due-soon status to overdue too', async () => {
    const page = block('due-soon', '2028-05-15');
    await runOn('2029-01-01', page);
    expect(page.attributes['data-review-status']).toBe('overdue');
    expect(page.tag?.textContent).toBe('Review overdue');
  });

  it('leaves the status alone on the due date itself and before it', async () => {
    for (const today of ['2028-05-15', '2028-05-14', '2027-01-01']) {
      const page = block('current', '2028-05-15');
      await runOn(today, page);
      expect(page.attributes['data-review-status'], today).toBe('current');
      expect(page.tag?.textContent, today).toBe('Current');
    }
  });

  it('never replaces an under-review status, nor rewrites one already overdue', async () => {
    for (const status of ['under-review', 'overdue']) {
      const page = block(status, '2028-05-15');
      await runOn('2030-01-01', page);
      expect(page.attributes['data-review-status']).toBe(status);
      expect(page.tag?.textContent, status).toBe('Current');
    }
  });

  it('does nothing without a due date', async () => {
    const page = block('current', '');
    await runOn('2030-01-01', page);
    expect(page.attributes['data-review-status']).toBe('current');
    const noAttribute = block('current', null);
    await runOn('2030-01-01', noAttribute);
    expect(noAttribute.attributes['data-review-status']).toBe('current');
    expect(noAttribute.tag?.textContent).toBe('Current');
  });

  it('marks the block overdue even when the page has no status tag', async () => {
    const page = block('current', '2028-05-15', false);
    await runOn('2028-06-01', page);
    expect(page.attributes['data-review-status']).toBe('overdue');
  });

  it('does nothing on a page without a review block', async () => {
    await expect(runOn('2030-01-01', null)).resolves.toEqual(['[data-next-review]']);
  });
});
