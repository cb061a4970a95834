/**
 * All content problems in one list: schema and references (content-check) plus personal data and
 * template text (content-lint). Shared by `npm run check:content` and the build.
 */
import { checkContent, type CheckInput, type Finding } from '../lib/content-check.ts';
import { lintContentText } from '../lib/content-lint.ts';
import { DATA_FILES, docAt, entrySchema } from '../model/index.ts';
import { readContent } from './read-content.ts';
import { readSynonyms } from '../search/synonyms.ts';

export function findContentProblems(root: string, shownFrom: string = process.cwd()): Finding[] {
  return problemsIn(readContent(root, shownFrom));
}

/**
 * The same, for content already read (the build reuses it to predict share cards). `lint` is
 * lintContentText, or the build's remembered results of it (src/integration/gate-memo.ts).
 */
export function problemsIn(input: CheckInput, lint: typeof lintContentText = lintContentText): Finding[] {
  const findings = checkContent(input);
  if (input.synonyms) {
    findings.push(...readSynonyms(input.synonyms.text, input.synonyms.file).findings);
    if (input.synonyms.text) findings.push(...lint(input.synonyms.text, input.synonyms.file));
  }
  for (const file of [input.site, input.units, input.observances]) {
    const schema = DATA_FILES[file.name].schema;
    if (file.text) findings.push(...lint(file.text, file.file, (key) => docAt(schema, [0, key])?.label ?? docAt(schema, [key])?.label));
  }
  for (const file of input.files) {
    const schema = entrySchema(file.collection);
    if (file.text) findings.push(...lint(file.text, file.file, (key) => docAt(schema, [key])?.label));
  }
  return findings;
}
