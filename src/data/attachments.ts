/**
 * Files staff keep in content/ that are published as they are: a policy's attachments (in the
 * entry's folder) and the images site.yaml names (公众号 QR code, 党政机关 mark). IO only; the rules
 * (addresses, types, sizes) are in src/lib/disclosure.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot } from '../lib/content-root.ts';
import { describeAttachment, type Attachment } from '../lib/disclosure.ts';

/** Where a policy's `./file` points: its folder for `id/index.mdx`, the collection folder for `id.mdx`. */
export function attachmentPath(policyId: string, file: string): string {
  const folder = join(contentRoot(), 'policies', policyId);
  const base = existsSync(join(folder, 'index.mdx')) ? folder : join(contentRoot(), 'policies');
  return resolve(base, file);
}

export function policyAttachments(policyId: string, list: readonly { file: string; title: string }[]): Attachment[] {
  return list.map((item, index) => describeAttachment(policyId, index + 1, item, statSync(attachmentPath(policyId, item.file)).size));
}

export function readAttachment(policyId: string, file: string): Buffer {
  return readFileSync(attachmentPath(policyId, file));
}

export function siteFilePath(path: string): string {
  return resolve(contentRoot(), path);
}
