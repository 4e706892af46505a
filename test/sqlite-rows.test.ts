/**
 * A SQLite database in a workspace (agents make app databases): a row whose key names a secret and whose value is a
 * prefix-less key withholds the database, and the value is learned (redacted in the other files); databases of
 * ordinary settings, ids, hashes and browsing history go out. Through the real CLI (`export --output`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hasTool } from './helpers/carrier-corpus.js';
import { runCli, tempDir } from './helpers/env.js';
import { manyFilesProject } from './helpers/share-env.js';

const WS = 'turn_1/attempt_1/final/agent_a/workspace';
const MISTRAL = 'tag90ZJ3ZB3qynMJE2jBFhNw5suo1s2Q';
const DEEP = 'Vn4QkX8rTb2mWs6yHc1pLd9fJg3tZa7e';
const WIDE = 'pQ2wE4rT6yU8iO0aS3dF5gH7jK9lZ1xC';

const hasSqlite = hasTool('sqlite3');

const settingsRows = (n: number): string =>
  Array.from({ length: n }, (_, i) => `('pref_${i}', 'value number ${i} of the app''s settings'),`).join('');

/** Each database: the SQL that makes it, and whether it holds a secret. */
const DATABASES: Record<string, { sql: string; secret: boolean }> = {
  'app/app.db': {
    sql: `CREATE TABLE settings(name TEXT, value TEXT); INSERT INTO settings VALUES ('theme', 'dark'), ('mistral_api_key', '${MISTRAL}');`,
    secret: true,
  },
  // Over a megabyte: read a window at a time, the row on a page in the middle.
  'data/big.db': {
    sql: `CREATE TABLE kv(k TEXT, v TEXT); INSERT INTO kv VALUES ${settingsRows(9000)} ('openai_api_key', '${DEEP}'), ${settingsRows(9000).slice(0, -1)};`,
    secret: true,
  },
  'data/utf16.db': {
    sql: `PRAGMA encoding='UTF-16le'; CREATE TABLE config(id INTEGER, key TEXT, secret TEXT, note TEXT); INSERT INTO config VALUES (1, 'client_secret', '${WIDE}', 'prod');`,
    secret: true,
  },
  'app/settings.db': {
    sql:
      `CREATE TABLE settings(name TEXT, value TEXT); INSERT INTO settings VALUES ('theme', 'dark'), ('font_size', '14'), ` +
      `('session_id', 'c24f6aa8-3bf3-6a14-7c2f-7ad016edc5d4'), ('model', 'mistral-large-latest'), ` +
      `('api_key_hash', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'), ` +
      `('api_base_url', 'https://api.mistral.ai/v1'), ('device_id', '8b510969e2ff40ce9d7d1c6a41bb8197'), ('token_count', '1234'), ` +
      `('key', 'sidebar.collapsed'), ('secret_santa', 'Alice');`,
    secret: false,
  },
  'browser/History': {
    sql:
      'CREATE TABLE urls(id INTEGER PRIMARY KEY, url TEXT, title TEXT, visit_count INTEGER, last_visit_time INTEGER); INSERT INTO urls VALUES ' +
      Array.from(
        { length: 400 },
        (_, i) =>
          `(${i + 1}, 'https://docs.example.com/guide/page-${i}?ref=nav&id=${(i * 7919).toString(16)}', 'Guide page ${i}', ${i % 9}, 13350000000000000)`,
      ).join(', ') +
      ';',
    secret: false,
  },
  'cache/cache.db': {
    sql:
      'CREATE TABLE entries(key TEXT, etag TEXT, sha256 TEXT, token_type TEXT); INSERT INTO entries VALUES ' +
      "('3f2a9c1e-7b4d-4e8a-9f6c-2d1b0a9e8c7f', 'W/\"5e1f-a1b2c3\"', '45c08474a1b2c3d4e5f60718293a4b5c6d7e8f9045c08474a1b2c3d4e5f60718', 'bearer'), " +
      "('7d0c1b2a-3e4f-4a5b-8c6d-9e0f1a2b3c4d', 'W/\"77aa-99bbcc\"', '92927433fe1f10b7e7bf7121dd22615292927433fe1f10b7e7bf7121dd226152', 'refresh');",
    secret: false,
  },
};

/** The 10-character windows of the planted values found in `text`. */
function windowsIn(text: string): string[] {
  const found: string[] = [];
  for (const v of [MISTRAL, DEEP, WIDE])
    for (let i = 0; i + 10 <= v.length; i++) if (text.includes(v.slice(i, i + 10))) found.push(v.slice(i, i + 10));
  return found;
}

describe('SQLite databases in a workspace', () => {
  it(
    'withholds a database with a secret in a row (and learns it); ordinary databases go out',
    { skip: !hasSqlite && 'no sqlite3 on PATH' },
    async () => {
      const extra: Record<string, string> = {
        [`${WS}/notes.md`]: `Rows copied: ${MISTRAL}, ${DEEP} and ${WIDE} (see the db).\n`,
      };
      const cwd = await manyFilesProject({ files: 1, extra, prefix: 'mgs-sqlite-' });
      const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_090000_000001');
      for (const [rel, { sql }] of Object.entries(DATABASES)) {
        const abs = path.join(session, WS, rel);
        await mkdir(path.dirname(abs), { recursive: true });
        execFileSync('sqlite3', [abs], { input: sql });
      }
      const out = path.join(await tempDir('mgs-sqlite-out-'), 'export');
      const args = ['export', '--output', out, '--json', '--workspace-limit', '100MB', '--max-file-size', '50MB'];
      const r = await runCli(args, { cwd, timeoutMs: 120_000 });
      assert.equal(r.code, 0, r.stderr);
      const manifest = JSON.parse(await readFile(path.join(out, '_session_manifest.json'), 'utf8')) as {
        files: Record<string, { path: string }>;
        archive: { members?: { path: string }[] } | null;
        left_out: { path: string; reason: string }[];
      };
      const sent = [
        ...Object.values(manifest.files).map((f) => f.path),
        ...(manifest.archive?.members ?? []).map((m) => m.path),
      ];
      for (const [rel, { secret }] of Object.entries(DATABASES)) {
        const at = `${WS}/${rel}`;
        if (!secret) {
          assert.ok(sent.includes(at), `${rel} goes out`);
          continue;
        }
        assert.ok(!sent.includes(at), `${rel} is withheld`);
        const entry = manifest.left_out.find((l) => l.path === at);
        assert.match(entry?.reason ?? '', /holding a secret \((secret-key-value|known-value)/, rel);
      }
      let text = r.stdout;
      for (const name of await readdir(out)) text += (await readFile(path.join(out, name))).toString('latin1');
      assert.deepEqual(windowsIn(text), [], 'the values learned from the rows are redacted elsewhere');
    },
  );
});
