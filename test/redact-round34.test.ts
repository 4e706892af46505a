/**
 * Issue 11, round 34 (seeded, REDACT_SEED replays): random values beside a secret a rule finds; positional passwords of
 * `mc`, `rootpw`, Cisco IOS and SQL Server's procedures; tokens as a URL's path segment; a delimited table whose header
 * names a password in another language; a learned password's first word is not its start; a value read whole stops at
 * a CSV row's next field (helpers/round34-corpus.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { filtered, itKeeps, itRedacts, learningRedactor } from './helpers/filtered.js';
import {
  commandPlants,
  companionPlants,
  barePlants,
  foreignCsvPlants,
  headerPlants,
  pathPlants,
  slashPlants,
  ROUND34_TWINS,
} from './helpers/round34-corpus.js';
import { gen, tokenMakers } from './helpers/glue15-tokens.js';

const SEED = Number(process.env.REDACT_SEED ?? 3401);

describe(`round 34 (seed ${SEED})`, () => {
  itRedacts('a random value beside a secret, in prose, an error, a list, a mapping', () => companionPlants(SEED), 18);
  itRedacts('a password as a positional argument of a command', () => commandPlants(SEED + 1), 22);
  itRedacts("a token as a URL's path segment", () => pathPlants(SEED + 2), 12);
  itRedacts(
    'a key in a header no key word names, or set apart by a blank or a comma',
    () => headerPlants(SEED + 6),
    12,
  );
  itRedacts("a generator's password with no name beside it, outside code", () => barePlants(SEED + 7), 12);
  itRedacts("`user / password` after a login's label", () => slashPlants(SEED + 8), 9);
  itRedacts("a table's password column named in another language", () => foreignCsvPlants(SEED + 3), 12);
  itKeeps('random values, paths, tables and commands with no secret', () => ROUND34_TWINS, 7);

  it('beside a secret, ids, hashes and words named as such stay', () => {
    const r = gen(SEED + 4);
    const key = tokenMakers(SEED + 4)['github-token']!();
    const id = `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
    const sha = r('hex', 40);
    const text =
      `Invalid API key '${key}' (request id ${id}, commit ${sha}); see https://x.io/r/${r('alnum', 24)}9\n` +
      `providers:\n  main: ${key}\n  trace_id: ${id}\n  model: gpt-4o-mini-2024-07-18\n`;
    const out = filtered(learningRedactor(), 'turn_1/attempt_1/status.md', text);
    assert.ok(!out.includes(key), out);
    for (const kept of [id, sha, 'https://x.io/r/', 'gpt-4o-mini-2024-07-18']) assert.ok(out.includes(kept), kept);
    assert.equal(out.split(id).length, 3, out);
  });

  it("a learned password's first word is no key's start", () => {
    const r = learningRedactor();
    filtered(r, 'workspace/agent_a/config/app.yaml', 'password:\n  Regenschirm-53-Gewitter!\n');
    // (A JDBC URL's password here before attack 50: Oracle's `user/password@` is redacted since.)
    const text = 'scp backup/Zitrone-28-Regenschirm.tar.gz db01:/srv/restore\nRegenschirm or not.\n';
    assert.equal(filtered(r, 'workspace/agent_a/config/datasources.txt', text), text);
    assert.doesNotMatch(filtered(r, 'notes.md', 'Regenschirm-53-Gewitter! again\n'), /Gewitter/);
  });

  it("`az storage account keys list`: each record's value under its `keyName`", () => {
    const r = gen(SEED + 9);
    const keys = [0, 1].map(() => `${r('b64', 86)}==`);
    const text = JSON.stringify(
      keys.map((value, i) => ({
        creationTime: '2026-01-31T10:15:00Z',
        keyName: `key${i + 1}`,
        permissions: 'FULL',
        value,
      })),
      null,
      2,
    );
    const out = filtered(learningRedactor(), 'workspace/agent_a/notes/az_keys.json', `${text}\n`);
    for (const k of keys) assert.ok(!out.includes(k.slice(0, 20)), out);
    assert.match(out, /"keyName": "key2"/);
  });

  it("a value read whole stops at a CSV row's next field", () => {
    const r = gen(SEED + 5);
    const ids = [0, 1].map(() => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`);
    const text = `provider,value,created\nexa,${ids[0]},2026-01-03\npostmark,${ids[1]},2026-01-04\n`;
    const out = filtered(learningRedactor(), 'workspace/agent_a/exports/integrations.csv', text);
    for (const id of ids) assert.ok(!out.includes(id), out);
    assert.match(out, /,2026-01-03\n.*,2026-01-04\n$/s);
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['companions on a line of keys and values', `key ${tokenMakers(1)['github-token']!()} fallback `],
      ['url path tokens', 'https://a.io/t/'],
      ['mc aliases', 'mc alias set a b c '],
      ['bare passwords', 'a1B!c2D3e4F5g6H7 '],
      ['bare passwords on one line', 'a1B!c2D3e4F5g6H7,'],
    ]);
  });
});
