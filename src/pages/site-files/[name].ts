/**
 * Images site.yaml names (公众号 QR code, 党政机关 mark), kept next to it in content/ and published at
 * /site-files/<name>. Re-encoded with sharp so no photo metadata reaches dist/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getSite } from '../../data/content.ts';
import { siteFilePath } from '../../data/attachments.ts';
import { siteFileUrl } from '../../lib/disclosure.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const images = [site.wechat?.qr, site.conacMark?.image].filter((path): path is string => Boolean(path));
  return images.map((path) => ({ params: { name: siteFileUrl(path).split('/').pop()! }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { path } = props as { path: string };
  const png = /\.png$/i.test(path);
  const image = sharp(siteFilePath(path));
  const body = await (png ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 90 })).toBuffer();
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': png ? 'image/png' : 'image/jpeg' } });
};
