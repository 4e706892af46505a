import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readIgnoreFiles } from '../src/commands/redaction-setup.js';
import { prepareGistFiles } from '../src/adapters/gist-files.js';
import { collect, type CollectOptions } from '../src/core/collect.js';
import { exportContent } from '../src/core/content.js';
import { CancelledError } from '../src/errors.js';
import type { ExportLimits } from '../src/core/plan.js';
import { roleOf } from '../src/core/priority.js';
import { attemptTree, under, writeTree, type Tree } from './helpers/session-builder.js';
import { copyFixture, FIXTURE_SESSIONS, LIMITS, listed, sessionOf, tempDir, type ListedPlan } from './helpers/env.js';

type Over = Partial<Omit<CollectOptions, 'limits'>> & { limits?: Partial<ExportLimits> };
async function run(root: string, id: string, over: Over = {}): Promise<ListedPlan> {
  return listed(await collect({ session: { root, id }, ...over, limits: { ...LIMITS, ...over.limits } }));
}
const fixture = (s: keyof typeof FIXTURE_SESSIONS, over: Parameters<typeof run>[2] = {}) =>
  run(sessionOf(s), FIXTURE_SESSIONS[s], over);
const paths = (plan: ListedPlan, placement?: 'upload' | 'archive') =>
  plan.files.filter((f) => !placement || f.placement === placement).map((f) => f.path);
const leftOutPaths = (plan: ListedPlan) => plan.leftOut.map((l) => l.path);

function spec(turnNumber: number, attemptNumber: number, extra: Partial<Parameters<typeof attemptTree>[0]> = {}) {
  return {
    question: `question ${turnNumber}`,
    agents: ['agent_a', 'agent_b'],
    winner: 'agent_a',
    finishReason: 'completed' as const,
    start: 1769854500 + turnNumber * 1000 + attemptNumber,
    cost: 0.1,
    inputTokens: 10,
    outputTokens: 5,
    attemptNumber,
    turnNumber,
    sessionName: 'log_x',
    ...extra,
  };
}

describe('what goes in', () => {
  it('excludes by path segment: .github is kept, node_modules and .git are not entered', async () => {
    const copy = await copyFixture('workspace-heavy');
    const ws = path.join(copy.session, 'turn_1/attempt_1/final/agent_b/workspace');
    await mkdir(path.join(ws, '.git', 'objects'), { recursive: true });
    await writeFile(path.join(ws, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    // Were node_modules entered, this unreadable directory would show up as "could not be read".
    await mkdir(path.join(ws, 'node_modules', 'locked'), { recursive: true });
    await chmod(path.join(ws, 'node_modules', 'locked'), 0o000);
    const plan = await run(copy.session, FIXTURE_SESSIONS['workspace-heavy']);
    await chmod(path.join(ws, 'node_modules', 'locked'), 0o755);
    const all = paths(plan);
    assert.ok(all.includes('turn_1/attempt_1/final/agent_b/workspace/.github/workflows/ci.yml'));
    assert.ok(!all.some((p) => p.includes('node_modules') || p.includes('/.git/') || p.includes('__pycache__')));
    const out = leftOutPaths(plan);
    assert.ok(out.includes('turn_1/attempt_1/final/agent_b/workspace/node_modules/'));
    assert.ok(out.includes('turn_1/attempt_1/final/agent_b/workspace/.git/'));
    assert.ok(!out.some((p) => p.includes('node_modules/') && !p.endsWith('node_modules/')), 'never descended');
  });
  it('leaves out every debug log, the _latest symlink, secret-bearing files and OS junk, each with its reason', async () => {
    const plan = await fixture('workspace-heavy');
    const reason = (p: string) => plan.leftOut.find((l) => l.path === p)?.reason;
    assert.equal(reason('turn_1/attempt_1/massgen.log'), 'excluded: debug log');
    assert.equal(reason('turn_1/attempt_1/streaming_debug.log'), 'excluded: debug log');
    assert.equal(reason('turn_1/attempt_1/mcp_filesystem_stderr.log'), 'excluded: debug log');
    assert.equal(
      reason('turn_1/attempt_1/agent_outputs/final_presentation_agent_b_latest.txt'),
      'excluded: duplicate (latest symlink)',
    );
    assert.equal(reason('turn_1/attempt_1/final/agent_b/workspace/.env'), 'excluded: secret-bearing file');
    assert.equal(
      reason('turn_1/attempt_1/final/agent_b/workspace/config/credentials.json'),
      'excluded: secret-bearing file',
    );
    assert.equal(reason('turn_1/attempt_1/final/agent_b/workspace/.DS_Store'), 'excluded: OS junk');
    assert.equal(
      reason('turn_1/attempt_1/final/agent_b/workspace/data/empty.txt'),
      'empty file (GitHub refuses empty files)',
    );
    assert.equal(
      reason('turn_1/attempt_1/final/agent_b/workspace/data/blank.txt'),
      'whitespace-only file (GitHub refuses blank files)',
    );
  });
  it('never follows symlinks: inside ones are recorded as links, outside, dangling and looping ones are left out', async () => {
    const plan = await fixture('workspace-heavy');
    const ws = 'turn_1/attempt_1/final/agent_b/workspace';
    assert.deepEqual(
      plan.links.find((l) => l.path === `${ws}/link-to-index.html`),
      { path: `${ws}/link-to-index.html`, target: 'index.html', targetPath: `${ws}/index.html` },
    );
    const reason = (p: string) => plan.leftOut.find((l) => l.path === `${ws}/${p}`)?.reason;
    assert.equal(reason('outside-link'), 'symlink to outside the session (not followed)');
    assert.equal(reason('dangling-link'), 'dangling symlink');
    assert.equal(reason('loop-a'), 'symlink loop');
    assert.ok(!plan.files.some((f) => f.path.endsWith('outside-link')));
  });
  it('records an absolute link target inside the session relative to the link: no local path is published', async () => {
    const root = (await copyFixture('workspace-heavy')).session;
    const ws = 'turn_1/attempt_1/final/agent_b/workspace';
    const abs = path.join(root, ws, 'index.html');
    await symlink(abs, path.join(root, ws, 'docs', 'abs-link.html'));
    const plan = await run(root, FIXTURE_SESSIONS['workspace-heavy']);
    assert.deepEqual(
      plan.links.find((l) => l.path === `${ws}/docs/abs-link.html`),
      { path: `${ws}/docs/abs-link.html`, target: '../index.html', targetPath: `${ws}/index.html` },
    );
    assert.ok(!JSON.stringify(plan.links).includes(root), 'no absolute path');
  });
  it('carries images and PDFs as base64 under their own names, other binaries in the archive', async () => {
    const plan = await fixture('workspace-heavy');
    const f = (p: string) => plan.files.find((x) => x.path === `turn_1/attempt_1/final/agent_b/workspace/${p}`)!;
    assert.equal(f('hero.png').kind, 'base64');
    assert.equal(f('hero.png').placement, 'upload');
    assert.equal(f('hero.png').gistBytes, Math.ceil(f('hero.png').bytes / 3) * 4);
    assert.equal(f('docs/brochure.pdf').kind, 'base64');
    assert.equal(f('data/sample.bin').placement, 'archive');
    assert.equal(f('data/sample.bin').kind, 'binary');
    assert.equal(plan.archiveParts, 1);
  });
  it('treats invalid UTF-8 and NUL bytes as binary, ANSI colour as text', async () => {
    const root = await tempDir();
    const tree: Tree = under(
      'turn_1/attempt_1',
      attemptTree(
        spec(1, 1, {
          extra: {
            'agent_outputs/latin1.txt': Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'),
            'agent_outputs/late-nul.txt': Buffer.concat([
              Buffer.from('x'.repeat(5000)),
              Buffer.from([0]),
              Buffer.from('y\n'),
            ]),
            'agent_outputs/ansi.txt': '\u001b[32mgreen\u001b[0m text\n',
          },
        }),
      ),
    );
    await writeTree(root, tree);
    const plan = await run(root, 'log_x');
    const kind = (p: string) => plan.files.find((f) => f.path === `turn_1/attempt_1/agent_outputs/${p}`)?.kind;
    assert.equal(kind('latin1.txt'), 'binary');
    assert.equal(kind('late-nul.txt'), 'binary');
    assert.equal(kind('ansi.txt'), 'text');
  });
  it('keeps a byte order mark and hashes exactly what a text file holds, read whole or streamed', async () => {
    const root = await tempDir();
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const small = Buffer.concat([bom, Buffer.from('hello\n')]);
    // past the 1 MB one-read size
    const large = Buffer.concat([bom, Buffer.from('a line of plain text\n'.repeat(60_000))]);
    // invalid UTF-8 after 1 MB
    const badLate = Buffer.concat([Buffer.from('ok\n'.repeat(500_000)), Buffer.from([0xc3, 0x28, 0x0a])]);
    await writeTree(
      root,
      under(
        'turn_1/attempt_1',
        attemptTree(
          spec(1, 1, {
            extra: {
              'agent_outputs/bom-small.txt': small,
              'agent_outputs/bom-large.txt': large,
              'agent_outputs/bad-late.txt': badLate,
            },
          }),
        ),
      ),
    );
    const plan = await run(root, 'log_x');
    const file = (p: string) => plan.files.find((f) => f.path === `turn_1/attempt_1/agent_outputs/${p}`)!;
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    for (const [name, content] of [
      ['bom-small.txt', small],
      ['bom-large.txt', large],
    ] as const) {
      assert.equal(file(name).kind, 'text', name);
      assert.equal(file(name).bytes, content.length, name);
      assert.equal(file(name).sha256, sha(content), name);
    }
    assert.equal(file('bad-late.txt').kind, 'binary');
    assert.equal(file('bad-late.txt').sha256, sha(badLate));
  });
  it('--exclude, --include and .massgenignore use gitignore patterns', async () => {
    const copy = await copyFixture('workspace-heavy');
    await writeFile(path.join(copy.session, '.massgenignore'), '# comment\n*.css\nredact: internal-[0-9]+\n');
    const ignore = await readIgnoreFiles(copy.session, copy.base);
    assert.deepEqual(ignore, { exclude: ['*.css'], redact: ['internal-[0-9]+'] });
    const plan = await run(copy.session, 'x', { exclude: [...ignore.exclude, 'notes/'], include: ['.env'] });
    assert.ok(!paths(plan).some((p) => p.endsWith('.css')));
    assert.ok(leftOutPaths(plan).includes('turn_1/attempt_1/final/agent_b/workspace/notes/'));
    assert.equal(plan.leftOut.find((l) => l.path.endsWith('/notes/'))!.reason, 'excluded: user pattern');
    assert.ok(
      paths(plan).includes('turn_1/attempt_1/final/agent_b/workspace/.env'),
      '--include re-includes a default exclusion',
    );
  });
  it('--no-workspace drops agent workspaces and keeps everything else', async () => {
    const plan = await fixture('workspace-heavy', { limits: { includeWorkspace: false } });
    assert.ok(!paths(plan).some((p) => p.includes('/workspace/')));
    assert.ok(paths(plan).includes('turn_1/attempt_1/final/agent_b/answer.txt'));
    assert.ok(plan.leftOut.some((l) => l.reason === 'agent workspace (--no-workspace)'));
  });
});

describe('priority and limits', () => {
  it('classifies files by role', () => {
    assert.deepEqual(roleOf('final/agent_b/answer.txt'), { tier: 0, agent: 'agent_b', step: 'final' });
    assert.deepEqual(roleOf('agent_a/20260131_101530_654321/vote.json'), {
      tier: 0,
      agent: 'agent_a',
      step: '20260131_101530_654321',
    });
    assert.deepEqual(roleOf('status.json'), { tier: 0, agent: null, step: null });
    assert.deepEqual(roleOf('final/agent_b/workspace/index.html'), { tier: 1, agent: 'agent_b', step: 'final' });
    assert.deepEqual(roleOf('agent_a/20260131_101530_654321/workspace/a/answer.txt'), {
      tier: 2,
      agent: 'agent_a',
      step: '20260131_101530_654321',
    });
    assert.equal(roleOf('agent_outputs/agent_a.txt').tier, 3);
  });
  it('keeps the final and the newest snapshots of a workspace under --workspace-limit', async () => {
    const root = await tempDir();
    const big = 'x'.repeat(40 * 1024) + '\n';
    const tree: Tree = {};
    // Two answer rounds for agent_a: the newer round's snapshot must win over the older one.
    Object.assign(tree, under('turn_1/attempt_1', attemptTree(spec(1, 1, { workspace: () => ({ 'big.txt': big }) }))));
    tree['turn_1/attempt_1/agent_a/20260131_120000_000001/answer.txt'] = 'second answer\n';
    tree['turn_1/attempt_1/agent_a/20260131_120000_000001/workspace/big.txt'] = big;
    await writeTree(root, tree);
    const plan = await run(root, 'log_x', { limits: { workspaceLimit: 100 * 1024 } });
    const kept = paths(plan).filter((p) => p.includes('agent_a') && p.includes('/workspace/'));
    assert.deepEqual(kept.sort(), [
      'turn_1/attempt_1/agent_a/20260131_120000_000001/workspace/big.txt',
      'turn_1/attempt_1/final/agent_a/workspace/big.txt',
    ]);
    assert.ok(plan.leftOut.some((l) => l.reason === 'over --workspace-limit for agent_a in turn 1'));
    assert.equal(plan.workspacesOverLimit.find((w) => w.agent === 'agent_a')!.leftOutFiles, 1);
  });
  it('never passes 300 gist files: the rest goes into the archive, and every turn keeps its answers and metadata', async () => {
    const root = await tempDir();
    const tree: Tree = {};
    const many: Record<string, string> = {};
    for (let i = 0; i < 150; i++) many[`src/file_${String(i).padStart(3, '0')}.ts`] = `export const v${i} = ${i};\n`;
    for (let t = 1; t <= 4; t++)
      Object.assign(tree, under(`turn_${t}/attempt_${t}`, attemptTree(spec(t, t, { workspace: () => many }))));
    await writeTree(root, tree);
    const plan = await run(root, 'log_x', { limits: { workspaceLimit: 10 * 1024 ** 2 } });
    const uploaded = plan.files.filter((f) => f.placement === 'upload');
    assert.ok(1 + uploaded.length + plan.archiveParts <= 300, `${uploaded.length} + ${plan.archiveParts}`);
    assert.ok(plan.files.some((f) => f.placement === 'archive' && f.reason === 'over the 300-file gist limit'));
    for (let t = 1; t <= 4; t++) {
      for (const name of [
        'status.json',
        'metrics_summary.json',
        'execution_metadata.yaml',
        'final/agent_a/answer.txt',
      ]) {
        assert.ok(
          uploaded.some((f) => f.path === `turn_${t}/attempt_${t}/${name}`),
          `turn ${t} keeps ${name}`,
        );
      }
      assert.ok(
        uploaded.some((f) => f.path.startsWith(`turn_${t}/`) && f.path.endsWith('/vote.json')),
        `turn ${t} keeps its votes`,
      );
    }
    assert.equal(
      plan.files.length + plan.leftOut.filter((l) => !l.isDir).length,
      plan.walkedFiles,
      'every walked file is accounted for',
    );
  });
  it('files over --max-file-size go into the archive; --max-total-size leaves the lowest priority out', async () => {
    const root = await tempDir();
    await writeTree(
      root,
      under(
        'turn_1/attempt_1',
        attemptTree(spec(1, 1, { extra: { 'agent_outputs/huge.txt': 'y'.repeat(300 * 1024) } })),
      ),
    );
    const plan = await run(root, 'log_x', { limits: { maxFileSize: 100 * 1024 } });
    const huge = plan.files.find((f) => f.path.endsWith('huge.txt'))!;
    assert.equal(huge.placement, 'archive');
    assert.equal(huge.reason, 'larger than --max-file-size');
    const capped = await run(root, 'log_x', { limits: { maxTotalSize: 100 * 1024 } });
    assert.equal(capped.leftOut.find((l) => l.path.endsWith('huge.txt'))!.reason, 'over --max-total-size');
    assert.ok(paths(capped).includes('turn_1/attempt_1/status.json'));
  });
});

describe('cancelling', () => {
  it('a Ctrl-C while thousands of small files are read stops the reading at once', async () => {
    // Small files are read synchronously, so their awaits resolve as microtasks: unless the
    // reading lets the event loop turn, no timer and no signal handler runs until it ends.
    const root = await tempDir();
    const many: Tree = {};
    // 20,000 files: read in about 100 ms here, ten of the yielder's 10 ms slices; with 5,000 (two
    // slices on an idle machine) the abort sometimes came after the last read.
    for (let i = 0; i < 20_000; i++) many[`agent_outputs/notes/n${i}.txt`] = `note ${i}\n`;
    await writeTree(root, under('turn_1/attempt_1', attemptTree(spec(1, 1, { extra: many }))));
    const abort = new AbortController();
    let measured = 0;
    await assert.rejects(
      collect({
        session: { root, id: 'log_x' },
        limits: { ...LIMITS, maxFiles: 30_000 },
        signal: abort.signal,
        onEvent: (e) => {
          if (e.type !== 'measured') return;
          // The abort is scheduled the way a signal handler runs: on a later turn of the event loop.
          if (measured === 0) setTimeout(() => abort.abort(), 0);
          measured = e.files;
        },
      }),
      CancelledError,
    );
    assert.ok(measured < 10_000, `reading stopped early (${measured} of about 20,000 files read)`);
  });

  it('a Ctrl-C while the overflow archive is built stops it, and no temporary file is left', async () => {
    const root = await tempDir();
    const many: Tree = {};
    // 20,000 files: read in about 100 ms here, ten of the yielder's 10 ms slices; with 5,000 (two
    // slices on an idle machine) the abort sometimes came after the last read.
    for (let i = 0; i < 20_000; i++) many[`agent_outputs/notes/n${i}.txt`] = `note ${i}\n`;
    await writeTree(root, under('turn_1/attempt_1', attemptTree(spec(1, 1, { extra: many }))));
    const plan = await collect({ session: { root, id: 'log_x' }, limits: LIMITS });
    assert.ok(plan.accounting.archived > 4000);
    // A temporary directory of this test's own (os.tmpdir() reads TMPDIR): nothing else writes there.
    const tmp = await tempDir();
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const abort = new AbortController();
      // Delivered the way a signal handler runs: on a later turn of the event loop, once the archive is under way.
      setTimeout(() => abort.abort(), 0);
      await assert.rejects(
        prepareGistFiles(plan, {
          content: exportContent(),
          redactString: (x) => x,
          exporter: { name: 't', version: '0' },
          createdAt: new Date(),
          signal: abort.signal,
        }),
        CancelledError,
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    assert.deepEqual(await readdir(tmp), [], 'the private temporary directory is removed');
  });
});
