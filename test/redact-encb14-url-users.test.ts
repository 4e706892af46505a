/**
 * Attack 14, category 3: a prefix-less token as a URL's user (`https://<token>:x-oauth-basic@github.com/…`,
 * `https://<token>@github.com`, `https://oauth2:<token>@gitlab.com`): a 40-hex classic GitHub token or a random value of
 * 20 to 40 characters, in a command, a config and JSON. Users that are names (`deploy`, `first.last`) stay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomStrings } from './helpers/fake-secrets.js';
import { redactAs } from './helpers/placements.js';
import { leaksDecoded } from './helpers/encb14-corpus.js';

describe('tokens as a URL user (attack 14)', () => {
  it('no window of the token goes out', () => {
    const r = randomStrings(1405);
    const leaked: string[] = [];
    let n = 0;
    for (let i = 0; i < 60; i++) {
      const token = i % 2 ? r('hex', 40) : r('alnum', 20 + (i % 21));
      for (const url of [
        `https://${token}:x-oauth-basic@github.com/org/repo.git`,
        `https://${token}@github.com/org/repo`,
        `https://oauth2:${token}@gitlab.com/group/project.git`,
      ]) {
        for (const [rel, text] of [
          ['run.log', `$ git clone ${url}\n`],
          ['config.yaml', `remote: ${url}\n`],
          ['answer.json', `${JSON.stringify({ url })}\n`],
        ] as const) {
          n++;
          if (leaksDecoded(redactAs(rel, text), token)) leaked.push(text.trim());
        }
      }
    }
    assert.deepEqual(leaked, [], `${leaked.length} of ${n}`);
  });

  it('users that are names stay', () => {
    for (const t of [
      'https://deploy:hunter2@example.com/x\n',
      'https://first.last@example.com/\n',
      'git@github.com:org/repo.git\n',
      'postgres://postgres@localhost:5432/db\n',
    ])
      assert.equal(redactAs('notes.txt', t), t);
  });
});
