/**
 * A terminal capture with backspaces (attack 13): `script`'s typescript of a user typing a key and correcting a
 * character holds `GROQ_API_KEY=gsk_jvx<BS>fW…`. gh takes a file with a control byte in its first 3,072 bytes for a
 * binary, so it travels in the overflow archive, and the scan of binaries read the token's two halves apart: the file
 * went out with the key in it. The binary's view with its backspaces applied reads the token whole; a man page's
 * overstrikes (bold `N<BS>N`, underline `_<BS>x`) that hold no secret withhold nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanBinaryViews } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, rng } from './helpers/fake-secrets.js';

const BS = '\b';
const r = new Redactor();
const found = (text: string): string[] => scanBinaryViews(Buffer.from(text), (b) => r.scanBinary(b)).rules;

describe('a terminal capture with backspaces inside a key (attack 13)', () => {
  const rand = rng(1313);
  const secrets = fakeSecrets(1313).filter((s) => s.value.length >= 24 && /^[A-Za-z0-9_-]+$/.test(s.value));

  it('is withheld when a key is typed with a correction inside it, for every family', () => {
    const missed: string[] = [];
    for (const s of secrets) {
      // A wrong character typed and taken back somewhere past the prefix, once or several times.
      const at = 8 + Math.floor(rand() * (s.value.length - 12));
      const typo = 'x'.repeat(1 + Math.floor(rand() * 3));
      const typed = s.value.slice(0, at) + typo + BS.repeat(typo.length) + s.value.slice(at);
      const capture = `Script started on 2026-12-02\n\x1b[?2004h$ export ${s.family.toUpperCase()}_KEY=${typed}\r\n$ exit\n`;
      if (found(capture).length === 0) missed.push(s.family);
    }
    assert.ok(secrets.length >= 20, `${secrets.length} families`);
    assert.deepEqual(missed, []);
  });

  it('withholds nothing for a man page or a capture with no secret', () => {
    const bold = (w: string): string => [...w].map((c) => `${c}${BS}${c}`).join('');
    const under = (w: string): string => [...w].map((c) => `_${BS}${c}`).join('');
    const page = `${bold('NAME')}\n       ls - list directory contents\n${bold('SYNOPSIS')}\n       ${bold('ls')} [${under('OPTION')}]... [${under('FILE')}]...\n`;
    assert.deepEqual(found(page.repeat(20)), []);
    assert.deepEqual(found(`$ git status${BS}${BS}${BS}${BS}${BS}${BS}log --oneline\n$ exit\n`), []);
  });
});
