/**
 * Reads Pagefind's index files (after gunzip) for tests and scripts: each is the signature
 * "pagefind_dcd" followed by CBOR. Only what our checks need is decoded: the words of an index
 * chunk with the pages they occur on, and the values of a filter.
 */

const SIGNATURE = 'pagefind_dcd';

/** A minimal CBOR decoder (RFC 8949: integers, strings, arrays, maps, tags, simple values, floats). */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const byte = (): number => {
    const value = bytes[at++];
    if (value === undefined) throw new Error('CBOR: unexpected end of data');
    return value;
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return byte();
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
    if (info === 31) return -1;
    throw new Error(`CBOR: unsupported length ${info}`);
  };
  const item = (): unknown => {
    const head = byte();
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const n = length(info);
        at += n;
        return bytes.subarray(at - n, at);
      }
      case 3: {
        const n = length(info);
        at += n;
        return text.decode(bytes.subarray(at - n, at));
      }
      case 4: {
        const n = length(info);
        const list: unknown[] = [];
        if (n < 0) {
          while (bytes[at] !== 0xff) list.push(item());
          at++;
        } else for (let i = 0; i < n; i++) list.push(item());
        return list;
      }
      case 5: {
        const n = length(info);
        const map: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const key = String(item());
          map[key] = item();
        }
        return map;
      }
      case 6:
        length(info);
        return item();
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        if (info === 26) return ((at += 4), view.getFloat32(at - 4));
        if (info === 27) return ((at += 8), view.getFloat64(at - 8));
        throw new Error(`CBOR: unsupported simple value ${info}`);
    }
  };
  return item();
}

/** Decodes a gunzipped Pagefind file (index chunk, filter, meta). */
export function decodePagefindFile(bytes: Uint8Array): unknown {
  const head = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error('not a Pagefind file (missing pagefind_dcd signature)');
  return decodeCbor(bytes.subarray(SIGNATURE.length));
}

/** Words of an index chunk with the page numbers they occur on (page lists are delta-encoded). */
export function chunkWords(decoded: unknown): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (const entry of (decoded as [[string, [number, number[], number[]?][]][]])[0]) {
    let page = 0;
    words.set(
      entry[0],
      entry[1].map(([delta]) => (page += delta)),
    );
  }
  return words;
}

/** A filter file: its name and each value with its page numbers. */
export function filterValues(decoded: unknown): { name: string; values: Map<string, number[]> } {
  const [name, values] = decoded as [string, [string, number[]][]];
  return { name, values: new Map(values.map(([value, pages]) => [value, pages])) };
}

/** The page hashes of the metadata file, in page-number order. */
export function metaPages(decoded: unknown): string[] {
  return (decoded as [string, [string, number][]])[1].map(([hash]) => hash);
}
