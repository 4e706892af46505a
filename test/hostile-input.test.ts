/**
 * Hostile input around the session (issue 12, items 7-10), through the real CLI: configuration
 * files that are FIFOs or links to devices, an unreadable session root, file names and
 * questions holding terminal escape sequences, and a reader that closes stderr.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { asNobody, cliEnv, CLI, NOBODY_SKIP, onlyJson, runCli, tempDir } from './helpers/env.js';

const SESSION = 'log_20260401_120000_000001';
const ESC = '\x1b';
/**
 * A run that hangs (a FIFO's open, /dev/zero read to its end) never ends: killed, its code is null and the test fails.
 * The kill comes late enough for a loaded machine: at load 24 on two cores a dry run here took 17-22 s of wall
 * time, and the 20 s kill and 15 s wall cap of before failed all five configuration cases.
 */
const HANG_MS = 120_000;

/** What a name may carry: a window-title OSC, a colour, a C1 CSI, a bidi override. */
const HOSTILE = [`${ESC}]0;pwned${'\x07'}`, `${ESC}[31m`, '\u009b2J', '\u202e'];

async function session(opts: { question?: string; files?: Record<string, string>; many?: number } = {}) {
  const base = await tempDir('mgs-hin-');
  const root = path.join(base, '.massgen', 'massgen_logs', SESSION);
  const ws: Record<string, string> = { 'index.html': '<h1>x</h1>\n', ...opts.files };
  for (let i = 0; i < (opts.many ?? 0); i++)
    ws[`src/module_with_a_fairly_long_name_${String(i).padStart(5, '0')}.ts`] = `export const v = ${i};\n`;
  await writeTree(
    root,
    under(
      'turn_1/attempt_1',
      oneAgentAttempt({
        question: opts.question ?? 'hostile input',
        sessionName: SESSION,
        workspace: () => ws,
      }),
    ),
  );
  return { base, root };
}

const mkfifo = (p: string): void => {
  execFileSync('mkfifo', [p]);
};

describe('configuration files we read are regular files, read with a cap (item 7)', () => {
  const cases: {
    name: string;
    make: (s: { base: string; root: string }, cwd: string) => void;
    extra?: (cwd: string) => string[];
    warn: RegExp;
  }[] = [
    {
      name: 'a FIFO named .massgenignore in the session',
      make: (s) => mkfifo(path.join(s.root, '.massgenignore')),
      warn: /\.massgenignore is a FIFO, not a regular file: skipped/,
    },
    {
      name: 'a FIFO named .massgenignore in the current directory',
      make: (_s, cwd) => mkfifo(path.join(cwd, '.massgenignore')),
      warn: /\.massgenignore is a FIFO, not a regular file: skipped/,
    },
    {
      name: 'a FIFO .env beside .massgen/',
      make: (s) => mkfifo(path.join(s.base, '.env')),
      warn: /\.env is a FIFO, not a regular file: skipped/,
    },
    {
      name: 'a .massgenignore that links to /dev/zero',
      make: (s) => symlinkSync('/dev/zero', path.join(s.root, '.massgenignore')),
      warn: /\.massgenignore links to a character device, not a regular file: skipped/,
    },
    {
      name: 'a .env that links to /dev/zero',
      make: (s) => symlinkSync('/dev/zero', path.join(s.base, '.env')),
      warn: /\.env links to a character device, not a regular file: skipped/,
    },
    {
      name: 'a .massgenignore over the 1 MiB cap',
      make: (s) => writeFileSync(path.join(s.root, '.massgenignore'), '# pad\n'.repeat(200_000)),
      warn: /\.massgenignore is larger than 1048576 bytes \(1200000\): skipped/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: the dry run finishes at once with a one-line warning`, async () => {
      const s = await session();
      c.make(s, s.base);
      const r = await runCli(['export', '--dry-run'], { cwd: s.base, timeoutMs: HANG_MS });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, c.warn);
      assert.equal(r.stderr.split('\n').filter((l) => c.warn.test(l)).length, 1, 'one line');
    });
  }
  it('--ignore-file naming a FIFO or /dev/zero is refused in one line, at once', async () => {
    const s = await session();
    mkfifo(path.join(s.base, 'fifo-ignore'));
    for (const [file, what] of [
      ['fifo-ignore', /is a FIFO/],
      ['/dev/zero', /is a character device/],
    ] as const) {
      const r = await runCli(['export', '--dry-run', '--ignore-file', file], { cwd: s.base, timeoutMs: HANG_MS });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /^Error: --ignore-file \S+ /m);
      assert.match(r.stderr, what);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });
  it('a regular .massgenignore is still read (and a link to one)', async () => {
    const s = await session({ files: { 'drop-me.txt': 'x\n' } });
    writeFileSync(path.join(s.base, 'real-ignore'), 'drop-me.txt\n');
    symlinkSync(path.join(s.base, 'real-ignore'), path.join(s.root, '.massgenignore'));
    const r = await runCli(['export', '--dry-run', '--json'], { cwd: s.base });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      onlyJson(r.stdout).left_out.find((l: any) => l.path.endsWith('drop-me.txt'))?.reason,
      'excluded: user pattern',
    );
  });
});

describe('a large or unreadable .env (attack of 2026-12-01)', () => {
  // A prefix-less key: only the .env it is set in tells it is a secret.
  const KEY = 'Zq8Xk2Lp0Wm5Rt7Yv3Bn6Cd9Fg1Hj4Ka';
  const padded = (lines: number): string =>
    `MISTRAL_API_KEY=${KEY}\n${'# a long comment line padding the file out past a mebibyte ....\n'.repeat(lines)}`;

  it('a .env of a few MiB is read whole: its value is redacted wherever it appears', async () => {
    const s = await session({ files: { 'notes.md': `The deployment used ${KEY} as discussed.\n` } });
    writeFileSync(path.join(s.base, '.env'), padded(40_000));
    writeFileSync(path.join(s.base, '.env.local'), `${'# pad\n'.repeat(400_000)}MISTRAL_KEY_2=${KEY.slice(1)}x\n`);
    const r = await runCli(['export', '--dry-run', '--json', '--verbose'], { cwd: s.base });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.deepEqual(doc.warnings, []);
    assert.ok((doc.redactions.by_rule['known-value'] ?? 0) >= 1, JSON.stringify(doc.redactions.by_rule));
  });

  it("a workspace's .env of 3 MiB (left out) is still read to learn its values", async () => {
    const value = 'Hx7Lq2Vn9Tb4Wm6Kc1Rz8Pf3';
    const env = `${'# padding comment line ......................................\n'.repeat(50_000)}SIGNING_SECRET=${value}\n`;
    const s = await session({ files: { '.env': env, 'notes.md': `signed with ${value} today\n` } });
    const r = await runCli(['export', '--dry-run', '--json'], { cwd: s.base });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes(value));
    assert.ok((onlyJson(r.stdout).redactions.by_rule['known-value'] ?? 0) >= 1);
  });

  it('a .env over the cap stops the export in one line: its values could not be learned', async () => {
    const s = await session({ files: { 'notes.md': `The deployment used ${KEY} as discussed.\n` } });
    writeFileSync(path.join(s.base, '.env'), padded(1));
    truncateSync(path.join(s.base, '.env'), 65 * 1024 * 1024);
    const said = /\S+\.env is larger than 67108864 bytes \(68157440\), so its secret values cannot be learned/;
    for (const args of [['--dry-run'], ['--output', path.join(s.base, 'out.zip')]]) {
      const r = await runCli(['export', ...args], { cwd: s.base, timeoutMs: HANG_MS });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^Error: ${said.source}`));
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
    const r = await runCli(['export', '--dry-run', '--json'], { cwd: s.base, timeoutMs: HANG_MS });
    assert.equal(r.code, 1, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.equal(doc.success, false);
    assert.match(doc.error, said);
  });

  it('a skipped .env is named in the --json document too', async () => {
    const s = await session();
    mkfifo(path.join(s.base, '.env'));
    const r = await runCli(['export', '--dry-run', '--json'], { cwd: s.base, timeoutMs: HANG_MS });
    assert.equal(r.code, 0, r.stderr);
    assert.match(onlyJson(r.stdout).warnings.join('\n'), /\.env is a FIFO, not a regular file: skipped/);
  });
});

describe('a directory that is no MassGen session (attack of 2026-12-01)', () => {
  it('a home directory, /etc or a plain folder is refused in one line, never exported', async () => {
    const home = await tempDir('mgs-home-');
    mkdirSync(path.join(home, 'Documents'));
    writeFileSync(path.join(home, 'Documents', 'diary.txt'), 'my private diary\n');
    for (const [cwd, arg] of [
      [home, '.'],
      [home, 'Documents'],
      [home, '/etc'],
    ] as const) {
      const out = path.join(await tempDir('mgs-out-'), 'x.zip');
      const r = await runCli(['export', arg, '--output', out], { cwd, timeoutMs: HANG_MS });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /^Error: Not a MassGen session: \S+ is not a log_\* directory/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(!existsSync(out), 'nothing written');
    }
    // A session under another name (a copy, a flat run) is still one: it holds MassGen's files.
    const s = await session();
    const copy = path.join(await tempDir('mgs-copy-'), 'my-run');
    cpSync(s.root, copy, { recursive: true });
    const ok = await runCli(['export', copy, '--dry-run'], { cwd: s.base });
    assert.equal(ok.code, 0, ok.stderr);
  });
});

describe('an unreadable session root (item 8)', () => {
  it('gives the usual one-line error with what to do, not "Unexpected error"', async (t) => {
    const s = await session();
    // Root reads through chmod 000: run the CLI as `nobody` instead.
    const as = await asNobody(s.base);
    if (as === 'unreadable') {
      t.skip(NOBODY_SKIP);
      return;
    }
    chmodSync(s.root, 0o000);
    try {
      for (const args of [
        ['export', '--dry-run'],
        ['export', s.root, '--dry-run'],
        ['export', SESSION, '--dry-run', '--json'],
      ]) {
        const r = await runCli(args, { cwd: s.base, ...as });
        assert.equal(r.code, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /Unexpected error|report it/);
        assert.match(
          r.stderr,
          /^Error: Cannot read \S+log_20260401_120000_000001 \(permission denied, EACCES\): give yourself read access/m,
        );
        assert.equal(r.stderr.trim().split('\n').length, 1);
      }
    } finally {
      chmodSync(s.root, 0o755);
    }
  });
});

/** The control characters that must never reach a terminal raw. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const rawAt = (text: string): string => {
  const m = RAW.exec(text);
  return m ? JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40)) : '';
};

describe('terminal injection: everything printed escapes control characters (item 9)', () => {
  async function hostileNames() {
    const files: Record<string, string> = {};
    HOSTILE.forEach((h, i) => {
      files[`up${i}-${h}.txt`] = `uploaded ${i}\n`;
      files[`left${i}-${h}.pyc`] = 'left out\n'.repeat(100 + i);
    });
    // A right-to-left mark too (it reorders what follows it on the line).
    return session({ question: `title ${[...HOSTILE, '\u200f'].join(' ')} question`, files });
  }
  it('the report (--dry-run, --dry-run --verbose) writes no raw control character; names are shown escaped', async () => {
    const s = await hostileNames();
    for (const extra of [[], ['--verbose']]) {
      const r = await runCli(['export', '--dry-run', ...extra], { cwd: s.base });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(rawAt(r.stderr), '', 'stderr holds a raw control character');
      assert.equal(rawAt(r.stdout), '');
      assert.match(r.stdout, /\\x1b\]0;pwned\\x07/);
      assert.match(r.stdout, /left\d-\\x1b\[31m\.pyc/, 'the left-out listing names the file, escaped');
      assert.match(
        r.stdout,
        /title \\x1b\]0;pwned\\x07 \\x1b\[31m \\x9b2J \\u202e \\u200f question/,
        'the question in the header',
      );
      if (extra.length) assert.match(r.stdout, /up3-\\u202e\.txt/);
    }
  });
  it('--json keeps the exact names as JSON escapes, with no raw C1 or bidi character', async () => {
    const s = await hostileNames();
    const r = await runCli(['export', '--dry-run', '--json'], { cwd: s.base });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(rawAt(r.stdout), '');
    const doc = onlyJson(r.stdout);
    const paths = doc.plan.files.map((f: any) => f.path as string);
    for (const h of HOSTILE)
      assert.ok(
        paths.some((p: string) => p.includes(`-${h}.txt`)),
        `the exact name survives: ${JSON.stringify(h)}`,
      );
  });
  it('errors quote names escaped (a session argument holding escapes)', async () => {
    const s = await session();
    const r = await runCli(['export', `./nope-${ESC}]0;pwned\x07-${ESC}[31m`, '--dry-run'], { cwd: s.base });
    assert.equal(r.code, 1);
    assert.equal(rawAt(r.stderr), '');
    assert.match(r.stderr, /nope-\\x1b\]0;pwned\\x07-\\x1b\[31m/);
  });
});

describe('a closed stderr only loses messages (item 10)', () => {
  /** Runs `massgen ARGS 2>&1 | head -N` in bash; returns the CLI's exit code and what head printed. */
  function throughHead(
    args: string[],
    lines: number,
    cwd: string,
    env: NodeJS.ProcessEnv = {},
  ): Promise<{ code: number; out: string }> {
    return new Promise((resolve, reject) => {
      const script = `"$0" "$@" 2>&1 | head -${lines}; exit "\${PIPESTATUS[0]}"`;
      const child = spawn('bash', ['-c', script, process.execPath, CLI, ...args], {
        cwd,
        env: cliEnv(env),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code: code ?? -1, out });
      });
    });
  }
  it('export --dry-run --verbose 2>&1 | head -2 exits 0 (or 141), never 1 with "Unexpected error: write EPIPE"', async () => {
    // Enough files that the listing overflows the pipe's buffer after head has gone.
    const s = await session({ many: 3000 });
    const r = await throughHead(['export', '--dry-run', '--verbose'], 2, s.base);
    assert.ok(r.code === 0 || r.code === 141, `exit ${r.code}: ${r.out}`);
    assert.equal(r.out.split('\n').filter(Boolean).length, 2);
    assert.doesNotMatch(r.out, /EPIPE|Unexpected/);
  });
  it('a closed stdout still ends the run with 141', async () => {
    const s = await session({ many: 3000 });
    const child = spawnSync(
      'bash',
      [
        '-c',
        `"$0" "$@" | head -c 100 >/dev/null; exit "\${PIPESTATUS[0]}"`,
        process.execPath,
        CLI,
        'export',
        '--dry-run',
        '--json',
      ],
      { cwd: s.base, env: cliEnv() },
    );
    assert.equal(child.status, 141, String(child.stderr));
  });
});
