/**
 * 政务公开 presentation rules, pure: the metadata block of a policy (索引号, 发文机关, 发文字号,
 * 成文日期, 发布日期, 有效性), its attachments (type, size, address) and the footer records a
 * Chinese government site shows (ICP and 公安备案 numbers linked to their public lookup pages).
 */
import { docAt, entrySchema } from '../model/index.ts';
import { formatDateZh, toIsoDate } from '../model/dates.ts';

export interface DisclosureData {
  indexNo?: string | undefined;
  issuingBody?: string | undefined;
  docNo?: string | undefined;
  writtenDate?: Date | undefined;
  publishedDate?: Date | undefined;
  validity?: string | undefined;
}

/** The 政务公开 rows that are set, in the usual order, labelled as staff know them. */
export function disclosureRows(data: DisclosureData): { label: string; value: string; datetime?: string | undefined }[] {
  const rows: { label: string; value: string; datetime?: string | undefined }[] = [];
  const text = (key: 'indexNo' | 'issuingBody' | 'docNo' | 'validity') => {
    const value = data[key];
    if (value) rows.push({ label: docAt(entrySchema('policies'), [key])?.label ?? key, value });
  };
  const date = (key: 'writtenDate' | 'publishedDate') => {
    const value = data[key];
    if (value)
      rows.push({
        label: docAt(entrySchema('policies'), [key])?.label ?? key,
        value: formatDateZh(toIsoDate(value)),
        datetime: toIsoDate(value),
      });
  };
  text('indexNo');
  text('issuingBody');
  text('docNo');
  date('writtenDate');
  date('publishedDate');
  text('validity');
  return rows;
}

export const ATTACHMENT_TYPES = {
  pdf: { label: 'PDF 文件', mime: 'application/pdf' },
  docx: { label: 'Word 文档', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel 表格', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

export function attachmentExtension(file: string): AttachmentExtension {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (!(ext in ATTACHMENT_TYPES)) throw new Error(`附件「${file}」只能是 PDF、DOCX 或 XLSX`);
  return ext as AttachmentExtension;
}

/** 1.2 MB, 35 KB, 800 字节 — sizes the way a resident reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The published address of a policy's nth attachment (1-based): /policies/<id>/fujian-1.pdf. */
export function attachmentUrl(policyId: string, index: number, file: string): string {
  return `/policies/${policyId}/fujian-${index}.${attachmentExtension(file)}`;
}

/** The file name offered on download: the attachment's title with its extension, no path characters. */
export function downloadName(title: string, file: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, '_')}.${attachmentExtension(file)}`;
}

export interface Attachment {
  title: string;
  url: string;
  download: string;
  type: string;
  size: string;
}

export function describeAttachment(policyId: string, index: number, item: { file: string; title: string }, bytes: number): Attachment {
  const ext = attachmentExtension(item.file);
  return {
    title: item.title,
    url: attachmentUrl(policyId, index, item.file),
    download: downloadName(item.title, item.file),
    type: ATTACHMENT_TYPES[ext].label,
    size: formatBytes(bytes),
  };
}

// ---------------------------------------------------------------------------------------------
// Footer records

export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/';

/** The 公安备案 lookup page for a record such as 「示公网安备 99999902000001号」 (its 14 digits). */
export function psbLookupUrl(psb: string): string {
  const code = /\d{10,}/.exec(psb)?.[0];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : 'https://beian.mps.gov.cn/';
}

/** What a 咨询建言 link reads as: 发送邮件 for mailto:, 在线留言 for a web page. */
export function consultLabel(consult: string): string {
  return consult.startsWith('mailto:') ? `写信咨询建言（${consult.slice('mailto:'.length)}）` : '在线咨询建言';
}

/** The public address of an image kept next to site.yaml (./wechat-qr.png → /site-files/wechat-qr.png). */
export function siteFileUrl(path: string): string {
  return `/site-files/${path.replace(/^\.\//, '')}`;
}

/** A tel: address for a hotline written as 「12345（政务服务便民热线）」 or 「0999-6212345」; undefined when no number. */
export function telHref(text: string): string | undefined {
  const number = /\d[\d-]{2,}\d/.exec(text)?.[0];
  return number ? `tel:${number.replace(/-/g, '')}` : undefined;
}
