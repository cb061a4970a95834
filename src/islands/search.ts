/**
 * The search island of /search/: reads the query from the address, runs the search engine over
 * Pagefind (loaded only here, by dynamic import), renders results into the server-rendered shell,
 * and keeps the address in step so results can be shared and the back button works.
 */
import { createSearchEngine, type FilterCounts, type ResultView, type SearchEngine, type SearchOutcome } from '../search/engine.ts';
import { lexiconLoader, soundLoader } from '../search/pagefind.ts';
import { loadPagefind } from '../search/pagefind-start.ts';
import { takeEarlyPagefind } from '../search/early-start.ts';
import {
  asksForSearch,
  FILTER_KEYS,
  type FILTER_PARAMS,
  hasFilters,
  readSearchState,
  searchQueryString,
  type SearchState,
} from '../search/url.ts';
import { normalizeQuery } from '../search/query.ts';

const TITLE = document.title;

const lexicon = lexiconLoader();
let enginePromise: Promise<SearchEngine> | undefined;
function engine(): Promise<SearchEngine> {
  enginePromise ??= (takeEarlyPagefind() ?? loadPagefind()).then(
    (pagefind) => createSearchEngine(pagefind, { lexicon, sounds: soundLoader() }),
    (error) => {
      enginePromise = undefined; // try again on the next search
      throw error;
    },
  );
  return enginePromise;
}

function formatDate(iso?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function renderResult(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const body = element('div', 'search-result-body');
  const heading = element('h2');
  const link = element('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  const meta = element('p', 'meta');
  if (view.lapsed) meta.append(element('span', 'tag tag-muted', '已失效'));
  if (view.section) meta.append(element('span', 'tag', view.section));
  if (view.date) {
    const time = element('time', undefined, formatDate(view.date));
    time.dateTime = view.date;
    meta.append(time);
  }
  const excerpt = element('p', 'search-excerpt');
  // Pagefind escapes page text and adds only <mark>; our own excerpt is escaped the same way.
  excerpt.innerHTML = view.excerpt;
  body.append(heading, meta, excerpt);
  item.append(body);
  if (view.image) {
    const image = element('img');
    image.src = view.image;
    image.alt = ''; // the title beside it names the page; the thumbnail is decoration
    image.width = 96;
    image.height = 72;
    image.loading = 'lazy';
    image.decoding = 'async';
    item.append(image);
  }
  return item;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  if (!root || !form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const details = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = form.querySelector<HTMLElement>('[data-search-filter-count]');
  const apply = form.querySelector<HTMLElement>('[data-search-apply]');
  const clear = form.querySelector<HTMLAnchorElement>('[data-search-clear]');
  const output = root.querySelector<HTMLElement>('[data-search-output]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const failure = root.querySelector<HTMLElement>('[data-search-error]')!;
  const headerInput = document.querySelector<HTMLInputElement>('.site-header input[name="q"]');

  root.dataset.state = 'idle';
  apply?.setAttribute('hidden', ''); // with JavaScript, filters apply as soon as they change
  output.hidden = false;
  let current: SearchOutcome | undefined;
  let state: SearchState = readSearchState(new URLSearchParams(location.search));
  let shown = 0;
  let run = 0;

  const stateFromForm = (): SearchState =>
    readSearchState(
      new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : value.name])),
    );

  const fillForm = (values: SearchState) => {
    input.value = values.q;
    if (headerInput) headerInput.value = values.q;
    for (const select of selects) {
      const value = select.name === 'sort' ? values.sort : (values.filters[select.name as keyof typeof FILTER_PARAMS] ?? '');
      if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    const active = FILTER_KEYS.filter((key) => values.filters[key]).length;
    if (filterCount) filterCount.textContent = active ? `（已选 ${active} 项）` : '';
    if (details && (active > 0 || values.sort !== 'relevance')) details.open = true;
  };

  const setStatus = (main: string, note?: string) => {
    status.textContent = main;
    if (note) status.append(element('span', 'search-note', note));
  };

  /** Filter options show how many results each value leaves (once the reader opens the filters). */
  const showCounts = (counts: FilterCounts | undefined) => {
    for (const select of selects) {
      const name = select.dataset.filter;
      if (!name) continue;
      for (const option of select.options) {
        const count = option.value && counts ? (counts[name]?.[option.value] ?? 0) : undefined;
        option.textContent = option.value === '' ? '全部' : count === undefined ? option.value : `${option.value}（${count}）`;
        // A value that would leave no result is not offered (unless it is the one chosen).
        option.hidden = option.disabled = count === 0 && !option.selected;
      }
    }
  };
  const refreshCounts = async () => {
    const token = run;
    if (!details?.open || !current || !(current.mode === 'all' || current.mode === 'browse')) return showCounts(undefined);
    try {
      const counts = await (await engine()).counts(state);
      if (token === run) showCounts(counts);
    } catch {
      // counts are a nicety; the filters work without them
    }
  };

  /** showMore calls run one after another (the 更多 button and the scroll top-up below). */
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * Renders more results: up to `upTo`, or to the end of the next page of `pageSize`. Returns false
   * when a newer search took over.
   */
  const showMore = (focusFirst: boolean, upTo?: number): Promise<boolean> => {
    const token = run;
    const next = queue.then(async () => {
      const outcome = current;
      if (!outcome || token !== run) return false;
      const end = upTo ?? (Math.floor(shown / outcome.pageSize) + 1) * outcome.pageSize;
      if (end <= shown) return true;
      const views = await outcome.slice(shown, end);
      if (token !== run) return false;
      const items = views.map(renderResult);
      list.append(...items);
      shown += views.length;
      more.hidden = shown >= outcome.total;
      if (focusFirst) items[0]?.querySelector('a')?.focus();
      return true;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  // The first results are only those checked (FIRST_SHOWN, fewer downloads before anything shows);
  // the rest of the first page is fetched when the reader scrolls down to the 更多 button.
  const topUp =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting) && current && shown < current.pageSize && root.dataset.state === 'done')
            void showMore(false, current.pageSize);
        })
      : undefined;
  topUp?.observe(more);

  const search = async (next: SearchState, how: 'push' | 'replace' | 'none') => {
    const token = ++run;
    state = next;
    fillForm(state);
    const query = searchQueryString(state);
    if (how !== 'none') {
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    document.title = state.q ? `${state.q} - ${TITLE}` : TITLE;
    failure.hidden = true;
    output.hidden = false;
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    shown = 0;
    current = undefined;
    if (!asksForSearch(state)) {
      setStatus('');
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'loading';
    list.setAttribute('aria-busy', 'true');
    setStatus('正在搜索……');
    try {
      current = await (await engine()).search(state);
      if (token !== run || !(await showMore(false, current.firstShown))) return;
    } catch (error) {
      console.error(error);
      if (token !== run) return;
      output.hidden = true;
      failure.hidden = false;
      root.dataset.state = 'error';
      return;
    }
    const outcome = current;
    void refreshCounts();
    const quoted = state.q ? `“${state.q}”` : '';
    const filtered = hasFilters(state) ? '（已按筛选条件缩小范围）' : '';
    const also = outcome.also.length ? `也搜索了：${outcome.also.join('、')}` : undefined;
    // The status is set after the results are in the list, so it is announced when they can be read.
    if (outcome.mode === 'none') {
      setStatus(state.q ? `没有找到包含${quoted}的内容${filtered}。` : '没有符合筛选条件的内容。', also);
      empty.hidden = false;
    } else if (outcome.mode === 'partial') {
      setStatus(
        `没有找到包含${quoted}的内容${filtered}。`,
        `下面 ${outcome.total} 条只含有其中一部分文字，仅供参考。${also ? `（${also}）` : ''}`,
      );
    } else if (outcome.mode === 'browse') {
      setStatus(`符合筛选条件的内容共 ${outcome.total} 条。`);
    } else {
      setStatus(`找到 ${outcome.total} 条与${quoted}有关的内容${filtered}。`, also);
    }
    list.removeAttribute('aria-busy');
    root.dataset.state = 'done';
    root.dataset.mode = outcome.mode;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(stateFromForm(), 'push');
  });
  // A filter change replaces the history entry: arrowing through a list must not fill the back button.
  for (const select of selects) select.addEventListener('change', () => void search(stateFromForm(), 'replace'));
  clear?.addEventListener('click', (event) => {
    event.preventDefault();
    for (const select of selects) select.value = select.name === 'sort' ? 'relevance' : '';
    void search(stateFromForm(), 'push');
  });
  more.addEventListener('click', () => void showMore(true));
  details?.addEventListener('toggle', () => void refreshCounts());
  // Warm the index while the reader types; the search itself waits for Enter.
  let composing = false;
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => (composing = false));
  input.addEventListener('input', () => {
    const q = normalizeQuery(input.value);
    if (!composing && q) void engine().catch(() => undefined);
  });
  window.addEventListener('popstate', () => void search(readSearchState(new URLSearchParams(location.search)), 'none'));

  if (state.q) void lexicon(state.q).catch(() => undefined); // fetched beside Pagefind, not after it
  if (asksForSearch(state)) void search(state, 'replace');
  else fillForm(state);
}
