/**
 * Worker thread of ShareCardBuild.startEarly (share-cards.ts): draws the planned share cards on
 * the core that page rendering leaves idle and sends each image back (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CARD_FONT_FAMILY } from '../share-cards/layout.ts';
import { ShareCardRenderer } from '../share-cards/draw.ts';
import { drawCard, type EarlyCardMessage, type PlannedCard } from './share-cards.ts';

const cards = workerData as PlannedCard[];
// Compressing on this thread: the worker is already off the main thread.
const renderer = new ShareCardRenderer(CARD_FONT_FAMILY, { syncCompression: true });
await renderer.prepare(cards.filter(({ photo }) => photo === undefined).map(({ card }) => card));
for (const planned of cards) {
  const image = new Uint8Array(await drawCard(renderer, planned));
  parentPort!.postMessage({ path: planned.path, image } satisfies EarlyCardMessage, [image.buffer]);
}
parentPort!.postMessage({ done: true } satisfies EarlyCardMessage);
