import { describe, expect, it } from 'vitest';
import { chineseCounting, formatNumber, numberParagraphs, NumberingCounter, parseNumbering } from '../../src/lib/docx-numbering.ts';
import { docxProblem, readDocx } from '../../src/lib/docx-reader.ts';
import { docxImportLines, rowText } from '../../src/lib/docx-to-import.ts';
import { makeDocx } from '../helpers/docx-fixture.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

describe('Word number formats', () => {
  it('counts in Chinese as Word does', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110].map((n) => chineseCounting(n))).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百〇一',
      '一百一十',
    ]);
    expect(formatNumber(3, 'chineseCountingThousand')).toBe('三');
    expect(formatNumber(12, 'ideographDigital')).toBe('一二');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(5, 'bullet')).toBe('');
  });
});

describe('numbering.xml', () => {
  const numbering = parseNumbering(
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.%1', 3)}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
  );
  it('labels levels 一、 （一） 1. （1）, restarting deeper levels', () => {
    const counter = new NumberingCounter(numbering);
    const labels = [[0], [1], [2], [2], [3], [1], [2], [0], [1]].map(([level]) => counter.next('1', level!));
    expect(labels).toEqual(['一、', '（一）', '1.', '2.', '（1）', '（二）', '1.', '二、', '（一）']);
  });
  it('continues a list of the same abstractNum, restarts on startOverride, and uses each level’s own format', () => {
    const counter = new NumberingCounter(numbering);
    expect([counter.next('1', 0), counter.next('2', 0), counter.next('3', 0), counter.next('3', 0)]).toEqual([
      '一、',
      '二、',
      '五、',
      '六、',
    ]);
    expect([counter.next('4', 0), counter.next('4', 1), counter.next('4', 1)]).toEqual(['3.3', '3.1', '3.2']);
    expect(counter.next('9', 0)).toBe('');
  });
  it('numbers paragraphs through their style too', () => {
    const document = `<w:document ${W}><w:body><w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>指导思想</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>工作目标</w:t></w:r></w:p></w:body></w:document>`;
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numberingXml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    expect(numberParagraphs(document, numberingXml, styles)).toEqual([
      { text: '指导思想', label: '一、' },
      { text: '正文', label: '' },
      { text: '工作目标', label: '二、' },
    ]);
  });
});

describe('readDocx', () => {
  it('reads a Word document made here: numbering restored, bold runs, table rows, the photo', async () => {
    const bytes = await makeDocx([
      { text: '标题' },
      { text: '主要任务', level: 0 },
      { text: '节日慰问', level: 1 },
      { text: '春节前走访慰问驻县部队。', level: 2, bold: '驻县部队' },
      {
        table: [
          ['时间', '内容'],
          ['5月份', '军营开放日'],
        ],
      },
      { photo: true, alt: '现场' },
    ]);
    const content = await readDocx(bytes, '计划.docx');
    expect(content.application).toBe('Microsoft Office Word');
    expect(content.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '标题',
      '一、主要任务',
      '（一）节日慰问',
      '1.春节前走访慰问驻县部队。',
    ]);
    expect(content.images).toHaveLength(1);
    expect(content.images[0]!.altText).toBe('现场');
    const lines = docxImportLines(content);
    expect(lines.text.split('\n')).toEqual([
      '标题',
      '一、主要任务',
      '（一）节日慰问',
      '1.春节前走访慰问驻县部队。',
      '时间：内容',
      '5月份：军营开放日',
      '（照片 1）',
    ]);
    expect(lines.rich.get(4)?.markdown).toBe('1\\.春节前走访慰问**驻县部队**。');
    expect(lines.rich.get(5)?.markdown).toContain('| 5月份 | 军营开放日 |');
    expect(lines.rich.get(6)?.markdown).toBe('');
    expect(lines.photos).toEqual([{ line: 7, image: 0, file: 'photo-01.jpg', altText: '现场' }]);
  });
  it('reads the same document saved by WPS', async () => {
    const content = await readDocx(
      await makeDocx(
        [
          { text: '主要任务', level: 0 },
          { text: '慰问', level: 1 },
        ],
        { app: 'WPS Office' },
      ),
      'wps.docx',
    );
    expect(content.application).toBe('WPS Office');
    expect(content.blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual(['一、主要任务', '（一）慰问']);
  });
  it('refuses .doc and .wps, files that are not .docx, and a broken zip, in Chinese', async () => {
    expect(docxProblem(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧.docx')).toContain('另存为');
    expect(docxProblem(Uint8Array.from([0x50, 0x4b]), '计划.wps')).toContain('.docx');
    expect(docxProblem(new TextEncoder().encode('hello'), '计划.docx')).toContain('不是 .docx 文档');
    await expect(readDocx(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]), '坏.docx')).rejects.toThrow(/打不开/);
  });
  it('writes a table row as 时间：内容（责任单位）', () => {
    expect(rowText(['7月25日前', '走访慰问', '县民政局', '各乡镇'])).toBe('7月25日前：走访慰问（县民政局，各乡镇）');
  });
});
