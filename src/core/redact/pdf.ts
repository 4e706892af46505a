/**
 * The text a PDF carries in its streams (carriers.ts scans it): each stream is decoded through its
 * filter chain (`/FlateDecode`, `/ASCII85Decode`, `/ASCIIHexDecode`, alone or in an array such as
 * `[/ASCII85Decode /FlateDecode]`, applied in order), and a content stream's hex strings
 * (`<48656c6c6f> Tj`, `[<4142> -20 <4344>] TJ`) are read as the bytes they show. A stream with a
 * filter not listed (images: DCT, JBIG2, CCITT; LZW) is skipped.
 */

/** Inflates zlib data within the carrier's budget (throws when over it). */
type Inflate = (data: Buffer) => Buffer;

const FILTERS: Record<string, 'flate' | 'a85' | 'hex'> = {
  FlateDecode: 'flate',
  Fl: 'flate',
  ASCII85Decode: 'a85',
  A85: 'a85',
  ASCIIHexDecode: 'hex',
  AHx: 'hex',
};

/** The filter names of a stream dictionary, in order; null when one is not decodable here. */
function filtersOf(dict: string): ('flate' | 'a85' | 'hex')[] | null {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m) return [];
  const names = m[1]!.match(/\/[A-Za-z0-9]+/g) ?? [];
  const out: ('flate' | 'a85' | 'hex')[] = [];
  for (const name of names) {
    const f = FILTERS[name.slice(1)];
    if (!f) return null;
    out.push(f);
  }
  return out;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0;

/** ASCII85 (Adobe's btoa): `z` is four zero bytes, `~>` ends the data; a bad character ends it too. */
export function ascii85(data: Buffer): Buffer {
  const out: number[] = [];
  const group: number[] = [];
  let i = data[0] === 0x3c && data[1] === 0x7e ? 2 : 0;
  const flush = (n: number): void => {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + (k < n ? group[k]! : 84);
    for (let k = 0; k < n - 1; k++) out.push((v >>> (24 - 8 * k)) & 0xff);
  };
  for (; i < data.length; i++) {
    const c = data[i]!;
    if (isSpace(c)) continue;
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 0x21 || c > 0x75) break;
    group.push(c - 0x21);
    if (group.length === 5) {
      flush(5);
      group.length = 0;
    }
  }
  if (group.length > 1) flush(group.length);
  return Buffer.from(out);
}

/** ASCIIHex: pairs of hex digits up to `>`, whitespace ignored, an odd last digit padded with 0. */
function asciiHex(text: string): Buffer {
  const end = text.indexOf('>');
  let digits = (end === -1 ? text : text.slice(0, end)).replace(/[^0-9A-Fa-f]/g, '');
  if (digits.length % 2 === 1) digits += '0';
  return Buffer.from(digits, 'hex');
}

/** The bytes a hex string shows: UTF-16BE when it starts with a byte order mark, else as they are. */
function shown(hex: string): string {
  const bytes = asciiHex(hex);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const le = Buffer.from(bytes.subarray(2));
    for (let k = 0; k + 1 < le.length; k += 2) [le[k], le[k + 1]] = [le[k + 1]!, le[k]!];
    return le.toString('utf16le');
  }
  return bytes.toString('latin1');
}

const HEX_STRING = /<([0-9A-Fa-f\s]+)>/;

/**
 * A content stream with its hex strings decoded in place, the kerning between two of them in a TJ
 * array dropped (a key split across `<…> -20 <…>` is read whole); null when it holds none.
 */
export function hexText(data: Buffer): Buffer | null {
  const text = data.toString('latin1');
  if (!HEX_STRING.test(text)) return null;
  const joined = text.replace(/([0-9A-Fa-f\s])>\s*-?[\d.]*\s*<(?=[0-9A-Fa-f\s]*>)/g, '$1');
  return Buffer.from(
    joined.replace(/(?<!<)<([0-9A-Fa-f\s]+)>(?!>)/g, (_, hex: string) => shown(hex)),
    'utf8',
  );
}

function decode(data: Buffer, filters: readonly ('flate' | 'a85' | 'hex')[], inflate: Inflate): Buffer {
  let out = data;
  for (const f of filters) {
    if (out.length === 0) break;
    out = f === 'flate' ? inflate(out) : f === 'a85' ? ascii85(out) : asciiHex(out.toString('latin1'));
  }
  return out;
}

/** The streams of a PDF, decoded through their filters, and the text their hex strings show. */
export function* pdfStreams(buf: Buffer, inflate: Inflate): Generator<{ what: string; data: Buffer }> {
  let from = 0;
  for (let n = 0; ; n++) {
    const at = buf.indexOf('stream', from, 'latin1');
    if (at === -1) return;
    from = at + 6;
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    else if (buf[start - 1] !== 0x0d) continue;
    const end = buf.indexOf('endstream', start, 'latin1');
    if (end === -1) return;
    from = end + 9;
    const dict = buf.toString('latin1', Math.max(0, at - 1024), at);
    const open = dict.lastIndexOf('<<');
    const filters = open === -1 ? null : filtersOf(dict.slice(open));
    if (filters === null) continue;
    const what = `stream ${n + 1} of PDF`;
    const data = decode(buf.subarray(start, end), filters, inflate);
    // An unfiltered stream's bytes were scanned with the file's raw bytes.
    if (filters.length > 0) yield { what, data };
    const shownText = hexText(data);
    if (shownText) yield { what: `hex strings in ${what}`, data: shownText };
  }
}
