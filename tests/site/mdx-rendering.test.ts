/**
 * How entry bodies are rendered (src/content-layer/entries-loader.ts), on the basic fixture build:
 * plain-Markdown MDX is rendered in the content layer and kept in the data store. A body that uses
 * an MDX feature (a tag, an expression, an import) is refused by the content check before the build
 * (src/lib/mdx-body.ts), so every published body takes this path.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDevalue } from 'devalue';
import { tmpRoot } from '../helpers/build-site.ts';
import { page, routeFile, text } from '../helpers/html.ts';

const SITE = 'basic';

interface StoredEntry {
  filePath: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

/** The content layer's data store of the basic build: collection → id → entry. */
function dataStore(): Map<string, Map<string, StoredEntry>> {
  return parseDevalue(readFileSync(join(tmpRoot, SITE, 'cache', 'data-store.json'), 'utf8')) as Map<string, Map<string, StoredEntry>>;
}

describe('entry bodies', () => {
  const store = dataStore();
  const entries = ['plans', 'reports', 'cases', 'policies', 'education'].flatMap((collection) =>
    [...(store.get(collection) ?? new Map<string, StoredEntry>()).entries()].map(([id, entry]) => ({ key: `${collection}/${id}`, entry })),
  );

  it('every body is rendered once, in the content layer, not compiled into a JavaScript module', () => {
    expect(entries.length).toBeGreaterThan(5);
    for (const { key, entry } of entries) {
      expect(entry.deferredRender, key).toBeUndefined();
      expect(typeof entry.rendered?.html, key).toBe('string');
    }
    expect(text(page(SITE, '/policies/youdaijin-2026/').querySelector('article'))).toContain('由县退役军人事务局（简称退役局）负责解释');
  });

  it('Markdown is rendered with GFM tables and heading anchors', () => {
    const bodyTables: [string, string[], string[]][] = [
      ['/policies/youdaijin-2026/', ['对象', '标准'], ['义务兵家庭', '每年 30000 元']],
      ['/reports/2026-08-01-bayi-zuotan/', ['单位', '人数'], ['测试镇', '20']],
    ];
    for (const [route, head, row] of bodyTables) {
      const tables = page(SITE, route).querySelectorAll('article table');
      const table = tables.find((t) => t.querySelectorAll('thead th').map(text).join('|') === head.join('|'));
      expect(table, route).toBeDefined();
      expect(
        table!.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map(text)),
        route,
      ).toEqual([row]);
    }
    expect(page(SITE, '/reports/2026-08-01-bayi-zuotan/').querySelector('article h2#座谈内容')).not.toBeNull();
  });

  it('ASCII quotes, dashes and dots in a body still get SmartyPants; a body without them is rendered without it, the same', () => {
    // src/lib/smartypants.ts: the content layer skips SmartyPants only for bodies it would not change.
    const paragraphs = page(SITE, '/reports/2025-08-01-bayi-zuotan/').querySelectorAll('article p').map(text);
    expect(paragraphs).toContain('老兵代表说 “退伍不褪色”，大家说 ‘OK’—掌声不断…');
    expect(entries.find(({ key }) => key === 'reports/2026-08-01-bayi-zuotan')!.entry.rendered?.html).toContain('<h2 id="座谈内容">');
  });

  it('an MDX comment {/* … */} stays out of the page and does not force the slow path', () => {
    expect(readFileSync(routeFile(SITE, '/reports/2026-08-01-bayi-zuotan/'), 'utf8')).not.toContain('编辑说明');
    expect(entries.find(({ key }) => key === 'reports/2026-08-01-bayi-zuotan')!.entry.rendered?.html).toContain('<h2 id="座谈内容">');
  });
});
