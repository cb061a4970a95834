/** Rows per page of the staff list: about 20 KB of HTML, well inside the 50 KB page budget. */
export const STAFF_PAGE_SIZE = 60;

/**
 * The copy button's script, inline on the 公众号 page (a few hundred bytes, no library). It puts the
 * article on the clipboard as text/html (and text/plain) with the asynchronous Clipboard API; where
 * that is missing or refused (an old browser, a page opened from a file), it selects the article and
 * uses the older copy command, which copies the selection with its inline styles as well. Photos
 * are written with full addresses (the page shows them from the site's root, see previewHtml).
 */
export const COPY_SCRIPT = `(()=>{const b=document.getElementById('copy-wechat'),a=document.getElementById('wechat-article'),s=document.getElementById('copy-status');if(!b||!a||!s)return;const done=m=>{s.textContent=m};b.addEventListener('click',async()=>{const c=a.cloneNode(true);c.querySelectorAll('img').forEach(i=>i.setAttribute('src',new URL(i.getAttribute('src'),location.href).href));const h=c.innerHTML,t=a.innerText;try{if(!window.ClipboardItem||!navigator.clipboard||!navigator.clipboard.write)throw 0;await navigator.clipboard.write([new ClipboardItem({'text/html':new Blob([h],{type:'text/html'}),'text/plain':new Blob([t],{type:'text/plain'})})]);done('已复制。请到公众号编辑器的正文里粘贴（Ctrl+V）。')}catch(e){const r=document.createRange(),g=getSelection();r.selectNodeContents(a);g.removeAllRanges();g.addRange(r);let ok=false;try{ok=document.execCommand('copy')}catch(x){}g.removeAllRanges();done(ok?'已复制（兼容方式）。请到公众号编辑器的正文里粘贴（Ctrl+V）。':'浏览器不允许自动复制：请用鼠标从头到尾选中下面的正文，再按 Ctrl+C 复制。')}})})()`;
