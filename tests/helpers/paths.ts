import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const seedsDir = resolve(repoRoot, '../shared/seeds');
