/**
 * The rules of the 典型 showcase, as pure functions over plain data (no Astro imports), so they
 * can be tested on their own: which honour leads a card, the order of cases, which honour years
 * there are, which reports relate to a case and which cases are "like this one".
 */

export interface Honour {
  title: string;
  year: number;
  by?: string | undefined;
}

export interface CaseLike {
  id: string;
  data: {
    category: string;
    name: string;
    honors: Honour[];
    featured: boolean;
    date: Date;
    tags: string[];
    unit: string;
  };
}

export interface ReportLike {
  id: string;
  body?: string;
  data: { title: string; summary: string; date: Date; tags: string[]; units: string[]; unit: string };
}

/**
 * How high an honour is, from the name of who gave it (or its title): 国家 4, 省 3, 市 2, 县 1, 0 unknown.
 * 军区/战区 count as provincial, 军分区 as city level.
 */
export function honourLevel(honour: Honour): number {
  const text = `${honour.by ?? ''}${honour.title}`;
  if (/全国|国家|中央|国务院|中华人民共和国|全军/.test(text)) return 4;
  if (/(?<!军分)(省|自治区|直辖市|军区|战区)/.test(text) || /^(北京|天津|上海|重庆)市/.test(text)) return 3;
  if (/市|州|盟|军分区/.test(text)) return 2;
  if (/县|区|旗/.test(text)) return 1;
  return 0;
}

/** The honour a card shows: the highest level, then the most recent. */
export function topHonour(honours: Honour[]): Honour | undefined {
  return [...honours].sort((a, b) => honourLevel(b) - honourLevel(a) || b.year - a.year)[0];
}

/** The honour a card shows on a year page: that year's highest. */
export function topHonourIn(honours: Honour[], year: number): Honour | undefined {
  return topHonour(honours.filter((honour) => honour.year === year));
}

/** Honours oldest first, for the timeline on a case page. */
export function honourTimeline(honours: Honour[]): Honour[] {
  return [...honours].sort((a, b) => a.year - b.year || honourLevel(a) - honourLevel(b));
}

/** Showcase order: featured first, then by the level of the top honour, then newest. */
export function showcaseOrder<C extends CaseLike>(cases: C[]): C[] {
  const level = (entry: C) => {
    const top = topHonour(entry.data.honors);
    return top ? honourLevel(top) : -1;
  };
  return [...cases].sort(
    (a, b) =>
      Number(b.data.featured) - Number(a.data.featured) ||
      level(b) - level(a) ||
      b.data.date.getTime() - a.data.date.getTime() ||
      a.id.localeCompare(b.id),
  );
}

/** Every year in which some case was honoured, newest first. */
export function honourYears(cases: CaseLike[]): number[] {
  return [...new Set(cases.flatMap((entry) => entry.data.honors.map((honour) => honour.year)))].sort((a, b) => b - a);
}

export function honouredIn<C extends CaseLike>(cases: C[], year: number): C[] {
  return cases.filter((entry) => entry.data.honors.some((honour) => honour.year === year));
}

/**
 * The ways a report may name a case: the full name, each part of a joint name (“甲、乙”), and the
 * name without the region in front (示例县人民医院 → 县人民医院, 人民医院), if at least 3 characters.
 */
export function nameVariants(name: string, regionParts: string[] = []): string[] {
  const variants = new Set<string>();
  for (const part of name
    .split(/[、，,和与及\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    variants.add(part);
    let rest = part;
    for (const region of regionParts) {
      if (rest.startsWith(region)) {
        rest = rest.slice(region.length);
        const suffix = region.slice(-1); // 示例县人民医院 → 县人民医院
        if ([...rest].length >= 2) variants.add(suffix + rest);
        if ([...rest].length >= 3) variants.add(rest);
      }
    }
  }
  return [...variants].filter((variant) => [...variant].length >= 2);
}

/** 示例省示例市示例县 → [示例省, 示例市, 示例县]. */
export function regionParts(region: string): string[] {
  return region.match(/[^省市县区州盟旗]+[省市县区州盟旗]/g) ?? [];
}

/**
 * Reports that tell part of a case's story, best first: a report naming the case (or one of its
 * honours) in its title or summary counts most, in its text next, then shared tags; sharing only
 * a unit is not enough. A name that is just the region (示例县, a 模范城县) is not looked for.
 */
export function relatedReports<R extends ReportLike>(entry: CaseLike, reports: R[], region = '', limit = 3): R[] {
  const regions = regionParts(region);
  const names = nameVariants(entry.data.name, regions).filter((name) => !regions.includes(name));
  const honours = [...new Set(entry.data.honors.map((honour) => honour.title))].filter((title) => [...title].length >= 4);
  const tags = new Set(entry.data.tags);
  const scored = reports.map((report) => {
    const head = `${report.data.title}${report.data.summary}`;
    const body = report.body ?? '';
    let score = 0;
    if (names.some((name) => head.includes(name))) score += 6;
    else if (names.some((name) => body.includes(name))) score += 4;
    if (honours.some((title) => head.includes(title))) score += 3;
    else if (honours.some((title) => body.includes(title))) score += 2;
    score += 2 * report.data.tags.filter((tag) => tags.has(tag)).length;
    if (report.data.units.includes(entry.data.unit) || report.data.unit === entry.data.unit) score += 1;
    return { report, score };
  });
  return scored
    .filter(({ score }) => score >= 2)
    .sort((a, b) => b.score - a.score || b.report.data.date.getTime() - a.report.data.date.getTime())
    .slice(0, limit)
    .map(({ report }) => report);
}

/** "More 典型 like this": same category first, then most shared tags, featured, newest. */
export function similarCases<C extends CaseLike>(entry: CaseLike, cases: C[], limit = 4): C[] {
  const tags = new Set(entry.data.tags);
  const score = (other: C) =>
    (other.data.category === entry.data.category ? 10 : 0) +
    other.data.tags.filter((tag) => tags.has(tag)).length * 2 +
    (other.data.featured ? 1 : 0);
  return cases
    .filter((other) => other.id !== entry.id)
    .map((other) => ({ other, score: score(other) }))
    .sort((a, b) => b.score - a.score || b.other.data.date.getTime() - a.other.data.date.getTime() || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** A card's one-line summary: the first sentence, at most `max` characters. */
export function oneLine(summary: string, max = 60): string {
  const first = /^.+?[。！？!?](?=.)/.exec(summary)?.[0] ?? summary;
  const chars = [...first];
  return chars.length <= max ? first : `${chars.slice(0, max - 1).join('')}…`;
}
