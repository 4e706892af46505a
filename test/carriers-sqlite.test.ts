/**
 * Issue 11, category 6: a SQLite database holding keys in a key/value table (the value glued to
 * the column before it in the record, so no word boundary starts the token) is withheld, for
 * several families and column names; a database of ordinary settings goes out.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { measureFile } from '../src/core/content.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { tempDir } from './helpers/env.js';

const j = (...parts: string[]): string => parts.join('');
const r = new Redactor();
const scan = (chunk: Buffer): string[] => r.scanBinary(chunk);
const hasSqlite = ((): boolean => {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('SQLite databases with keys glued to the column before them', () => {
  let dir: string;
  before(async () => {
    dir = await tempDir();
  });
  const rand = rng(11);
  const g = (set: keyof typeof CHARSETS, n: number): string =>
    Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');
  const families: [string, string][] = [
    ['openai_api_key', j('sk-', 'proj-', g('urlsafe', 74), 'T3Bl', 'bkFJ', g('urlsafe', 74))],
    ['openai', j('sk-', 'svcacct-', g('urlsafe', 74), 'T3Bl', 'bkFJ', g('urlsafe', 74))],
    ['admin_key', j('sk-', 'admin-', g('urlsafe', 74), 'T3Bl', 'bkFJ', g('urlsafe', 74))],
    ['claude', j('sk-', 'ant-', 'api03-', g('urlsafe', 93), 'AA')],
    ['gh', j('github', '_pat_', g('alnum', 22), '_', g('alnum', 59))],
  ];
  it(
    'withholds a key/value table holding a key (several families, column names, two layouts)',
    { skip: !hasSqlite && 'no sqlite3 on PATH' },
    async () => {
      for (const [i, [name, value]] of families.entries()) {
        for (const [k, sql] of [
          [
            'kv',
            `CREATE TABLE settings(k TEXT, v TEXT); INSERT INTO settings VALUES('mistral','${g('alnum', 32)}'); INSERT INTO settings VALUES('${name}','${value}');`,
          ],
          [
            'cols',
            `CREATE TABLE creds(id INTEGER PRIMARY KEY, provider TEXT, secret TEXT, note TEXT); INSERT INTO creds(provider, secret, note) VALUES('${name}','${value}','prod');`,
          ],
        ] as const) {
          const abs = path.join(dir, `${k}${i}.db`);
          execFileSync('sqlite3', [abs], { input: sql });
          const m = await measureFile(abs, `${k}${i}.db`, r.filter, scan, fs.statSync(abs).size);
          assert.ok(m.binarySecrets.length > 0, `${name} in ${k}${i}.db is withheld`);
        }
      }
    },
  );
  it('a database of ordinary settings goes out', { skip: !hasSqlite && 'no sqlite3 on PATH' }, async () => {
    const abs = path.join(dir, 'plain.db');
    execFileSync('sqlite3', [abs], {
      input:
        "CREATE TABLE settings(k TEXT, v TEXT); INSERT INTO settings VALUES('theme','dark'); INSERT INTO settings VALUES('risk-assessment','sk-learn pipeline'); INSERT INTO settings VALUES('task-proj-alpha','done');",
    });
    const m = await measureFile(abs, 'plain.db', r.filter, scan, fs.statSync(abs).size);
    assert.deepEqual(m.binarySecrets, []);
  });
});
