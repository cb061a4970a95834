/**
 * The 复制到公众号 button of a staff page (src/pages/staff/wechat/…). It puts the article on the
 * clipboard as text/html (and text/plain) with the asynchronous Clipboard API, photos written with
 * full addresses (the page shows them from the site's root, see previewHtml). Where that is missing
 * or refused (an old browser, a page opened from a file), it selects the article and uses the
 * older copy command, which copies the selection with its inline styles as well; where even that
 * fails, it tells staff to select and copy by hand. No library.
 */
const COPIED = '已复制。请到公众号编辑器的正文里粘贴（Ctrl+V）。';
const COPIED_BY_SELECTION = '已复制（兼容方式）。请到公众号编辑器的正文里粘贴（Ctrl+V）。';
const COPY_BY_HAND = '浏览器不允许自动复制：请用鼠标从头到尾选中下面的正文，再按 Ctrl+C 复制。';

export function enhanceCopyButton(button: HTMLElement, article: HTMLElement, status: HTMLElement): void {
  button.addEventListener('click', () => void copyArticle(article, status));
}

async function copyArticle(article: HTMLElement, status: HTMLElement): Promise<void> {
  const copy = article.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return;
  for (const image of copy.querySelectorAll('img')) image.setAttribute('src', new URL(image.getAttribute('src') ?? '', location.href).href);
  try {
    if (typeof window.ClipboardItem !== 'function' || typeof navigator.clipboard?.write !== 'function') throw new Error('no ClipboardItem');
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([copy.innerHTML], { type: 'text/html' }),
        'text/plain': new Blob([article.innerText], { type: 'text/plain' }),
      }),
    ]);
    status.textContent = COPIED;
  } catch {
    status.textContent = copySelection(article) ? COPIED_BY_SELECTION : COPY_BY_HAND;
  }
}

/** Selects the article, runs the older copy command and clears the selection; whether it copied. */
function copySelection(article: HTMLElement): boolean {
  const selection = getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(article);
  selection.removeAllRanges();
  selection.addRange(range);
  let copied: boolean;
  try {
    // Deprecated, and the fallback on purpose: it is what old browsers have.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  selection.removeAllRanges();
  return copied;
}
