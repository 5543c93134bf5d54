// Pages are static, so a page built long ago could still say "Current" after its review date has
// passed. This compares the due date with today's date in the reader's browser and, if the page
// is out of date, says so. It only ever makes the status more cautious.
const block = document.querySelector('[data-next-review]');
if (block) {
  const due = block.getAttribute('data-next-review');
  const today = new Date().toISOString().slice(0, 10);
  const status = block.getAttribute('data-review-status');
  if (due && today > due && status !== 'overdue' && status !== 'under-review') {
    const tag = block.querySelector('.app-review-status__tag');
    if (tag) {
      tag.textContent = 'Review overdue';
      tag.className = 'govuk-tag govuk-tag--red app-review-status__tag';
    }
    block.setAttribute('data-review-status', 'overdue');
  }
}
