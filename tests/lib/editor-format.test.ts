/** The editor's file format: frontmatter in, frontmatter out, with nothing the gate would refuse. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entryFromFile, entryToFile } from '../../src/lib/editor-format.ts';

describe('editor file format', () => {
  it('reads frontmatter and body', () => {
    const data = entryFromFile('---\ntitle: 走访慰问\ndate: 2026-08-01\namount: 500\n---\n\n正文第一段。\n');
    expect(data).toEqual({ title: '走访慰问', date: '2026-08-01', amount: 500, body: '正文第一段。\n' });
  });

  it('writes fields in order, leaves out empty optional values and the slug helper, photos as ./name', () => {
    const text = entryToFile(
      {
        body: '正文。',
        editorSlug: '2026-08-01-x',
        title: '标题',
        cover: '',
        coverAlt: '',
        tags: [],
        draft: false,
        gallery: [{ src: 'photo-1.jpg', alt: '官兵合影', caption: '' }],
        date: '2026-08-01',
      },
      ['title', 'date', 'draft', 'cover', 'gallery'],
    );
    const [, front = '', body = ''] = text.split('---\n');
    expect(parse(front)).toEqual({ title: '标题', date: '2026-08-01', draft: false, gallery: [{ src: './photo-1.jpg', alt: '官兵合影' }] });
    expect(Object.keys(parse(front) as object)).toEqual(['title', 'date', 'draft', 'gallery']);
    expect(body.trim()).toBe('正文。');
    expect(text).not.toContain('editorSlug');
  });

  it('round-trips an entry', () => {
    const text = entryToFile({ title: '标准', standards: [{ item: '一等功', amount: 5000, unit: '元' }], body: '说明' }, [
      'title',
      'standards',
    ]);
    expect(entryToFile(entryFromFile(text), ['title', 'standards'])).toBe(text);
  });
});
