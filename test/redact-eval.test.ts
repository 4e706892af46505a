/**
 * The held-out redaction evaluation of issue 11 (see test/helpers/redact-eval.ts): a corpus of
 * secrets in the issue's eight categories, exported by the real CLI three ways (--output DIR with
 * long files as gist files, --output ZIP --verbose with them in the overflow archive, --dry-run
 * --json), each with its own HOME and TMPDIR and no secret in the environment, checked by what a
 * recipient could decode. Prints the per-category table (planted / withheld / leaked / damaged)
 * to stderr. REDACT_EVAL_SEED=N draws a different corpus; `node dist/bench/redact-eval.js
 * --leaks --damage` prints the same with every finding.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CLI, REPO } from './helpers/env.js';
import { docx, pdf, png, zipOf } from './helpers/eval-carriers.js';
import { rng } from './helpers/fake-secrets.js';
import {
  CATEGORIES,
  describeDamage,
  describeLeak,
  evaluate,
  LeakIndex,
  normalize,
  recipientViews,
  table,
  type Category,
  type EvalReport,
  type Plant,
} from './helpers/redact-eval.js';

const seed = Number(process.env.REDACT_EVAL_SEED ?? 20261130);

describe('held-out redaction evaluation (issue 11)', () => {
  let report: EvalReport;
  before(async () => {
    report = await evaluate({ repo: REPO, cli: CLI, seed });
    process.stderr.write(
      `\nRedaction evaluation (seed ${seed}; runs: ${report.runs.map((r) => `${r.name} ${r.ms} ms`).join(', ')})\n${table(report)}\n`,
    );
  });

  /** No verdict without the exports: a failed run must not pass a category by leaking nothing. */
  const exported = () => {
    for (const r of report.runs)
      assert.equal(r.code, 0, `${r.name} failed, so nothing was checked: ${r.stderr.slice(0, 2000)}`);
  };

  it('the CLI exports the corpus three ways', exported);

  it('the corpus is broad, and the checker sees every plant in the unredacted input', () => {
    for (const c of [1, 2, 3, 4, 5, 6, 7] as Category[]) {
      const n = report.plants.filter((p) => p.category === c).length;
      assert.ok(n >= 25, `category ${c} has ${n} placements`);
    }
    assert.ok(report.plants.length >= 200, `${report.plants.length} placements`);
    assert.ok(report.benignFiles >= 25, `${report.benignFiles} benign files`);
    assert.deepEqual(
      report.invisible.map((p) => `cat ${p.category} ${p.family} ${p.encoding} in ${p.file}`),
      [],
    );
  });

  /**
   * Categories where this corpus still finds leaks, each with what leaks (issue 11 stays open for
   * them): run and reported as todo, so the figure is seen on every run without failing it. Take
   * a category out of here once it passes; a category not listed here must pass.
   */
  const open: Partial<Record<Category, string>> = {};
  for (const c of [1, 2, 3, 4, 5, 6, 7] as Category[]) {
    it(`category ${c} (${CATEGORIES[c]}): no planted secret reaches a recipient`, { todo: open[c] }, () => {
      exported();
      const leaks = report.leaks.filter((l) => l.plant.category === c);
      const planted = report.plants.filter((p) => p.category === c).length;
      // One line per leaked plant (the first finding; the runs that leaked it), all of them.
      const byPlant = new Map<object, { line: string; runs: Set<string> }>();
      for (const l of leaks) {
        const cur = byPlant.get(l.plant) ?? {
          line: describeLeak(l).replace(/^\[[^\]]*\] /, ''),
          runs: new Set<string>(),
        };
        cur.runs.add(l.run);
        byPlant.set(l.plant, cur);
      }
      const lines = [...byPlant.values()].map((v) => `  ${v.line} [${[...v.runs].join(', ')}]`);
      assert.equal(
        byPlant.size,
        0,
        `${byPlant.size} of ${planted} planted secrets reach a recipient:\n${lines.join('\n')}`,
      );
    });
  }

  it('category 8 (benign): every benign file goes out byte-identical, and still parses', () => {
    exported();
    const damage = report.damage.filter((d) => d.category === 8);
    const files = new Set(damage.map((d) => d.file)).size;
    assert.equal(
      damage.length,
      0,
      `${files} of ${report.benignFiles} benign files damaged:\n${damage.map((d) => `  ${describeDamage(d)}`).join('\n')}`,
    );
  });

  it('files that hold a secret change only at the secret, and what parsed before still parses', () => {
    exported();
    const damage = report.damage.filter((d) => d.category !== 8);
    assert.equal(
      damage.length,
      0,
      `${damage.length} damaged strings:\n${damage.map((d) => `  ${describeDamage(d)}`).join('\n')}`,
    );
  });
});

describe('the leak checker itself', () => {
  const rand = rng(99);
  const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const word = (n: number) => Array.from({ length: n }, () => alnum[Math.floor(rand() * alnum.length)]).join('');
  const plant = (body: string): Plant => ({ category: 2, family: 'test', encoding: 'raw', file: 'x', body });
  const found = (buf: Buffer, body: string) =>
    recipientViews(buf).some((v) => new LeakIndex([plant(body)]).scan(v.text).size > 0);

  it('finds any 10-character window at any offset, as a naive search does (rolling hash)', () => {
    const bodies = Array.from({ length: 40 }, () => word(12 + Math.floor(rand() * 60)));
    const index = new LeakIndex(bodies.map(plant));
    for (let t = 0; t < 300; t++) {
      const i = Math.floor(rand() * bodies.length);
      const b = bodies[i]!;
      const start = Math.floor(rand() * (b.length - 9));
      const len = 10 + Math.floor(rand() * (b.length - start - 9));
      const text = `${word(Math.floor(rand() * 5000))}${b.slice(start, start + len)}${word(Math.floor(rand() * 50))}`;
      const naive = bodies
        .map((x, j) =>
          Array.from({ length: x.length - 9 }, (_, k) => x.slice(k, k + 10)).some((w) => text.includes(w)) ? j : -1,
        )
        .filter((j) => j >= 0);
      assert.deepEqual(
        [...index.scan(text)].sort((a, c) => a - c),
        naive,
        `case ${t}`,
      );
      assert.ok(index.scan(text).has(i));
    }
    assert.equal(index.scan(word(100_000)).size, 0, 'random text holds no window');
  });

  it('undoes escapes, terminal sequences, URL and HTML encoding, repeatedly', () => {
    const s = `ab${word(30)}`;
    const esc = (x: string) => [...x].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    assert.equal(normalize(esc(s)), s);
    assert.equal(
      normalize(JSON.stringify(JSON.stringify({ k: s.replace('b', '/') }))),
      `"{"k":"${s.replace('b', '/')}"}"`,
    );
    assert.equal(normalize(`${s.slice(0, 5)}\u001b[22m${s.slice(5)}`), s);
    assert.equal(normalize(`${s.slice(0, 5)}\\u001b[1m${s.slice(5)}`), s);
    assert.equal(
      normalize(encodeURIComponent(`${s}+/=`).replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)),
      `${s}+/=`,
    );
    assert.equal(normalize([...s].map((c) => `&#${c.charCodeAt(0)};`).join('')), s);
    assert.equal(normalize('gsk\\_abc\r\n'), 'gsk_abc\n');
  });

  it('opens every carrier a recipient can open', () => {
    const s = word(40);
    const carriers: Record<string, Buffer> = {
      gzip: gzipSync(`k=${s}`),
      zip: zipOf({ 'a/b.txt': `k=${s}` }),
      'zip in zip': zipOf({ 'inner.zip': zipOf({ 'x.txt': s }) }),
      docx: docx([`key ${s}`]),
      pdf: pdf([`key ${s}`]),
      'png zTXt': png([{ kind: 'zTXt', key: 'Comment', text: s }]),
      'png iTXt compressed': png([{ kind: 'iTXt-z', key: 'Comment', text: s }]),
      base64: Buffer.from(`env:\n${Buffer.from(`KEY=${s}\n`).toString('base64')}\n`),
      'MIME base64': Buffer.from(
        Buffer.from(`KEY=${s}\n${'#'.repeat(200)}\n`)
          .toString('base64')
          .replace(/.{76}/g, '$&\n'),
      ),
      'base64 of gzip': Buffer.from(`log: ${gzipSync(s).toString('base64')}`),
      'utf-16le': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${s}`, 'utf16le')]),
    };
    for (const [name, buf] of Object.entries(carriers)) {
      assert.ok(found(buf, s), name);
      if (name !== 'utf-16le')
        assert.ok(!buf.toString('latin1').includes(s.slice(0, 10)), `${name} hides the secret from a plain search`);
    }
    assert.ok(!found(Buffer.from(word(5000)), s), 'no false hit');
  });
});
