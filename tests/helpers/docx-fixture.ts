/**
 * Real .docx files built in the tests: the OOXML parts written here and zipped with jszip, with
 * Word's automatic numbering (chineseCounting `一、`, `（一）`, decimal `1.`, `（1）`), bold runs, a
 * table and an embedded JPEG photo that carries GPS and camera EXIF data. `app: 'WPS Office'`
 * writes the parts the way WPS does (its app.xml, a custom numbering format name, w14 ids).
 */
import JSZip from 'jszip';
import sharp from 'sharp';

export type FixtureBlock = { text: string; level?: number; bold?: string } | { table: string[][] } | { photo: true; alt?: string };

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small JPEG with GPS coordinates, a camera model and a date in its EXIF. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1280, height: 960, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'DemoCam', Model: 'GPS-Test-1', Artist: '张三' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 2700/100', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 3000/100' },
    })
    .toBuffer();
}

function paragraph(block: { text: string; level?: number; bold?: string }, wps: boolean): string {
  const numPr = block.level === undefined ? '' : `<w:numPr><w:ilvl w:val="${block.level}"/><w:numId w:val="1"/></w:numPr>`;
  const id = wps ? ' w14:paraId="1A2B3C4D"' : '';
  const runs: string[] = [];
  const parts = block.bold ? block.text.split(block.bold) : [block.text];
  parts.forEach((part, index) => {
    if (part) runs.push(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`);
    if (block.bold && index < parts.length - 1) runs.push(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>${esc(block.bold)}</w:t></w:r>`);
  });
  return `<w:p${id}><w:pPr>${numPr}</w:pPr>${runs.join('')}</w:p>`;
}

function table(rows: string[][]): string {
  const tr = rows
    .map(
      (row) =>
        `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>${esc(cell)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${tr}</w:tbl>`;
}

function drawing(rid: string, n: number, alt: string): string {
  return `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3048000" cy="2286000"/><wp:docPr id="${n}" name="图片 ${n}" descr="${esc(alt)}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${n}" name="photo${n}.jpg" descr="${esc(alt)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3048000" cy="2286000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

/** 一、 （一） 1. （1） as Word writes them (WPS: chineseCountingThousand for the top level). */
function numbering(wps: boolean): string {
  const lvl = (ilvl: number, fmt: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
    lvl(0, wps ? 'chineseCountingThousand' : 'chineseCounting', '%1、') +
    lvl(1, 'chineseCounting', '（%2）') +
    lvl(2, 'decimal', '%3.') +
    lvl(3, 'decimal', '（%4）') +
    `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
  );
}

export async function makeDocx(blocks: FixtureBlock[], options: { app?: 'Microsoft Office Word' | 'WPS Office' } = {}): Promise<Buffer> {
  const wps = options.app === 'WPS Office';
  const zip = new JSZip();
  const photo = await photoWithGps();
  const rels: string[] = [
    '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    '<Relationship Id="rIdSty" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
  ];
  let pictures = 0;
  const body = blocks
    .map((block) => {
      if ('table' in block) return table(block.table);
      if ('photo' in block) {
        pictures++;
        const rid = `rIdImg${pictures}`;
        rels.push(
          `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${pictures}.jpeg"/>`,
        );
        zip.file(`word/media/image${pictures}.jpeg`, photo);
        return drawing(rid, pictures, block.alt ?? '');
      }
      return paragraph(block, wps);
    })
    .join('');
  const ns =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"' +
    (wps ? ' xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"' : '');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="jpeg" ContentType="image/jpeg"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
  );
  zip.file(
    'docProps/app.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${options.app ?? 'Microsoft Office Word'}</Application></Properties>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file('word/numbering.xml', numbering(wps));
  zip.file(
    'word/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
