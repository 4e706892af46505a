/**
 * Writers and readers for the binary carriers of the redaction evaluation (redact-eval.ts):
 * a minimal zip (Office files are zips of XML), PNG text chunks, PDF Flate streams. Node's zlib
 * only.
 */
import zlib, { deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { buildZip } from './zip.js';

export const crc32 = (buf: Buffer): number => zlib.crc32(buf);

/** A zip of the given members (deflated unless `store`), readable by Info-ZIP's unzip. */
export function zipOf(members: Record<string, string | Buffer>, store = false): Buffer {
  return buildZip(
    Object.entries(members).map(([name, content]) => ({
      name,
      data: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
      store,
    })),
  );
}

/** The members of a zip (central directory; store or deflate). Tolerant: returns what it can read. */
export function unzipMembers(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return out;
  let p = zip.readUInt32LE(eocd + 16);
  try {
    while (p + 46 <= zip.length && zip.readUInt32LE(p) === 0x02014b50) {
      const method = zip.readUInt16LE(p + 10);
      const csize = zip.readUInt32LE(p + 20);
      const nameLen = zip.readUInt16LE(p + 28);
      const extraLen = zip.readUInt16LE(p + 30);
      const commentLen = zip.readUInt16LE(p + 32);
      const local = zip.readUInt32LE(p + 42);
      const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + csize);
      try {
        out.set(name, method === 8 ? inflateRawSync(data) : data);
      } catch {
        out.set(name, data);
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
  } catch {
    /* truncated: keep what was read */
  }
  return out;
}

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function docx(paragraphs: string[]): Buffer {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEsc(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
  });
}

export function xlsx(rows: string[][]): Buffer {
  const strings = rows.flat();
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="env" sheetId="1"/></sheets></workbook>',
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}">${strings.map((s) => `<si><t>${xmlEsc(s)}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r.map((_, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="s"><v>${rows.slice(0, i).flat().length + j}</v></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`,
  });
}

export function pptx(lines: string[]): Buffer {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    'ppt/presentation.xml':
      '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    'ppt/slides/slide1.xml': `<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>${lines.map((l) => `<p:sp><p:txBody><a:p><a:r><a:t>${xmlEsc(l)}</a:t></a:r></a:p></p:txBody></p:sp>`).join('')}</p:spTree></p:cSld></p:sld>`,
  });
}

/** One PNG chunk: its length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A valid RGB PNG of random pixels (a notebook's plot output, an agent's chart), `int(k)` drawing from [0, k). */
export function randomPng(int: (k: number) => number, w: number, h: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let i = 0; i < rows.length; i++) rows[i] = i % (w * 3 + 1) === 0 ? 0 : int(256);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export type PngText = { kind: 'tEXt' | 'zTXt' | 'iTXt' | 'iTXt-z'; key: string; text: string };

/** A 2x2 RGBA PNG with the given text chunks. */
export function png(texts: PngText[]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.from([0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 255]);
  const chunks = [pngChunk('IHDR', ihdr)];
  for (const t of texts) {
    const key = Buffer.from(`${t.key}\0`, 'latin1');
    if (t.kind === 'tEXt') chunks.push(pngChunk('tEXt', Buffer.concat([key, Buffer.from(t.text, 'latin1')])));
    else if (t.kind === 'zTXt')
      chunks.push(pngChunk('zTXt', Buffer.concat([key, Buffer.from([0]), deflateSync(Buffer.from(t.text, 'latin1'))])));
    else {
      const z = t.kind === 'iTXt-z';
      const body = Buffer.from(t.text, 'utf8');
      chunks.push(
        pngChunk(
          'iTXt',
          Buffer.concat([
            key,
            Buffer.from([z ? 1 : 0, 0]),
            Buffer.from('en\0\0', 'latin1'),
            z ? deflateSync(body) : body,
          ]),
        ),
      );
    }
  }
  chunks.push(pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

/** The text of a PNG's tEXt, zTXt and iTXt chunks. */
export function pngTexts(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let p = 8;
  while (p + 12 <= buf.length) {
    const len = buf.readUInt32BE(p);
    const type = buf.subarray(p + 4, p + 8).toString('latin1');
    const data = buf.subarray(p + 8, Math.min(buf.length, p + 8 + len));
    const nul = data.indexOf(0);
    try {
      if (type === 'tEXt') out.push(data.subarray(nul + 1));
      else if (type === 'zTXt') out.push(inflateSync(data.subarray(nul + 2)));
      else if (type === 'iTXt') {
        const flag = data[nul + 1];
        let q = nul + 3;
        q = data.indexOf(0, q) + 1; // language tag
        q = data.indexOf(0, q) + 1; // translated keyword
        out.push(flag ? inflateSync(data.subarray(q)) : data.subarray(q));
      }
    } catch {
      /* a damaged chunk: nothing to read */
    }
    p += 12 + len;
  }
  return out;
}

/** A one-page PDF whose content stream (Flate-compressed unless `raw`) shows the lines. */
export function pdf(lines: string[], raw = false): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = Buffer.from(
    `BT /F1 10 Tf 40 800 Td 12 TL\n${lines.map((l) => `(${esc(l)}) Tj T*`).join('\n')}\nET\n`,
    'latin1',
  );
  const stream = raw ? content : deflateSync(content);
  const objs: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length}${raw ? '' : ' /Filter /FlateDecode'} >>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let len = parts[0]!.length;
  objs.forEach((o, i) => {
    offsets.push(len);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    len += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

/** Every stream of a PDF, inflated when it can be. */
export function pdfStreams(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const s = buf.toString('latin1');
  const re = /stream\r?\n/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    const data = buf.subarray(start, end);
    for (const f of [inflateSync, inflateRawSync]) {
      try {
        out.push(f(data));
        break;
      } catch {
        /* not this encoding */
      }
    }
    re.lastIndex = end;
  }
  return out;
}
