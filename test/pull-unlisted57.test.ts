/**
 * Hostile 57: a pull wrote only the gist files it could map and dropped the others without a word (a share of
 * MassGen's own exporter holding `status.json` and `execution_metadata.yaml` at its top: 1 of 5 files written,
 * `left_out: []`; two files added to one of ours: not mentioned); its `bytes` counted each file's block for the size
 * cap (12,329 for one file of 42); and a long session id as the folder's name failed with ENAMETOOLONG. Real gh 2.23
 * against the fake GitHub.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MANIFEST_NAME } from '../src/core/names.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { listTree, pullShare, seedShare } from './helpers/fake-share.js';
import { ghEnv } from './helpers/share-env.js';

/** A manifest as MassGen's own exporter writes it: no file map. */
const MASSGEN_MANIFEST = JSON.stringify({
  version: '2.0',
  session_id: 'log_20260131_101500_123456',
  turn_count: 1,
  attempt_count: 1,
  status: 'complete',
  question: 'q',
  winner: null,
  total_cost: 0,
  turns: [],
});

interface PullDoc {
  files: number;
  bytes: number;
  not_pulled: { file: string; why: string }[];
}

describe('shares pull: every gist file written or named', () => {
  let fake: FakeGitHub;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    fake = await new FakeGitHub().start();
    env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-pull57-tmp-') });
  });
  after(async () => {
    await fake.stop();
  });

  it("writes a MassGen share's files at the paths the Viewer reads from their names, and names the rest", async () => {
    const id = fake.seed('MassGen: q', {
      [MANIFEST_NAME]: MASSGEN_MANIFEST,
      'turn_1__attempt_1__status.json': '{"ok": true}\n',
      'status.json': '{"top": true}\n',
      'execution_metadata.yaml': 'config: {}\n',
      'turn_1__attempt_1__agent_outputs__agent_a.txt': 'answer\n',
      'a____b.txt': 'an empty segment\n',
    }).id;
    const r = await pullShare(env, id, ['--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout) as PullDoc;
    const tree = await listTree(r.dest);
    for (const p of ['status.json', 'execution_metadata.yaml', 'turn_1/attempt_1/status.json'])
      assert.ok(tree.includes(p), `${p} in ${tree.join(', ')}`);
    assert.equal(await readFile(path.join(r.dest, 'status.json'), 'utf8'), '{"top": true}\n');
    assert.equal(doc.files, 4);
    assert.deepEqual(doc.not_pulled, [{ file: 'a____b.txt', why: 'its name reads back as no safe path' }]);
    // Without --json: one warning names it.
    const human = await pullShare(env, id);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stderr, /^Warning: 1 file of the gist not written \("a____b\.txt": its name reads back/m);
  });

  it("names the gist files a share's manifest does not list, and counts the files' bytes alone", async () => {
    const id = seedShare(fake, {
      files: { 'turn_1/attempt_1/status.json': 'x'.repeat(42) },
      manifest: (m) => m,
    });
    fake.gists.get(id)!.files.set('added-later.txt', { content: 'not in the manifest\n' });
    const r = await pullShare(env, id, ['--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout) as PullDoc;
    assert.equal(doc.files, 1);
    assert.equal(doc.bytes, 42);
    assert.deepEqual(doc.not_pulled, [{ file: 'added-later.txt', why: 'not in the manifest' }]);
  });

  it('pulls into massgen-share-<id> when the session id is too long to name a folder', async () => {
    const id = seedShare(fake, {
      files: { 'turn_1/attempt_1/status.json': '{}\n' },
      manifest: (m) => ({ ...m, session_id: `log_${'a'.repeat(300)}` }),
    });
    const work = await tempDir('mgs-pull57-');
    const r = await runCli(['shares', 'pull', id], { cwd: work, env });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      (await listTree(work)).filter((p) => !p.includes('/')),
      [`massgen-share-${id}`],
    );
  });
});
