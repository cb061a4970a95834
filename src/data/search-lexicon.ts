/**
 * Feeds the search vocabulary builder (src/search/lexicon-build.ts) with the published entries,
 * units, observances and taxonomy terms, and the synonym table (defaults + content/search-synonyms.yaml).
 * Computed once per build and shared by /search-lexicon/<shard>.json and /search-pinyin/<shard>.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getObservances, getSite, getUnits, published, type AnyEntry } from './content.ts';
import {
  AUDIENCES,
  CASE_CATEGORIES,
  EDUCATION_KINDS,
  PLAN_KINDS,
  POLICY_CATEGORIES,
  REPORT_TYPES,
  STAGES,
  COLLECTIONS,
} from '../model/index.ts';
import { buildPinyinTable, commonTerms, lexiconFile, vocabularyParts, type LexiconDoc } from '../search/lexicon-build.ts';
import { nameVariants, regionParts } from '../lib/cases.ts';
import { readSynonyms, SYNONYMS_FILE } from '../search/synonyms.ts';
import { contentRoot } from '../lib/content-root.ts';
import { shardLexicon, type LexiconFile } from '../search/understand.ts';
import { shardSounds, soundIndex, type SoundShard } from '../search/pinyin.ts';

/** The short texts and terms of an entry, by collection. */
function docOf(entry: AnyEntry, region: string[]): LexiconDoc {
  const texts: string[] = [entry.data.summary];
  const terms: string[] = [...entry.data.tags];
  switch (entry.collection) {
    case 'plans':
      texts.push(...entry.data.goals, ...entry.data.tasks.map((task) => task.title));
      break;
    case 'reports':
      terms.push(entry.data.location ?? '', entry.data.type);
      break;
    case 'cases':
      terms.push(entry.data.name, entry.data.category, ...entry.data.honors.map((honor) => honor.title));
      if (entry.data.quote) texts.push(entry.data.quote);
      break;
    case 'policies':
      terms.push(
        entry.data.category,
        ...entry.data.audience,
        ...entry.data.basis.map((basis) => basis.name),
        ...entry.data.standards.map((s) => s.item),
      );
      texts.push(...entry.data.faq.flatMap((item) => [item.q, item.a]));
      break;
    case 'education':
      terms.push(entry.data.kind, ...entry.data.stages, entry.data.address ?? '');
      // A base's title is its name, said with or without the county (示例县国防教育馆, 国防教育馆).
      if (entry.data.kind === '教育基地') terms.push(...nameVariants(entry.data.title, region));
      texts.push(...entry.data.objectives);
      // Opening hours are searched as metadata (周一闭园): their words are the site's words too.
      if (entry.data.openHours) texts.push(entry.data.openHours);
      break;
  }
  return { title: entry.data.title, texts, terms: terms.filter(Boolean), body: entry.body ?? '' };
}

let lexicon: Promise<{ file: LexiconFile; shards: LexiconFile[]; sounds: { readings: SoundShard[]; words: SoundShard[] } }> | undefined;

export function searchLexicon() {
  lexicon ??= (async () => {
    const entries = (await Promise.all(COLLECTIONS.map((collection) => published(collection)))).flat() as AnyEntry[];
    const region = regionParts((await getSite()).region);
    const docs = entries.map((entry) => docOf(entry, region));
    const taxonomy = [
      ...AUDIENCES,
      ...CASE_CATEGORIES,
      ...EDUCATION_KINDS,
      ...PLAN_KINDS,
      ...POLICY_CATEGORIES,
      ...REPORT_TYPES,
      ...STAGES,
    ];
    const names = [...(await getUnits()).map((unit) => unit.name), ...(await getObservances()).map((observance) => observance.name)];
    docs.push({ title: '', texts: [], terms: [...taxonomy, ...names], body: '' });
    const { own, dictionary } = vocabularyParts(docs);
    const words = [...own, ...dictionary].sort();
    const path = join(contentRoot(), SYNONYMS_FILE);
    // Mistakes in the file stop the build in the content check; here only the table is needed.
    const { synonyms } = readSynonyms(existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    const file = lexiconFile(words, synonyms, commonTerms(docs, words), entries.length);
    return {
      file,
      shards: shardLexicon(file),
      // Typos are corrected to the site's own words only (see vocabularyParts).
      sounds: shardSounds(soundIndex(buildPinyinTable(own), own)),
    };
  })();
  return lexicon;
}
