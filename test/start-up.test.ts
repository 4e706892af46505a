/**
 * Start-up where users wait (issue 16), checked on the bin (dist/bin) by what it loads and when: `shares list` and
 * `shares delete` load neither the manifest writer nor the redaction code; `shares pull` starts reading the gist
 * before the CLI's parser (yargs) loads, and hands the read to the pull, which writes the same tree.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { directPull, plainPullRef } from '../src/commands/early.js';
import { CLI, cliEnv, runCli, tempDir } from './helpers/env.js';
import { loadProbe } from './helpers/loaded.js';
import {
  fakeGitHubForSuite,
  ghEnv,
  loggingGh,
  manyFilesProject,
  runInProcess,
  sharedProject,
} from './helpers/share-env.js';

/** esbuild writes each bundled module's path above its code: a chunk holding one names it. */
const REDACTION = '// dist/src/core/redact/';
const MANIFEST_WRITER = '// dist/src/core/manifest.js';
const YARGS = 'node_modules/yargs/build/lib/yargs-factory.js';

/** A tree's paths, each with its file's sha256 or its link's target (no times: two pulls are made apart). */
async function contents(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    const abs = path.join(e.parentPath ?? e.path, e.name);
    const rel = path.relative(root, abs);
    if (e.isSymbolicLink()) out.push(`${rel} -> ${await readlink(abs)}`);
    else if (e.isFile())
      out.push(
        `${rel} ${createHash('sha256')
          .update(await readFile(abs))
          .digest('hex')}`,
      );
    else out.push(`${rel}/`);
  }
  return out.sort();
}

/** The modules Node loaded for a run of the bin (process.moduleLoadList, written as it exits). */
async function builtinsLoaded(args: string[], cwd: string): Promise<string[]> {
  const dir = await tempDir('mgs-builtins-');
  const hook = path.join(dir, 'builtins.cjs');
  const log = path.join(dir, 'builtins.log');
  await writeFile(
    hook,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')));`,
  );
  const r = await runCli(args, { cwd, env: { NODE_OPTIONS: `--require=${hook}` } });
  assert.equal(r.code, 0, r.stderr);
  return (await readFile(log, 'utf8')).split('\n');
}

describe('start-up: what the bin loads', () => {
  const fake = fakeGitHubForSuite();

  it('shares list and shares delete load neither the manifest writer nor the redaction code; export does', async () => {
    fake.seed('MassGen: a share', { '_session_manifest.json': '{}' });
    const cwd = await tempDir();
    for (const args of [
      ['shares', 'list', '--json'],
      ['shares', 'delete', 'f00000000000000000000000000000000000000d', '--yes', '--json'],
    ]) {
      const probe = await loadProbe();
      const r = await runCli(args, { cwd, env: await ghEnv(fake, probe.env) });
      assert.ok(r.code === 0 || r.code === 1, `${args.join(' ')}: ${r.stderr}`);
      const loaded = await probe.sources();
      assert.ok(loaded.includes(YARGS), 'the probe saw the bin load its chunks');
      assert.ok(!loaded.includes(REDACTION), `${args.join(' ')} loaded the redaction code`);
      assert.ok(!loaded.includes(MANIFEST_WRITER), `${args.join(' ')} loaded the manifest writer`);
    }
    // The same probe sees them where they are used: the markers are there to be found.
    const project = await manyFilesProject({ files: 2, prefix: 'mgs-startup-' });
    const probe = await loadProbe();
    const dry = await runCli(['export', '--dry-run'], { cwd: project, env: probe.env });
    assert.equal(dry.code, 0, dry.stderr);
    const loaded = await probe.sources();
    assert.ok(loaded.includes(REDACTION) && loaded.includes(MANIFEST_WRITER));
  });

  it('a plain shares pull loads no parser (yargs) and writes the same tree; through the parser, gh starts first', async () => {
    const { cwd, env, id } = await sharedProject(fake, { files: 40, question: 'early', prefix: 'mgs-up-' });
    const base = await tempDir();

    // Through main() (no early read): the reference tree.
    const ref = await runInProcess(['shares', 'pull', id, path.join(base, 'ref')], { cwd, env, interactive: false });
    assert.equal(ref.code, 0, ref.stderr);

    for (const [name, extra] of [
      ['plain', ['--json']],
      // `--maxSize` (yargs' camel-case spelling) is a pull the bin leaves to the parser.
      ['parsed', ['--maxSize', '4GB', '--json']],
    ] as const) {
      const gh = await loggingGh();
      const probe = await loadProbe({ source: YARGS, file: gh.log });
      fake.requests.length = 0;
      const r = await runCli(['shares', 'pull', id, path.join(base, name), ...extra], {
        cwd,
        env: await ghEnv(fake, { ...probe.env, PATH: gh.PATH }),
      });
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as { success: boolean }).success, true);
      const loaded = await probe.lines();
      assert.ok(loaded.length > 0, 'the probe saw the bin load its chunks');
      const yargs = loaded.filter((l) => l.endsWith('-marker'));
      if (name === 'plain') assert.deepEqual(yargs, [], 'a plain pull loaded the parser');
      else {
        assert.equal(yargs.length, 1, 'the probe held the chunk that holds yargs');
        assert.match(yargs[0]!, / after-marker$/, 'gh was started before the parser loaded');
      }
      // One read of the gist, taken over by the pull: not a second one.
      assert.deepEqual(
        (await gh.calls()).map((c) => c.split(' ').slice(0, 2).join(' ')),
        ['api -i'],
      );
      assert.equal(fake.requests.filter((q) => q.method === 'GET' && q.path === `/gists/${id}`).length, 1);
      const tree = await contents(path.join(base, name));
      assert.ok(tree.length > 80, `${tree.length} entries pulled`);
      assert.deepEqual(tree, await contents(path.join(base, 'ref')));
    }
  });

  it('shares pull: no read for --help; a usage error after an early read is still a usage error, and the run ends', async () => {
    const env = await ghEnv(fake);
    const id = 'f00000000000000000000000000000000000000e';
    const help = await runCli(['shares', 'pull', id, '--help'], { cwd: await tempDir(), env });
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /Download a share/);
    assert.deepEqual(fake.requests, [], 'nothing asked of GitHub for --help');
    const started = Date.now();
    const bad = await runCli(['shares', 'pull', id, 'dir', '--max-size', 'lots'], { cwd: await tempDir(), env });
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /max-size/);
    assert.ok(Date.now() - started < 30_000);
    // A missing gist read early is the pull's error, as before.
    const missing = await runCli(['shares', 'pull', id, 'dir'], { cwd: await tempDir(), env });
    assert.equal(missing.code, 1, missing.stderr);
    assert.match(missing.stderr, new RegExp(`Gist ${id} not found`));
  });

  it("--version loads no Node assert module: yargs' two checks come with the bundle", async () => {
    const builtins = await builtinsLoaded(['--version'], await tempDir('mgs-builtins-'));
    assert.ok(builtins.includes('NativeModule fs'), 'the hook saw the modules Node loaded');
    assert.ok(!builtins.includes('NativeModule assert'), 'assert was loaded');
  });

  it('a dry run of text files loads no zlib: the decoders load it when a file needs one', async () => {
    const project = await manyFilesProject({ files: 2, prefix: 'mgs-startup-' });
    const builtins = await builtinsLoaded(['export', '--dry-run'], project);
    assert.ok(builtins.includes('NativeModule fs'), 'the hook saw the modules Node loaded');
    assert.ok(!builtins.includes('NativeModule zlib'), 'zlib was loaded');
  });

  it("an export does not format yargs' help as its handler starts (made when asked: scripts/bundle.ts)", async () => {
    const project = await manyFilesProject({ files: 2, prefix: 'mgs-startup-' });
    const probe = await loadProbe();
    const dry = await runCli(['export', '--dry-run'], { cwd: project, env: probe.env });
    assert.equal(dry.code, 0, dry.stderr);
    const loaded = await probe.sources();
    assert.ok(loaded.includes('cacheHelpMessage = function'), 'the probe saw the chunk that holds yargs');
    assert.ok(!/\.cacheHelpMessage\(\)/.test(loaded), 'yargs formats the help of every command it runs');
    // A usage error and the help still come out as before.
    const bad = await runCli(['export', '--dryrun'], { cwd: project });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--dry-run/);
    const help = await runCli(['export', '--help'], { cwd: project });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--dry-run/);
  });

  it('an export compiles each regex once: no regex is tiered up from bytecode (src/adapters/heap.ts)', async () => {
    const project = await manyFilesProject({ files: 2, prefix: 'mgs-startup-' });
    // V8 prints a line for each regex it compiles to bytecode, and again when it compiles one to machine code after
    // interpreting it.
    const r = spawnSync(process.execPath, ['--trace-regexp-tier-up', CLI, 'export', '--dry-run'], {
      cwd: project,
      env: cliEnv(),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Would upload/);
    const count = (what: RegExp): number => r.stdout.match(what)?.length ?? 0;
    assert.ok(count(/native code size/g) > 50, 'V8 printed what it compiled');
    // A few (Node's module loader's, the parser chunk's) are compiled before the bin sets the flag; the build before
    // compiled some 140 to bytecode and tiered up more than 100.
    assert.ok(count(/bytecode size/g) <= 10, `${count(/bytecode size/g)} regexes compiled to bytecode`);
    assert.ok(count(/needs tier-up/g) <= 5, `${count(/needs tier-up/g)} regexes compiled twice`);
  });

  it('only a plain `shares pull <ref>` reads early', () => {
    assert.equal(plainPullRef(['shares', 'pull', 'abc123def', 'dir', '--json']), 'abc123def');
    assert.equal(plainPullRef(['shares', 'pull', 'abc123def', '-h']), undefined);
    assert.equal(plainPullRef(['shares', 'pull', '--json', 'abc123def']), undefined);
    assert.equal(plainPullRef(['shares', 'pull']), undefined);
    assert.equal(plainPullRef(['shares', 'list']), undefined);
    assert.equal(plainPullRef(['export', 'pull', 'abc123def']), undefined);
    assert.equal(plainPullRef(['--version', 'shares', 'pull', 'abc123def']), undefined);
  });

  it('runs without the parser only a pull whose arguments it reads exactly as the parser does', () => {
    const pull = ['shares', 'pull', 'abc123def'];
    assert.deepEqual(directPull([...pull, 'dir', '--json', '--tool-files', '--max-size', '8GB']), {
      ref: 'abc123def',
      dir: 'dir',
      json: true,
      toolFiles: true,
      maxSize: '8GB',
    });
    assert.deepEqual(directPull([...pull, '--max-size=1MB']), {
      ref: 'abc123def',
      json: false,
      toolFiles: false,
      maxSize: '1MB',
    });
    for (const rest of [
      ['dir', 'other'],
      ['--json', 'true'],
      ['--json', '--json'],
      ['--no-json'],
      ['--toolFiles'],
      ['--max-size'],
      ['--max-size', '--json'],
      ['--max-size='],
      ['--max-size', '1024'],
      ['--max-size', '1MB', '--max-size', '2MB'],
      ['123'],
      ['--'],
      ['-j'],
      ['dir', '--help'],
    ])
      assert.equal(directPull([...pull, ...rest]), undefined, rest.join(' '));
    assert.equal(directPull(['shares', 'pull', '12345']), undefined);
    assert.equal(directPull(['shares', 'list']), undefined);
  });
});
