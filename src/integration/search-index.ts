/** Indexes the built site with Pagefind's extended binary, which segments Chinese words. */
import * as pagefind from 'pagefind';
import type { AstroIntegrationLogger } from 'astro';

export async function indexSite(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error(`Pagefind 建立索引失败：${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${distDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`搜索索引：${added.page_count} 个页面，用时 ${Math.round(performance.now() - started)} ms`);
}
