/**
 * Round 24, secrets in tabular CLI output and name/value pair layouts (tables24-corpus.ts; issue 11, category 3):
 * box-drawn, tabulate, psql, Markdown and fixed-width tables; doppler, heroku, vault, `aws ssm` (table, text, JSON,
 * YAML), az keyvault, railway, kubectl and docker listings; values cut short with `…` or wrapped onto the next row;
 * CI variable lists, Kubernetes `env:`, ECS, Terraform Cloud, GitLab and Bitbucket JSON, CloudFormation parameters and
 * the commands that set a variable. Twins: the same layouts holding ids, hashes, ARNs, versions, models, references,
 * placeholders and masked values, byte for byte. Read as an export reads (the filter).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { changed, leaked, plants, SEED, twins } from './helpers/tables24-corpus.js';

const r = new Redactor();
const red = (s: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(s) + f.end();
};

describe(`round 24: secrets in tables and name/value layouts (seed ${SEED}, REDACT_SEED replays)`, () => {
  // 4e6f367 leaked 12 of 520 (seeds 2401, 2402): `aws ssm` SecureString values in the table (`||` rows), text and
  // YAML forms (11), a value cut short by `…` in a box (1).
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a secret in a table, a listing or a name/value pair is redacted`, () =>
      assert.deepEqual(leaked(plants(seed), red), []));

  // 4e6f367 changed 1 of 360: a box's value padded to its border, then the next row's, read as one value wrapped over
  // two rows (`http://localhost:8080` beside `BASE_URL` redacted, `ENCRYPTION_KEY  changeme` below it).
  for (const seed of [SEED + 2, SEED + 3])
    it(`twin (seed ${seed}): ids, references, placeholders and masked values in the same layouts are kept`, () => {
      const ts = twins(seed);
      assert.ok(ts.length >= 100, `${ts.length} twins`);
      assert.deepEqual(changed(ts, red), []);
    });

  itIsLinear([
    ['SecureString alone', 'SecureString'],
    ['SecureString cells', '|  SecureString |  '],
    ['SecureString lines', 'Type: SecureString\n  Value: '],
    ['SecureString tabs', 'SecureString\t'],
    ['cells cut short', '│ API_KEY │ aB3d… │\n'],
    ['box rows of full cells', '│ BASE_URL │ http://localhost:8080 │\n'],
  ]);
});
