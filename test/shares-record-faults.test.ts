/**
 * The local share record (`.massgen/shares.json`) when it is malformed or cannot be written,
 * through the real gh against the fake GitHub: an upload that succeeded always prints its Share
 * URL and a one-line warning naming the record (exit 1), never leaves a temporary file, and the
 * commands that read the record skip what is not a record instead of crashing.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST_NAME } from '../src/core/names.js';
import { copyFixture, runCli } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv, manyFilesProject } from './helpers/share-env.js';

describe('a malformed or unwritable share record after an upload', () => {
  const fake = fakeGitHubForSuite();
  /** `record`: the file's text, or `directory` for a directory in its place. */
  async function project(record: string) {
    const s = await copyFixture('single-turn-0.1.45');
    const file = path.join(s.base, '.massgen', 'shares.json');
    if (record === 'directory') await mkdir(file, { recursive: true });
    else await writeFile(file, record);
    return { ...s, file, env: await ghEnv(fake) };
  }
  const noInternalError = (stderr: string): void => {
    assert.doesNotMatch(stderr, /Unexpected error|Please report|\n\s+at /);
  };
  const strays = async (dir: string): Promise<string[]> =>
    (await readdir(dir)).filter((n) => n.startsWith('shares.json.tmp-'));

  for (const [name, record] of [
    ['a null entry', '{"version":1,"shares":[null]}'],
    ['a directory in its place', 'directory'],
    ['text that is not JSON', '{"version":1,"shares":['],
  ] as const) {
    it(`${name}: the Share URL is printed; the share recorded, or a one-line warning naming the record (exit 1)`, async () => {
      const p = await project(record);
      const r = await runCli(['export', '--yes'], { cwd: p.base, env: p.env });
      noInternalError(r.stderr);
      assert.equal(fake.gists.size, 1);
      const id = [...fake.gists.keys()][0]!;
      if (name === 'a null entry') {
        assert.equal(r.code, 0, r.stderr);
        const saved = JSON.parse(await readFile(p.file, 'utf8')) as { shares: { gist_id: string }[] };
        assert.deepEqual(
          saved.shares.map((x) => x.gist_id),
          [id],
        );
      } else {
        assert.equal(r.code, 1, r.stderr);
        const warning = r.stderr.split('\n').filter((l) => l.startsWith('Warning: the share was uploaded'));
        assert.equal(warning.length, 1, r.stderr);
        assert.ok(warning[0]!.includes(p.file), warning[0]);
        assert.match(warning[0]!, /make it writable, or fix or remove it/);
      }
      assert.match(r.stdout, new RegExp(`Share URL: .*${id}`));
      assert.deepEqual(await strays(path.dirname(p.file)), []);
    });
  }

  it('shares list, logs list and shares delete skip malformed entries with a warning', async () => {
    const p = await project('{"version":1,"shares":[null,7,{"gist_id":5}],"pending":[null]}');
    const g = fake.seed('MassGen: q', { [MANIFEST_NAME]: '{}' });
    for (const args of [
      ['shares', 'list'],
      ['shares', 'list', '--json'],
      ['logs', 'list'],
      ['logs', 'list', '--json'],
    ]) {
      const r = await runCli(args, { cwd: p.base, env: p.env });
      noInternalError(r.stderr);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /Warning: .*shares\.json: 4 malformed entries skipped/);
    }
    const d = await runCli(['shares', 'delete', g.id, '--yes'], { cwd: p.base, env: p.env });
    noInternalError(d.stderr);
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stdout, new RegExp(`Deleted ${g.id}`));
    assert.equal(fake.gists.size, 0);
  });

  it('shares delete with a record it cannot rewrite: deleted, a one-line warning naming it, exit 1', async () => {
    const p = await project('directory');
    const g = fake.seed('MassGen: q', { [MANIFEST_NAME]: '{}' });
    const d = await runCli(['shares', 'delete', g.id, '--yes'], { cwd: p.base, env: p.env });
    noInternalError(d.stderr);
    assert.equal(d.code, 1, d.stderr);
    assert.match(d.stdout, new RegExp(`Deleted ${g.id}`));
    assert.ok(d.stderr.includes(`Warning: the gists were deleted, but Could not update the share record ${p.file}`));
    assert.equal(fake.gists.size, 0);
    assert.deepEqual(await strays(path.dirname(p.file)), []);
  });
});

describe('shares delete --partial', () => {
  const fake = fakeGitHubForSuite();
  it('deletes only MassGen shares that carry the partial-upload marker, never another gist that ends in it', async () => {
    const s = await copyFixture('single-turn-0.1.45');
    const other = fake.seed('build log [partial upload deadbeef-1]', { 'log.txt': 'x' });
    const ours = fake.seed('MassGen: q [partial upload 0123abcd-1]', { [MANIFEST_NAME]: '{}' });
    const r = await runCli(['shares', 'delete', '--partial', '--yes'], { cwd: s.base, env: await ghEnv(fake) });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`Deleted ${ours.id}`));
    assert.deepEqual([...fake.gists.keys()], [other.id]);
  });
});

describe('a create answer that names another gist', () => {
  const fake = fakeGitHubForSuite();
  it('is neither PATCHed nor deleted: the upload stops, the gist is left as it is', async () => {
    const base = await manyFilesProject({ files: 70, turns: 2 });
    const other = fake.seed('my precious dotfiles', { bashrc: 'alias ll=ls' });
    const url = `https://gist.github.com/${fake.login}/${other.id}`;
    fake.faults.push({
      method: 'POST',
      path: /^\/gists$/,
      status: 201,
      afterApplying: true,
      body: JSON.stringify({ id: other.id, html_url: url, description: other.description, files: {} }),
    });
    const r = await runCli(['export', '--yes', '--workspace-limit', '20MB'], {
      cwd: base,
      env: await ghEnv(fake, { MASSGEN_SHARE_SWEEP_MS: '3000' }),
      timeoutMs: 60_000,
    });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`named gist ${other.id}, which does not carry this upload's marker`));
    assert.ok(!fake.requests.some((q) => q.method !== 'GET' && q.path.includes(other.id)), 'no PATCH or DELETE');
    assert.equal(fake.gists.get(other.id)?.description, 'my precious dotfiles');
  });
});
