/**
 * Worker thread of ShareCardBuild.startEarly (share-cards.ts): draws the predicted share cards on
 * the core that page rendering leaves idle and sends each PNG back (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ShareCardText } from '../lib/share-card.ts';
import { ShareCardRenderer, cardKey, type EarlyCardMessage } from './share-cards.ts';

const cards = workerData as [string, ShareCardText][];
const renderer = new ShareCardRenderer();
await renderer.prepare(cards.map(([, card]) => card));
let next = 0;
const draw = async () => {
  while (next < cards.length) {
    const [path, card] = cards[next++]!;
    const png = new Uint8Array(await renderer.render(card));
    parentPort!.postMessage({ path, key: cardKey(card), png } satisfies EarlyCardMessage, [png.buffer]);
  }
};
// Two in flight: one drawn in JavaScript while zlib compresses the other.
await Promise.all([draw(), draw()]);
parentPort!.postMessage({ done: true } satisfies EarlyCardMessage);
