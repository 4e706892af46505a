/**
 * Attack 13: tokens glued together or to a word (`ghp_…ghp_…`, `ntn_…ghp_…`, `tokenghp_…`, `MY_KEYghp_…`, base64 of
 * two tokens), tokens wrapped across lines (a Slack webhook's or a Telegram bot token's tail on the next line, in
 * prose, quoted mail, a terminal box, a shell continuation, a JSON string, a comment), and prefix-less keys with no
 * name beside them (a JSON object's key, a comment, a spreadsheet cell) caught when the same value is named elsewhere
 * (learned values). Each category is planted from a corpus of our own (test/helpers/glue-corpus.ts), with benign twins
 * that must come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { recipientView } from './helpers/recipient.js';
import { itIsLinear } from './helpers/child-timer.js';
import {
  gluedPlants,
  gluedTwins,
  unnamedPlants,
  unnamedTwins,
  wrappedPlants,
  wrappedTwins,
  type Plant,
} from './helpers/glue-corpus.js';

/** The views a recipient could read: as written, unescaped, line breaks and their wrap marks taken out, base64. */
function views(text: string): string[] {
  const plain = recipientView(text);
  const dewrapped = plain.replace(/[ \t]*[│]?[ \t]*\\?\n[ \t]*(?:[│>#][ \t]*)?/g, '');
  const b64 = [...plain.matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)].map((m) => Buffer.from(m[0], 'base64').toString());
  return [text, plain, dewrapped, ...b64];
}

/** A 10-character piece of a secret still readable in one of the views, or null. */
function leak(out: string, secret: string): string | null {
  const vs = views(out);
  for (let i = 0; i + 10 <= secret.length; i++) {
    const w = secret.slice(i, i + 10);
    if (vs.some((v) => v.includes(w))) return w;
  }
  return null;
}

function leaked<P extends Plant>(plants: readonly P[], redact: (p: P) => string): string[] {
  const out: string[] = [];
  for (const p of plants) {
    const text = redact(p);
    for (const s of p.secrets) {
      const w = leak(text, s);
      if (w !== null) out.push(`${p.category}: …${w}… in ${JSON.stringify(text).slice(0, 240)}`);
    }
  }
  return out;
}

const SEEDS = [13, 1313];

describe('tokens glued to each other or to a word (attack 13)', () => {
  it('no glued token goes out: two or three tokens, a word or name before, JSON, headers, base64', () => {
    const r = new Redactor();
    for (const seed of SEEDS) {
      const plants = gluedPlants(seed);
      assert.ok(plants.length >= 180);
      assert.deepEqual(
        leaked(plants, (p) => r.redactString(p.text)),
        [],
      );
    }
  });

  it('keeps look-alikes: prefixes inside words, bodies that are no random token, hashes, CSS, paths', () => {
    const r = new Redactor();
    for (const seed of SEEDS) {
      const twins = gluedTwins(seed);
      assert.ok(twins.length >= 160);
      assert.deepEqual(
        twins.filter((t) => r.redactString(t) !== t).map((t) => `${t} -> ${r.redactString(t)}`),
        [],
      );
    }
  });
});

describe('tokens hard-wrapped across lines (attack 13)', () => {
  it('no wrapped Slack or Discord webhook, Telegram, GitHub, Anthropic or Slack token goes out, both parts redacted', () => {
    const r = new Redactor();
    for (const seed of SEEDS) {
      const plants = wrappedPlants(seed);
      assert.ok(plants.length >= 140);
      assert.deepEqual(
        leaked(plants, (p) => r.redactString(p.text)),
        [],
      );
    }
  });

  it('keeps wrapped prose, URLs, code, hashes, ids and timestamps', () => {
    const r = new Redactor();
    for (const seed of SEEDS) {
      const twins = wrappedTwins(seed);
      assert.deepEqual(
        twins.filter((t) => r.redactString(t) !== t).map((t) => `${t} -> ${r.redactString(t)}`),
        [],
      );
    }
  });
});

describe('prefix-less keys with no name beside them (attack 13)', () => {
  it('are redacted where the same value is named elsewhere in the export (learned values)', () => {
    for (const seed of SEEDS) {
      const plants = unnamedPlants(seed);
      const out = leaked(plants, (p) => {
        const r = new Redactor({ learn: true });
        r.active(true);
        r.redactString(p.named);
        return r.redactString(p.text);
      });
      assert.deepEqual(out, []);
    }
  });

  it('keeps ids, hashes, base64 images, lockfile integrity and minified code with no name', () => {
    const r = new Redactor();
    const twins = unnamedTwins(13);
    assert.deepEqual(
      twins.filter((t) => r.redactString(t) !== t),
      [],
    );
  });
});

/**
 * The new scans stay linear on hostile text made of their own trigger words: single lines of glued prefixes (each a
 * candidate of glued.ts) and lines that end in a token's start, a bot id or a scheme with a continuation after each
 * (split.ts's short and `:` first pieces). 16 times the text (64 KiB to 1 MiB) costs at most 32 times the CPU time.
 */
const UNITS: [string, string][] = [
  ['`Xghp_` glued', 'Xghp_'],
  ['`sk-proj-` glued', 'xsk-proj-'],
  ['random `ghp_` tokens glued', `${'gh'}p_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5`],
  ['`xoxb-1-` glued', 'axoxb-12345678901-'],
  ['`xoxb` lines', 'xoxb\n-123\n'],
  ['bot id lines', '1234567890\n:AAx\n'],
  ['`https:` lines', 'see https:\n//hooks\n'],
  ['two-digit lines', '12\n34\n'],
];

describe('the glued and wrapped scans are linear on their own trigger words (attack 13)', () => {
  itIsLinear(UNITS, 10000);
});
