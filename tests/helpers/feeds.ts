/** Real parsers for the feeds: fast-xml-parser (with its validator) for RSS, ajv with the JSON Feed 1.1 schema. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dcterms:modified'?: string;
  category?: string | string[];
  [key: string]: unknown;
}

/** Parses an RSS 2.0 document; throws with the parser's message (line and column) if it is not well-formed XML. */
export function parseRss(xml: string): { channel: Record<string, unknown>; items: RssItem[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML 不合法：${valid.err.msg}（第 ${valid.err.line} 行第 ${valid.err.col} 列）`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    cdataPropName: false,
    isArray: (name) => name === 'item' || name === 'category',
    textNodeName: '#text',
    parseTagValue: false,
    trimValues: true,
  });
  const doc = parser.parse(xml) as { rss?: { '@version'?: string; channel?: Record<string, unknown> & { item?: unknown[] } } };
  if (doc.rss?.['@version'] !== '2.0' || !doc.rss.channel) throw new Error('不是 RSS 2.0');
  const items = (doc.rss.channel.item ?? []).map((raw) => {
    const item = raw as Record<string, unknown>;
    const guid = item.guid as string | { '#text': string };
    return { ...item, guid: typeof guid === 'object' ? guid['#text'] : guid } as RssItem;
  });
  return { channel: doc.rss.channel, items };
}

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const schema = JSON.parse(readFileSync(join(repoRoot, 'tests/helpers/jsonfeed-1.1.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = ajv.compile(schema);

/** The errors ajv finds against the JSON Feed 1.1 schema (empty when the feed is valid). */
export function jsonFeedErrors(feed: unknown): string[] {
  return validate(feed) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}
