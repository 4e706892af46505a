/**
 * Issue 11, round 25, group "markup" (test/helpers/markup25-corpus.ts): secrets in documents and markup an agent
 * writes or a user pastes: HTML/XML/JSX/template comments, Markdown alt text, titles and reference definitions, HTML
 * attributes, Office documents whose XML splits the key across runs (the carrier is withheld), box-drawn tables of
 * secret-store CLIs, directory and file names, and URL path segments a provider host names. Twins come out unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import {
  carrierPlants,
  carrierTwins,
  hexNamePlants,
  isOpen,
  namePlants,
  nameTwins,
  plants,
  twins,
  SEED,
} from './helpers/markup25-corpus.js';
import { filtered } from './helpers/filtered.js';

const byCategory = (names: string[]): Record<string, number> => {
  const n: Record<string, number> = {};
  for (const x of names) n[x.split('/')[0]!] = (n[x.split('/')[0]!] ?? 0) + 1;
  return n;
};

describe('secrets in documents and markup (markup25)', () => {
  const r = new Redactor();
  const scan = (b: Buffer): string[] => r.scanBinary(b);
  it('redacts every planted value in text', () => {
    const ps = plants(SEED).filter((p) => !isOpen(p.name));
    assert.ok(ps.length >= 200, `${ps.length} plants`);
    const leaked = ps.filter((p) => filtered(r, p.rel, p.text).includes(p.value));
    const shown = leaked.map((p) => `${p.name}: ${JSON.stringify(p.text)}`);
    assert.deepEqual(
      shown,
      [],
      `leaked ${leaked.length} of ${ps.length} ${JSON.stringify(byCategory(leaked.map((p) => p.name)))}`,
    );
  });
  it('redacts the plants no reading finds yet', { todo: 'OPEN_PLANTS in the corpus says why' }, () => {
    const ps = plants(SEED).filter((p) => isOpen(p.name));
    assert.deepEqual(
      ps.filter((p) => filtered(r, p.rel, p.text).includes(p.value)).map((p) => p.name),
      [],
    );
  });
  it('twins in text go out byte for byte', () => {
    const ts = twins(SEED);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts.filter((t) => filtered(r, t.rel, t.text) !== t.text);
    const shown = changed.map((t) => `${t.name}: ${JSON.stringify(filtered(r, t.rel, t.text))}`);
    assert.deepEqual(shown, [], `changed ${changed.length} of ${ts.length}`);
  });
  it('withholds every Office document whose runs split a key', () => {
    const ps = carrierPlants(SEED);
    const leaked = ps.filter((p) => scanCarrier(p.buf, scan) === null).map((p) => p.name);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${ps.length}`);
  });
  it('lets the same Office documents holding look-alikes out', () => {
    const ts = carrierTwins(SEED);
    const held = ts
      .filter((t) => scanCarrier(t.buf, scan) !== null)
      .map((t) => `${t.name}: ${scanCarrier(t.buf, scan)!.reason}`);
    assert.deepEqual(held, [], `withheld ${held.length} of ${ts.length}`);
  });
  it('finds a secret held by a directory or file name', () => {
    const ps = namePlants(SEED);
    const leaked = ps.filter((p) => r.scanNames(p.names)[p.at] === null).map((p) => `${p.name}: ${p.names[p.at]}`);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${ps.length}`);
  });
  it(
    'finds a hex run after a secret word in a name',
    { todo: 'name-views.ts reads hex in a name as a hash (`token-<sha256>` caches): a key there needs another signal' },
    () => {
      const leaked = hexNamePlants(SEED).filter((p) => r.scanNames(p.names)[1] === null);
      assert.deepEqual(
        leaked.map((p) => p.names[1]),
        [],
      );
    },
  );
  it('leaves benign names as they are', () => {
    const changed = nameTwins(SEED).flatMap((names) => names.filter((_, i) => r.scanNames(names)[i] !== null));
    assert.deepEqual(changed, []);
  });
  describe('stays linear on hostile input', () =>
    itIsLinear([
      ['open comments', '<!-- api key: '],
      ['JSX comments', '{/* token '],
      ['alt text', '![api key '],
      ['link titles', '[a]: https://x "token '],
      ['box rows', '│ API_KEY │ '],
      ['data attributes', '<div data-api-key="'],
      ['unclosed comment openers', '<!-- {/* [//]: # ('],
      ['a value repeated on its line', 'token=a1B2c3D4e5F6g7H8 a1B2c3D4e5F6g7H8 '],
    ]));
});
