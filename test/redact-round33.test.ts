/**
 * Issue 11, round 33 (seeded, REDACT_SEED replays): a generator's passwords with brackets, `=` and `,`; two words and a
 * number joined by a dot; passphrases under `*PW` names and in other scripts; `user:password` under `auth`; a Wi-Fi QR
 * code; logins' calls; passwords piped to a command; `#define`, `SIGNING`, a Solana keypair under `accounts`; an AWS
 * session token cut in two literals, whose piece is not learned; OpenVPN's credentials file left out
 * (helpers/round33-corpus.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLabelFileName } from '../src/core/label-files.js';
import { holdsSecretLike } from '../src/core/label-content.js';
import { itIsLinear } from './helpers/child-timer.js';
import { filtered, itKeeps, itRedacts, leaksWindow, learningRedactor } from './helpers/filtered.js';
import {
  dottedPlants,
  loginPlants,
  phrasePlants,
  pipedPlants,
  ROUND33_TWINS,
  sessionTokens,
  symbolPlants,
} from './helpers/round33-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 3301);

describe(`round 33 (seed ${SEED})`, () => {
  itRedacts("a generator's password with brackets, `=` and `,` in eight formats", () => symbolPlants(SEED), 24);
  itRedacts('two words and a number joined by a dot, where people keep a password', () => dottedPlants(SEED + 1), 12);
  itRedacts(
    'passphrases under `*PW`, in other scripts, under `auth`, in a Wi-Fi QR code',
    () => phrasePlants(SEED + 2),
    16,
  );
  itRedacts("a login's call and a pair held as credentials", () => loginPlants(SEED + 3), 12);
  itRedacts(
    'piped to a command, `#define`, `SIGNING`, a Solana keypair under `accounts`',
    () => pipedPlants(SEED + 4),
    10,
  );
  itKeeps('code and text beside those readings', () => ROUND33_TWINS);

  it('a session token cut in two literals: its first piece is not learned, so other tokens go whole', () => {
    const [a, b, c] = sessionTokens(SEED + 5);
    const r = learningRedactor();
    const js = filtered(
      r,
      'workspace/agent_a/src/keys.js',
      `const key = '${a!.slice(0, 12)}' +\n  '${a!.slice(12)}';\n`,
    );
    const ini = filtered(r, 'workspace/agent_a/aws/credentials', `[default]\naws_session_token = ${b}\n`);
    const yaml = filtered(r, 'execution_metadata.yaml', `env:\n  AWS_SESSION_TOKEN: ${c}\n`);
    for (const [out, v] of [
      [js, a!],
      [ini, b!],
      [yaml, c!],
    ] as const)
      assert.ok(!leaksWindow(out, v), out);
    assert.match(ini, /aws_session_token = \[REDACTED:[^\]]+\]\n$/);
  });

  it("OpenVPN's credentials file is a label file, left out when it holds a password", () => {
    for (const n of ['auth.txt', 'vpn-auth.txt', 'login.conf', 'pass.txt', 'userpass.txt', 'auth-user-pass'])
      assert.ok(isLabelFileName(n), n);
    for (const n of ['auth', 'login', 'oauth.txt', 'auth.py', 'auth.md', 'author.txt', 'bypass.txt'])
      assert.ok(!isLabelFileName(n), n);
    assert.ok(holdsSecretLike('auth.txt', 'alice\n1fBM{3sz\n'));
    assert.ok(!holdsSecretLike('auth.txt', 'Authentication uses the OAuth 2.0 device flow.\nSee the docs.\n'));
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['defines', '#define A_TOKEN '],
      ['env values past a brace', 'SMTP_PASSWORD=a}'],
      ['Wi-Fi fields', 'WIFI:T:WPA;'],
    ]);
  });
});
