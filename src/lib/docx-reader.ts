/**
 * A .docx (Word or WPS) read into blocks the importers understand: paragraphs with their automatic
 * numbering restored (一、 （一） 1. （1）, see docx-numbering.ts) and their bold runs, tables as rows
 * of cells, and embedded pictures (bytes, type, Word's alt text).
 *
 * mammoth reads the document (runs, bold, tables, images, WPS's files too); it drops Word's list
 * labels, so the labels come from word/numbering.xml, read with jszip (mammoth's own zip reader)
 * and matched to mammoth's paragraphs in document order by their text.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { numberParagraphs, type NumberedParagraph } from './docx-numbering.ts';

export interface DocxRun {
  text: string;
  bold: boolean;
}

export type DocxBlock =
  | { kind: 'paragraph'; label: string; runs: DocxRun[]; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'image'; image: number };

export interface DocxImage {
  data: Buffer;
  contentType: string;
  altText?: string | undefined;
}

export interface DocxContent {
  blocks: DocxBlock[];
  images: DocxImage[];
  /** docProps/app.xml's Application: `Microsoft Office Word`, `WPS Office` … */
  application?: string | undefined;
}

/** Why a file cannot be read as .docx, in Chinese, or undefined when it looks like one. */
export function docxProblem(bytes: Uint8Array, fileName: string): string | undefined {
  const name = fileName.replace(/^.*[\\/]/, '');
  if (bytes.length === 0) return `${name} 是一个空文件。`;
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte);
  if (/\.(doc|wps|wpt|dot)$/i.test(name) || ole) {
    return `${name} 是旧版的 Word/WPS 文档（.doc 或 .wps），不能直接导入。请在 Word 或 WPS 里打开它，选择“另存为”，文件类型选“Word 文档（*.docx）”，再导入新的 .docx 文件。`;
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return `${name} 不是 .docx 文档（文件内容不对，可能只是改了扩展名）。请在 Word 或 WPS 里打开原文件，“另存为” .docx 再导入。`;
  }
  return undefined;
}

// mammoth's document model, typed for what is used.
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  isBold?: boolean;
  numbering?: unknown;
  altText?: string;
  contentType?: string;
  read?: () => Promise<Buffer>;
}

const squash = (text: string) => text.replace(/\s+/g, '');

function runsOf(
  node: MammothNode,
  bold = false,
  out: DocxRun[] = [],
  images: MammothNode[] = [],
): { runs: DocxRun[]; images: MammothNode[] } {
  for (const item of node.children ?? []) {
    if (item.type === 'text') out.push({ text: item.value ?? '', bold });
    else if (item.type === 'tab') out.push({ text: ' ', bold });
    else if (item.type === 'break') out.push({ text: '\n', bold });
    else if (item.type === 'image') images.push(item);
    else if (item.type === 'run') runsOf(item, !!item.isBold, out, images);
    else if (item.children) runsOf(item, bold, out, images);
  }
  return { runs: out, images };
}

/** Read a .docx. Throws a Chinese Error when the file is not a readable .docx. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxContent> {
  const problem = docxProblem(bytes, fileName);
  if (problem) throw new Error(problem);
  const buffer = Buffer.from(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new Error(
      `${fileName.replace(/^.*[\\/]/, '')} 打不开（文件可能已损坏）。请在 Word 或 WPS 里打开它，“另存为”一份新的 .docx 再导入。`,
    );
  }
  const part = async (path: string) => zip.file(path)?.async('string');
  const documentXml = await part('word/document.xml');
  if (!documentXml) throw new Error(`${fileName.replace(/^.*[\\/]/, '')} 里没有正文（word/document.xml），不是 Word 文档。`);
  const numbered = numberParagraphs(documentXml, await part('word/numbering.xml'), await part('word/styles.xml'));
  const application = /<Application>([^<]*)<\/Application>/.exec((await part('docProps/app.xml')) ?? '')?.[1];

  let tree: MammothNode | undefined;
  const convert = mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: MammothNode) => {
        tree = document;
        return document;
      },
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  try {
    await convert;
  } catch (error) {
    throw new Error(
      `${fileName.replace(/^.*[\\/]/, '')} 读不出来（${error instanceof Error ? error.message : String(error)}）。请在 Word 或 WPS 里打开它，“另存为”一份新的 .docx 再导入。`,
      { cause: error },
    );
  }
  if (!tree) throw new Error(`${fileName} 读不出内容。`);

  // Labels, matched to mammoth's paragraphs by text, in order.
  let cursor = 0;
  const labelFor = (text: string): string => {
    const key = squash(text);
    for (let look = cursor; look < Math.min(numbered.length, cursor + 8); look++) {
      const candidate: NumberedParagraph = numbered[look]!;
      if (squash(candidate.text) === key) {
        cursor = look + 1;
        return candidate.label;
      }
    }
    return '';
  };

  const blocks: DocxBlock[] = [];
  const images: DocxImage[] = [];
  const addImages = async (nodes: MammothNode[]) => {
    for (const node of nodes) {
      if (!node.read) continue;
      images.push({ data: await node.read(), contentType: node.contentType ?? 'image/jpeg', altText: node.altText || undefined });
      blocks.push({ kind: 'image', image: images.length - 1 });
    }
  };
  const visit = async (nodes: MammothNode[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const { runs, images: pictures } = runsOf(node);
        const text = runs.map((run) => run.text).join('');
        const label = labelFor(text);
        if (text.trim() || label) blocks.push({ kind: 'paragraph', label, runs, text: `${label}${text}` });
        await addImages(pictures);
      } else if (node.type === 'table') {
        const rows: string[][] = [];
        const pictures: MammothNode[] = [];
        for (const row of node.children ?? []) {
          const cells: string[] = [];
          for (const cell of row.children ?? []) {
            const parts: string[] = [];
            for (const paragraph of cell.children ?? []) {
              const found = runsOf(paragraph);
              pictures.push(...found.images);
              const text = found.runs.map((run) => run.text).join('');
              const label = paragraph.type === 'paragraph' ? labelFor(text) : '';
              if (text.trim() || label) parts.push(`${label}${text}`.trim());
            }
            cells.push(parts.join(' '));
          }
          if (cells.some((cell) => cell)) rows.push(cells);
        }
        if (rows.length) blocks.push({ kind: 'table', rows });
        await addImages(pictures);
      } else if (node.children) {
        await visit(node.children);
      }
    }
  };
  await visit(tree.children ?? []);
  return { blocks, images, application };
}
