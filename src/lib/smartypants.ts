/**
 * Whether SmartyPants (remark-smartypants, which Astro's Markdown pipeline runs on every body)
 * could change anything in a Markdown body. It rewrites ASCII quotes (" ' `), dashes (--) and
 * ellipses (... or . . .) in text; a body with none of those characters, and no character
 * reference (&…;) or backslash escape that could make one, comes out the same without it.
 *
 * Most bodies are Chinese with full-width punctuation (“”…—), and SmartyPants (retext's parser
 * over each body's text) was about 2.4 s of a 2,000-entry build's content sync, so the content
 * layer renders those bodies without it (src/content-layer/entries-loader.ts). The check is on
 * the source text and errs on the side of running SmartyPants: a table rule |---| also counts.
 */
const MAY_CHANGE = /["'`\\&]|--|\.\s*\./;

export function smartypantsMayChange(markdown: string): boolean {
  return MAY_CHANGE.test(markdown);
}
