/**
 * On a phone the section bar (Header.astro) scrolls sideways and may start with the current
 * section out of sight: scroll it so the current section sits in the middle. Nothing happens where
 * the bar fits or no section is current. Inlined right after the bar (a classic script, see
 * src/integration/inline-scripts.ts), so the bar is in place before first paint.
 */
const list = document.getElementById('site-nav-list');
const current = list?.querySelector<HTMLElement>('[aria-current]');
if (list && current && list.scrollWidth > list.clientWidth) {
  list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
}
