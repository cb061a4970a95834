/**
 * Preview templates of the editor for reports, cases and policies: the same headings, lead,
 * standards table and photos as the built pages, styled by the site's own stylesheet (registered
 * with registerPreviewStyle). Rendering only; the words come from the entry being edited.
 */
export type Html = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface Entry {
  getIn(path: readonly (string | number)[]): unknown;
}

export interface PreviewProps {
  entry: Entry;
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => { toString(): string } | undefined;
}

type Item = Record<string, unknown>;

function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function') {
    return (value as { toJS: () => unknown }).toJS();
  }
  return value;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const amountText = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('zh-CN') : text(value));
const items = (value: unknown): Item[] => {
  const list = plain(value);
  return Array.isArray(list) ? list.filter((item): item is Item => !!item && typeof item === 'object') : [];
};

export function previewTemplates(h: Html): Record<'reports' | 'cases' | 'policies', (props: PreviewProps) => unknown> {
  const field = (props: PreviewProps, key: string) => text(props.entry.getIn(['data', key]));
  const head = (props: PreviewProps, kicker: string, meta: string[]) => [
    h('p', { className: 'print-head' }, kicker),
    h('h1', { className: 'page-title' }, field(props, 'title')),
    h('ul', { className: 'meta' }, ...meta.filter(Boolean).map((line) => h('li', null, line))),
    h('p', { className: 'lead' }, field(props, 'summary')),
  ];
  const gallery = (props: PreviewProps) => {
    const photos = items(props.entry.getIn(['data', 'gallery']));
    if (photos.length === 0) return null;
    return h(
      'div',
      { className: 'gallery' },
      ...photos.map((photo) =>
        h(
          'figure',
          null,
          h('img', { src: props.getAsset(text(photo.src))?.toString() ?? '', alt: text(photo.alt) }),
          photo.caption ? h('figcaption', null, text(photo.caption)) : null,
        ),
      ),
    );
  };
  const body = (props: PreviewProps) => h('div', { className: 'prose' }, props.widgetFor('body'));
  const wrap = (...children: unknown[]) => h('main', { id: 'main' }, h('article', null, ...children));

  return {
    reports: (props) =>
      wrap(
        ...head(props, '活动报道 · 预览', [field(props, 'date'), field(props, 'type'), field(props, 'location')]),
        body(props),
        gallery(props),
      ),
    cases: (props) =>
      wrap(
        ...head(props, '双拥典型 · 预览', [field(props, 'category'), field(props, 'name')]),
        h(
          'ul',
          { className: 'honours' },
          ...items(props.entry.getIn(['data', 'honors'])).map((honour) => h('li', null, `${text(honour.year)} ${text(honour.title)}`)),
        ),
        body(props),
        gallery(props),
      ),
    policies: (props) => {
      const rows = items(props.entry.getIn(['data', 'standards']));
      return wrap(
        ...head(props, '政策解读 · 预览', [field(props, 'category'), field(props, 'effective') && `${field(props, 'effective')} 起施行`]),
        rows.length > 0
          ? h(
              'table',
              null,
              h('caption', null, '标准'),
              h(
                'thead',
                null,
                h('tr', null, h('th', { scope: 'col' }, '项目'), h('th', { scope: 'col' }, '标准'), h('th', { scope: 'col' }, '备注')),
              ),
              h(
                'tbody',
                null,
                ...rows.map((row) =>
                  h(
                    'tr',
                    null,
                    h('td', null, text(row.item)),
                    // As on the site (StandardsTable.astro): the amount with its unit, never broken inside (100 %).
                    h('td', { style: { whiteSpace: 'nowrap' } }, `${amountText(row.amount)} ${text(row.unit)}`.trim()),
                    h('td', null, text(row.note)),
                  ),
                ),
              ),
            )
          : null,
        body(props),
      );
    },
  };
}
