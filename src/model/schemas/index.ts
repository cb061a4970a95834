/** The schema of each collection, by name. */
import { z } from 'astro/zod';
import type { CollectionName } from '../collections.ts';
import { caseSchema } from './cases.ts';
import type { ImageSchema } from './common.ts';
import { educationSchema } from './education.ts';
import { planSchema } from './plans.ts';
import { policySchema } from './policies.ts';
import { reportSchema } from './reports.ts';

export const collectionSchemas = {
  plans: planSchema,
  reports: reportSchema,
  cases: caseSchema,
  policies: policySchema,
  education: educationSchema,
} satisfies Record<CollectionName, (image: ImageSchema) => z.ZodType>;

const imagePath = z.string().min(1);
const schemasWithPaths = new Map<CollectionName, z.ZodType>();

/**
 * A collection's schema with photos as plain paths (Astro's image() needs the build): what the
 * content check, the scaffold and the docs walk. Built once per collection.
 */
export function entrySchema(collection: CollectionName): z.ZodType {
  let schema = schemasWithPaths.get(collection);
  if (!schema) {
    schema = collectionSchemas[collection](() => imagePath);
    schemasWithPaths.set(collection, schema);
  }
  return schema;
}
