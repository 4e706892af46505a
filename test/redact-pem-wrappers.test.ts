/**
 * PEM private keys in unusual wrappers: in HTML (a `<p>` or `<div>` per line, `<br>`/`<br/>` between lines, `&#10;`,
 * inside `<pre>`), where the tags read as a placeholder's `<…>` and the block was kept; and blocks whose END line is
 * missing (a truncated paste, a log cut), PGP's armor with its `Version:` header and blank line before the body.
 * No 10-character window of the body may survive (tags and line breaks taken out). The twin: public keys,
 * certificates and placeholders in the same wrappers come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { randomStrings, rng } from './helpers/fake-secrets.js';

const redactor = new Redactor();
const dashes = '-----';
const begin = (label: string): string => `${dashes}BEGIN ${label}${dashes}`;
const end = (label: string): string => `${dashes}END ${label}${dashes}`;

/** The HTML wrappers: the block's lines in, the page out. */
const HTML: Record<string, (lines: string[]) => string> = {
  br: (l) => `<p>My key:</p>\n<div>${l.join('<br>')}</div>\n`,
  brSlash: (l) => `<td>${l.join('<br/>\n')}</td>`,
  brSpaced: (l) => `<div class="msg">${l.join('<br />')}</div>`,
  entity: (l) => `<textarea rows="8">${l.join('&#10;')}</textarea>`,
  paragraphs: (l) => `<h2>Deploy key</h2>\n${l.map((x) => `<p>${x}</p>`).join('\n')}\n<p>Thanks!</p>`,
  divs: (l) => l.map((x) => `<div>${x}</div>`).join(''),
  spans: (l) => l.map((x) => `<span class="line">${x}</span>`).join('\n'),
  pre: (l) => `<pre><code>${l.join('\n')}</code></pre>`,
  listItems: (l) => `<ul>${l.map((x) => `<li>${x}</li>`).join('\n')}</ul>`,
};

/** Blocks whose END line is missing. */
const TRUNCATED: Record<string, (lines: string[]) => string> = {
  pasted: (l) => `Here is my key:\n${l.slice(0, -1).join('\n')}\n`,
  cutInBody: (l) => `2026-12-02 18:00:01 | ERROR | bad key: ${l.slice(0, -2).join('\n')}`,
  indented: (l) => `    ${l.slice(0, -1).join('\n    ')}\n\nthanks`,
  json: (l) => JSON.stringify({ key: l.slice(0, -1).join('\n') }),
  crlf: (l) => `${l.slice(0, -1).join('\r\n')}\r\n`,
};

interface Block {
  kind: string;
  body: string;
  lines: string[];
}

function blocks(seed: number): Block[] {
  const r = randomStrings(seed);
  const rand = rng(seed);
  const out: Block[] = [];
  const b64Body = (first: string): string[] =>
    Array.from({ length: 3 + Math.floor(rand() * 8) }, (_, i) =>
      i === 0 ? first + r('b64', 64 - first.length) : r('b64', 64),
    );
  for (const kind of [
    'RSA PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
  ]) {
    const body = b64Body(kind.startsWith('OPENSSH') ? 'b3BlbnNzaC1rZXktdjEAAAAA' : 'MII');
    out.push({ kind, body: body.join(''), lines: [begin(kind), ...body, end(kind)] });
  }
  const pgp = b64Body('lQOYBG');
  const armor = ['Version: GnuPG v2', `Comment: ${r('alnum', 12)}`].slice(0, 1 + Math.floor(rand() * 2));
  const label = 'PGP PRIVATE KEY BLOCK';
  out.push({
    kind: label,
    body: pgp.join(''),
    lines: [begin(label), ...armor, '', ...pgp, `=${r('b64', 4)}`, end(label)],
  });
  return out;
}

/** True when a 10-character window of the body survives, tags, entities and line breaks taken out. */
function leaked(out: string, body: string): boolean {
  const hay = out.replace(/<[^<>]*>|&#10;|\\n|\s/g, '');
  for (let i = 0; i + 10 <= body.length; i++) if (hay.includes(body.slice(i, i + 10))) return true;
  return false;
}

describe('PEM private keys in unusual wrappers', () => {
  it('are redacted in HTML and without their END line, for every kind', () => {
    const missed: string[] = [];
    let n = 0;
    for (let seed = 1; seed <= 8; seed++) {
      for (const b of blocks(seed)) {
        for (const [name, wrap] of Object.entries({ ...HTML, ...TRUNCATED })) {
          n++;
          if (leaked(redactor.redactString(wrap(b.lines)), b.body)) missed.push(`${b.kind} ${name}`);
        }
      }
    }
    assert.ok(n >= 600, `${n} blocks`);
    assert.deepEqual(missed, []);
  });

  it('keeps public keys, certificates and placeholders in the same wrappers', () => {
    const changed: string[] = [];
    let n = 0;
    for (let seed = 11; seed <= 16; seed++) {
      const r = randomStrings(seed);
      const body = Array.from({ length: 5 }, () => r('b64', 64));
      const kept: string[][] = [
        [begin('PUBLIC KEY'), ...body, end('PUBLIC KEY')],
        [begin('CERTIFICATE'), ...body, end('CERTIFICATE')],
        [begin('PGP PUBLIC KEY BLOCK'), 'Version: GnuPG v2', '', ...body, end('PGP PUBLIC KEY BLOCK')],
        [begin('RSA PRIVATE KEY'), '<your private key here>', end('RSA PRIVATE KEY')],
        [begin('PRIVATE KEY'), '...', end('PRIVATE KEY')],
        [begin('OPENSSH PRIVATE KEY'), 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', end('OPENSSH PRIVATE KEY')],
      ];
      for (const lines of kept) {
        for (const wrap of Object.values(HTML)) {
          const text = wrap(lines);
          n++;
          if (redactor.redactString(text) !== text) changed.push(text.slice(0, 100));
        }
      }
    }
    assert.ok(n >= 300, `${n} blocks`);
    assert.deepEqual(changed, []);
  });

  it('reads a header followed by long runs in linear time', () => {
    const head = begin('PGP PRIVATE KEY BLOCK');
    for (const text of [
      `${head}${'\n'.repeat(1 << 20)}`,
      `${head}${'\nVersion: x'.repeat(1 << 16)}`,
      `${head}\n${'A'.repeat(1 << 20)}`,
      `${head}${'\n '.repeat(1 << 19)}`,
      `<p>${head}</p>${'<p></p>'.repeat(1 << 17)}`,
    ]) {
      const t0 = process.cpuUsage();
      redactor.redactString(text);
      const { user, system } = process.cpuUsage(t0);
      assert.ok(user + system < 2e6, `${(user + system) / 1e6} s`);
    }
  });
});
