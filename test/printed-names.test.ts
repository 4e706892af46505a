import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { CHARSETS, leaks, rng, type FakeSecret } from './helpers/fake-secrets.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';

/**
 * Secrets in file and directory names never reach stdout or stderr, with `--json` or the human
 * report: a provider key and a key-name assignment in a name (found where the name is listed),
 * and a value learned from a file's content only after the names were listed (run.sh names it
 * by flag): that one only the redaction of what is printed catches (src/core/redact/printed.ts).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 4711));
const random = (n: number): string =>
  Array.from({ length: n }, () => CHARSETS.alnum[Math.floor(rand() * CHARSETS.alnum.length)]).join('');

const LATE = `${random(27)}7qK`;
const GHP = `ghp_${random(36)}`;
const KEYED = `${random(29)}9Zx`;
const planted: FakeSecret[] = [
  { family: 'learned-after-listing', value: LATE, context: '' },
  { family: 'github-token-in-name', value: GHP, context: '' },
  { family: 'key-name-in-name', value: KEYED, context: '' },
];

describe('secrets in names are never printed', () => {
  let cwd: string;
  before(async () => {
    cwd = path.join(await tempDir(), 'project');
    const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000007');
    const tree = oneAgentAttempt({
      question: 'Build the gallery',
      sessionName: 'log_20260301_100000_000007',
      workspace: () => ({
        'run.sh': `#!/bin/sh\nmistral-cli --api-key ${LATE} chat\n`,
        [`cache-${LATE}/index.json`]: '{"ok": true}\n',
        [`report-${LATE}.md`]: '# Report\n',
        [`big-${LATE}.bin`]: Buffer.alloc(600 * 1024, 7),
        [`tokens/${GHP}.txt`]: 'x\n',
        [`${GHP}/notes.txt`]: 'y\n',
        [`api_key=${KEYED}.txt`]: 'z\n',
      }),
    });
    await writeTree(session, under('turn_1/attempt_1', tree));
  });

  for (const args of [
    ['--json'],
    ['--json', '--workspace-limit', '1KB'],
    ['--verbose'],
    ['--verbose', '--workspace-limit', '1KB'],
  ]) {
    it(`export --dry-run ${args.join(' ')}: no window of any of them on stdout or stderr`, async () => {
      const r = await runCli(['export', '--dry-run', ...args], { cwd });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(leaks(r.stdout + r.stderr, planted), []);
      if (args[0] === '--json') {
        const doc = onlyJson(r.stdout);
        const paths = [...doc.plan.files, ...doc.left_out].map((f: { path: string }) => f.path).join('\n');
        assert.match(paths, /cache-\[REDACTED:known-value:[a-z-]+\]\/index\.json/);
      } else assert.match(r.stdout, /\[REDACTED:known-value:[a-z-]+\]/);
    });
  }
});
