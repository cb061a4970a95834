import { describe, expect, it } from 'vitest';
import {
  attachmentUrl,
  consultLabel,
  describeAttachment,
  disclosureRows,
  downloadName,
  formatBytes,
  psbLookupUrl,
  siteFileUrl,
  telHref,
} from '../../src/lib/disclosure.ts';

describe('政务公开 rows', () => {
  it('lists the fields that are set, in the usual order, with Chinese labels and dates', () => {
    expect(
      disclosureRows({
        validity: '有效',
        docNo: '示政办发〔2026〕15号',
        indexNo: '999900001/2026-00012',
        publishedDate: new Date('2026-11-10T00:00:00Z'),
        issuingBody: '示例县人民政府办公室',
        writtenDate: new Date('2026-11-05T00:00:00Z'),
      }),
    ).toEqual([
      { label: '索引号', value: '999900001/2026-00012' },
      { label: '发文机关', value: '示例县人民政府办公室' },
      { label: '发文字号', value: '示政办发〔2026〕15号' },
      { label: '成文日期', value: '2026年11月5日', datetime: '2026-11-05' },
      { label: '发布日期', value: '2026年11月10日', datetime: '2026-11-10' },
      { label: '有效性', value: '有效' },
    ]);
    expect(disclosureRows({})).toEqual([]);
  });
});

describe('attachments', () => {
  it('have a stable address, a type, a readable size and a download name from the title', () => {
    expect(attachmentUrl('xian-banfa', 2, './申请表.DOCX')).toBe('/policies/xian-banfa/fujian-2.docx');
    expect(() => attachmentUrl('x', 1, './a.exe')).toThrow('只能是 PDF、DOCX 或 XLSX');
    expect(formatBytes(800)).toBe('800 字节');
    expect(formatBytes(229_122)).toBe('224 KB');
    expect(formatBytes(3_500_000)).toBe('3.3 MB');
    expect(downloadName('附件1：申请表/样表', './a.docx')).toBe('附件1：申请表_样表.docx');
    expect(describeAttachment('p', 1, { file: './banfa.pdf', title: '办法全文' }, 229_122)).toEqual({
      title: '办法全文',
      url: '/policies/p/fujian-1.pdf',
      download: '办法全文.pdf',
      type: 'PDF 文件',
      size: '224 KB',
    });
  });
});

describe('footer records', () => {
  it('links the 公安备案 number to its lookup page and reads hotline and consult links', () => {
    expect(psbLookupUrl('示公网安备 99999902000001号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=99999902000001');
    expect(psbLookupUrl('公安备案办理中')).toBe('https://beian.mps.gov.cn/');
    expect(telHref('12345（政务服务便民热线）')).toBe('tel:12345');
    expect(telHref('0999-6212345')).toBe('tel:09996212345');
    expect(telHref('请拨打热线')).toBeUndefined();
    expect(consultLabel('mailto:a@example.gov.cn')).toBe('写信咨询建言（a@example.gov.cn）');
    expect(consultLabel('https://www.example.gov.cn/hdjl/')).toBe('在线咨询建言');
    expect(siteFileUrl('./wechat-qr.png')).toBe('/site-files/wechat-qr.png');
  });
});
