/**
 * Writes the field tables of CONTRIBUTING.zh.md (section 九) from the schemas' field docs.
 *
 *   npm run docs:fields            rewrite the tables in place
 *   npm run docs:fields -- --check exit 1 if the guide differs from the schemas
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withGeneratedTables } from '../../src/lib/field-tables.ts';

const guidePath = join(import.meta.dirname, '../../CONTRIBUTING.zh.md');
const guide = readFileSync(guidePath, 'utf8');
const generated = withGeneratedTables(guide);
if (process.argv.includes('--check')) {
  if (generated !== guide) {
    console.error('CONTRIBUTING.zh.md 的字段表和字段定义不一致：请运行 npm run docs:fields。');
    process.exit(1);
  }
  console.log('字段表与字段定义一致。');
} else {
  writeFileSync(guidePath, generated);
  console.log(generated === guide ? '字段表已是最新。' : '已更新 CONTRIBUTING.zh.md 的字段表。');
}
