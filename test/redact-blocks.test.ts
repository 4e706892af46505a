import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Multi-line private keys across the streaming filter's 1 MiB pieces: a PuTTY `.ppk` block and an
 * SSH2 key whose header falls in one piece and private lines in the next are held together and
 * redacted, at every offset around the cut and for several write sizes. Random bodies, built here.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 7070));
const r = (n: number, set: keyof typeof CHARSETS): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return s;
};

function streamed(rel: string, text: string, chunk: number): string {
  const f = new Redactor().filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += chunk) out += f.write(text.slice(i, i + chunk));
  return out + f.end();
}

const putty = (priv: string): string =>
  `${['PuTTY-User-', 'Key-File-3'].join('')}: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20260131\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${r(39, 'b64')}\n${r(20, 'b64')}\nPrivate-Lines: 2\n${priv}\nPrivate-MAC: ${r(64, 'hex')}\n`;
const ssh2 = (priv: string): string =>
  `---- BEGIN SSH2 ENCRYPTED ${'PRIVATE'} KEY ----\nComment: "rsa-key-20260131"\n${priv}\n---- END SSH2 ENCRYPTED ${'PRIVATE'} KEY ----\n`;

describe('multi-line private keys held across pieces', () => {
  const line = `${'the agent wrote index.html and ran the tests '.repeat(2)}\n`;
  for (const [kind, make] of [
    ['PuTTY', putty],
    ['SSH2', ssh2],
  ] as const) {
    it(`${kind}: redacted wherever the 1 MiB cut falls`, () => {
      const misses: string[] = [];
      for (const chunk of [65536, 1 << 20]) {
        for (const before of [(1 << 20) - 400, (1 << 20) - 150, (1 << 20) - 60, (1 << 20) + 30]) {
          const priv = `${r(64, 'b64')}\n${r(44, 'b64')}`;
          const text = `${line.repeat(Math.ceil(before / line.length)).slice(0, before)}\n${make(priv)}${line.repeat(50)}`;
          const out = streamed('workspace/keys.txt', text, chunk);
          if (out.includes(priv.slice(0, 16)) || out.includes(priv.slice(-16))) misses.push(`${before}/${chunk}`);
        }
      }
      assert.deepEqual(misses, []);
    });
  }
});
