/**
 * The 大事记 filter (src/pages/timeline.astro). Progressive enhancement: without JavaScript the
 * form stays hidden and the list is complete. With it, the form shows, a choice hides the events
 * (and the month and year groups left empty) that do not match, the status line counts what is
 * shown, and the choice is kept in the address, so it survives a reload and can be shared. The
 * rules are src/lib/timeline-filter.ts. Inlined after the list (a classic script, see
 * src/integration/inline-scripts.ts), so the form is shown, and an address's choice applied,
 * before first paint: the list does not jump.
 */
import { filterFromQuery, filterQuery, filterStatus, isFiltered, showsEvent, type TimelineFilter } from '../lib/timeline-filter.ts';

function enhanceTimelineFilter(form: HTMLFormElement, status: HTMLElement): void {
  const select = (name: string) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLSelectElement ? field : null;
  };
  const kind = select('kind');
  const unit = select('unit');
  if (!kind || !unit) return;
  const fields = { kind, unit };
  form.hidden = false;

  const current = (): TimelineFilter => ({ kind: kind.value, unit: unit.value });
  const run = () => {
    const filter = current();
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-event]')) {
      const show = showsEvent(filter, { kind: item.dataset.kind ?? '', units: item.dataset.units ?? '' });
      item.hidden = !show;
      if (show) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = !group.querySelector('[data-event]:not([hidden])');
    }
    status.textContent = filterStatus(filter, shown);
    const query = filterQuery(filter);
    history.replaceState(null, '', location.pathname + (query ? `?${query}` : '') + location.hash);
  };

  const asked = filterFromQuery(location.search, (key, value) => [...fields[key].options].some((option) => option.value === value));
  // A field the address does not set keeps its value (the browser may restore one on 返回).
  if (asked.kind) kind.value = asked.kind;
  if (asked.unit) unit.value = asked.unit;
  form.addEventListener('change', run);
  // The reset event comes before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(run));
  if (isFiltered(current())) run();
}

const form = document.getElementById('timeline-filter');
const status = document.getElementById('timeline-status');
if (form instanceof HTMLFormElement && status) enhanceTimelineFilter(form, status);
