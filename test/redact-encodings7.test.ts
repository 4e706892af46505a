/**
 * Encodings, round seven (attack7 L6 and the encodings parts), a corpus per category (helpers/encodings7-corpus.ts):
 * 1. prefixed keys outside the big families reversed or in rot13; 2. base64 of text holding a bare prefix-less secret
 * under its key name; 3. notebook outputs showing reprs of objects that hold keys under provider names. A plant leaks
 * when any 10-character window of its random part is in a view a recipient gets in one step (decoded-views.ts). The
 * look-alikes of each category stay byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { decodedViews, leaksIn } from './helpers/decoded-views.js';
import {
  base64LookAlikes,
  base64Plants,
  flippedLookAlikes,
  flippedPlants,
  notebookLookAlikes,
  notebookPlants,
  type Plant,
} from './helpers/encodings7-corpus.js';

/** The plants that leak, by name. */
export function leaked(plants: readonly Plant[], redactor = new Redactor()): string[] {
  const out: string[] = [];
  for (const p of plants) {
    const red = redactor.redactString(p.text);
    if (leaksIn(decodedViews(red), p.body)) out.push(p.name);
    if (process.env.SHOW_LEAKS && leaksIn(decodedViews(red), p.body)) console.log(p.name, JSON.stringify(red));
  }
  return out;
}

function report(cat: string, plants: readonly Plant[]): void {
  const leaks = leaked(plants);
  const by = new Map<string, number>();
  for (const l of leaks) by.set(l.split('/')[0]!, (by.get(l.split('/')[0]!) ?? 0) + 1);
  console.log(`${cat}: planted ${plants.length}, leaked ${leaks.length} ${JSON.stringify(Object.fromEntries(by))}`);
  assert.deepEqual(leaks, [], `${cat}: ${leaks.length} of ${plants.length} leaked`);
}

function kept(cat: string, texts: readonly string[]): void {
  const redactor = new Redactor();
  const changed = texts.filter((t) => redactor.redactString(t) !== t);
  if (process.env.SHOW_LEAKS) for (const t of changed) console.log(cat, JSON.stringify(redactor.redactString(t)));
  console.log(`${cat} look-alikes: ${texts.length}, changed ${changed.length}`);
  assert.deepEqual(changed, []);
}

const SEEDS = [71, 72];

describe('encodings 7: rot13 and reversed prefixed keys', () => {
  it('are found in every family', () => report('flipped', SEEDS.flatMap(flippedPlants)));
  it('look-alikes stay', () => kept('flipped', SEEDS.flatMap(flippedLookAlikes)));
});

describe('encodings 7: base64 of text holding a bare secret', () => {
  it('is replaced whole', () => report('base64', SEEDS.flatMap(base64Plants)));
  it('look-alikes stay', () => kept('base64', SEEDS.flatMap(base64LookAlikes)));
});

describe('encodings 7: notebook outputs showing keys', () => {
  it('are redacted', () => report('notebook', SEEDS.flatMap(notebookPlants)));
  it('look-alikes stay', () => kept('notebook', SEEDS.flatMap(notebookLookAlikes)));
});
