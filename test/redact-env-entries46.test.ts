/**
 * Attack 46: a provider's key on a `.env` line, then the next entry (`TAVILY_API_KEY=tvly-…` then `LOG_LEVEL=info`)
 * came out as `[REDACTED:tavily-api-key]_LEVEL=info`: the hard-wrap reading took the next entry's name for the rest of
 * a key the line's end had cut. Every family's key, whole or one character short (as a cut one is), before entries of
 * many names and values: the key goes out redacted when whole, and the next entry comes out byte for byte. Seeded
 * (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, randomStrings } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 4601);
const r = randomStrings(SEED);

const NAMES = [
  'LOG_LEVEL',
  'EXA_API_URL',
  'PORT',
  'MODEL_NAME',
  'Timeout',
  'DEBUG',
  'REGION',
  'UPLOAD_DIR',
  'maxTokens',
];
const VALUES = [
  () => 'info',
  () => 'demo',
  () => String(1000 + Math.floor(r('digits', 4).length * 997)),
  () => 'gpt-4o-mini',
  () => `${r('letters', 6).toLowerCase()}-${r('lowerAlnum', 4)}`,
  () => 'https://api.exa.ai/v1',
  () => './uploads',
];

const redact = (text: string): string => {
  const f = new Redactor().filter({ rel: '.env' });
  return f.write(text) + f.end();
};

/** Keys written as a `.env` value alone (one token of token characters, no blank). */
const keys = fakeSecrets(SEED).filter((s) => /^[\w.-]{20,200}$/.test(s.value) && !s.byKeyName);

describe(`the entry after a key on a .env line is kept (attack 46, seed ${SEED})`, () => {
  it('whole keys are redacted and the next entry comes out byte for byte', () => {
    assert.ok(keys.length >= 25, `${keys.length} families`);
    const damaged: string[] = [];
    const leaked: string[] = [];
    for (const [i, k] of keys.entries())
      for (const cut of [0, 1]) {
        const value = k.value.slice(0, k.value.length - cut);
        const next = `${NAMES[i % NAMES.length]}=${VALUES[(i + cut) % VALUES.length]!()}`;
        const out = redact(`${k.family.toUpperCase().replace(/\W/g, '_')}_API_KEY=${value}\n${next}\n`);
        if (out.split('\n')[1] !== next) damaged.push(`${k.family}${cut ? ' (cut)' : ''}: ${out.split('\n')[1]}`);
        if (cut === 0 && out.includes(value.slice(-12))) leaked.push(k.family);
      }
    assert.deepEqual(damaged, []);
    assert.deepEqual(leaked, []);
  });

  it('a key hard-wrapped onto the next line is still joined (its piece assigns nothing)', () => {
    const key = `tvly-${r('alnum', 32)}`;
    const out = redact(`TAVILY_API_KEY=${key.slice(0, 24)}\n${key.slice(24)}\nLOG_LEVEL=info\n`);
    assert.ok(!out.includes(key.slice(24)), out);
    assert.match(out, /\nLOG_LEVEL=info\n$/);
  });
});
