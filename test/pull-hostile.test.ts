/**
 * `massgen shares pull` against real gh 2.23 and the fake GitHub, with shares as MassGen makes
 * them (coloured traces: gh rewrites control characters in `gh api` JSON) and as an attacker
 * makes them (chained links, hostile archives, zip bombs, malformed manifests, escape
 * sequences in names). Each pull runs in `<parent>/work` into `<parent>/work/out`; the whole
 * parent is listed afterwards to prove nothing was written anywhere else.
 */
import assert from 'node:assert/strict';
import { lstat, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { validateManifest } from '../src/core/manifest-schema.js';
import { MANIFEST_NAME } from '../src/core/names.js';
import { copyFixture, onlyJson, runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { listTree, pullShare, seedShare, sha, type Pulled, type ShareSpec } from './helpers/fake-share.js';
import { ghEnv } from './helpers/share-env.js';
import { buildZip, type ZipMember } from './helpers/zip.js';

/** Every C0 control character (NUL optional), DEL, and every C1 control character. */
function controls(withNul: boolean): string {
  let s = '';
  for (let c = withNul ? 0 : 1; c < 0x20; c++) s += String.fromCharCode(c);
  s += '\x7f';
  for (let c = 0x80; c < 0xa0; c++) s += String.fromCharCode(c);
  return s;
}

/** A zip that can lie (any name, any declared size, link modes); a regular file's mode by default. */
const makeZip = (members: ZipMember[]): Buffer => buildZip(members.map((m) => ({ ...m, mode: m.mode ?? 0o100644 })));

describe('shares pull: hostile and realistic gists through the real gh', () => {
  let fake: FakeGitHub;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    fake = await new FakeGitHub().start();
    // Its own TMPDIR: the export here must not show up in another test file's look at the shared /tmp.
    env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-pull-tmp-') });
  });
  after(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.faults.length = 0;
  });

  const seed = (spec: ShareSpec): string => seedShare(fake, spec);
  /** Pulls into <parent>/work/out from <parent>/work. */
  const pull = (id: string, args: string[] = []): Promise<Pulled> => pullShare(env, id, args);

  /** Nothing outside <parent>/work/out, and every link in it resolves inside it (or dangles). */
  async function assertContained(r: { parent: string; dest: string }): Promise<void> {
    const all = await listTree(r.parent);
    assert.deepEqual(
      all.filter((p) => p !== 'work' && p !== 'work/out' && p !== 'work/out@' && !p.startsWith('work/out/')),
      [],
      'nothing written outside DIR',
    );
    if (!all.includes('work/out')) return;
    const realDest = await realpath(r.dest);
    for (const p of all.filter((x) => x.endsWith('@'))) {
      const abs = path.join(r.parent, p.slice(0, -1));
      let real: string;
      try {
        real = await realpath(abs);
      } catch {
        continue; // dangling: leads nowhere
      }
      assert.ok(real === realDest || real.startsWith(realDest + path.sep), `${p} resolves to ${real}, outside DIR`);
    }
  }

  /** A refused pull: exit 1, one clear line naming the problem, nothing written at all. */
  async function assertRefused(r: Pulled, message: RegExp): Promise<void> {
    assert.equal(r.code, 1, `${r.stderr}${r.stdout}`);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /Unexpected error|please report/i);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.deepEqual(await listTree(r.parent), ['work'], 'nothing written, no staging left');
  }

  describe('control characters (gh api rewrites them in JSON)', () => {
    it('pulls an exported share with a coloured trace, every C0/DEL/C1 character in contents and in a file name', async () => {
      const s = await copyFixture('single-turn-0.1.45');
      const outputs = path.join(s.session, 'turn_1', 'attempt_1', 'agent_outputs');
      await writeFile(
        path.join(outputs, 'coloured.txt'),
        '\x1b[1;32m✓ tool call\x1b[0m \x1b]0;title\x1b\\ \x1b[31merror\x1b[0m\n'.repeat(50),
      );
      // Control bytes past gh's 3,072-byte sniff keep the file text (uploaded as is, not base64).
      await writeFile(path.join(outputs, 'all-controls.txt'), `${'plain text line\n'.repeat(200)}${controls(false)}\n`);
      await writeFile(
        path.join(outputs, `name${controls(false)}.txt`),
        'a file whose name holds every control character\n',
      );
      const exportDir = path.join(await tempDir(), 'exported');
      const local = await runCli(['export', '--output', exportDir, '--json'], { cwd: s.base, env });
      assert.equal(local.code, 0, local.stderr);
      const manifest = JSON.parse(await readFile(path.join(exportDir, MANIFEST_NAME), 'utf8'));
      validateManifest(manifest); // the exporter's writer conforms to the schema pull reads
      const up = await runCli(['export', '--yes'], { cwd: s.base, env });
      assert.equal(up.code, 0, up.stderr);
      const id = /\?gist=(\w+)/.exec(up.stdout)![1]!;
      fake.requests.length = 0;
      const r = await pull(id);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(
        fake.requests.some((q) => q.path.startsWith('/raw/')),
        'the rewritten files were fetched whole from their raw URLs',
      );
      const paths = Object.values<any>(manifest.files).map((f) => f.path as string);
      for (const want of ['coloured.txt', 'all-controls.txt', `name${controls(false)}.txt`])
        assert.ok(
          paths.some((p) => p.endsWith(`agent_outputs/${want}`)),
          `${want} in ${JSON.stringify(paths)}`,
        );
      for (const f of Object.values<any>(manifest.files)) {
        assert.equal(sha(await readFile(path.join(r.dest, f.path))), f.sha256, f.path);
      }
      await assertContained(r);
    });

    it('pulls a hand-made share: every control character (NUL too) in a UTF-8 file, and in gist file names and paths', async () => {
      const content = `${controls(true)}\n\x1b[31mred\x1b[0m ^[ a caret that was there\n`;
      const p = `dir${controls(false)}/file${controls(false)}.txt`;
      const id = seed({
        files: { [p]: content, 'turn_1/plain.txt': 'plain\n' },
        names: { [p]: `g${controls(false)}.txt` },
      });
      const r = await pull(id, ['--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(await readFile(path.join(r.dest, ...p.split('/')), 'utf8'), content);
      assert.equal(await readFile(path.join(r.dest, 'turn_1', 'plain.txt'), 'utf8'), 'plain\n');
      assert.equal(onlyJson(r.stdout).files, 2);
    });

    it("pulls a share made by MassGen's own exporter (no file map, no sha256) byte for byte, coloured logs included", async () => {
      const coloured = '\x1b[36m[agent_a]\x1b[0m thinking...\n';
      const id = fake.seed('MassGen: q', {
        [MANIFEST_NAME]: JSON.stringify(
          {
            version: '2.0',
            session_id: 'log_20260131_101500_123456',
            turn_count: 1,
            attempt_count: 1,
            status: 'complete',
            question: 'q\x1b[2J',
            winner: null,
            total_cost: 0,
            total_tokens: { input: 0, output: 0 },
            turns: [],
          },
          null,
          2,
        ),
        'turn_1__attempt_1__agent_outputs__agent_a.txt': coloured,
        'turn_1__attempt_1__status.json': '{"ok": true}\n',
      }).id;
      const r = await pull(id);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(await readFile(path.join(r.dest, 'turn_1/attempt_1/agent_outputs/agent_a.txt'), 'utf8'), coloured);
      assert.equal(await readFile(path.join(r.dest, 'turn_1/attempt_1/status.json'), 'utf8'), '{"ok": true}\n');
    });

    it("pulls a share of MassGen's exporter holding Python's \\u escapes byte for byte (gh api rewrites them)", async () => {
      // Python's json.dumps writes é as `\u00e9`; gh 2.23's `gh api` turns that text in a content into `\é` (attack
      // S2): the manifest read as invalid JSON, an unhashed file was written damaged.
      const fields = { version: '2.0', session_id: 'log_20260131_101500_123456', turn_count: 1, attempt_count: 1 };
      const manifest = JSON.stringify(
        { ...fields, status: 'complete', question: 'Build a café page', winner: null, total_cost: 0, turns: [] },
        null,
        2,
      ).replace('é', '\\u00e9');
      const status = '{"meta": {"question": "caf\\u00e9 \\u65e5\\u672c", "path": "C:\\\\Users\\\\x"}}\n';
      const id = fake.seed('MassGen: q', {
        [MANIFEST_NAME]: manifest,
        'turn_1__attempt_1__status.json': status,
      }).id;
      const r = await pull(id);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(await readFile(path.join(r.dest, 'turn_1/attempt_1/status.json'), 'utf8'), status);
    });

    it('calls a share damaged only when the raw file does not match either', async () => {
      const id = seed({
        files: { 'a.txt': 'the real bytes\n' },
        manifest: (m) => {
          m.files['f0.txt'].sha256 = sha(Buffer.from('other bytes\n'));
          return m;
        },
      });
      const r = await pull(id);
      await assertRefused(r, /"a\.txt" does not match the manifest's sha256: the share is damaged/);
      assert.ok(
        fake.requests.some((q) => q.path.startsWith('/raw/')),
        'checked against the raw file first',
      );
      // DIR's parent folders, made by the pull, are gone too.
      const deeper = await runCli(['shares', 'pull', id, path.join(r.work, 'new', 'parents', 'out')], {
        cwd: r.work,
        env,
      });
      assert.equal(deeper.code, 1);
      assert.deepEqual(await listTree(r.parent), ['work']);
    });
  });

  describe('nothing is written or followed outside DIR', () => {
    it('refuses chained links (a/b -> ., a/b/b/L -> ../.., a/b/b/L/.bash_login) with nothing written', async () => {
      const chain = [
        { path: 'a/b', target: '.' },
        { path: 'a/b/b/L', target: '../..' },
      ];
      const links = seed({
        files: { 'ok.txt': 'ok\n' },
        links: [...chain, { path: 'a/b/b/L/.bash_login', target: 'ok.txt' }],
      });
      await assertRefused(await pull(links), /"a\/b" is a file or link, and also the folder of "a\/b\/b\/L"/);
      const file = seed({ files: { 'a/b/b/L/.bash_login': 'echo pwned\n' }, links: chain });
      await assertRefused(await pull(file), /is a file or link, and also the folder of/);
    });

    it('keeps only links whose target stays inside DIR without passing through another link', async () => {
      const id = seed({
        files: { 'a/b/f.txt': 'f\n', 'x/g.txt': 'g\n' },
        links: [
          { path: 'a/b/up', target: '..' }, // a: fine
          { path: 'a/root', target: '..' }, // DIR itself: fine
          { path: 'x/L', target: '../a/b/up/../..' }, // reads as a, but a/b/up/.. is DIR, and DIR/.. its parent
          { path: 'x/M', target: '../a/b/up/b/up/b/f.txt' }, // inside, but through links all the same
          { path: 'x/abs', target: '/etc/passwd' },
          { path: 'x/climb', target: '../../x' },
          { path: 'x/ok', target: 'g.txt' },
          { path: 'x/via', target: 'ok' }, // ends at a link: that one is checked itself
          { path: 'x/up2', target: '../..' }, // refused: outside
          { path: 'x/up3', target: 'up2/../../a' }, // through the refused link's place (attack S4), then `..`
          { path: 'x/gone', target: 'nothing/here.txt' }, // dangles, and nothing after it climbs: kept
        ],
      });
      const r = await pull(id);
      assert.equal(r.code, 0, r.stderr);
      await assertContained(r);
      const tree = await listTree(r.dest);
      for (const kept of ['a/b/up@', 'a/root@', 'x/ok@', 'x/via@', 'x/gone@']) assert.ok(tree.includes(kept), kept);
      for (const gone of ['x/L@', 'x/M@', 'x/abs@', 'x/climb@', 'x/up2@', 'x/up3@'])
        assert.ok(!tree.includes(gone), gone);
      assert.match(r.stderr, /link "x\/L" not recreated: its target passes through another link/);
      assert.match(r.stderr, /link "x\/abs" not recreated: its target is an absolute path/);
      assert.match(r.stderr, /link "x\/climb" not recreated: its target is outside the directory/);
    });

    for (const c of [
      {
        name: 'a member climbing with ../',
        member: { name: '../evil.txt', data: Buffer.from('x') },
        message: /unsafe path \("\.\.\/evil\.txt": it climbs out/,
      },
      {
        name: 'a member deep under ../..',
        member: { name: 'a/../../evil.txt', data: Buffer.from('x') },
        message: /unsafe path/,
      },
      {
        name: 'an absolute member',
        member: { name: '/tmp/evil.txt', data: Buffer.from('x') },
        message: /unsafe path \("\/tmp\/evil\.txt": it is absolute/,
      },
      {
        name: 'a link member',
        member: { name: 'L', data: Buffer.from('../../..'), mode: 0o120777 },
        message: /archive holds a link \("L"\)/,
      },
    ]) {
      it(`refuses an archive with ${c.name}, nothing written`, async () => {
        const good = { path: 'data/ok.bin', data: Buffer.from([1, 2, 3]) };
        const id = seed({
          files: { 'a.txt': 'a\n' },
          members: [good],
          truncated: true,
          zip: makeZip([{ name: good.path, data: good.data }, c.member]),
        });
        await assertRefused(await pull(id), c.message);
      });
    }
  });

  describe('an archive whose member list is cut short', () => {
    it('writes no more members than the manifest counts', async () => {
      const good = { path: 'data/ok.bin', data: Buffer.from([1, 2, 3]) };
      const extra = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ name: `data/x${i}.bin`, data: Buffer.from([i]) }));
      // members_count is the one listed plus one: one unlisted member is the rest of the list, three are not.
      const fits = seed({
        members: [good],
        truncated: true,
        zip: makeZip([{ name: good.path, data: good.data }, ...extra(1)]),
      });
      const ok = await pull(fits);
      assert.equal(ok.code, 0, ok.stderr);
      const over = seed({
        members: [good],
        truncated: true,
        zip: makeZip([{ name: good.path, data: good.data }, ...extra(3)]),
      });
      await assertRefused(await pull(over), /archive holds 4 files, but the manifest says 2/);
    });
  });

  describe('repository folders and deep paths', () => {
    it('never writes a .git or .hg folder, under any spelling, nor links to one', async () => {
      for (const p of ['.git/config', 'ws/.GIT/hooks/pre-commit', 'ws/.git./config', 'ws/GIT~1/config', '.hg/hgrc']) {
        await assertRefused(
          await pull(seed({ files: { [p]: '[core]\n\tfsmonitor = touch pwned\n' } })),
          /\.git or \.hg folder/,
        );
      }
      const link = await pull(seed({ files: { 'a/config': 'x\n' }, links: [{ path: 'b/ref', target: '../.git' }] }));
      assert.equal(link.code, 0, link.stderr);
      assert.match(link.stderr, /link "b\/ref" not recreated: its target is a \.git or \.hg folder/);
      await assertContained(link);
    });

    it("never lays out a git repository's control folder (HEAD beside objects, refs or commondir) under any name", async () => {
      const config = '[core]\n\tbare = false\n\tworktree = .\n\tfsmonitor = "touch pwned; false"\n';
      const layouts: Record<string, Buffer | string>[] = [
        {
          'turn_1/HEAD': 'ref: refs/heads/main\n',
          'turn_1/config': config,
          'turn_1/objects/info/packs': '\n',
          'turn_1/refs/heads/main': 'x\n',
        },
        { 'notes/HEAD': 'ref: refs/heads/main\n', 'notes/config': config, 'notes/refs/heads/x': 'x\n' },
        { 'ws/repo/head': 'ref: refs/heads/main\n', 'ws/repo/Objects./pack/p': 'x\n' },
        { 'ws/HEAD': 'ref: refs/heads/main\n', 'ws/commondir': '../store\n', 'store/objects/x': 'x\n' },
      ];
      for (const files of layouts)
        await assertRefused(await pull(seed({ files })), /a git repository \(a HEAD beside objects, refs/);
      // From the archive, and with a link for objects: the same.
      const members = [
        { path: 'r/HEAD', data: Buffer.from('ref: refs/heads/main\n') },
        { path: 'r/refs/heads/main', data: Buffer.from('x\n') },
      ];
      await assertRefused(await pull(seed({ files: { 'a.txt': 'a\n' }, members })), /a git repository/);
      const linked = seed({
        files: { 'r/HEAD': 'ref: refs/heads/main\n', 'store/objects/x': 'x\n' },
        links: [{ path: 'r/objects', target: '../store/objects' }],
      });
      await assertRefused(await pull(linked), /a git repository/);
      // Each name alone is an ordinary file or folder.
      const alone = await pull(seed({ files: { 'a/HEAD': 'x\n', 'b/objects/o': 'x\n', 'a/b/refs/r': 'x\n' } }));
      assert.equal(alone.code, 0, alone.stderr);
      await assertContained(alone);
    });

    it('leaves out files tools act on in their folder (files, archive members, links), and writes them with --tool-files', async () => {
      const ws = 'turn_1/attempt_1/agent_a/workspace';
      const tool = [
        '.envrc',
        `${ws}/.vscode/tasks.json`,
        `${ws}/.npmrc`,
        `${ws}/app/.yarnrc.yml`,
        `${ws}/.IDEA./workspace.xml`,
        `${ws}/Desktop.INI`,
        '.massgenignore',
        `${ws}/.devcontainer/devcontainer.json`,
        // Every hidden name but a few inert ones (attack7 H1: agents' hooks, MCP servers, cargo's runner, exrc).
        '.cargo/config.toml',
        `${ws}/.claude/settings.json`,
        `${ws}/.mcp.json`,
        `${ws}/.gemini/settings.json`,
        `${ws}/.nvim.lua`,
        `${ws}/.envrc\u200b`,
        `${ws}/.github/workflows/ci.yml`,
        `${ws}/.vscode-test.mjs`,
        // Visible names tools load by themselves.
        'conftest.py',
        `${ws}/rust-toolchain.toml`,
        `${ws}/Directory.Build.props`,
        `${ws}/CLAUDE.md`,
      ];
      const ordinary = [
        `${ws}/.env.example`,
        `${ws}/.gitignore`,
        `${ws}/vscode-notes.md`,
        `${ws}/npmrc.txt`,
        `${ws}/tests/test_conftest.py`,
        `${ws}/claude-notes.md`,
        'turn_1/attempt_1/status.json',
      ];
      const members = [
        { path: `${ws}/.vscode/settings.json`, data: Buffer.from('{"terminal.integrated.shell.linux": "/tmp/x"}\n') },
        { path: `${ws}/data.bin`, data: Buffer.from([0, 1, 2, 3]) },
      ];
      const spec = {
        files: Object.fromEntries([...tool, ...ordinary].map((p) => [p, `content of ${p}\n`])),
        members,
        links: [
          { path: `${ws}/.gitmodules`, target: 'npmrc.txt' },
          { path: `${ws}/readme-link.md`, target: 'vscode-notes.md' },
        ],
      };
      const r = await pull(seed(spec), ['--json']);
      assert.equal(r.code, 0, r.stderr);
      await assertContained(r);
      const written = await listTree(r.dest);
      const left = [...tool, members[0]!.path, spec.links[0]!.path];
      for (const p of left) assert.ok(!written.includes(p) && !written.includes(`${p}@`), `${p} was written`);
      for (const p of [...ordinary, members[1]!.path]) assert.ok(written.includes(p), `${p} is missing`);
      assert.ok(written.includes(`${ws}/readme-link.md@`));
      const doc = onlyJson(r.stdout) as { files: number; archive_members: number; left_out: string[] };
      assert.deepEqual([...doc.left_out].sort(), [...left].sort());
      assert.equal(doc.files, ordinary.length);
      assert.equal(doc.archive_members, 1);
      const plain = await pull(seed(spec));
      assert.equal(plain.code, 0, plain.stderr);
      assert.match(
        plain.stderr,
        /^Warning: Left out 22 files that tools and commands act on in their folder \(".*", 17 more\): pull again with --tool-files to write them\.$/m,
      );
      const all = await pull(seed(spec), ['--tool-files']);
      assert.equal(all.code, 0, all.stderr);
      assert.doesNotMatch(all.stderr, /Left out/);
      const everything = await listTree(all.dest);
      for (const p of [...tool, ...ordinary, ...members.map((m) => m.path)]) assert.ok(everything.includes(p), p);
      assert.equal(await readFile(path.join(all.dest, '.envrc'), 'utf8'), 'content of .envrc\n');
    });

    it('leaves out test-runner settings that load a plugin from the folder, by content, in files and archive members', async () => {
      const ws = 'turn_1/attempt_1/agent_a/workspace';
      const plugin = '[tool.pytest.ini_options]\npythonpath = ["."]\naddopts = "-p helper_plugin"\n';
      const plain = '[project]\nname = "app"\n\n[tool.pytest.ini_options]\naddopts = "-ra -q"\n';
      const spec = {
        files: {
          [`${ws}/pytest.ini`]: '[pytest]\naddopts = -p helper_plugin\n',
          [`${ws}/QWEN.md`]: 'Run ./setup.sh first.\n',
          [`${ws}/helper_plugin.py`]: 'import os\n',
          [`${ws}/api/setup.cfg`]: '[metadata]\nname = api\n',
        },
        members: [
          { path: `${ws}/pkg/pyproject.toml`, data: Buffer.from(plugin) },
          { path: `${ws}/app/pyproject.toml`, data: Buffer.from(plain) },
        ],
      };
      const r = await pull(seed(spec), ['--json']);
      assert.equal(r.code, 0, r.stderr);
      const doc = onlyJson(r.stdout) as { left_out: string[] };
      // pyproject.toml and setup.cfg are left out whatever they hold (pip install . acts on them).
      assert.deepEqual([...doc.left_out].sort(), [
        `${ws}/QWEN.md`,
        `${ws}/api/setup.cfg`,
        `${ws}/app/pyproject.toml`,
        `${ws}/pkg/pyproject.toml`,
        `${ws}/pytest.ini`,
      ]);
      assert.equal(await readFile(path.join(r.dest, ws, 'helper_plugin.py'), 'utf8'), 'import os\n');
      const all = await pull(seed(spec), ['--tool-files']);
      assert.equal(all.code, 0, all.stderr);
      assert.equal(await readFile(path.join(all.dest, ws, 'pkg', 'pyproject.toml'), 'utf8'), plugin);
    });

    it('leaves out the build scripts and tool configurations editors run on open (files, archive members, links)', async () => {
      const ws = 'turn_1/attempt_1/agent_a/workspace';
      // What an attacker got written by a default pull, and more of each class.
      const tool = [
        `${ws}/eslint.config.js`,
        `${ws}/prettier.config.js`,
        `${ws}/web/stylelint.config.mjs`,
        `${ws}/crate/build.rs`,
        `${ws}/gradle/wrapper/gradle-wrapper.properties`,
        `${ws}/web/Vite.Config.MTS`,
        `${ws}/app/settings.gradle.kts`,
        `${ws}/Gemfile`,
        `${ws}/mix.exs`,
        `${ws}/CMakeLists.txt`,
        `${ws}/node_modules/eslint/lib/api.js`,
        `${ws}/ipython_config.py`,
      ];
      const macro = '[package]\nname = "m"\nversion = "0.1.0"\n\n[lib]\nproc-macro = true\n';
      const plainCargo = '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\n';
      const ordinary = [`${ws}/src/config.ts`, `${ws}/go.mod`, `${ws}/main.go`];
      const spec = {
        files: Object.fromEntries([...tool, ...ordinary].map((p) => [p, `content of ${p}\n`])),
        members: [
          { path: `${ws}/macro/Cargo.toml`, data: Buffer.from(macro) },
          { path: `${ws}/app/Cargo.toml`, data: Buffer.from(plainCargo) },
          { path: `${ws}/package.json`, data: Buffer.from('{"name":"a","prettier":"./p.cjs"}\n') },
        ],
        links: [{ path: `${ws}/web/tailwind.config.cjs`, target: '../src/config.ts' }],
      };
      const r = await pull(seed(spec), ['--json']);
      assert.equal(r.code, 0, r.stderr);
      await assertContained(r);
      const written = await listTree(r.dest);
      // Cargo.toml is left out whatever it holds (cargo build runs every crate's build script).
      const left = [
        ...tool,
        `${ws}/macro/Cargo.toml`,
        `${ws}/app/Cargo.toml`,
        `${ws}/package.json`,
        spec.links[0]!.path,
      ];
      for (const p of left) assert.ok(!written.includes(p) && !written.includes(`${p}@`), `${p} was written`);
      for (const p of ordinary) assert.ok(written.includes(p), `${p} is missing`);
      const doc = onlyJson(r.stdout) as { left_out: string[] };
      assert.deepEqual([...doc.left_out].sort(), [...left].sort());
      const plain = await pull(seed(spec));
      assert.equal(plain.code, 0, plain.stderr);
      assert.match(
        plain.stderr,
        /^Warning: Left out 16 files that tools and commands act on in their folder \(.*, 11 more\)/m,
      );
      const all = await pull(seed(spec), ['--tool-files']);
      assert.equal(all.code, 0, all.stderr);
      const everything = await listTree(all.dest);
      for (const p of [...tool, ...ordinary]) assert.ok(everything.includes(p), p);
    });

    it('without DIR, a session id that reads as an option (--help, -rf) does not name the folder', async () => {
      for (const sessionId of ['--help', '-rf', '-']) {
        const id = seed({ files: { 'a.txt': 'a\n' }, manifest: (m) => ({ ...m, session_id: sessionId }) });
        const work = path.join(await tempDir('mgs-pull-'), 'work');
        await mkdir(work);
        const r = await runCli(['shares', 'pull', id], { cwd: work, env, timeoutMs: 90_000 });
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await readdir(work), [`massgen-share-${id}`], sessionId);
      }
    });

    it('without DIR, a session id that starts with a dot (.git, .ssh) does not name the folder', async () => {
      for (const sessionId of ['.git', '.ssh', '..', '.GIT.']) {
        const id = seed({
          files: { HEAD: 'ref: refs/heads/main\n' },
          manifest: (m) => ({ ...m, session_id: sessionId }),
        });
        const work = path.join(await tempDir('mgs-pull-'), 'work');
        await mkdir(work);
        const r = await runCli(['shares', 'pull', id], { cwd: work, env, timeoutMs: 90_000 });
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await readdir(work), [`massgen-share-${id}`], sessionId);
      }
    });

    it('a path thousands of folders deep is one clear line, not a stack overflow', async () => {
      const r = await pull(seed({ files: { [`${'a/'.repeat(10_000)}f`]: 'x\n' } }));
      await assertRefused(r, /is more than 1000 folders deep; nothing was written/);
      assert.ok(r.stderr.length < 400, 'the path is shortened in the message');
    });
  });

  describe('zip bombs and the pull cap', () => {
    const bomb = Buffer.alloc(32 * 1024 * 1024);
    it('refuses a member larger than the manifest says (32 MiB from 32 KiB of archive), nothing written', async () => {
      const id = seed({ members: [{ path: 'data/z.bin', data: bomb, bytes: 1000 }] });
      await assertRefused(
        await pull(id),
        /"data\/z\.bin" in the archive is 33554432 bytes, but the manifest says 1000/,
      );
    });
    it('stops a member whose zip header lies about its size', async () => {
      const zip = makeZip([{ name: 'data/z.bin', data: bomb, declared: 1000 }]);
      const id = seed({ members: [{ path: 'data/z.bin', data: bomb.subarray(0, 1000) }], zip });
      await assertRefused(
        await pull(id),
        /"data\/z\.bin" in the archive (is larger than its declared 1000 bytes|does not unpack to its declared size)/,
      );
    });
    it('caps what a pull writes; --max-size raises the cap', async () => {
      const id = seed({ files: { 'a.txt': 'a\n' }, members: [{ path: 'data/z.bin', data: bomb }] });
      await assertRefused(
        await pull(id, ['--max-size', '16MB']),
        /This share writes 32 MiB, more than the pull limit of 16 MiB; nothing was written\. .*--max-size/,
      );
      const ok = await pull(id, ['--max-size', '64MB']);
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal((await lstat(path.join(ok.dest, 'data/z.bin'))).size, bomb.length);
      const small = seed({ files: { 'big.txt': 'x'.repeat(3 * 1024 * 1024) } });
      await assertRefused(await pull(small, ['--max-size', '1MB']), /more than the pull limit of 1 MiB/);
      const bad = await pull(small, ['--max-size', 'lots']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /Invalid size for --max-size: "lots"/);
    });
    it('refuses a file whose content is not the size the manifest declares', async () => {
      const id = seed({
        files: { 'a.txt': 'eleven bytes' },
        manifest: (m) => {
          m.files['f0.txt'].bytes = 5;
          return m;
        },
      });
      await assertRefused(await pull(id), /"a\.txt" is 12 bytes, but the manifest says 5/);
    });
  });

  describe("gist answers GitHub never gives (attack 55: a pull parsed and walked two million files' entries)", () => {
    /** The gist's answer with `n` more file entries (`{}` each) beside its real files. */
    const padded = (id: string, n: number): string => {
      const extra = Array.from({ length: n }, (_, i) => `"x${i}.txt":{}`).join(',');
      return `{"id":"${id}","description":"MassGen: q","public":false,"files":{${extra}}}`;
    };
    it('refuses a gist listing more than the 300 files GitHub lists, and one of over 400,000 keys unparsed', async () => {
      for (const [n, message] of [
        [301, /Reading gist \w+ failed: GitHub's answer is not a gist/],
        [450_000, /Reading gist \w+ failed: GitHub's answer holds over 400000 keys/],
      ] as const) {
        const id = seed({ files: { 'a.txt': 'a\n' } });
        fake.faults.push({ method: 'GET', path: new RegExp(`^/gists/${id}$`), body: padded(id, n) });
        await assertRefused(await pull(id), message);
      }
    });
  });

  describe('malformed manifests: one schema, checked before anything is written', () => {
    const entry = (p: unknown) => ({ path: p, bytes: 2, sha256: sha(Buffer.from('a\n')), encoding: 'utf-8' });
    const cases: { name: string; manifest: (m: Record<string, any>) => unknown; message: RegExp }[] = [
      { name: 'null', manifest: () => 'null', message: /it is null, not an object/ },
      { name: '[]', manifest: () => '[]', message: /it is an array, not an object/ },
      { name: '"str"', manifest: () => '"str"', message: /it is a string, not an object/ },
      { name: 'not JSON', manifest: () => '{"version": ', message: /it is not valid JSON/ },
      { name: 'no version', manifest: (m) => ({ ...m, version: undefined }), message: /it has no version/ },
      {
        name: 'a future version',
        manifest: (m) => ({ ...m, version: '3.0' }),
        message: /manifest version 3\.0, newer than this massgen-share reads \(2\.x\): update massgen-share/,
      },
      {
        name: 'a future format',
        manifest: (m) => ({ ...m, format: 'massgen-share/2' }),
        message: /format "massgen-share\/2" is newer/,
      },
      {
        name: 'a path that is a number',
        manifest: (m) => ({ ...m, files: { 'f0.txt': entry(42) } }),
        message: /files\["f0\.txt"\]\.path is a number, not a string/,
      },
      {
        name: 'duplicate paths',
        manifest: (m) => ({ ...m, files: { 'f0.txt': entry('a.txt'), 'f1.txt': entry('a.txt') } }),
        message: /two entries have the path "a\.txt"/,
      },
      {
        name: 'paths differing by normalisation',
        manifest: (m) => ({ ...m, files: { 'f0.txt': entry('caf\u00e9.txt'), 'f1.txt': entry('cafe\u0301.txt') } }),
        message: /differ only by Unicode normalisation/,
      },
      {
        name: 'a negative size',
        manifest: (m) => ({ ...m, files: { 'f0.txt': { ...entry('a.txt'), bytes: -1 } } }),
        message: /files\["f0\.txt"\]\.bytes is -1, not a size in bytes/,
      },
      {
        name: 'a size that is a string',
        manifest: (m) => ({ ...m, files: { 'f0.txt': { ...entry('a.txt'), bytes: '2' } } }),
        message: /bytes is a string, not a size/,
      },
      {
        name: 'a path climbing out',
        manifest: (m) => ({ ...m, files: { 'f0.txt': entry('../a.txt') } }),
        message: /files\["f0\.txt"\]\.path "\.\.\/a\.txt" climbs out/,
      },
      {
        name: 'files that is an array',
        manifest: (m) => ({ ...m, files: [] }),
        message: /files is an array, not an object/,
      },
      {
        name: 'links that is an object',
        manifest: (m) => ({ ...m, links: {} }),
        message: /links is an object, not an array/,
      },
      {
        name: 'archive parts that is a string',
        manifest: (m) => ({ ...m, archive: { parts: 'x', members: [], bytes: null, sha256: null } }),
        message: /archive\.parts is a string, not an array/,
      },
    ];
    it('refuses each with one line naming the problem, exit 1, nothing written', async () => {
      const ids = cases.map((c) => seed({ files: { 'a.txt': 'a\n' }, manifest: c.manifest }));
      const runs = await Promise.all(ids.map((id) => pull(id)));
      for (const [i, c] of cases.entries()) {
        await assertRefused(
          runs[i]!,
          new RegExp(`_session_manifest\\.json is invalid: .*${c.message.source}.*; nothing was written`),
        );
      }
    });
  });

  describe('escape sequences in names never reach the terminal', () => {
    const hostile = '\x1b]0;pwned\x07\x1b[31mred\u009b2J';
    it("escapes names and paths in pull's errors and warnings", async () => {
      const missing = seed({
        files: { 'a.txt': 'a\n' },
        manifest: (m) => ({ ...m, files: { [`gone${hostile}.txt`]: m.files['f0.txt'] } }),
      });
      const unsafe = seed({ files: { [`../${hostile}`]: 'a\n' } });
      const link = seed({
        files: { 'a.txt': 'a\n' },
        links: [{ path: `turn_1/l${hostile}`, target: '/etc/passwd' }],
      });
      const runs = await Promise.all([missing, unsafe, link].map((id) => pull(id)));
      assert.equal(runs[0]!.code, 1);
      assert.match(runs[0]!.stderr, /is missing "gone\\x1b\]0;pwned\\x07\\x1b\[31mred\\x9b2J\.txt"/);
      assert.equal(runs[1]!.code, 1);
      assert.match(runs[1]!.stderr, /climbs out/);
      assert.equal(runs[2]!.code, 0, runs[2]!.stderr);
      assert.match(runs[2]!.stderr, /link "turn_1\/l\\x1b\]0;pwned.*not recreated/);
      // A path the file system cannot hold (past PATH_MAX): its error names it, escaped, on one line.
      const deep = `${hostile}/${Array.from({ length: 20 }, (_, i) => `${String(i).padStart(3, '0')}${'d'.repeat(240)}`).join('/')}/f.txt`;
      const tooLong = await pull(seed({ files: { [deep]: 'a\n' } }));
      await assertRefused(
        tooLong,
        /Cannot write "\\x1b\]0;pwned.*…d+" from the share \(the path is too long for this file system\); nothing was written/,
      );
      runs.push(tooLong);
      const json = await pull(link, ['--json']);
      assert.equal(json.code, 0, json.stderr);
      assert.equal(onlyJson(json.stdout).links_skipped[0].path, `turn_1/l${hostile}`, 'the same data, escaped');
      runs.push(json);
      for (const r of runs) {
        assert.doesNotMatch(r.stderr + r.stdout, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, 'no raw control character printed');
      }
    });
  });
});
