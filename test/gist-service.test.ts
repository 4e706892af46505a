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
    const link = '<https://api.github.com/gists?per_page=100&page=3>; rel="last", <https://api.github.com/gists?per_page=100&page=2>; rel="next"';
    assert.equal(nextPage(link), 'gists?per_page=100&page=2');
    assert.equal(nextPage('<https://ghe.example.com/api/v3/gists?page=4>; rel="next"'), 'gists?page=4', 'GitHub Enterprise\'s /api/v3 prefix is gh\'s to add');
    assert.equal(nextPage('<https://api.github.com/gists?page=1>; rel="prev"'), null);
    assert.equal(nextPage(undefined), null);
  });
});

describe('the gist service through the real gh', () => {
  let fake: FakeGitHub;
  let gists: GistService;
  const listRequests = () => fake.requests.filter((q) => q.method === 'GET' && q.path.startsWith('/gists?'));
  const file = (name: string, text: string): GistFile => ({ name, bytes: Buffer.byteLength(text), data: async function* () { yield Buffer.from(text); } }) as unknown as GistFile;

  before(async () => {
    fake = await new FakeGitHub().start();
    gists = await GistService.connect({ env: await ghEnv(fake) });
  });
  after(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.gists.clear();
    fake.requests.length = 0;
    fake.faults.length = 0;
  });

  it('lists page by page, one request per page that holds gists', async () => {
    for (let i = 0; i < 250; i++) fake.seed(`gist ${i}`, { 'a.txt': 'a' });
    const sizes: number[] = [];
    for await (const page of gists.pages()) sizes.push(page.length);
    assert.deepEqual(sizes, [100, 100, 50]);
    assert.deepEqual(listRequests().map((q) => q.path), ['/gists?per_page=100', '/gists?per_page=100&page=2', '/gists?per_page=100&page=3']);
  });

  it('asks for no empty page after exactly 100 gists (shares list --all, the real CLI)', async () => {
    for (let i = 0; i < 100; i++) fake.seed(`MassGen: question ${i}`, { [MANIFEST_NAME]: '{}' });
    const cwd = await tempDir();
    const env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-tmp-') });
    const r = await runCli(['shares', 'list', '--all', '--json'], { cwd, env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((onlyJson(r.stdout).shares as unknown[]).length, 100);
    assert.equal(listRequests().length, 1, `list requests: ${listRequests().map((q) => q.path).join(', ')}`);
  });

  it('maps a 404 to the one not-found error, for reading and for deleting', async () => {
    await assert.rejects(gists.get(MISSING), (err: unknown) => err instanceof GistNotFoundError && err.message === `Gist ${MISSING} not found (or not yours): check the id with massgen shares list.`);
    const deleting = await gists.delete(MISSING).catch((err: unknown) => err);
    assert.ok(deleting instanceof GistNotFoundError);
    assert.equal(gistFailure(deleting), 'not found (or not yours)');
    assert.equal(await gists.tryDelete(MISSING, 'Deleting'), false);
  });

  it('creates from staged files, patches in batches with the final description last, removes files', async () => {
    const staged = await gists.stage([file(MANIFEST_NAME, '{}')]);
    const made = await gists.create(staged, 'MassGen: x [partial upload abcdef-1]', false).finally(() => staged.dispose());
    const batches = [[file('a.txt', 'a')], [file('b.txt', 'b')], [file('c.txt', 'c')]];
    const seen: number[] = [];
    await gists.patchBatches(made.id, batches, 1, { what: (i, n) => `batch ${i + 1} of ${n}`, finalDescription: 'MassGen: x', onBatch: (done) => seen.push(done) });
    assert.deepEqual(seen, [2, 3]);
    const patches = fake.requests.filter((q) => q.method === 'PATCH').map((q) => JSON.parse(q.body) as { description?: string; files: object });
    assert.deepEqual(patches.map((p) => [p.description, Object.keys(p.files)]), [[undefined, ['b.txt']], ['MassGen: x', ['c.txt']]]);
    await gists.removeFiles(made.id, ['b.txt']);
    const g = await gists.get(made.id);
    assert.deepEqual(Object.keys(g.files ?? {}).sort(), [MANIFEST_NAME, 'c.txt']);
    assert.equal(g.description, 'MassGen: x');
  });

  it('sweeps the orphan by its marker, and reports a GitHub without it', async () => {
    const marked = 'MassGen: y [partial upload 0123ab-1]';
    const orphan = fake.seed(marked, { [MANIFEST_NAME]: '{}' });
    const other = fake.seed('MassGen: y', { [MANIFEST_NAME]: '{}' });
    const timing = { windowMs: 0, baseMs: 1, maxMs: 1 };
    assert.equal(await sweepOrphan(gists, marked, timing, () => {}), 'deleted');
    assert.equal(fake.gists.has(orphan.id), false);
    assert.ok(fake.gists.has(other.id));
    assert.equal(await sweepOrphan(gists, marked, timing, () => {}), 'absent');
    const unreachable = new GistService(new Gh({ env: await ghEnv(fake, { HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9' }), retries: 0 }));
    assert.equal(await sweepOrphan(unreachable, marked, timing, () => {}), 'unknown');
  });
});
