/**
 * Every page the build renders passes through here once: its text gets the site-wide rules of
 * src/lib/text-enhance.ts (numbers and dates kept whole, phone numbers as tel: links).
 * Feeds, the calendar file and other endpoints are not HTML and pass unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { enhanceHtml } from './lib/text-enhance.ts';
import { WECHAT_PREVIEW_PREFIX } from './model/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // A 公众号 preview shows the article exactly as it will be copied: no site-only markup (<n-w>, tel:) added.
  if (context.url.pathname.startsWith(WECHAT_PREVIEW_PREFIX)) return response;
  const html = enhanceHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
