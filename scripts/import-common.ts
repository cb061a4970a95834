/**
 * What `import:plan` and `import:report` both read from the content folder: the observances
 * (festival schedules are dated through their rules) and the site's own names (region, units),
 * so that other places' names in an imported text can be flagged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ObservanceLike } from '../src/lib/observances.ts';
import type { UnitRef } from '../src/lib/scaffold.ts';

/** The observances of content/observances.yaml; [] when the file is missing or unreadable (the check reports that). */
export function readObservances(root: string): ObservanceLike[] {
  const file = join(root, 'observances.yaml');
  if (!existsSync(file)) return [];
  try {
    const data: unknown = parseYaml(readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) return [];
    return data.filter(
      (item): item is ObservanceLike =>
        !!item && typeof item === 'object' && typeof item.id === 'string' && typeof item.name === 'string' && !!item.rule && typeof item.rule === 'object',
    );
  } catch {
    return [];
  }
}

/** The site's region and name and its units' names, from site.yaml and units.yaml. */
export function siteOwnNames(root: string, units: readonly UnitRef[]): string[] {
  const names = units.map((unit) => unit.name).filter(Boolean);
  const file = join(root, 'site.yaml');
  if (existsSync(file)) {
    try {
      const site = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
      for (const key of ['region', 'name', 'host']) {
        const value = site?.[key];
        if (typeof value === 'string') names.push(value);
      }
    } catch {
      // The content check reports a broken site.yaml.
    }
  }
  // `示例省示例市示例县` also stands for 示例省, 示例市 and 示例县.
  for (const name of [...names]) for (const part of name.match(/\p{Script=Han}{2,}?(?:省|市|县|区|镇|乡|街道)/gu) ?? []) names.push(part);
  return names;
}
