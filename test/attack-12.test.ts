/**
 * Attacks found by an independent review (issue 12's promises): hostile gists and gh answers
 * against `shares pull`, through the real CLI and the real gh 2.23 against the fake GitHub.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FakeGitHub, type GistRecord } from './helpers/fake-github.js';
import { ghEnv, manyFilesProject } from './helpers/share-env.js';
import { copyFixture, onlyJson, runCli, sessionOf, signalOnPartial, tempDir, type RunResult } from './helpers/env.js';

const REPO_FIXTURE = sessionOf('single-turn-0.1.45');

const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

let fake: FakeGitHub;
before(async () => {
  fake = await new FakeGitHub().start();
});
after(async () => {
  await fake.stop();
});

/** A share in our format: each gist file restored at turn_1/<name>, with its size and sha256. */
function seedShare(files: Record<string, string>, extra: Record<string, unknown> = {}): GistRecord {
  const map: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(files))
    map[name] = { path: `turn_1/${name}`, encoding: 'utf-8', bytes: Buffer.byteLength(c), sha256: sha(c) };
  const manifest = {
    version: '2.0',
    format: 'massgen-share/1',
    session_id: 'log_20260101_000000_000000',
    files: map,
    links: [],
    ...extra,
  };
  return fake.seed('MassGen: attack', { '_session_manifest.json': JSON.stringify(manifest), ...files });
}

async function pull(
  id: string,
  dirName = 'out',
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunResult & { cwd: string; left: string[] }> {
  const cwd = await tempDir('mgs-a12-');
  const r = await runCli(['shares', 'pull', id, dirName], { cwd, env: await ghEnv(fake, extraEnv), timeoutMs: 30_000 });
  return { ...r, cwd, left: await readdir(cwd) };
}

/** The promises every failure keeps: one line, exit 1, no "Unexpected error", nothing written. */
function assertCleanFailure(r: RunResult & { left: string[] }, re: RegExp, left: string[] = []): void {
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, re);
  assert.doesNotMatch(r.stderr, /Unexpected error|\n\s+at /);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.deepEqual(r.left, left);
}

describe('attack 12: hostile gists against shares pull', () => {
  it('never sends a request (nor the GH_ENTERPRISE_TOKEN gh attaches for any host but github.com) to a raw_url on another host', async () => {
    const secret = 'enterprise-' + 'token-value-' + sha('a12').slice(0, 12);
    const g = seedShare({ 'a.txt': 'hello\n' });
    // The API's content is cut short, so pull goes to the raw URL, which names the attacker's host.
    g.apiOverrides = { 'a.txt': { truncated: true, raw_url: 'http://evil.example/collect' } };
    const before = fake.requests.length;
    const r = await pull(g.id, 'out', { GH_ENTERPRISE_TOKEN: secret });
    const sent = fake.requests.slice(before).filter((q) => q.host === 'evil.example');
    assert.deepEqual(
      sent.map((q) => q.authorization),
      [],
      'a request went to evil.example',
    );
    assertCleanFailure(r, /raw URL .*evil\.example/);
  });

  it('refuses a raw_url that is not a URL (gh would read it as a flag or an API path)', async () => {
    for (const rawUrl of [
      '--hostname=evil.example',
      'user',
      'file:///etc/passwd',
      'http://user:pw@gist.github.localhost/raw/x',
    ]) {
      const g = seedShare({ 'a.txt': 'hello\n' });
      g.apiOverrides = { 'a.txt': { truncated: true, raw_url: rawUrl } };
      const before = fake.requests.length;
      const r = await pull(g.id);
      assert.deepEqual(
        fake.requests
          .slice(before)
          .filter((q) => !/^\/(gists\/\w+|graphql)?$/.test(q.path))
          .map((q) => `${q.host} ${q.path}`),
        [],
        rawUrl,
      );
      assertCleanFailure(r, /raw URL/);
    }
  });

  it('a gist file shown as null is missing, and fields of the wrong types are one-line errors, not unexpected errors', async () => {
    for (const shown of [null, 'text']) {
      const g = seedShare({ 'a.txt': 'hello\n', 'b.txt': 'world\n' });
      g.apiOverrides = shown === null ? { 'a.txt': null } : {};
      if (shown !== null) g.apiOverrides = { 'b.txt': { content: 5, truncated: 'yes', raw_url: 7, size: 'big' } };
      const r = await pull(g.id);
      assertCleanFailure(r, shown === null ? /missing "a\.txt"/ : /no raw URL for "b\.txt"/);
    }
  });

  it('a DIR under a regular file is a one-line error', async () => {
    const g = seedShare({ 'a.txt': 'hello\n' });
    const cwd = await tempDir('mgs-a12-');
    await writeFile(path.join(cwd, 'f'), 'x');
    const r = await runCli(['shares', 'pull', g.id, 'f/out'], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
    assertCleanFailure({ ...r, left: await readdir(cwd) }, /f\/out/, ['f']);
  });
});

describe('attack 12: signals', () => {
  for (const [sig, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${sig} during --output removes the staging files (Node's default left .x.zip.partial-PID and its .cd) and exits ${code}`, async () => {
      const { session } = await copyFixture('single-turn-0.1.45');
      const line = 'agent_a: ordinary log text, numbers 12345 and words to redact nothing\n';
      await writeFile(
        path.join(session, 'turn_1', 'attempt_1', 'agent_outputs', 'big.txt'),
        line.repeat(Math.ceil((48 << 20) / line.length)),
      );
      const out = await tempDir('mgs-a12-out-');
      await mkdir(path.join(out, 'o'));
      const signal = signalOnPartial(path.join(out, 'o'), sig);
      const r = await runCli(
        ['export', session, '--output', path.join(out, 'o', 'x.zip'), '--max-file-size', '500MB'],
        { timeoutMs: 60_000, onSpawn: signal.onSpawn },
      );
      assert.ok(signal.sent(), `the staging file never appeared (exit ${r.code}): ${r.stderr}`);
      assert.equal(r.code, code, r.stderr);
      assert.deepEqual(await readdir(path.join(out, 'o')), []);
    });
  }
});

describe('attack 12: --output in a folder others can write to', () => {
  it('never writes through a link planted at the staging name (it was .NAME.partial-PID, opened without O_EXCL)', async () => {
    const out = await tempDir('mgs-a12-shared-');
    const victim = path.join(await tempDir('mgs-a12-victim-'), 'bashrc');
    await writeFile(victim, 'victim file\n');
    const r = await runCli(['export', path.join(REPO_FIXTURE), '--output', path.join(out, 'x.zip')], {
      onSpawn: (child) => {
        // What another local user can do before the export gets there: the pid is public.
        symlinkSync(victim, path.join(out, `.x.zip.partial-${child.pid}`));
        symlinkSync(victim, path.join(out, `.x.zip.partial-${child.pid}.cd`));
      },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await readFile(victim, 'utf8'), 'victim file\n');
  });
});

describe('attack 12: a session that changes under the export', () => {
  it('a file replaced by a FIFO after it was measured ends in a one-line error, not a hang', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    const dir = path.join(session, 'turn_1', 'attempt_1', 'agent_outputs');
    const line = 'agent_a: ordinary log text, numbers 12345 and words to redact nothing\n';
    for (const n of ['big1.txt', 'big2.txt'])
      await writeFile(path.join(dir, n), line.repeat(Math.ceil((24 << 20) / line.length)));
    const out = await tempDir('mgs-a12-out-');
    let swapped = false;
    const r = await runCli(['export', session, '--output', path.join(out, 'x.zip'), '--max-file-size', '500MB'], {
      // A run that hangs on a FIFO never ends: killed late enough for a loaded machine (48 MB to redact: at load 24 on
      // two cores the run had not reached the writing after 120 s).
      timeoutMs: 300_000,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          void readdir(out).then((names) => {
            if (swapped || !names.some((n) => n.includes('.partial-'))) return;
            swapped = true;
            // Measured already; one of them is not yet opened for writing.
            for (const n of ['big1.txt', 'big2.txt']) {
              rmSync(path.join(dir, n));
              execFileSync('mkfifo', [path.join(dir, n)]);
            }
          });
        }, 10);
        child.on('close', () => clearInterval(poll));
      },
    });
    assert.ok(swapped, r.stderr);
    assert.equal(r.code, 1, `exit ${r.code} (null: killed after 5 minutes): ${r.stderr}`);
    assert.match(r.stderr, /big[12]\.txt/);
    assert.deepEqual(await readdir(out), []);
  });
});

describe('attack 12: links in the session', () => {
  it('a status.json linked out of the session is not read: its question never reaches the manifest', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    const status = path.join(session, 'turn_1', 'attempt_1', 'status.json');
    const outside = path.join(await tempDir('mgs-a12-outside-'), 'status.json');
    await writeFile(
      outside,
      (await readFile(status, 'utf8')).replace(
        /"(question|original_question)": "[^"]*"/g,
        '"$1": "TEXT-FROM-OUTSIDE-THE-SESSION"',
      ),
    );
    assert.match(await readFile(outside, 'utf8'), /TEXT-FROM-OUTSIDE/);
    await rm(status);
    await symlink(outside, status);
    const out = path.join(await tempDir('mgs-a12-out-'), 'o');
    const r = await runCli(['export', session, '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /TEXT-FROM-OUTSIDE/);
    assert.doesNotMatch(await readFile(path.join(out, '_session_manifest.json'), 'utf8'), /TEXT-FROM-OUTSIDE/);
  });
});

describe('attack 12: ids from GitHub answers', () => {
  // A climbing id, and ids whose query or fragment name another gist (`x?y=1#frag` deleted gist x: attack S3).
  for (const id of ['abc/../../user/keys/1', 'x?y=1#frag', 'a1b2c3#', 'a1b2c3 -X']) {
    it(`shares delete --partial never sends a DELETE for a listed id that is no gist id: ${id}`, async () => {
      const g = fake.seed('MassGen: x [partial upload a12a12-1]', { '_session_manifest.json': '{}' });
      g.id = id;
      const before = fake.requests.length;
      const cwd = await tempDir('mgs-a12-');
      const r = await runCli(['shares', 'delete', '--partial', '--yes'], {
        cwd,
        env: await ghEnv(fake),
        timeoutMs: 30_000,
      });
      const sent = fake.requests
        .slice(before)
        .filter((q) => q.method === 'DELETE')
        .map((q) => q.path);
      fake.gists.delete([...fake.gists.entries()].find(([, v]) => v === g)?.[0] ?? '');
      assert.deepEqual(sent, []);
      // No gist's id: the listing leaves it out (types.ts asGist); the API path check (gh.ts) stands behind it.
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^No partial uploads found/);
    });
  }
});

describe('attack 12: answers of the wrong shape', () => {
  const cases: [string, string][] = [
    ['an HTML page', '<html><body>Proxy error</body></html>'],
    ['an object, not a list', '{"message":"ok"}'],
    [
      'gists without their fields',
      '[{"id":"a12b12c12d12"},null,7,{"id":"e12f12a12b12","description":{"x":1},"files":[],"updated_at":5}]',
    ],
  ];
  for (const [what, body] of cases) {
    for (const args of [['list'], ['delete', '--partial', '--yes']]) {
      it(`shares ${args[0]}: a gist listing that is ${what} is one line, never an unexpected error`, async () => {
        fake.faults.push({ method: 'GET', path: /^\/gists$/, body });
        const cwd = await tempDir('mgs-a12-');
        const r = await runCli(['shares', ...args], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
        fake.faults.length = 0;
        assert.doesNotMatch(r.stderr, /Unexpected error|\n\s+at /);
        assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
        if (r.code === 1) assert.match(r.stderr, /^Error: Listing your gists failed: .*\n$/);
      });
    }
  }
  it('shares pull: a gist that is an HTML page is one line', async () => {
    const g = seedShare({ 'a.txt': 'hello\n' });
    fake.faults.push({ method: 'GET', path: new RegExp(`^/gists/${g.id}$`), body: '<html>oops</html>' });
    const r = await pull(g.id);
    fake.faults.length = 0;
    assertCleanFailure(r, /Reading gist .* failed: .*not JSON/);
  });
});

describe('attack 12: a hostile .massgenignore', () => {
  // Patterns that backtrack for minutes (or years) in a JavaScript regex on a long line of one
  // character: they run on a linear-time engine, so the export ends, redacting what they match.
  const HOSTILE: [pattern: string, char: string, match: string][] = [
    ['(a+)+b', 'a', 'aaab'],
    ['(x|x)*y', 'x', 'xxy'],
    ['(a+){8}b', 'a', 'aaaaaaaab'],
    ['\\w+\\w+\\w+z', 'w', 'wwwz'],
    ['(.*q){12}', 'a', 'qqqqqqqqqqqq'],
  ];
  it('a redact: pattern that backtracks runs in linear time on a 200,000-character line', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    await writeFile(path.join(session, '.massgenignore'), HOSTILE.map(([p]) => `redact: ${p}\n`).join(''));
    const lines = HOSTILE.map(([, c, m]) => `${c.repeat(200_000)}!\nmatch here: <${m}>\n`).join('');
    await writeFile(path.join(session, 'turn_1', 'attempt_1', 'agent_outputs', 'long.txt'), lines);
    const out = path.join(await tempDir('mgs-a12-'), 'out');
    const r = await runCli(['export', session, '--output', out], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, `exit ${r.code} (null: killed after 60 s): ${r.stderr}`);
    const names = await readdir(out);
    const text = await readFile(
      path.join(
        out,
        names.find((n) => n.endsWith('long.txt'))!,
      ),
      'utf8',
    );
    for (const [p, c, m] of HOSTILE) {
      assert.ok(!text.includes(`<${m}>`), `${p}: its match went out`);
      assert.ok(text.includes(`${c.repeat(200_000)}!`), `${p}: the line it does not match was changed`);
    }
  });

  it('a redact: pattern a linear-time engine cannot run (lookbehind, backreference) is refused in one line', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    for (const [pattern, shown] of [
      ['(?<=k)ey', '"\\(\\?<=k\\)ey"'],
      ['(a)\\1', '"\\(a\\)\\\\\\\\1"'],
    ]) {
      await writeFile(path.join(session, '.massgenignore'), `# hostile\nredact: ${pattern}\n`);
      const r = await runCli(['export', session, '--dry-run'], { timeoutMs: 120_000 });
      assert.equal(r.code, 2, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(`^Error: \\S+\\.massgenignore, line 2: Redaction pattern ${shown} cannot run in linear time .*\\n$`),
      );
    }
  });
});

describe('a hostile .massgenignore (review of 2026-12-01)', () => {
  it("its ! lines cannot bring back a secret-bearing file; only the user's --include can", async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    await writeFile(path.join(session, '.massgenignore'), '!.env*\n!id_rsa\n!credentials.json\n!*.pem\n');
    const ws = path.join(session, 'turn_1', 'attempt_1', 'agent_outputs');
    const secretFiles = ['.env', '.env.local', 'id_rsa', 'credentials.json', 'server.pem'];
    for (const f of secretFiles) await writeFile(path.join(ws, f), 'SIGNING_SALT=Qw9EpL2mN4vB6xC1dF3g\n');
    const r = await runCli(['export', session, '--dry-run', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    const uploaded = Object.values<any>(doc.manifest.files).map((e) => path.basename(e.path));
    for (const f of secretFiles) assert.ok(!uploaded.includes(f), `${f} went out through a ! line`);
    const asked = await runCli(['export', session, '--dry-run', '--json', '--include', 'id_rsa']);
    const back = Object.values<any>(onlyJson(asked.stdout).manifest.files).map((e) => path.basename(e.path));
    assert.ok(back.includes('id_rsa'), '--include is the user asking');
    assert.ok(!back.includes('.env'));
  });
});

describe('names a Windows unzip would read as paths (review of 2026-12-01)', () => {
  it('a name that climbs out on Windows (..\\, a leading \\ or C:) is left out with its reason; notes\\a.txt still goes', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    const outputs = path.join(session, 'turn_1', 'attempt_1', 'agent_outputs');
    const bin = Buffer.from([0x4d, 0x5a, 0, 0, 1, 2]);
    for (const name of ['..\\..\\..\\Windows\\evil.exe', '\\Windows\\evil2.exe', 'C:\\evil3.exe', 'notes\\ok.bin'])
      await writeFile(path.join(outputs, name), bin);
    await mkdir(path.join(outputs, 'a\\..\\..\\b'));
    await writeFile(path.join(outputs, 'a\\..\\..\\b', 'c.txt'), 'c\n');
    const r = await runCli(['export', session, '--dry-run', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    const paths = [
      ...Object.values<any>(doc.manifest.files).map((e) => e.path as string),
      ...((doc.manifest.archive?.members ?? []) as { path: string }[]).map((m) => m.path),
    ];
    assert.deepEqual(
      paths.filter((p) => p.includes('\\')).map((p) => path.posix.basename(p)),
      ['notes\\ok.bin'],
    );
    const reasons = (doc.manifest.left_out as { path: string; reason: string }[]).filter((l) => l.path.includes('\\'));
    assert.equal(reasons.length, 4, JSON.stringify(reasons));
    for (const l of reasons) assert.match(l.reason, /climbs out of its folder on Windows/);
  });
});

describe('names equal up to Unicode normalisation (review of 2026-12-01)', () => {
  it('one of them goes (pull and macOS hold one name), the other is left out, and the accounting still adds up', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    const outputs = path.join(session, 'turn_1', 'attempt_1', 'agent_outputs');
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    await writeFile(path.join(outputs, `${composed}.txt`), 'one\n');
    await writeFile(path.join(outputs, `${decomposed}.txt`), 'two\n');
    await mkdir(path.join(outputs, `${composed}-dir`));
    await mkdir(path.join(outputs, `${decomposed}-dir`));
    await writeFile(path.join(outputs, `${composed}-dir`, 'a.txt'), 'a\n');
    await writeFile(path.join(outputs, `${decomposed}-dir`, 'b.txt'), 'b\n');
    const r = await runCli(['export', session, '--dry-run', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    const paths = Object.values<any>(doc.manifest.files).map((e) => (e.path as string).normalize('NFC'));
    assert.equal(new Set(paths).size, paths.length, 'no two paths the same up to normalisation');
    assert.equal(paths.filter((p) => p.endsWith('/caf\u00e9.txt')).length, 1);
    const found = execFileSync('find', [session, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n').length;
    assert.equal(doc.manifest.accounting.session_files, found);
  });
});

describe('hostile GitHub answers (review of 2026-12-01)', () => {
  const gistJson = (id: string) =>
    JSON.stringify([
      { id, description: 'MassGen: paged', public: false, updated_at: '2026-01-01T00:00:00Z', files: {} },
    ]);
  it('a Link header that never ends is one line, not an endless listing', async () => {
    const link = '<https://api.github.com/gists?per_page=100&page=2>; rel="next"';
    fake.faults.push({
      method: 'GET',
      path: /^\/gists$/,
      body: gistJson('a1b2c3'),
      headers: { Link: link },
      times: 50,
    });
    const cwd = await tempDir('mgs-a12-');
    const r = await runCli(['shares', 'list', '--all'], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
    fake.faults.length = 0;
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /^Error: Listing your gists failed: GitHub's pages do not end \(page 3 is one already read\)\.\n$/,
    );
  });

  it('a Link header naming a new page every time stops after 40 pages, in one line (attack S)', async () => {
    for (let page = 2; page <= 60; page++)
      fake.faults.push({
        method: 'GET',
        path: /^\/gists$/,
        body: gistJson(`p${page}`),
        headers: { Link: `<https://api.github.com/gists?per_page=100&page=${page}>; rel="next"` },
      });
    const cwd = await tempDir('mgs-a12-');
    const r = await runCli(['shares', 'list', '--all'], { cwd, env: await ghEnv(fake), timeoutMs: 60_000 });
    const asked = 60 - 1 - fake.faults.length;
    fake.faults.length = 0;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^Error: Listing your gists failed: GitHub's pages do not end \(page 41 is past 40\)\.\n$/);
    assert.equal(asked, 40);
  });

  it('a user with more gists than 40 pages hold: GitHub counts them, and every page is read (attack S3)', async () => {
    for (let page = 2; page <= 52; page++)
      fake.faults.push({
        method: 'GET',
        path: /^\/gists$/,
        body: gistJson(`c${page}`),
        headers: page < 52 ? { Link: `<https://api.github.com/gists?per_page=100&page=${page}>; rel="next"` } : {},
      });
    fake.faults.push({
      method: 'GET',
      path: /^\/user$/,
      body: JSON.stringify({ public_gists: 100, private_gists: 5000 }),
    });
    const cwd = await tempDir('mgs-a12-');
    const r = await runCli(['shares', 'list', '--all', '--json'], { cwd, env: await ghEnv(fake), timeoutMs: 90_000 });
    const left = fake.faults.length;
    fake.faults.length = 0;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(left, 0, 'every page and the count were asked for');
    assert.equal(onlyJson(r.stdout).shares.length, 51);
  });

  it('a Link header naming another API path is not followed', async () => {
    const link = '<https://api.github.com/user/keys?per_page=100>; rel="next"';
    fake.faults.push({ method: 'GET', path: /^\/gists$/, body: gistJson('d4e5f6'), headers: { Link: link } });
    const before = fake.requests.length;
    const cwd = await tempDir('mgs-a12-');
    const r = await runCli(['shares', 'list', '--all', '--json'], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
    fake.faults.length = 0;
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      fake.requests
        .slice(before)
        .filter((q) => !q.path.startsWith('/gists'))
        .map((q) => q.path)
        .filter((p) => p.startsWith('/user/keys')),
      [],
    );
  });

  it("shares list: a listing's ids, URLs and times of the wrong shape are dropped or shown as none (attack S2)", async () => {
    const gist = (id: string, extra: Record<string, unknown>) => ({
      id,
      description: 'MassGen: odd',
      public: false,
      files: {},
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-02T00:00:00Z',
      html_url: `https://gist.github.com/u/${id}`,
      ...extra,
    });
    const body = JSON.stringify([
      gist('../../user/keys', {}),
      gist('a1b2c3', { html_url: 'javascript:alert(1)', updated_at: '\u001b[31m2026' }),
      gist('d4e5f6', { html_url: 'https://gist.github.com/u/d4e5f6\u001b]8;;x\u0007', created_at: 7 }),
      gist('c0ffee', { html_url: 'https://evil.example/phish', updated_at: '2026-01-02T00:00:00Z' }),
      gist('f7a8b9', {}),
    ]);
    const cwd = await tempDir('mgs-a12-');
    fake.faults.push({ method: 'GET', path: /^\/gists$/, body });
    const json = await runCli(['shares', 'list', '--json'], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
    fake.faults.push({ method: 'GET', path: /^\/gists$/, body });
    const text = await runCli(['shares', 'list'], { cwd, env: await ghEnv(fake), timeoutMs: 30_000 });
    fake.faults.length = 0;
    assert.equal(json.code, 0, json.stderr);
    const shares = (onlyJson(json.stdout) as { shares: Record<string, unknown>[] }).shares;
    assert.deepEqual(
      shares.map((g) => [g.id, g.gist_url, g.created_at, g.updated_at]),
      [
        ['d4e5f6', null, null, '2026-01-02T00:00:00Z'],
        ['c0ffee', null, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'],
        ['f7a8b9', 'https://gist.github.com/u/f7a8b9', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'],
        ['a1b2c3', null, '2026-01-01T00:00:00Z', null],
      ],
    );
    assert.equal(text.code, 0, text.stderr);
    assert.doesNotMatch(text.stdout, /user\/keys|\u001b/);
    assert.match(text.stdout, /^a1b2c3 {2}no time given {5}/m);
  });

  it("a gist URL with escape sequences in gh's output is refused, never printed raw nor put in the Viewer URL", async () => {
    const cwd = await manyFilesProject({ files: 3, question: 'hostile url', prefix: 'mgs-a12-' });
    const html = 'https://gist.github.com/u/abc\u001b]0;PWNED\u0007\u001b[2J';
    fake.faults.push({
      method: 'POST',
      path: /^\/gists$/,
      status: 201,
      body: JSON.stringify({ id: 'abc', html_url: html, files: {}, description: 'x', public: false }),
    });
    const r = await runCli(['export', '--yes'], { cwd, env: await ghEnv(fake), timeoutMs: 60_000 });
    fake.faults.length = 0;
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /\x1b|\x07/);
    // gh shows ESC as ^[ itself; either way the URL is no gist URL.
    assert.match(r.stderr, /Creating the gist failed: gh printed ".*abc(?:\^\[|\\x1b)\]0;PWNED.*", not a gist URL/);
  });

  it("a question cannot pass for an interrupted upload's marker (shares delete --partial deletes by it)", async () => {
    const cwd = await manyFilesProject({
      files: 2,
      question: 'Fix the bug [partial upload abcdef-1]',
      prefix: 'mgs-a12-',
    });
    const r = await runCli(['export', '--yes', '--json'], { cwd, env: await ghEnv(fake), timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    const gist = fake.gists.get(onlyJson(r.stdout).gist_id as string)!;
    assert.equal(gist.description, 'MassGen: Fix the bug (partial upload abcdef-1]');
  });
});

describe('attack 12: glob patterns in linear time', () => {
  // Glob patterns became backtracking regexes (our last-segment filter's and ignore's own): a
  // session's .massgenignore with '*a*a*a*a*a*b' and a file named with 200 'a' blocked the event
  // loop (3 s a name with three stars, unbounded with six). A dry run takes under a second; the
  // limit leaves room for a loaded machine (a backtracking matcher would take far longer).
  it('an exclusion pattern with many stars against a long name finishes', async () => {
    const { session } = await copyFixture('single-turn-0.1.45');
    await writeFile(path.join(session, '.massgenignore'), '*a*a*a*a*a*b\n');
    await writeFile(path.join(session, 'turn_1', 'attempt_1', 'agent_outputs', `${'a'.repeat(200)}`), 'x\n');
    const r = await runCli(['export', session, '--dry-run'], { timeoutMs: 30_000 });
    assert.equal(r.code, 0, `exit ${r.code} (null: killed after 30 s)`);
  });
});
