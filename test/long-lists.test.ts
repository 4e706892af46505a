/** Inputs of any length: a spread passes each item as an argument, and past about 120,000 overflowed the stack. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { least, most, pushAll } from '../src/core/lists.js';
import { copyFixture, onlyJson, runCli, tempDir } from './helpers/env.js';

describe('lists of any length (core/lists.ts)', () => {
  it('pushAll, least and most take 500,000 items', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    assert.equal(pushAll([-1], many).length, 500_001);
    assert.equal(least(many), 0);
    assert.equal(most(many), 499_999);
    assert.equal(least([]), Infinity);
    assert.equal(most([]), -Infinity);
  });

  it('a .env of 150,000 lines: the export runs, and a value of it is redacted in the session (attack S3)', async () => {
    const { base, session } = await copyFixture('error-session');
    const values = Array.from({ length: 150_000 }, () => randomBytes(18).toString('base64url'));
    await writeFile(path.join(base, '.env'), values.map((v, i) => `K${i}_API_KEY=${v}\n`).join(''));
    const answer = path.join(session, 'turn_1', 'attempt_1', 'agent_outputs', 'agent_a.txt');
    await appendFile(answer, `\nThe run used ${values[123_456]} today.\n`);
    const out = path.join(await tempDir(), 'out');
    const r = await runCli(['export', session, '--output', out, '--json'], { cwd: base, timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(onlyJson(r.stdout).redactions.by_rule['known-value'] >= 1, r.stdout);
    const names = await readdir(out);
    const exported = await readFile(
      path.join(
        out,
        names.find((n) => n.endsWith('agent_a.txt'))!,
      ),
      'utf8',
    );
    assert.match(exported, /The run used \[REDACTED:known-value:K123456_API_KEY\] today\./);
  });
});
