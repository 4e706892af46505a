/**
 * Secret-bearing files in disguise and `.env` syntax (attack F3, F13): an editor's backup of a `.env`, another case,
 * invisible characters or full-width look-alikes in the name are left out as `.env` is, and their values are learned;
 * a `.env` value written `KEY="value" # comment` is learned without its quotes and comment. A metadata file that is
 * not valid JSON is reported without the text JSON.parse quotes (F6).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createExcludeMatcher, defaultReason } from '../src/core/excludes.js';
import { parseDotenv } from '../src/core/redact/known-values.js';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { runCli, tempDir } from './helpers/env.js';
import { randomStrings } from './helpers/fake-secrets.js';

const DISGUISED = [
  '.env~',
  '.env.bak~',
  '#.env#',
  '.#.env',
  '.ENV',
  '.Env.Local',
  '.env ',
  '.env\u200b',
  '\uff0eenv',
  'prod.ENV',
  'credentials (1).json',
  'credentials.json.bak',
  'Credentials.JSON',
  'ID_RSA',
  'server.PEM~',
  '.npmrc.orig',
  '.git-credentials.old',
  '.e\u200bnv',
  'cred\u00adentials.json',
  'credentials copy.json',
  'credentials - Copy.json',
  '.env (copy)',
  '.credentials.json.swp',
  'credentials.json.~1~',
  'credentials.json.1',
  'credentials.json.',
  // R3: Cyrillic and Greek letters that pass for Latin ones.
  '.\u0435nv',
  '\u0441redentials.json',
  'id_r\u0455a',
  '.\u0395\u039dV',
  '.e\u03b7v',
  '.\u0435\u043fv.local',
  'server.p\u0435m',
  // This tool's own file in the tree (a project copied as a workspace): its `redact:` lines are secrets.
  '.massgenignore',
  '.MassgenIgnore',
  '.massgenignore.bak',
];
/** R3: a multi-segment default (`**\/.docker/config.json`) in another case, a copy or look-alike letters. */
const DISGUISED_PATHS = [
  '.DOCKER/config.json',
  '.Docker/Config.JSON',
  '.docker/config.json.bak',
  '.docker/config (1).json',
  '.d\u043ecker/config.json',
  '.docker/c\u043enfig.json',
  '\uff0edocker/config.json',
];
const ORDINARY_PATHS = ['docker/config.json', '.docker/settings.json', 'app/config.json', '.dockerx/config.json'];
const ORDINARY = [
  'README.md',
  'env.py',
  'environment.yml',
  'notes.txt~',
  'Key.md',
  '.envoy.yaml',
  '#notes#',
  'env',
  'copy.txt',
  'index.1.js',
  'app.key.js',
  'report - Copy.docx',
  '\u041a\u043b\u044e\u0447.md',
  '\u03b1\u03b2\u03b3.txt',
  '\u0441\u0435\u0442\u044c.txt',
  'k\u0435y.md',
  'massgenignore.md',
];

describe('secret-bearing names in disguise (F13)', () => {
  it('are left out as secret-bearing files; ordinary names, backed up or not, are not', () => {
    const matcher = createExcludeMatcher();
    for (const name of DISGUISED) {
      assert.equal(defaultReason(`turn_1/ws/${name}`), 'secret-bearing file', JSON.stringify(name));
      assert.equal(matcher.childReason('turn_1/ws/', name, false), 'secret-bearing file', JSON.stringify(name));
    }
    for (const name of ORDINARY) {
      assert.equal(defaultReason(`turn_1/ws/${name}`), null, JSON.stringify(name));
      assert.equal(matcher.childReason('turn_1/ws/', name, false), null, JSON.stringify(name));
    }
    for (const p of DISGUISED_PATHS) {
      assert.equal(defaultReason(`turn_1/ws/${p}`), 'secret-bearing file', JSON.stringify(p));
      const [dir, name] = p.split('/');
      assert.equal(matcher.childReason(`turn_1/ws/${dir}/`, name!, false), 'secret-bearing file', JSON.stringify(p));
    }
    for (const p of ORDINARY_PATHS) {
      assert.equal(defaultReason(`turn_1/ws/${p}`), null, JSON.stringify(p));
      const [dir, name] = p.split('/');
      assert.equal(matcher.childReason(`turn_1/ws/${dir}/`, name!, false), null, JSON.stringify(p));
    }
    assert.equal(matcher.childReason('', '.SSH', true), 'secret-bearing file');
    assert.equal(matcher.childReason('', '.SSH', false), null, 'a file named .SSH is no .ssh/ folder');
  });
});

describe('.env syntax (F3)', () => {
  it('quoted values keep neither their quotes nor a comment after them, and may span lines', () => {
    const env = parseDotenv(
      [
        'export A_API_KEY="yXuahqkJjuKjcVT71uQIl9y5" # comment',
        "B_API_KEY='ZCiBUIBnqL3DjCj4uh98'   # other",
        'C_TOKEN="esc\\"aped\\\\n9" #',
        "'Q_KEY'='single\\'quoted7'",
        '"P_PASSWORD"=plain8',
        'D_KEY=`back9tick7`',
        'E_KEY="-----BEGIN KEY-----',
        'abc',
        '-----END KEY-----"',
        'F_KEY=plain9value # c',
        'G_KEY="never closed',
        'H_KEY=after9unclosed',
      ].join('\n'),
    );
    assert.deepEqual(env, {
      A_API_KEY: 'yXuahqkJjuKjcVT71uQIl9y5',
      B_API_KEY: 'ZCiBUIBnqL3DjCj4uh98',
      C_TOKEN: 'esc"aped\\n9',
      Q_KEY: "single'quoted7",
      P_PASSWORD: 'plain8',
      D_KEY: 'back9tick7',
      E_KEY: '-----BEGIN KEY-----\nabc\n-----END KEY-----',
      F_KEY: 'plain9value',
      G_KEY: '"never closed',
      H_KEY: 'after9unclosed',
    });
  });

  it('an export learns those values and a disguised .env: none goes out, the files are left out', async () => {
    const r = randomStrings(1611);
    const values = Array.from({ length: 5 }, () => r('alnum', 32));
    const files: Record<string, string> = {
      '.env~': `MISTRAL_API_KEY=${values[0]}\n`,
      '#.env#': `AZURE_OPENAI_KEY="${values[1]}"  # prod\n`,
      '.ENV': `export ZAI_API_KEY='${values[2]}' # note\n`,
    };
    const base = await tempDir('mgs-sf-');
    const root = path.join(base, '.massgen', 'massgen_logs', 'log_20260401_120000_000002');
    const log = values.slice(0, 4).map((v) => `using key ${v} now`);
    await writeTree(
      root,
      under(
        'turn_1/attempt_1',
        oneAgentAttempt({
          question: 'disguised env',
          sessionName: 'log_20260401_120000_000002',
          workspace: () => ({ ...files, 'run.log': `${log.join('\n')}\n` }),
        }),
      ),
    );
    // The project's own .env, MassGen's: a quoted value with a comment.
    await writeTree(base, { '.env': `DEEPSEEK_API_KEY="${values[3]}" # the project's key\n` });
    const out = path.join(await tempDir('mgs-sf-out-'), 'o');
    const res = await runCli(['export', root, '--output', out, '--json'], { cwd: base });
    assert.equal(res.code, 0, res.stderr);
    const doc = JSON.parse(res.stdout) as { plan: { files: { path: string }[] } };
    const shared = doc.plan.files.map((f) => f.path).join('\n');
    for (const name of Object.keys(files)) assert.ok(!shared.includes(name), `${JSON.stringify(name)} left out`);
    const runLog = (await readFile(path.join(out, 'turn_1__attempt_1__final__agent_a__workspace__run.log'), 'utf8'))
      .split('\n')
      .filter(Boolean);
    assert.equal(runLog.length, 4);
    for (const [i, line] of runLog.entries()) {
      assert.doesNotMatch(line, new RegExp(values[i]!.slice(0, 10)), line);
      assert.match(line, /^using key \[REDACTED:known-value:/);
    }
  });
});

describe('a metadata file that is not valid JSON (F6)', () => {
  it('is reported by position, never by the text around the error (which may be part of a secret)', async () => {
    const base = await tempDir('mgs-sf-');
    const name = 'log_20260401_120000_000003';
    const root = path.join(base, '.massgen', 'massgen_logs', name);
    await writeTree(root, under('turn_1/attempt_1', oneAgentAttempt({ question: 'q', sessionName: name })));
    const password = randomStrings(77)('alnum', 16);
    await writeTree(root, {
      'turn_1/attempt_1/status.json': `{"question": "q", "db_password": ${password}}`,
      'turn_1/attempt_1/metrics_summary.json': `${password}{}`,
    });
    const out = path.join(await tempDir('mgs-sf-out-'), 'o');
    const res = await runCli(['export', root, '--output', out], { cwd: base });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /status\.json is not valid JSON \(Unexpected token '.'\)/);
    const manifest = await readFile(path.join(out, '_session_manifest.json'), 'utf8');
    for (const text of [res.stderr, res.stdout, manifest])
      for (let i = 0; i + 6 <= password.length; i++) assert.ok(!text.includes(password.slice(i, i + 6)), text);
  });
});
