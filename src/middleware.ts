/**
 * Every page the build renders passes through here once: its text gets the site-wide rules of
 * src/lib/text-enhance.ts (numbers and dates kept whole, phone numbers as tel: links).
 * Feeds, the calendar file and other endpoints are not HTML and pass unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { enhanceHtml } from './lib/text-enhance.ts';
import { STAFF_PREFIX } from './model/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Staff pages show 公众号 articles exactly as they will be copied: no site-only markup (<n-w>, tel:) added.
  if (context.url.pathname.startsWith(STAFF_PREFIX)) return response;
  const html = enhanceHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
