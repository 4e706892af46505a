/**
 * Issue 11, categories 1 and 2: a file whose name is the only label of the bare key it holds (`api_key.txt`,
 * `.deepinfra_token`, `secrets.txt`), and secret-bearing formats known by their name (Terraform state, recovery and
 * backup codes, seed phrases, password databases) are left out as secret-bearing, with their reason in the plan, and
 * their bare values are learned: a value echoed in a log goes out as `[REDACTED:known-value:…]`. Code, prose and
 * tokenizer files with look-alike names go out.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createExcludeMatcher, defaultReason } from '../src/core/excludes.js';
import { runCli, tempDir } from './helpers/env.js';
import { randomStrings } from './helpers/fake-secrets.js';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';

/** Names written one after another, separated by blanks. */
const names = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Names that label a bare key (category 1). */
const LABELS = [
  ...names(`
  secrets.txt secret.txt api_key.txt apikey.txt api-key openai_key openai_key.txt token .token
  token.txt Token.TXT credentials credentials.txt mistral-key.txt .deepinfra_token groq_token hf_token
  .vault-token password.txt passwords.txt .password access_token auth_token.txt anthropic.key.txt
  OPENAI_API_KEY openai-api-key.txt .openai_key github_token.txt github.token key.txt api_key.txt.bak
`),
  'api_key (1).txt',
];
/** Secret-bearing formats known by their name (category 2). */
const FORMATS = [
  ...names(`
  terraform.tfstate terraform.tfstate.backup prod.tfstate github-recovery-codes.txt recovery-codes.txt
  recovery_codes.txt backup-codes.txt Backup-codes-jdoe.txt otp_codes seed.txt seed-phrase.txt
  seed_phrase mnemonic.txt recovery-phrase.txt wallet.dat keys.kdb vault.psafe3 login.keychain-db
  server.ppk age-key.txt
`),
  `UTC--2024-01-01T00-00-00.000Z--${'0a'.repeat(20)}`,
];
/** Look-alike names that go out. */
const KEPT = names(`
  tokenizer.json tokenizer_config.json special_tokens_map.json tokens.md tokens.txt token_count.txt
  token_usage.json secret_santa.txt secrets.md keys.py keys.json key_points.txt keyboard.txt
  monkey.txt hotkey.txt pubkey.txt public_key.txt primary_key.txt next_page_token eos_token.txt
  example_api_key.txt token.py secret.py api_key.md password_policy.txt passwords.md README.md
  terraform.tf variables.tf seeds.py seed_data.sql random_seed.txt recovery.md backup.sh codes.txt
  status_codes.txt backup-codes.md mnemonics.md link-to-token how-to-get-a-key.txt notes-on-the-token.txt
`);

describe('a file whose name is the only label (issue 11)', () => {
  it('is left out as secret-bearing; look-alike names, and folders, are not', () => {
    const matcher = createExcludeMatcher();
    const ws = 'turn_1/attempt_1/final/agent_a/workspace/';
    const reasons = (name: string): (string | null)[] => [
      defaultReason(ws + name),
      matcher.childReason(ws, name, false),
    ];
    const secret = ['secret-bearing file', 'secret-bearing file'];
    assert.deepEqual(
      [...LABELS, ...FORMATS].filter((n) => reasons(n).join() !== secret.join()),
      [],
    );
    assert.deepEqual(
      KEPT.filter((n) => reasons(n).some((why) => why !== null)),
      [],
    );
    for (const dir of ['token', 'secrets', 'credentials', 'seed'])
      assert.equal(matcher.childReason(ws, dir, true), null, `${dir}/`);
    assert.equal(defaultReason(`${ws}token/lexer.ts`), null);
  });

  it('teaches its bare values: each goes out redacted wherever else it is written', async () => {
    const r = randomStrings(1103);
    const keys = [r('alnum', 32), r('hex', 64), r('alnum', 48), r('hex', 32), r('urlsafe', 40), r('alnum', 40)];
    const codes = Array.from({ length: 8 }, () => `${r('lowerAlnum', 5)}-${r('lowerAlnum', 5)}`);
    const result = `${r('alnum', 6)}!#(${r('alnum', 6)})&${r('alnum', 4)}`;
    const state = {
      version: 4,
      resources: [
        {
          type: 'random_password',
          name: 'db',
          instances: [{ attributes: { id: 'none', length: 20, result, special: true }, sensitive_attributes: [] }],
        },
      ],
    };
    const files: Record<string, string> = {
      'api_key.txt': `${keys[0]}\n`,
      '.deepinfra_token': keys[1]!,
      'secrets.txt': `${keys[2]}\n${keys[3]}\n`,
      openai_key: `"${keys[4]}"\n`,
      'mistral-key.txt': `  ${keys[5]}  \n`,
      'github-recovery-codes.txt': `${codes.join('\n')}\n`,
      'terraform.tfstate': JSON.stringify(state, null, 2),
    };
    const echoed = [...keys, codes[2]!, codes[6]!, result];
    const base = await tempDir('mgs-lf-');
    const session = 'log_20260401_120000_000011';
    const root = path.join(base, '.massgen', 'massgen_logs', session);
    const log = echoed.map((v, i) => `step ${i}: the agent read ${v} from the file`).join('\n');
    await writeTree(
      root,
      under(
        'turn_1/attempt_1',
        oneAgentAttempt({
          question: 'label files',
          sessionName: session,
          workspace: () => ({ ...files, 'run.log': `${log}\n`, 'tokens.md': 'Count the tokens.\n' }),
        }),
      ),
    );
    const out = path.join(await tempDir('mgs-lf-out-'), 'o');
    const res = await runCli(['export', root, '--output', out, '--json'], { cwd: base, env: { HOME: base } });
    assert.equal(res.code, 0, res.stderr);
    const doc = JSON.parse(res.stdout) as {
      plan: { files: { path: string }[] };
      left_out?: { path: string; reason: string }[];
    };
    const shared = doc.plan.files.map((f) => path.basename(f.path));
    const leftOut = new Map((doc.left_out ?? []).map((l) => [path.basename(l.path), l.reason]));
    for (const name of Object.keys(files)) {
      assert.ok(!shared.some((s) => s.endsWith(name)), `${name} left out`);
      assert.match(leftOut.get(name) ?? 'not listed', /secret-bearing file/, name);
    }
    assert.ok(shared.includes('tokens.md'), 'tokens.md goes out');
    const written = new Map<string, string>();
    for (const n of await readdir(out)) written.set(n, await readFile(path.join(out, n), 'latin1'));
    const runLog = [...written].find(([n]) => n.endsWith('run.log'))![1];
    assert.equal(runLog.match(/\[REDACTED:known-value:/g)?.length, echoed.length, runLog);
    for (const [n, text] of written) for (const v of echoed) assert.ok(!text.includes(v), `${v} in ${n}`);
  });
});
