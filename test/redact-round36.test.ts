/**
 * Issue 11, round 36 (seeded, REDACT_SEED replays), from a second independent attacker's leaks (attack 36): a learned
 * value's longer password that starts with it (its tail went out beside the placeholder); names of passwords the
 * key-name layer did not read; a settings table's rows; a secret given to the tool that stores it; an SNMP community;
 * a chat line's password; a `tkn` column (helpers/round36-corpus.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { filtered, itKeeps, itRedacts, learningRedactor } from './helpers/filtered.js';
import { gen } from './helpers/glue15-tokens.js';
import {
  namePlants,
  otherPlants,
  reviewPlants,
  REVIEW_TWINS,
  ROUND36_TWINS,
  sqlRowPlants,
  twoWords,
} from './helpers/round36-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 3601);

describe(`round 36 (seed ${SEED})`, () => {
  itRedacts("a password under an owner's `pass` or at the end of a settings path", () => namePlants(SEED), 6);
  itRedacts("a settings table's row that names its secret", () => sqlRowPlants(SEED + 1), 5);
  itRedacts(
    "a stored secret, an SNMP community, a chat line's password, a `tkn` column",
    () => otherPlants(SEED + 2),
    6,
  );
  itKeeps('owners that are no account, public communities, hints, references, versions', () => ROUND36_TWINS, 6);

  itRedacts(
    "the review's variants: maps typed or holding a brace, URLs to a bare host, tokens in a table",
    () => reviewPlants(SEED + 4),
    10,
  );
  itKeeps(
    "the review's twins: addresses and ids in maps, concatenations, a person's keys of one shape",
    () => REVIEW_TWINS,
    4,
  );

  it('a `$` and letters with no number is read in linear time (no split tried each way)', () => {
    const long = `$A${'a'.repeat(400)}`;
    const out = filtered(learningRedactor(), 'workspace/deploy.ps1', `$db_password = ${long};\n-Password ${long}\n`);
    assert.ok(out.includes(long));
  });

  describe('linear time', () => {
    itIsLinear([
      ['SQL rows of doubled quotes that do not close', "INSERT INTO posts VALUES (1,'It''s a dog''s '' ''' "],
      ['a YAML block of users with blank runs', `users:\n  a:${' '.repeat(60)}\r\n`],
      ['settings paths', 'aaa/aaa/password=x '],
      ['maps of users', 'users={a:"a:"'],
    ]);
  });

  it("a longer password that starts with a learned one goes out whole, not as the learned part's tail", () => {
    const r = gen(SEED + 3);
    for (let i = 0; i < 6; i++) {
      const learned = twoWords(r);
      const head = learned.replace(/[!*#$].*$/, '');
      const longer = `${head}${['!', '$', '%', '^'][i % 4]}${r('alnum', 3).toLowerCase()}${r('dig', 2)}`;
      const red = learningRedactor();
      filtered(red, 'workspace/homelab/docker-compose.yml', `      - GF_SECURITY_ADMIN_PASSWORD=${learned}\n`);
      const out = filtered(
        red,
        'turn_1/attempt_1/agent_a/20260131_101530_654321/execution_trace.md',
        `url=jdbc:mysql://10.0.0.9:3306/shop?user=root&password=${longer}\n"admin-password": "${longer}"\n`,
      );
      assert.ok(!out.includes(longer.slice(head.length)), out);
      assert.match(out, /&password=\[REDACTED[^\]]*\]\n/);
    }
  });
});
