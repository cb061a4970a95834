/**
 * The site's one Astro integration: checks content before a build; draws share cards while the
 * pages are built and writes the ones they ask for afterwards; indexes the built site for search
 * (the way Starlight wires Pagefind).
 */
import type { AstroIntegration } from 'astro';
import { formatFindings } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { failBuild } from './fail-build.ts';
import { gateProblems } from './gate.ts';
import { freshChecks, rememberedChecks } from './gate-memo.ts';
import { publishStaging, scanDist, stagingDirOf } from './publish-dist.ts';
import { readContent } from '../content-layer/read-content.ts';
import { indexSite } from './search-index.ts';
import { keptIndexDir } from './search-index-reuse.ts';
import { startShareCards, writeShareCards, type ShareCardBuild } from './share-cards.ts';
import { rewriteSitemapDates } from './sitemap-lastmod.ts';
import { handoffFile, writeHandoff } from './search-handoff.ts';
import { copyEditorBundle } from './editor-bundle.ts';
import type { CheckInput } from '../lib/content-check.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { summarizeInspection } from '../lib/inspection.ts';
import { inspectContent } from '../lib/site-inspection.ts';
import { todayIso } from '../model/dates.ts';

export default function shuangyong(): AstroIntegration {
  let content: CheckInput | undefined;
  let shareCards: ShareCardBuild | undefined;
  let outDir: string | undefined;
  let cacheDir: string | undefined;
  return {
    name: 'shuangyong',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // A build publishes: drafts stay out. Decided by the command, not by NODE_ENV, which test
        // runners and shells set in surprising ways.
        updateConfig({ vite: { define: { 'import.meta.env.SITE_HIDE_DRAFTS': JSON.stringify(command === 'build') } } });
        // The content loader leaves drafts out of a build, so that not even their photos are emitted.
        process.env.SHUANGYONG_DROP_DRAFTS = command === 'build' ? '1' : '';
        const checkStarted = performance.now();
        content = readContent(contentRoot());
        // A build remembers the per-file checks in its cache, so a rebuild rechecks only changed files.
        const remembered = command === 'build' ? rememberedChecks(fileURLToPath(config.cacheDir), fileURLToPath(config.root)) : undefined;
        const findings = await gateProblems(content, process.cwd(), remembered ?? freshChecks);
        const counted = remembered?.counts();
        if (counted)
          logger.info(
            `内容检查：${content.files.length} 个条目，用时 ${Math.round(performance.now() - checkStarted)} ms` +
              (counted.remembered > 0 ? `（${counted.fresh} 项重新检查，${counted.remembered} 项沿用上次构建的结果：文件没有改动）` : ''),
          );
        const errors = findings.filter((finding) => finding.severity === 'error');
        // Remembered only when the gate passed: a refused build leaves nothing behind, not even a cache.
        if (errors.length === 0) remembered?.save();
        if (command === 'build' && errors.length > 0) {
          failBuild(`内容检查未通过，网站没有生成。\n\n${formatFindings(findings)}`, '按上面每条“怎么改”修改后，再运行 npm run build。');
        }
        if (findings.length > 0) logger.warn(`\n${formatFindings(findings)}`);
        if (command === 'build') {
          cacheDir = fileURLToPath(config.cacheDir);
          // Build into a staging folder; dist/ is replaced only when everything succeeded (publish-dist.ts).
          outDir = fileURLToPath(config.outDir);
          const staging = stagingDirOf(outDir);
          rmSync(staging, { recursive: true, force: true });
          updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        }
      },
      'astro:build:start': () => {
        // Rendering pages keeps the main thread busy: a worker draws the predicted cards meanwhile.
        // The content was read, and passed the check, in astro:config:setup.
        shareCards = startShareCards(content!, cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The remaining share cards (this process) and the search index (Pagefind's process) overlap,
        // unless npm run build indexes after this process has exited (search-handoff.ts).
        const handoff = handoffFile();
        await Promise.all([
          writeShareCards(shareCards!, fileURLToPath(dir), logger),
          handoff ? undefined : indexSite(fileURLToPath(dir), logger, keptIndexDir(cacheDir)),
        ]);
        rewriteSitemapDates(fileURLToPath(dir)); // @astrojs/sitemap (listed before us) has written its files
        // The browser editor's bundle, from its npm package (src/integration/editor-bundle.ts).
        logger.info(`/admin/ 编辑器：${(copyEditorBundle(fileURLToPath(dir)) / 1024 / 1024).toFixed(1)} MB`);
        const problems = await scanDist(fileURLToPath(dir), contentRoot());
        if (problems.length > 0) {
          rmSync(fileURLToPath(dir), { recursive: true, force: true });
          failBuild(
            `生成的网站里有不能公开的文件，网站没有发布（${outDir ?? 'dist/'} 保持原样）：\n\n${problems.map((line) => `  ✖ ${line}`).join('\n')}`,
            '照片信息由网站程序自动去掉，出现这个问题说明程序有错：请把这段提示发给网站维护人员。草稿（draft: true）的照片也不应出现在这里。',
          );
        }
        // 网站自查 summary last, so staff see it; it never stops a build (publishing is how it is fixed).
        // When npm run build indexes after this process, it prints the summary after the index.
        const inspection = summarizeInspection(inspectContent(content!, todayIso()));
        if (handoff && outDir)
          writeHandoff(handoff, { staging: fileURLToPath(dir), outDir, inspection, keptIndex: keptIndexDir(cacheDir) });
        else {
          if (outDir) publishStaging(fileURLToPath(dir), outDir);
          logger.info(`\n${inspection}`);
        }
      },
    },
  };
}
