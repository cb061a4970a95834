/**
 * A policy's attachments (PDF, DOCX, XLSX from its folder), published byte for byte at
 * /policies/<id>/fujian-<n>.<ext>. Only files listed in frontmatter are published; drafts never.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { published } from '../../../data/content.ts';
import { readAttachment } from '../../../data/attachments.ts';
import { ATTACHMENT_TYPES, attachmentExtension, attachmentUrl } from '../../../lib/disclosure.ts';

export const getStaticPaths = (async () => {
  const policies = await published('policies');
  return policies.flatMap((policy) =>
    policy.data.attachments.map((item, index) => ({
      params: {
        id: policy.id,
        attachment: attachmentUrl(policy.id, index + 1, item.file)
          .split('/')
          .pop()!,
      },
      props: { id: policy.id, file: item.file },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { id, file } = props as { id: string; file: string };
  return new Response(new Uint8Array(readAttachment(id, file)), {
    headers: { 'Content-Type': ATTACHMENT_TYPES[attachmentExtension(file)].mime },
  });
};
