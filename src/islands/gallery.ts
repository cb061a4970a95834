/**
 * The photo lightbox of Gallery.astro. Each thumbnail links to its large WebP, so without
 * JavaScript (or without <dialog>) a tap opens the photo itself; with them, the photo opens in its
 * gallery's native <dialog>: Esc, the close button or a tap outside closes it, and focus returns
 * to the thumbnail. A click with Ctrl, ⌘ or Shift keeps the browser's own meaning (new tab, window).
 * One listener serves every gallery on the page (Astro runs a bundled script once per page).
 */
export function enhanceGalleries(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-w]') : null;
    const dialog = link?.closest('section')?.querySelector('dialog');
    if (!link || !dialog || typeof dialog.showModal !== 'function' || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const caption = dialog.querySelector('p');
    if (!caption) return;
    event.preventDefault();
    const image = dialog.querySelector('img') ?? dialog.insertBefore(new Image(), caption);
    const alt = link.dataset.alt ?? '';
    image.src = link.href;
    image.alt = alt;
    image.width = Number(link.dataset.w);
    image.height = Number(link.dataset.h);
    caption.textContent = link.parentElement?.querySelector('figcaption')?.textContent ?? alt;
    dialog.onclick = (click) => {
      if (click.target === dialog) dialog.close();
    };
    dialog.onclose = () => link.focus();
    dialog.showModal();
  });
}
