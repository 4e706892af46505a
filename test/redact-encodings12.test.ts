/**
 * Encodings, round twelve: keys in a reversible text encoding a recipient undoes with a standard tool or a one-line
 * script (helpers/encodings12-corpus.ts: octal and CSS escapes, UTF-16 hex, .reg hex values, nested layers, asciinema
 * casts, base58/base32, look-alike letters, entities, code lists, PowerShell's UTF-16 base64, dumps). A plant leaks
 * when any 10-character window of its random part is in a one-step view (decoded-views.ts) or in the recipient's
 * decoding of its own encoding. The look-alikes stay byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { decodedViews, leaksIn } from './helpers/decoded-views.js';
import { lookAlikes12, plants12, type Plant12 } from './helpers/encodings12-corpus.js';

/** The plants that leak, by name. */
export function leaked12(plants: readonly Plant12[]): string[] {
  const plain = new Redactor();
  const out: string[] = [];
  for (const p of plants) {
    const redactor = p.known ? new Redactor({ knownValues: [{ name: 'SERVICE_TOKEN', value: p.known }] }) : plain;
    const red = redactor.redactString(p.text);
    const views = [...decodedViews(red), p.decode(red)];
    if (leaksIn(views, p.body)) {
      out.push(p.name);
      if (process.env.SHOW_LEAKS) console.log(p.name, JSON.stringify(red).slice(0, 300));
    }
  }
  return out;
}

const SEEDS = [121, 122];

describe('encodings 12: keys in encodings a recipient can decode', () => {
  it('are redacted in every member', () => {
    const plants = SEEDS.flatMap((s) => plants12(s));
    const leaks = leaked12(plants);
    const by = new Map<string, number>();
    for (const l of leaks) by.set(l.split('/')[0]!, (by.get(l.split('/')[0]!) ?? 0) + 1);
    console.log(`planted ${plants.length}, leaked ${leaks.length} ${JSON.stringify(Object.fromEntries(by))}`);
    assert.deepEqual(leaks, []);
  });
  it('look-alikes stay byte for byte', () => {
    const redactor = new Redactor();
    const texts = SEEDS.flatMap(lookAlikes12);
    const changed = texts.filter((t) => redactor.redactString(t) !== t);
    for (const t of changed) console.log('changed', JSON.stringify(redactor.redactString(t)).slice(0, 300));
    assert.deepEqual(changed, []);
  });
});
