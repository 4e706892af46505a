/**
 * The gist service (src/adapters/gists/) through the real gh against the fake GitHub: list
 * pages follow the `Link` header (one request per page that holds gists, none for an empty
 * page), 404 is the one "not found", batches carry the final description last, the orphan sweep.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Gh } from '../src/adapters/gh.js';
import { GistService, nextPage } from '../src/adapters/gists/service.js';
import { sweepOrphan } from '../src/adapters/gists/sweep.js';
import { GistNotFoundError, gistFailure } from '../src/adapters/gists/types.js';
import type { GistFile } from '../src/adapters/gist-files.js';
import { MANIFEST_NAME } from '../src/core/names.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { ghEnv } from './helpers/share-env.js';

const MISSING = 'fffffffffffffffffff9';

describe('nextPage', () => {
  it('reads rel="next" wherever it stands in the Link header, and nothing else', () => {
    const link =
      '<https://api.github.com/gists?per_page=100&page=3>; rel="last", <https://api.github.com/gists?per_page=100&page=2>; rel="next"';
    assert.equal(nextPage(link), 'gists?per_page=100&page=2');
    assert.equal(
      nextPage('<https://ghe.example.com/api/v3/gists?page=4>; rel="next"'),
      'gists?page=4',
      "GitHub Enterprise's /api/v3 prefix is gh's to add",
    );
    assert.equal(nextPage('<https://api.github.com/gists?page=1>; rel="prev"'), null);
    assert.equal(nextPage(undefined), null);
  });
});

/** A fake GitHub for the suite, emptied before each test, and a connected gist service. */
function fakeGitHub() {
  const ctx = { fake: new FakeGitHub(), gists: undefined as unknown as GistService };
  before(async () => {
    await ctx.fake.start();
    ctx.gists = await GistService.connect({ env: await ghEnv(ctx.fake) });
  });
  after(() => ctx.fake.stop());
  beforeEach(() => {
    ctx.fake.gists.clear();
    ctx.fake.requests.length = 0;
    ctx.fake.faults.length = 0;
  });
  return ctx;
}

const file = (name: string, text: string): GistFile => ({
  name,
  bytes: Buffer.byteLength(text),
  data: async function* () {
    yield Buffer.from(text);
  },
});

describe('the gist service: listing and not found', () => {
  const t = fakeGitHub();
  const listRequests = () => t.fake.requests.filter((q) => q.method === 'GET' && q.path.startsWith('/gists?'));

  it('lists page by page, one request per page that holds gists', async () => {
    for (let i = 0; i < 250; i++) t.fake.seed(`gist ${i}`, { 'a.txt': 'a' });
    const sizes: number[] = [];
    for await (const page of t.gists.pages()) sizes.push(page.length);
    assert.deepEqual(sizes, [100, 100, 50]);
    assert.deepEqual(
      listRequests().map((q) => q.path),
      ['/gists?per_page=100', '/gists?per_page=100&page=2', '/gists?per_page=100&page=3'],
    );
  });

  it('asks for no empty page after exactly 100 gists (shares list --all, the real CLI)', async () => {
    for (let i = 0; i < 100; i++) t.fake.seed(`MassGen: question ${i}`, { [MANIFEST_NAME]: '{}' });
    const cwd = await tempDir();
    const env = await ghEnv(t.fake, { TMPDIR: await tempDir('mgs-tmp-') });
    const r = await runCli(['shares', 'list', '--all', '--json'], { cwd, env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((onlyJson(r.stdout).shares as unknown[]).length, 100);
    assert.equal(
      listRequests().length,
      1,
      `list requests: ${listRequests()
        .map((q) => q.path)
        .join(', ')}`,
    );
  });

  it('maps a 404 to the one not-found error, for reading and for deleting', async () => {
    await assert.rejects(
      t.gists.get(MISSING),
      (err: unknown) =>
        err instanceof GistNotFoundError &&
        err.message === `Gist ${MISSING} not found (or not yours): check the id with massgen shares list.`,
    );
    const deleting = await t.gists.delete(MISSING).catch((err: unknown) => err);
    assert.ok(deleting instanceof GistNotFoundError);
    assert.equal(gistFailure(deleting), 'not found (or not yours)');
    assert.equal(await t.gists.tryDelete(MISSING, 'Deleting'), false);
  });
});

describe('the gist service: create, batches, sweep', () => {
  const t = fakeGitHub();

  it('creates from staged files, patches in batches with the final description last, removes files', async () => {
    const staged = await t.gists.stage([file(MANIFEST_NAME, '{}')]);
    const made = await t.gists
      .create(staged, 'MassGen: x [partial upload abcdef-1]', false)
      .finally(() => staged.dispose());
    const batches = [[file('a.txt', 'a')], [file('b.txt', 'b')], [file('c.txt', 'c')]];
    const seen: number[] = [];
    await t.gists.patchBatches(made.id, batches, 1, {
      what: (i, n) => `batch ${i + 1} of ${n}`,
      finalDescription: 'MassGen: x',
      onBatch: (done) => seen.push(done),
    });
    assert.deepEqual(seen, [2, 3]);
    const patches = t.fake.requests
      .filter((q) => q.method === 'PATCH')
      .map((q) => JSON.parse(q.body) as { description?: string; files: object });
    assert.deepEqual(
      patches.map((p) => [p.description, Object.keys(p.files)]),
      [
        [undefined, ['b.txt']],
        ['MassGen: x', ['c.txt']],
      ],
    );
    await t.gists.removeFiles(made.id, ['b.txt']);
    const g = await t.gists.get(made.id);
    assert.deepEqual(Object.keys(g.files ?? {}).sort(), [MANIFEST_NAME, 'c.txt']);
    assert.equal(g.description, 'MassGen: x');
  });

  it('sweeps the orphan by its marker, and reports a GitHub without it', async () => {
    const marked = 'MassGen: y [partial upload 0123ab-1]';
    const orphan = t.fake.seed(marked, { [MANIFEST_NAME]: '{}' });
    const other = t.fake.seed('MassGen: y', { [MANIFEST_NAME]: '{}' });
    const timing = { windowMs: 0, baseMs: 1, maxMs: 1 };
    assert.equal(await sweepOrphan(t.gists, marked, timing, () => {}), 'deleted');
    assert.equal(t.fake.gists.has(orphan.id), false);
    assert.ok(t.fake.gists.has(other.id));
    assert.equal(await sweepOrphan(t.gists, marked, timing, () => {}), 'absent');
    const unreachable = new GistService(
      new Gh({
        env: await ghEnv(t.fake, { HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9' }),
        retries: 0,
      }),
    );
    assert.equal(await sweepOrphan(unreachable, marked, timing, () => {}), 'unknown');
  });
});
