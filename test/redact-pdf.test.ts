/**
 * PDF text carriers (issue 11): a content stream that shows its text as hex strings
 * (`<48656c6c6f> Tj`, split across a TJ array, UTF-16BE), and streams under
 * `/Filter [/ASCII85Decode /FlateDecode]` or `/ASCIIHexDecode`. A PDF holding a key in any of them
 * is withheld with its reason; the same PDFs with look-alikes go out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { scanCarrier } from '../src/core/redact/carriers.js';
import { ascii85 } from '../src/core/redact/pdf.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, lookAlikes } from './helpers/fake-secrets.js';
import { assertCarriersThroughCli } from './helpers/carrier-cli.js';

const secrets = fakeSecrets(Number(process.env.REDACT_SEED ?? 20261125) + 11);
const gh = secrets.find((s) => s.family === 'github-classic')!;
const anthropic = secrets.find((s) => s.family === 'anthropic')!;
const alikes = lookAlikes(11).filter((l) => !/[()<>\\]/.test(l));

/** Adobe ASCII85 with its `~>` end, for the test's PDFs. */
function a85(data: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    const n = Math.min(4, data.length - i);
    let v = chunk.readUInt32BE(0);
    if (v === 0 && n === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

const hex = (text: string, enc: 'latin1' | 'utf16be' = 'latin1'): string =>
  enc === 'latin1'
    ? Buffer.from(text, 'latin1').toString('hex')
    : `FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}`;

/** A one-page PDF whose content stream (encoded with `filter`) shows `ops`. */
function pdf(ops: string, filter: 'none' | 'flate' | 'a85-flate' | 'hex' = 'none'): Buffer {
  const raw = Buffer.from(`BT /F1 12 Tf 72 720 Td ${ops} ET\n`, 'latin1');
  const [content, dict] =
    filter === 'flate'
      ? [deflateSync(raw), '/Filter /FlateDecode']
      : filter === 'a85-flate'
        ? [a85(deflateSync(raw)), '/Filter [/ASCII85Decode /FlateDecode]']
        : filter === 'hex'
          ? [Buffer.from(`${raw.toString('hex')}>`), '/Filter /ASCIIHexDecode']
          : [raw, ''];
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n',
      'latin1',
    ),
    Buffer.from(`4 0 obj << /Length ${content.length} ${dict} >>\nstream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

/** The same placements, once with a key (from an agent's answer) and once with look-alikes only. */
function pdfs(text: string): Record<string, Buffer> {
  const half = Math.floor(text.length / 2);
  return {
    'hex-tj.pdf': pdf(`<${hex(text)}> Tj`),
    'hex-tj-flate.pdf': pdf(`<${hex(text).toUpperCase()}> Tj`, 'flate'),
    'hex-tj-kerned.pdf': pdf(`[<${hex(text.slice(0, half))}> -12 <${hex(text.slice(half))}>] TJ`, 'flate'),
    'hex-utf16.pdf': pdf(`<${hex(text, 'utf16be')}> Tj`, 'flate'),
    'a85-flate.pdf': pdf(`(${text}) Tj`, 'a85-flate'),
    'a85-flate-hex.pdf': pdf(`<${hex(text)}> Tj`, 'a85-flate'),
    'asciihex.pdf': pdf(`(${text}) Tj`, 'hex'),
  };
}

const withSecret = {
  ...pdfs(`The key I used is ${gh.value} for the run.`),
  ...Object.fromEntries(
    Object.entries(pdfs(`ANTHROPIC_API_KEY=${anthropic.value}`)).map(([k, v]) => [`anthropic-${k}`, v]),
  ),
};
const clean = Object.fromEntries(
  Object.entries(pdfs(`Notes: ${alikes.join(' | ')}`)).map(([k, v]) => [`clean-${k}`, v]),
);

describe('PDF carriers: hex strings and ASCII85', () => {
  const r = new Redactor();
  const scan = (b: Buffer): string[] => r.scanBinary(b);
  it('decodes ASCII85 as Adobe writes it (z groups, a short last group, ~>)', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'abcde', '\0\0\0\0xyz', 'Man is distinguished'])
      assert.equal(ascii85(a85(Buffer.from(text, 'latin1'))).toString('latin1'), text);
    assert.equal(ascii85(Buffer.from('<~9jqo^~>')).toString(), 'Man ');
  });
  it('finds the key in every placement, which the raw bytes do not show (but as hex digits when stored plain)', () => {
    for (const [name, buf] of Object.entries(withSecret)) {
      // An uncompressed hex string spells the key in hex digits: the raw scan reads those too (hex-runs.ts).
      const raw = name.endsWith('hex-tj.pdf') || name.endsWith('asciihex.pdf') ? ['hex-secret'] : [];
      assert.deepEqual(r.scanBinary(buf), raw, `${name}: the raw bytes hide the key`);
      const found = scanCarrier(buf, scan);
      assert.ok(found && found.rules.length > 0, name);
      assert.match(found.reason, /^PDF holding a secret \(.+\) in (hex strings in )?stream 1 of PDF/, name);
    }
  });
  it('finds nothing in the same PDFs with look-alikes only', () => {
    for (const [name, buf] of Object.entries(clean)) assert.equal(scanCarrier(buf, scan), null, name);
  });
});

describe('PDF carriers: through the CLI', () => {
  it('withholds each one holding a key with its reason; clean ones go out byte for byte', async () => {
    await assertCarriersThroughCli(withSecret, clean, /PDF holding a secret|holding a secret \(hex-secret\)/);
  });
});
