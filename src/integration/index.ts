/**
 * The site's one Astro integration: checks content before a build; draws share cards while the
 * pages are built and writes the ones they ask for afterwards; indexes the built site for search
 * (the way Starlight wires Pagefind).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatFindings } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { problemsIn } from './content-problems.ts';
import { readContent } from './read-content.ts';
import { indexSite } from './search-index.ts';
import { startShareCards, writeShareCards, type ShareCardBuild } from './share-cards.ts';
import type { CheckInput } from '../lib/content-check.ts';
import { fileURLToPath } from 'node:url';
import { summarizeInspection } from '../lib/inspection.ts';
import { inspectContent } from '../lib/site-inspection.ts';
import { todayIso } from '../lib/dates.ts';

export default function shuangyong(): AstroIntegration {
  let content: CheckInput | undefined;
  let shareCards: ShareCardBuild | undefined;
  return {
    name: 'shuangyong',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // A build publishes: drafts stay out. Decided by the command, not by NODE_ENV, which test
        // runners and shells set in surprising ways.
        updateConfig({ vite: { define: { 'import.meta.env.SITE_HIDE_DRAFTS': JSON.stringify(command === 'build') } } });
        content = readContent(contentRoot());
        const findings = problemsIn(content);
        const errors = findings.filter((finding) => finding.severity === 'error');
        if (command === 'build' && errors.length > 0) {
          const error = new AstroError(`内容检查未通过，网站没有生成。\n\n${formatFindings(findings)}`, '按上面每条“怎么改”修改后，再运行 npm run build。');
          // A content mistake is for staff: the message says everything, a stack trace would only confuse.
          error.stack = '';
          throw error;
        }
        if (findings.length > 0) logger.warn(`\n${formatFindings(findings)}`);
      },
      'astro:build:start': () => {
        // Rendering pages keeps the main thread busy: a worker draws the predicted cards meanwhile.
        // The content was read, and passed the check, in astro:config:setup.
        shareCards = startShareCards(content!);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The remaining share cards (this process) and the search index (Pagefind's process) overlap.
        await Promise.all([writeShareCards(shareCards!, fileURLToPath(dir), logger), indexSite(fileURLToPath(dir), logger)]);
        // 网站自查 summary last, so staff see it; it never stops a build (publishing is how it is fixed).
        logger.info(`\n${summarizeInspection(inspectContent(content!, todayIso()))}`);
      },
    },
  };
}
