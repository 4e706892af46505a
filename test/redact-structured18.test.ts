/**
 * structured18: secrets a structured file holds under names that say nothing, generated per seed: Terraform state and
 * `terraform show -json` (a `random_password`'s `result`, attributes listed in `sensitive_attributes` or marked in
 * `sensitive_values`, outputs marked `"sensitive": true`). No 10-character window of a planted value may come out, and
 * a JSON file must still parse; the benign twin (the same documents with ids, arns, hashes, UUIDs and nothing marked)
 * must come out byte for byte. REPORT=1 prints the counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leaksValue, redactAs } from './helpers/placements.js';
import YAML from 'yaml';
import { anchorCorpus, anchorTwins } from './helpers/anchors18-corpus.js';
import { keyLineCorpus, keyLineTwins } from './helpers/keylines18-corpus.js';
import { stateCorpus } from './helpers/tfstate18-corpus.js';

const report = (o: unknown): void => {
  if (process.env.REPORT) console.log(JSON.stringify(o));
};

/** The planted values that came out, and the JSON files that no longer parse. */
function tally(cases: { rel: string; text: string; planted: string[]; kind: string }[]): [number, string[], string[]] {
  const leaked: string[] = [];
  const broken: string[] = [];
  let planted = 0;
  for (const c of cases) {
    const out = redactAs(c.rel, c.text);
    planted += c.planted.length;
    for (const v of c.planted) if (leaksValue(out, v)) leaked.push(`${c.kind} in ${c.rel}`);
    if (/\.(json|ipynb)$/.test(c.rel)) {
      try {
        JSON.parse(out);
      } catch {
        broken.push(c.rel);
      }
    }
  }
  return [planted, leaked, broken];
}

describe('secrets in Terraform state under neutral names (structured18)', () => {
  for (const seed of [1801, 1802, 1803]) {
    it(`no window of a sensitive value goes out, and JSON still parses (seed ${seed})`, () => {
      const [planted, leaked, broken] = tally(stateCorpus(seed, false));
      report({ seed, planted, leaked: leaked.length });
      assert.ok(planted >= 40, `${planted} planted`);
      assert.deepEqual(leaked, []);
      assert.deepEqual(broken, []);
    });
    it(`the benign twin comes out byte for byte (seed ${seed})`, () => {
      const changed = stateCorpus(seed, true).filter((c) => redactAs(c.rel, c.text) !== c.text);
      report({ seed, benignChanged: changed.length });
      assert.deepEqual(
        changed.map((c) => `${c.rel}: ${redactAs(c.rel, c.text)}`),
        [],
      );
    });
  }
});

describe('private keys as lines in one quoted string, header mangled or missing (structured18)', () => {
  for (const seed of [1811, 1812]) {
    it(`no window of the key or its id goes out, and JSON still parses (seed ${seed})`, () => {
      const [planted, leaked, broken] = tally(keyLineCorpus(seed));
      report({ seed, planted, leaked: leaked.length });
      assert.ok(planted >= 140, `${planted} planted`);
      assert.deepEqual(leaked, []);
      assert.deepEqual(broken, []);
    });
    it(`public keys, certificates and prose under *_key names come out byte for byte (seed ${seed})`, () => {
      const changed = keyLineTwins(seed).filter((c) => redactAs(c.rel, c.text) !== c.text);
      report({ seed, benignChanged: changed.length });
      assert.deepEqual(
        changed.map((c) => `${c.rel}: ${redactAs(c.rel, c.text)}`),
        [],
      );
    });
  }
});

describe('YAML anchors used by a secret name through an alias (structured18)', () => {
  for (const seed of [1821, 1822]) {
    it(`no window of the anchored value goes out, and the YAML still parses (seed ${seed})`, () => {
      const leaked: string[] = [];
      const broken: string[] = [];
      const cases = anchorCorpus(seed);
      for (const c of cases) {
        const out = redactAs('workspace/config.yaml', c.text);
        if (leaksValue(out, c.planted)) leaked.push(`${c.kind}: ${c.text}`);
        try {
          YAML.parse(out);
        } catch {
          broken.push(out);
        }
      }
      report({ seed, planted: cases.length, leaked: leaked.length });
      assert.ok(cases.length >= 150);
      assert.deepEqual(leaked, []);
      assert.deepEqual(broken, []);
    });
    it(`aliases used by names that hold no secret, and references, come out byte for byte (seed ${seed})`, () => {
      const changed = anchorTwins(seed).filter((c) => redactAs('workspace/config.yaml', c.text) !== c.text);
      report({ seed, benignChanged: changed.length });
      assert.deepEqual(
        changed.map((c) => redactAs('workspace/config.yaml', c.text)),
        [],
      );
    });
  }
});
