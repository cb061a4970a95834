/**
 * The key of a drawn share card in the build cache: everything the image depends on. The same key
 * means the same PNG/JPEG bytes, so a rebuild copies the card instead of drawing it again.
 *
 * - `renderer`: a digest of the drawing code (src/share-cards/*.ts), so a change to layout or
 *   colours redraws every card;
 * - `card`: the card's text (title, section, site name, 主办单位 …), in a stable key order;
 * - `photo`: a digest of the photo's bytes for a photo card (the path alone would keep a stale card
 *   after staff replace cover.jpg with another photo of the same name).
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same card always gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface CardKeyInput {
  renderer: string;
  card: unknown;
  photo?: string;
}

/** A file-name-safe key (hex sha256). */
export function cardCacheKey({ renderer, card, photo }: CardKeyInput): string {
  return createHash('sha256')
    .update(`${renderer}\n${stableJson(card)}\n${photo ?? ''}`)
    .digest('hex');
}
