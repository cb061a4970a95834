/**
 * The domain model of 双拥宣传站: limits, dates, periods, observance rules, the collection
 * registry, taxonomies with their slugs, URLs, and the schemas with their Chinese field docs.
 * It depends on nothing else in src/; src/lib, the content layer, pages and scripts import it.
 */
export * from './limits.ts';
export * from './dates.ts';
export * from './periods.ts';
export * from './observance-rules.ts';
export * from './collections.ts';
export * from './taxonomies.ts';
export * from './urls.ts';
export * from './fields.ts';
export * from './schemas/common.ts';
export * from './schemas/plans.ts';
export * from './schemas/reports.ts';
export * from './schemas/cases.ts';
export * from './schemas/policies.ts';
export * from './schemas/education.ts';
export * from './schemas/data-files.ts';
export * from './schemas/publishing.ts';
export * from './schemas/index.ts';
export * from './calendar-date.ts';
