/**
 * Worker thread of ShareCardBuild.startEarly (share-cards.ts): draws the predicted share cards on
 * the core that page rendering leaves idle and sends each PNG back (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CARD_FONT_FAMILY, type ShareCardText } from '../lib/share-card.ts';
import { ShareCardRenderer, cardKey, type EarlyCardMessage } from './share-cards.ts';

const cards = workerData as [string, ShareCardText][];
// Compressing on this thread: the worker is already off the main thread.
const renderer = new ShareCardRenderer(CARD_FONT_FAMILY, { syncCompression: true });
await renderer.prepare(cards.map(([, card]) => card));
for (const [path, card] of cards) {
  const png = new Uint8Array(await renderer.render(card));
  parentPort!.postMessage({ path, key: cardKey(card), png } satisfies EarlyCardMessage, [png.buffer]);
}
parentPort!.postMessage({ done: true } satisfies EarlyCardMessage);
