/**
 * `shares pull` writes only a session's inert files by default (real gh 2.23, the fake GitHub): the files a command
 * run in their folder acts on (package managers' manifests and lock files, build tools' and task runners' files,
 * programs cmd.exe runs from the folder) are left out wherever they are, under any case and with Windows' trailing
 * dots and spaces, as gist files, archive members and links; a file at the top that no session holds there is left
 * out; hostile paths (.., absolute, NUL, .git, empty segments, names longer than 255 bytes, duplicates, a file
 * through a link) stop the pull with nothing written. The twin: a session's own files and a workspace's inert files,
 * look-alike names among them (package.json.bak, requirements.md), are written byte for byte.
 * The corpus is generated from a seeded generator: names x case x placement x carrier.
 */
import assert from 'node:assert/strict';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { onlyJson, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { rng } from './helpers/fake-secrets.js';
import { listTree, pullShare, seedShare, type Pulled } from './helpers/fake-share.js';
import { ghEnv } from './helpers/share-env.js';

/** What npm, pip, cargo, make, just, task, rake, gulp, meson, bazel, nix, docker compose and cmd.exe act on. */
const RUN = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lockb',
  'deno.json',
  'gulpfile.js',
  'Gruntfile.js',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'requirements.txt',
  'requirements-dev.txt',
  'requirements.in',
  'constraints.txt',
  'Pipfile',
  'Pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'environment.yml',
  'noxfile.py',
  'tox.ini',
  'Cargo.toml',
  'Cargo.lock',
  'composer.json',
  'Gemfile',
  'Rakefile',
  'Package.swift',
  'Podfile',
  'Brewfile',
  'build.sbt',
  'deps.edn',
  'Makefile',
  'GNUmakefile',
  'justfile',
  'Taskfile.yml',
  'meson.build',
  'SConstruct',
  'build.ninja',
  'configure',
  'BUILD.bazel',
  'WORKSPACE',
  'flake.nix',
  'shell.nix',
  'default.nix',
  'docker-compose.yml',
  'compose.yaml',
  'Vagrantfile',
  'Procfile',
  'git.bat',
  'npm.cmd',
  'python.exe',
  'node.com',
  'version.dll',
  'pom.xml',
  'uv.toml',
  'wrangler.toml',
  'netlify.toml',
  'dvc.yaml',
  'xmake.lua',
  'premake5.lua',
  'wscript',
  'lefthook.yml',
  'tasks.py',
  'main.tf',
  'infra.tf.json',
  // Attack 53's: task runners' files in other languages, `*.conf.js` modules, sbt's and Mill's build definitions,
  // Perl's build files, Paver's, Sphinx's and MkDocs' (each run by `gulp`, `karma`, `sbt`, `mill`, `perl`, `paver`,
  // `make html`, `mkdocs build` in the folder).
  'gulpfile.ts',
  'Gulpfile.babel.js',
  'Gruntfile.coffee',
  'Cakefile',
  'karma.conf.js',
  'protractor.conf.js',
  'wdio.conf.ts',
  'webpack.config.babel.js',
  'build.mill',
  'plugins.sbt',
  'project/Dependencies.scala',
  'Makefile.PL',
  'Build.PL',
  'cpanfile',
  'pavement.py',
  'conf.py',
  'mkdocs.yml',
  'phpunit.xml.dist',
];
/** Hidden tool files and folders (left out before this change too, but the version pins). */
const HIDDEN = [
  '.envrc',
  '.npmrc',
  '.vscode/tasks.json',
  '.github/workflows/ci.yml',
  '.pre-commit-config.yaml',
  '.python-version',
  '.node-version',
  '.nvmrc',
  '.tool-versions',
];
/** Files at a session's top that a session never holds there. */
const STRAY_TOP = ['notes.md', 'run.sh', 'index.js', 'evil.py', 'README', 'main.go', 'install.ps1'];

const WS = 'turn_1/attempt_1/agent_a/20260301_090100_000001/workspace';
const PLACES = ['', 'turn_1/', 'turn_1/attempt_1/', `${WS}/`, `${WS}/app/`, 'turn_2/final/agent_b/workspace/'];

/** Random case, and now and then a trailing dot or space (Windows and case-insensitive file systems read it so). */
function spelled(name: string, rnd: () => number): string {
  const pick = rnd();
  if (pick < 0.4) return name;
  if (pick < 0.55) return name.toUpperCase();
  const mixed = [...name].map((c) => (rnd() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
  return pick < 0.9 ? mixed : `${mixed}${rnd() < 0.5 ? '.' : ' '}`;
}

/** A session's own files (at an attempt's folder, or a flat session's top) and a workspace's inert files. */
function inertPaths(rnd: () => number): string[] {
  const own = [
    'execution_metadata.yaml',
    'massgen.log',
    'streaming_debug.log',
    'mcp_filesystem_stderr.log',
    'massgen.2026-03-01_09-00-00_000001.log.zip',
    'status.json',
    'metrics_summary.json',
    'metrics_events.json',
    'coordination_table.txt',
    'coordination_events.json',
    'snapshot_mappings.json',
    'agent_outputs/agent_a.txt',
    'agent_a/20260301_090100_000001/answer.txt',
    'final/agent_a/execution_trace.md',
  ];
  const looks = [
    'package.json.bak',
    'my-package.json',
    'pyproject.toml.txt',
    'requirements.md',
    'setup.py.orig',
    'Makefile.md',
    'build.log',
    'configure.ac.txt',
    'compose.md',
    'example.com.txt',
    'notes-on-npm.md',
    'gulpfile.md',
    'karma.md',
    'conf.py.txt',
    'config.py',
    'sbt-notes.md',
    'app.py',
    'index.html',
    'style.css',
    'data.csv',
    'report.json',
    'config.yaml',
    'test_app.py',
  ];
  const out: string[] = [];
  for (const f of own) out.push(f, `turn_1/attempt_1/${f}`, `turn_3/attempt_2/${f}`);
  for (const f of looks) {
    const name = rnd() < 0.5 ? f : `${Math.floor(rnd() * 1e6)}_${f}`;
    out.push(`${WS}/${name}`, `${WS}/src/${name}`, `turn_2/final/agent_b/workspace/${name}`);
  }
  return out;
}

interface Spec {
  files: Record<string, string>;
  members?: Record<string, string>;
  links?: { path: string; target: string }[];
  /** Replaces the manifest's file map entries' paths (gist name → path), for hostile maps. */
  paths?: [string, string][];
}

describe('shares pull writes only inert session files by default', () => {
  let fake: FakeGitHub;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    fake = await new FakeGitHub().start();
    env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-runfiles-tmp-') });
  });
  after(async () => {
    await fake.stop();
  });

  // Executable modes in the archive: a pull writes no file anyone can run.
  const seed = (spec: Spec): string => {
    const content = Object.values(spec.files);
    return seedShare(fake, {
      ...(spec.paths
        ? { entries: spec.paths.map(([name, p], i) => [name, p, content[i % content.length]!]) }
        : { files: spec.files }),
      members: Object.entries(spec.members ?? {}).map(([p, d]) => ({ path: p, data: Buffer.from(d), mode: 0o100755 })),
      links: spec.links ?? [],
    });
  };
  const pull = (id: string, args: string[] = []): Promise<Pulled> =>
    pullShare(env, id, args, { tag: 'runfiles', timeoutMs: 120_000 });

  // The hostile corpus: every name in random spellings, at random places, as gist files, members and links.
  const rnd = rng(1616);
  const hostile: { files: Record<string, string>; members: Record<string, string>; links: string[] } = {
    files: {},
    members: {},
    links: [],
  };
  for (const name of [...RUN, ...HIDDEN]) {
    for (let k = 0; k < 3; k++) {
      const p = `${PLACES[Math.floor(rnd() * PLACES.length)]}${spelled(name, rnd)}`;
      if (p in hostile.files || p in hostile.members || hostile.links.includes(p)) continue;
      const carrier = rnd();
      if (carrier < 0.6) hostile.files[p] = `echo pwned by ${p}\n`;
      else if (carrier < 0.85) hostile.members[p] = `echo pwned by ${p}\n`;
      else hostile.links.push(p);
    }
  }
  for (const name of STRAY_TOP) hostile.files[name] = `stray ${name}\n`;
  const inert = inertPaths(rnd);
  const inertFiles = Object.fromEntries(inert.map((p, i) => [p, `inert ${i} ${p}\n`]));
  const target = `${WS}/app.py`;
  const inertMembers = Object.fromEntries(
    ['bin/run.sh', 'tools/build-site', 'scripts/deploy.py'].map((p) => [`${WS}/${p}`, `#!/bin/sh\necho ${p}\n`]),
  );
  const spec: Spec = {
    files: { ...inertFiles, ...hostile.files },
    members: { ...hostile.members, ...inertMembers },
    links: hostile.links.map((p) => ({ path: p, target: path.posix.relative(path.posix.dirname(p), target) })),
  };
  const leftOut = [...Object.keys(hostile.files), ...Object.keys(hostile.members), ...hostile.links];

  it(`leaves out ${leftOut.length} hostile files (${RUN.length} command files, hidden ones, stray top files), keeps ${inert.length} inert ones`, async () => {
    assert.ok(leftOut.length > 150, `corpus of ${leftOut.length}`);
    const r = await pull(seed(spec), ['--json']);
    assert.equal(r.code, 0, r.stderr);
    const written = new Set(await listTree(r.dest));
    const leaked = leftOut.filter((p) => written.has(p) || written.has(`${p}@`));
    assert.deepEqual(leaked, [], `${leaked.length} of ${leftOut.length} written`);
    const doc = onlyJson(r.stdout) as { left_out: string[] };
    assert.deepEqual([...doc.left_out].sort(), [...leftOut].sort());
    const damaged: string[] = [];
    for (const p of inert)
      if ((await readFile(path.join(r.dest, p), 'utf8').catch(() => null)) !== inertFiles[p]) damaged.push(p);
    assert.deepEqual(damaged, [], `${damaged.length} of ${inert.length} inert files missing or changed`);
    for (const [p, d] of Object.entries(inertMembers)) assert.equal(await readFile(path.join(r.dest, p), 'utf8'), d);
    const runnable: string[] = [];
    for (const p of [...written].filter((w) => !w.endsWith('@'))) {
      const st = await lstat(path.join(r.dest, p));
      if (st.isFile() && (st.mode & 0o111) !== 0) runnable.push(p);
    }
    assert.deepEqual(runnable, [], 'no file is written executable');
  });

  it('says in one line what it left out and how to get it; --tool-files writes everything', async () => {
    const id = seed(spec);
    const plain = await pull(id);
    assert.equal(plain.code, 0, plain.stderr);
    const warnings = plain.stderr.split('\n').filter((l) => l.startsWith('Warning: Left out'));
    assert.equal(warnings.length, 1, plain.stderr);
    assert.match(
      warnings[0]!,
      new RegExp(
        `^Warning: Left out ${leftOut.length} files that tools and commands act on in their folder \\(.*, ${leftOut.length - 5} more\\): pull again with --tool-files to write them\\.$`,
      ),
    );
    const all = await pull(id, ['--tool-files']);
    assert.equal(all.code, 0, all.stderr);
    assert.doesNotMatch(all.stderr, /Left out/);
    const written = new Set(await listTree(all.dest));
    assert.deepEqual(
      leftOut.filter((p) => !written.has(p) && !written.has(`${p}@`)),
      [],
    );
  });

  const refused: [string, Spec][] = [
    ['a path climbing out', { files: { '../x/package.json': 'x\n' } }],
    ['a deeper climb', { files: { 'turn_1/../../package.json': 'x\n' } }],
    ['an absolute path', { files: { '/tmp/package.json': 'x\n' } }],
    ['a NUL', { files: { 'turn_1/a\u0000/package.json': 'x\n' } }],
    ['a git hook', { files: { '.git/hooks/pre-commit': 'x\n' } }],
    ['a git folder in any case', { files: { 'turn_1/.GIT./config': 'x\n' } }],
    ['an empty segment', { files: { 'turn_1//Makefile': 'x\n' } }],
    ['a . segment', { files: { './Makefile': 'x\n' } }],
    ['a name longer than 255 bytes', { files: { [`turn_1/${'é'.repeat(130)}.txt`]: 'x\n' } }],
    [
      'two gist files on one path',
      {
        files: { a: 'one\n', b: 'two\n' },
        paths: [
          ['a.txt', 'turn_1/notes.md'],
          ['b.txt', 'turn_1/notes.md'],
        ],
      },
    ],
    ['a file and a folder of the same name', { files: { 'turn_1/x': 'a\n', 'turn_1/x/package.json': 'b\n' } }],
    ['a file through a link', { files: { 'turn_1/x/notes.md': 'a\n' }, links: [{ path: 'turn_1/x', target: '..' }] }],
    [
      'a file and a link on one path',
      { files: { 'turn_1/notes.md': 'a\n' }, links: [{ path: 'turn_1/notes.md', target: 'other.md' }] },
    ],
    [
      'paths differing by Unicode normalisation',
      { files: { 'turn_1/caf\u00e9.md': 'a\n', 'turn_1/cafe\u0301.md': 'b\n' } },
    ],
  ];
  for (const [what, s] of refused) {
    it(`refuses ${what}: exit 1, one line, nothing written`, async () => {
      const r = await pull(seed(s));
      assert.equal(r.code, 1, `${r.stderr}${r.stdout}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /Unexpected error/i);
      assert.deepEqual(await listTree(r.parent), ['work']);
    });
  }

  it('writes look-alikes of / and . (and a backslash, on POSIX) as one inert file inside DIR', async () => {
    const odd = [
      'turn_1/\uff0e\uff0e\uff0fescape.md',
      'turn_1/\u2024\u2024\u2215x.md',
      'turn_1/a\u2044b.md',
      'turn_1/x\\..\\..\\y.md',
      `turn_1/${'n'.repeat(255)}`,
    ];
    const r = await pull(seed({ files: Object.fromEntries(odd.map((p) => [p, `${p}\n`])) }));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      (await listTree(r.parent)).filter((p) => !p.startsWith('work/out/') && p !== 'work/out'),
      ['work'],
    );
    for (const p of odd) assert.equal(await readFile(path.join(r.dest, ...p.split('/')), 'utf8'), `${p}\n`);
  });
});
