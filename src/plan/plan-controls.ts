/**
 * "Add to plan" / "Add to comparison" (src/components/PlanControls.astro). The selections live in
 * the page's own address (?plan=<key>&compare=<key>...), never in storage: adding rewrites the
 * address, the controls' links and the site links in the main content, so that the choice travels
 * with the next link the adult follows (decision 12). Kept tiny and free of imports: it loads on
 * every provision entry page.
 */
const KEY = /^(?:strategies|interventions|tools|packages)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Links that carry the selections on: entries and find-support pages (the pages with these controls).
const CARRIES = /^\/(?:strategies|interventions|tools|packages|find-support)\//;
const MAX_COMPARE = 3;
type Which = 'plan' | 'compare';

const params = new URLSearchParams(location.search);
const chosen: Record<Which, string[]> = {
  plan: [...new Set(params.getAll('plan').filter((k) => KEY.test(k)))],
  compare: [...new Set(params.getAll('compare').filter((k) => KEY.test(k)))].slice(0, MAX_COMPARE),
};
const query = (name: string, keys: string[]) => keys.map((k) => `${name}=${k}`).join('&');
const carried = () => [query('plan', chosen.plan), query('compare', chosen.compare)].filter(Boolean).join('&');

// The comparison carries the plan along, so that its "Add to plan" links keep what was chosen.
const target = (page: string, which: Which, keys: string[]) =>
  `${page}?${[query('entry', keys), which === 'compare' ? query('plan', chosen.plan) : ''].filter(Boolean).join('&')}`;

function refresh(status?: { box: Element; which: Which; full?: boolean }) {
  for (const box of document.querySelectorAll<HTMLElement>('[data-plan-controls]')) {
    const key = box.dataset.entry!;
    for (const link of box.querySelectorAll<HTMLAnchorElement>('[data-plan-add]')) {
      const which = link.dataset.planAdd as Which;
      const page = which === 'plan' ? box.dataset.planPage! : box.dataset.comparePage!;
      const keys = chosen[which].includes(key) ? chosen[which] : [...chosen[which], key];
      link.href = target(page, which, keys);
      const added = chosen[which].includes(key);
      link.querySelector('[data-plan-label]')!.textContent = added
        ? which === 'plan'
          ? 'Added to plan'
          : 'Added to comparison'
        : which === 'plan'
          ? 'Add to plan'
          : 'Add to comparison';
    }
  }
  if (status) {
    const { box, which, full } = status;
    const el = box.querySelector('[data-plan-status]')!;
    const page = which === 'plan' ? (box as HTMLElement).dataset.planPage! : (box as HTMLElement).dataset.comparePage!;
    const keys = chosen[which];
    const n = keys.length;
    const a = document.createElement('a');
    a.className = 'govuk-link';
    a.href = target(page, which, keys);
    if (which === 'plan') {
      el.textContent = `${n === 1 ? '1 item is' : `${n} items are`} in your plan. `;
      a.textContent = 'View your plan';
    } else {
      el.textContent = full
        ? `You can compare up to ${MAX_COMPARE} entries. `
        : `${n === 1 ? '1 entry is' : `${n} entries are`} in your comparison${n < 2 ? ': add one more to compare' : ''}. `;
      a.textContent = n < 2 ? 'Open the comparison' : `Compare ${n === 2 ? 'both' : `all ${n}`}`;
    }
    el.append(a);
  }
  // The selections follow the adult to the next entry: the address and the links in main carry them.
  const search = carried();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]:not([data-plan-add])')) {
    const url = new URL(link.href);
    if (!CARRIES.test(url.pathname) || link.closest('[data-plan-status]')) continue;
    url.search = search;
    link.href = url.pathname + url.search + url.hash;
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('[data-plan-add]');
  const box = link?.closest('[data-plan-controls]');
  if (!link || !box) return;
  event.preventDefault();
  const which = link.dataset.planAdd as Which;
  const key = (box as HTMLElement).dataset.entry!;
  const full = which === 'compare' && !chosen.compare.includes(key) && chosen.compare.length >= MAX_COMPARE;
  if (!full && !chosen[which].includes(key)) chosen[which].push(key);
  refresh({ box, which, full });
});

// Without JavaScript these are links; here they act in place, so they are buttons (Space works too).
for (const link of document.querySelectorAll('[data-plan-add]')) link.setAttribute('role', 'button');
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== ' ' || !target.matches('[data-plan-add]')) return;
  event.preventDefault();
  target.click();
});
refresh();
