/**
 * A value learned during the collect is found in files measured before it also where no search of their bytes sees
 * it: joined from a list of string literals, or decoded from base64 (one-step.ts, base64.ts). Those files are measured
 * again, so the export writes what it measured: before, the export stopped with "changed while it was being
 * exported" on a session nobody touched (a workspace of this repository's own test files: a SHA's halves in a list,
 * joined, held 12 characters of a value learned later from another file).
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractZip } from '../src/adapters/unzip.js';
import { runCli, tempDir } from './helpers/env.js';
import { rng } from './helpers/fake-secrets.js';
import { oneAgentAttempt, writeTree } from './helpers/session-builder.js';

const SESSION = 'log_20260301_090000_000007';

/** A password made at test time (no literal committed), learned from the prose that names it. */
function password(seed: number): string {
  const r = rng(seed);
  const word = (n: number): string =>
    Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyz'[Math.floor(r() * 25)]).join('');
  return `${word(6)}/${word(7)}/${word(5)}${Math.floor(r() * 90 + 10)}`;
}

describe('a value learned after a file was measured, in a form only the passes decode', () => {
  it('the file is measured again: the export succeeds and the value goes out in no form', async () => {
    const value = password(11);
    const parts = [value.slice(0, 8), value.slice(8, 15), value.slice(15)];
    const b64 = Buffer.from(value).toString('base64');
    const cwd = path.join(await tempDir('mgs-remeasure-'), 'proj');
    const root = path.join(cwd, '.massgen', 'massgen_logs', SESSION);
    const workspace = {
      // Config-like: measured first, before setup.md teaches the value; neither holds it as written.
      'parts.json': `{"n": ${JSON.stringify(parts)}}\n`,
      'blob.json': `{"n": "${b64}"}\n`,
      'setup.md': `Log in with password: ${value} and nothing else.\n`,
    };
    await writeTree(
      path.join(root, 'turn_1', 'attempt_1'),
      oneAgentAttempt({ question: 'remeasure', sessionName: SESSION, workspace: () => workspace }),
    );
    const zip = path.join(cwd, '..', 'out.zip');
    const r = await runCli(['export', '--yes', '--output', zip], { cwd });
    assert.equal(r.code, 0, r.stderr);
    const dir = await tempDir('mgs-remeasure-zip-');
    await extractZip(zip, dir);
    let text = '';
    // The zip's members are flattened paths (`turn_1__…__workspace__parts.json`).
    const members = await readdir(dir);
    for (const name of ['parts.json', 'blob.json']) {
      const found = members.filter((m) => m.endsWith(`__${name}`));
      assert.ok(found.length > 0, `${name} was exported`);
      for (const f of found) text += await readFile(path.join(dir, f), 'utf8');
    }
    for (const form of [value, b64, ...parts]) assert.ok(!text.includes(form), `${form} goes out`);
  });

  it('a file planned before the value was learned and withheld after it is left out, not also planned', async () => {
    // attack 21: a UTF-32 text measured as text, then found (measured again) to hold a value learned later, was both
    // planned and left out ("accounting does not add up").
    const value = password(12);
    const cwd = path.join(await tempDir('mgs-remeasure-'), 'proj');
    const root = path.join(cwd, '.massgen', 'massgen_logs', SESSION);
    const utf32 = (t: string): Buffer => {
      const b = Buffer.alloc(t.length * 4);
      for (let i = 0; i < t.length; i++) b.writeUInt32LE(t.charCodeAt(i), i * 4);
      return b;
    };
    const workspace = {
      // Config-like: measured first, before setup.md teaches the value (a value under no secret name, in UTF-32).
      'wide.json': utf32(`{"note": "${value}"}\n`),
      'setup.md': `Log in with password: ${value} and nothing else.\n`,
    };
    await writeTree(
      path.join(root, 'turn_1', 'attempt_1'),
      oneAgentAttempt({ question: 'remeasure', sessionName: SESSION, workspace: () => workspace }),
    );
    const r = await runCli(['export', '--dry-run', '--json'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { left_out: { path: string; reason: string }[] };
    const wide = out.left_out.filter((l) => l.path.endsWith('wide.json'));
    assert.ok(wide.length > 0, JSON.stringify(out.left_out));
    for (const l of wide) assert.match(l.reason, /UTF-32/);
  });
});
