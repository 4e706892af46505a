import { isDisguisedSecretName, isDisguisedSecretPath } from '../src/core/secret-names.js';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ignore from 'ignore';
import { createExcludeMatcher, DEFAULT_EXCLUDES, defaultReason } from '../src/core/excludes.js';
import { isLabelFileName } from '../src/core/label-files.js';
import { prioritize, roleOf } from '../src/core/priority.js';
import { WalkTable } from '../src/core/plan-store/index.js';
import { parseSize } from '../src/core/sizes.js';
import { selectTurns } from '../src/core/turn-spec.js';
import { UsageError } from '../src/errors.js';
import { jsonBytes, jsonChunks, MappedList, printJson } from '../src/ui/json-writer.js';
import { lineChunks } from '../src/ui/print.js';

describe('parseSize', () => {
  it('reads bytes, binary units and decimals', () => {
    assert.equal(parseSize('500KB'), 512000);
    assert.equal(parseSize('1.5MB'), 1572864);
    assert.equal(parseSize('1048576'), 1048576);
    assert.equal(parseSize('2 GiB'), 2 * 1024 ** 3);
    assert.equal(parseSize('10mb'), 10 * 1024 ** 2);
    assert.equal(parseSize('0'), 0);
  });
  it('rejects what is not a size', () => {
    for (const bad of ['', 'abc', '10XB', '-5', '1.2.3MB', 'MB', '5 M B']) assert.equal(parseSize(bad), undefined, bad);
  });
  it('round-trips any whole number of bytes, KB and MB', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.constantFrom(['', 1], ['B', 1], ['KB', 1024], ['MB', 1024 ** 2]),
        (n, [unit, mult]) => {
          const bytes = parseSize(`${n}${unit}`);
          return Number.isSafeInteger(n * mult) ? bytes === n * mult : bytes === undefined || bytes === n * mult;
        },
      ),
    );
  });
});

describe('selectTurns', () => {
  const five = [1, 2, 3, 4, 5];
  it('understands every documented form', () => {
    assert.deepEqual(selectTurns('all', five), five);
    assert.deepEqual(selectTurns('latest', five), [5]);
    assert.deepEqual(selectTurns('3', five), [1, 2, 3], 'N means the first N turns, as MassGen documents');
    assert.deepEqual(selectTurns('2-4', five), [2, 3, 4]);
    assert.deepEqual(selectTurns('1,3,5', five), [1, 3, 5]);
    assert.deepEqual(selectTurns(' 1, 3 ,4-5 ', five), [1, 3, 4, 5]);
    assert.deepEqual(selectTurns('LATEST', five), [5]);
  });
  it('works on non-contiguous turn numbers', () => {
    const gaps = [1, 2, 7];
    assert.deepEqual(selectTurns('latest', gaps), [7]);
    assert.deepEqual(selectTurns('2', gaps), [1, 2]);
    assert.deepEqual(selectTurns('2-7', gaps), [2, 7]);
  });
  it('rejects bad and out-of-range values with the real turn count', () => {
    for (const bad of ['6', '0', '4-9', '3-2', 'x', '1,,2', '1,9', '-1', '2-']) {
      assert.throws(
        () => selectTurns(bad, five),
        (err: unknown) => {
          assert.ok(err instanceof UsageError);
          assert.equal(err.exitCode, 2);
          assert.match(err.message, /the session has 5 turns \(1-5\)/);
          assert.match(err.message, /latest/);
          return true;
        },
        bad,
      );
    }
  });
  it('never selects a turn that does not exist, for any list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1 }), fc.string(), (turns, spec) => {
        const available = [...turns].sort((a, b) => a - b);
        try {
          const got = selectTurns(spec, available);
          return (
            got.length > 0 && got.every((t) => available.includes(t)) && got.every((t, i) => i === 0 || t > got[i - 1]!)
          );
        } catch (err) {
          return err instanceof UsageError;
        }
      }),
    );
  });
});

describe('default exclusions', () => {
  // The general gitignore matcher over the same patterns: the fast segment matcher must agree with it.
  const reference = Object.entries(DEFAULT_EXCLUDES).map(
    ([category, patterns]) => [category, ignore({ allowRelativePaths: true }).add(patterns)] as const,
  );
  const referenceReason = (p: string): string | null => reference.find(([, ig]) => ig.ignores(p))?.[0] ?? null;
  // Every literal piece of every pattern, plus near misses, so that random paths hit the edges.
  const words = [
    ...new Set(
      Object.values(DEFAULT_EXCLUDES)
        .flat()
        .flatMap((p) =>
          p
            .replace(/^\*\*\//, '')
            .replace(/\/$/, '')
            .split('/'),
        ),
    ),
  ];
  const segment = fc
    .oneof(
      fc.constantFrom(
        ...words.map((w) => w.replace(/\*/g, 'x')),
        ...words.map((w) => w.replace(/\*/g, '')),
        'src',
        'workspace',
        '.github',
        'a.envx',
        'env',
        'cache',
        'x.egg-info',
      ),
      fc
        .tuple(fc.constantFrom(...words), fc.constantFrom('', '.bak', 'x', '.1'))
        .map(([w, s]) => w.replace(/\*/g, 'q') + s),
      fc.stringMatching(/^[a-z._-]{1,6}$/),
    )
    .filter((seg) => !isDisguisedSecretName(seg, true));
  // gitignore has no notion of a secret-bearing name in disguise (`credentials.json.bak`, `.docker.bak/config.json`):
  // those are secret-files.test.ts's; nor of a file whose name is its value's only label (`key`, `api_key.txt`):
  // redact-label-files.test.ts's.
  const disguisedPath = (segs: readonly string[], dir: boolean): boolean =>
    segs.some(
      (seg, i) =>
        isDisguisedSecretPath(
          segs
            .slice(0, i)
            .map((x) => `${x}/`)
            .join(''),
          seg,
          i < segs.length - 1 || dir,
        ) ||
        (i === segs.length - 1 && !dir && isLabelFileName(seg)),
    );

  const matcher = createExcludeMatcher();
  it('the segment matcher agrees with gitignore semantics on random paths', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (segs, dir) => {
        fc.pre(!disguisedPath(segs, dir));
        const p = segs.join('/') + (dir ? '/' : '');
        assert.equal(defaultReason(p), referenceReason(p), p);
        // The walk's form (parents not excluded) agrees wherever its contract holds.
        const parent = segs.slice(0, -1).join('/');
        if (!parent || referenceReason(`${parent}/`) === null)
          assert.equal(
            matcher.childReason(parent ? `${parent}/` : '', segs[segs.length - 1]!, dir),
            referenceReason(p),
            p,
          );
      }),
      { numRuns: 5000 },
    );
  });

  it('with user patterns, agrees with one gitignore matcher over defaults, user patterns and includes', () => {
    // Secret by a pattern that ends at its own name, not only by an ancestor's (which --include may bring back): some
    // tail of its segments matches, and not because the tail's own parent does.
    const secretDefaults = ignore({ allowRelativePaths: true }).add(DEFAULT_EXCLUDES['secret-bearing file']);
    const ownSecret = (q: string): boolean => {
      const segs = q.replace(/\/$/, '').split('/');
      const tail = q.endsWith('/') ? '/' : '';
      return segs.some((_, k) => {
        const matches = (parts: string[], end: string): boolean =>
          parts.length > 0 && secretDefaults.checkIgnore(parts.join('/') + end).ignored;
        return matches(segs.slice(k), tail) && !matches(segs.slice(k, -1), '/');
      });
    };
    const userPattern = fc.oneof(
      fc.constantFrom(
        '*.tmp',
        '*.TMP',
        'notes/',
        'NOTES',
        '/turn_1',
        'src/*.js',
        '!node_modules/',
        '!.env',
        '!*.pyc',
        'cache',
        '**/x/',
        'a*',
        '!a.envx',
        'workspace/',
        '*.log',
        'a?c',
        '[ab]*',
        '[!c]*',
        'src/**',
        '**',
        'x/**/y',
        'a[',
        '\\#x',
      ),
      segment,
    );
    fc.assert(
      fc.property(
        fc.array(userPattern, { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('.env', 'src', 'node_modules/', '*.pyc', 'cache/'), { maxLength: 2 }),
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (exclude, include, segs, dir) => {
          fc.pre(!disguisedPath(segs, dir));
          const userRules = ignore({ allowRelativePaths: true }).add(exclude);
          const userReincluded = (q: string): boolean => userRules.test(q).unignored;
          const all = ignore({ allowRelativePaths: true })
            .add(Object.values(DEFAULT_EXCLUDES).flat())
            .add(exclude)
            .add(include.map((p) => `!${p}`));
          const composed = createExcludeMatcher({ exclude, include });
          const p = segs.join('/') + (dir ? '/' : '');
          // gitignore's answer, but for one exception: only --include brings back a secret-bearing file (a `!` line
          // in an untrusted .massgenignore never does).
          const byInclude = ignore({ allowRelativePaths: true }).add(include.map((x) => `!${x}`));
          const secretKept = (q: string): boolean => ownSecret(q) && !byInclude.test(q).unignored;
          const prefixes = segs.map((_, i) => segs.slice(0, i + 1).join('/') + (i < segs.length - 1 || dir ? '/' : ''));
          const expected =
            all.ignores(p) || prefixes.some((q) => !all.ignores(q) && secretKept(q) && userReincluded(q));
          assert.equal(composed.reason(p) !== null, expected, `${p} with ${JSON.stringify({ exclude, include })}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a default directory re-included by the user does not exclude what is under it', () => {
    // `.env` is a default and --include re-includes it; `config.json` ends a default (`**/.docker/config.json`).
    const composed = createExcludeMatcher({ include: ['.env'] });
    for (const p of ['.env/', '.env/config.json', '.env/config.json/node_modules'])
      assert.equal(composed.reason(p), null, p);
    assert.equal(composed.reason('.env/config.json/node_modules/'), 'dependency tree or cache');
    assert.equal(composed.reason('.env/.docker/config.json'), 'secret-bearing file');
    // A user pattern excluding the directory (`[!c]*`) does not reach under it once --include re-includes it.
    const negated = createExcludeMatcher({ exclude: ['[!c]*'], include: ['.env'] });
    assert.equal(negated.reason('.env/config.json'), null);
    assert.equal(negated.childReason('.env/', 'config.json', false), null);
    assert.equal(negated.reason('.env/x.txt'), 'user pattern');
  });

  it('matches multi-segment defaults anywhere, never by substring', () => {
    assert.equal(defaultReason('turn_1/ws/.yarn/cache/'), 'dependency tree or cache');
    assert.equal(defaultReason('turn_1/ws/.docker/config.json'), 'secret-bearing file');
    assert.equal(defaultReason('turn_1/ws/docker/config.json'), null);
    assert.equal(defaultReason('turn_1/ws/my_node_modules/x.js'), null);
    assert.equal(defaultReason('turn_1/ws/node_modules'), null); // a file named like a directory pattern
    assert.equal(defaultReason('turn_1/ws/node_modules/'), 'dependency tree or cache');
    assert.equal(defaultReason('turn_1/ws/$RECYCLE.BIN/'), 'OS junk');
  });
});

describe('jsonChunks and printJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, in line-aligned chunks', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 200 }), (v, size) => {
        const chunks = [...jsonChunks(v, size)];
        assert.equal(chunks.join(''), JSON.stringify(v, null, 2));
        for (const c of chunks.slice(1)) assert.ok(c.startsWith('\n'), 'each chunk after the first starts a line');
      }),
      { numRuns: 2000 },
    );
  });
  it('leaves out undefined members, writes null for undefined items, and honours toJSON', () => {
    const v = {
      a: undefined,
      b: [undefined, () => 1, 2],
      c: { d: new Date(0), e: { f: { g: [1, { h: 'x\ny' }] } } },
      s: Symbol('s'),
    };
    assert.equal([...jsonChunks(v, 8)].join(''), JSON.stringify(v, null, 2));
    assert.deepEqual([...jsonChunks([])], ['[]']);
    assert.deepEqual([...jsonChunks({})], ['{}']);
  });
  it('writes long lists (written a group of records at a time) exactly, at every depth', () => {
    const record = (i: number) => ({
      path: `a/${i}\n"x"`,
      bytes: i,
      nested: i % 3 ? { r: [i, { s: null }] } : [],
      gone: undefined,
    });
    const list = (n: number) => Array.from({ length: n }, (_, i) => (i % 50 === 7 ? undefined : record(i)));
    const doc = { top: list(300), plan: { files: list(129), deeper: { again: list(65), more: [list(70)] } }, n: 1 };
    for (const v of [doc, list(1000), [list(200)]]) {
      for (const size of [1, 100, 65536]) {
        const chunks = [...jsonChunks(v, size)];
        assert.equal(chunks.join(''), JSON.stringify(v, null, 2));
        for (const c of chunks.slice(1)) assert.ok(c.startsWith('\n'));
      }
    }
  });
  it('lineChunks ends every line and every chunk with a line break, and loses nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 50 }),
        fc.integer({ min: 1, max: 40 }),
        (lines, size) => {
          const chunks = [...lineChunks(lines, size)];
          assert.equal(chunks.join(''), lines.map((l) => `${l}\n`).join(''));
          for (const c of chunks) assert.ok(c.endsWith('\n') && c.length > 0);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('printJson waits for a slow reader instead of queueing the document in memory', async () => {
    const doc = { files: Array.from({ length: 20_000 }, (_, i) => ({ path: `turn_1/attempt_1/f${i}.txt`, bytes: i })) };
    const expected = `${JSON.stringify(doc, null, 2)}\n`;
    assert.ok(expected.length > 1_000_000);
    const received: string[] = [];
    let mostQueued = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        received.push(chunk);
        setImmediate(done);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((chunk: string) => {
      const room = write(chunk);
      mostQueued = Math.max(mostQueued, slow.writableLength);
      return room;
    }) as typeof slow.write;
    await printJson(doc, slow, (c) => c.toUpperCase());
    await new Promise<void>((resolve) => slow.end(resolve));
    assert.equal(received.join(''), expected.toUpperCase(), 'every chunk passed through the transform, in order');
    assert.ok(
      mostQueued <= 16 * 1024 + 70_000,
      `at most about one chunk past the high-water mark was queued (${mostQueued} bytes)`,
    );
    assert.equal(jsonBytes(doc) + 1, Buffer.byteLength(expected));
  });
});

describe('MappedList', () => {
  it('writes items mapped a group at a time, exactly as JSON.stringify writes the mapped list', () => {
    const items = Array.from({ length: 150 }, (_, i) => ({ p: `f${i}`, n: i }));
    const map = (x: { p: string; n: number }) => (x.n % 7 === 3 ? undefined : { path: x.p, twice: x.n * 2, at: [x.n] });
    const doc = {
      top: new MappedList(items, map),
      deep: { a: { b: { c: new MappedList(items.slice(0, 70), map) } } },
      empty: new MappedList([], map),
    };
    const expected = JSON.stringify(doc, null, 2);
    assert.equal(
      expected,
      JSON.stringify(
        { top: items.map(map), deep: { a: { b: { c: items.slice(0, 70).map(map) } } }, empty: [] },
        null,
        2,
      ),
    );
    for (const size of [1, 500, 65536]) assert.equal([...jsonChunks(doc, size)].join(''), expected);
  });
});

describe('prioritize', () => {
  // The order spelled out plainly: a key per file compared field by field, then the walk's order.
  const META = [
    'status.json',
    'metrics_summary.json',
    'execution_metadata.yaml',
    'coordination_events.json',
    'snapshot_mappings.json',
    'coordination_table.txt',
    'vote.json',
  ];
  type F = { attemptRel: string; turn: number; attempt: number; size: number };
  function reference(files: F[], attemptOrder: Map<string, number>): number[] {
    const steps = new Map<string, string[]>();
    const roles = files.map((f) => roleOf(f.attemptRel));
    files.forEach((f, i) => {
      const r = roles[i]!;
      if (!r.agent || !r.step || r.step === 'final') return;
      const k = `${f.turn}/${f.attempt}/${r.agent}`;
      steps.set(k, [...new Set([...(steps.get(k) ?? []), r.step])].sort().reverse());
    });
    const key = (f: F, i: number): number[] => {
      const r = roles[i]!;
      const order = attemptOrder.get(`${f.turn}/${f.attempt}`) ?? 0;
      const recency =
        r.agent && r.step && r.step !== 'final' ? steps.get(`${f.turn}/${f.attempt}/${r.agent}`)!.indexOf(r.step) : 0;
      const name = f.attemptRel.split('/').pop()!;
      const rest = f.attemptRel.startsWith('agent_outputs/')
        ? 0
        : f.attemptRel.endsWith('execution_trace.md')
          ? 1
          : f.attemptRel.endsWith('/context.txt')
            ? 2
            : 3;
      if (r.tier === 0)
        return [
          0,
          r.step === null
            ? 2 ** 19 + META.indexOf(name)
            : r.step === 'final'
              ? 0
              : (name === 'vote.json' ? 2 ** 18 : 1) + recency,
          order,
          0,
        ];
      if (r.tier === 1) return [1, 0, order, f.size];
      if (r.tier === 2) return [2, recency, order, f.size];
      return [3, rest, order, f.size];
    };
    const keys = files.map(key);
    return files
      .map((_, i) => i)
      .sort((a, b) => {
        for (let j = 0; j < 4; j++) if (keys[a]![j] !== keys[b]![j]) return keys[a]![j]! - keys[b]![j]!;
        return a - b;
      });
  }
  /** The files as the walk stores them: each attempt's directories once, each file a directory id and a name. */
  function walkTable(files: F[]): WalkTable {
    const attempts = [...new Set(files.map((f) => `${f.turn}/${f.attempt}`))].map((k) => ({
      turn: Number(k.split('/')[0]),
      attempt: Number(k.split('/')[1]),
    }));
    const table = new WalkTable(attempts);
    const dirs = new Map<string, number>();
    for (const f of files) {
      const a = attempts.findIndex((x) => x.turn === f.turn && x.attempt === f.attempt);
      const cut = f.attemptRel.lastIndexOf('/') + 1;
      const prefix = `turn_${f.turn}/attempt_${f.attempt}/`;
      const rel = prefix + f.attemptRel.slice(0, cut);
      let dir = dirs.get(rel);
      if (dir === undefined) dirs.set(rel, (dir = table.addDir(rel, a, prefix.length)));
      table.addFile(dir, f.attemptRel.slice(cut), f.size, 0);
    }
    return table;
  }
  const part = (xs: string[]) => fc.constantFrom(...xs);
  const name = part([...META, 'answer.txt', 'context.txt', 'execution_trace.md', 'a.txt', 'b.py']);
  const agent = part(['agent_a', 'agent_b', 'final', 'agent_outputs', 'workspace']);
  const step = part(['20260131_101530_654321', '20260131_101531_000001', '20260131_111530', 'notastep']);
  const attemptRel = fc.oneof(
    name,
    fc.tuple(agent, step, name).map((p) => p.join('/')),
    fc.tuple(agent, step, name).map(([a, s, n]) => `${a}/${s}/workspace/${n}`),
    fc.tuple(agent, name).map(([a, n]) => `final/${a}/workspace/d/${n}`),
    name.map((n) => `agent_outputs/${n}`),
  );
  const file = fc.record({
    attemptRel,
    turn: fc.integer({ min: 1, max: 3 }),
    attempt: fc.integer({ min: 1, max: 2 }),
    size: fc.oneof(
      fc.integer({ min: 0, max: 4 }).map((n) => n * 1000),
      fc.nat({ max: 2 ** 40 }),
    ),
  });

  it('orders files exactly as the plain field-by-field key does (fast-check)', () => {
    // Lists of every length up to 60 (fast-check favours short ones otherwise), so that files of one directory meet
    // often.
    fc.assert(
      fc.property(fc.array(file, { maxLength: 60, size: 'max' }), (files) => {
        const order = new Map(['1/1', '1/2', '2/1', '2/2', '3/1', '3/2'].map((k, i) => [k, 5 - i]));
        const table = walkTable(files);
        const byIndex = table.attempts.map((a) => order.get(`${a.turn}/${a.attempt}`)!);
        const ranked = prioritize(table, byIndex);
        assert.deepEqual(ranked.order, reference(files, order));
        ranked.order.forEach((i) => assert.deepEqual(ranked.roles[i], roleOf(files[i]!.attemptRel)));
      }),
      { numRuns: 1000 },
    );
  });
});
