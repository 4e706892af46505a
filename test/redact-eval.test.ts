/**
 * The held-out redaction evaluation of issue 11 (see test/helpers/redact-eval.ts): a corpus of
 * secrets in the issue's eight categories, exported by the real CLI three ways (--output DIR,
 * --output ZIP, --dry-run --json), checked by what a recipient could decode. Prints the
 * per-category table (planted / withheld / leaked / damaged) to stderr.
 * REDACT_EVAL_SEED=N draws a different corpus.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CLI, REPO } from './helpers/env.js';
import { CATEGORIES, describeDamage, describeLeak, evaluate, table, type Category, type EvalReport } from './helpers/redact-eval.js';

const seed = Number(process.env.REDACT_EVAL_SEED ?? 20261130);

describe('held-out redaction evaluation (issue 11)', () => {
  let report: EvalReport;
  before(async () => {
    report = await evaluate({ repo: REPO, cli: CLI, seed });
    process.stderr.write(`\nRedaction evaluation (seed ${seed}; runs: ${report.runs.map((r) => `${r.name} ${r.ms} ms`).join(', ')})\n${table(report)}\n`);
  });

  /** No verdict without the exports: a failed run must not pass a category by leaking nothing. */
  const exported = () => {
    for (const r of report.runs) assert.equal(r.code, 0, `${r.name} failed, so nothing was checked: ${r.stderr.slice(0, 2000)}`);
  };

  it('the CLI exports the corpus three ways', exported);

  it('the corpus is broad, and the checker sees every plant in the unredacted input', () => {
    for (const c of [1, 2, 3, 4, 5, 6, 7] as Category[]) {
      const n = report.plants.filter((p) => p.category === c).length;
      assert.ok(n >= 25, `category ${c} has ${n} placements`);
    }
    assert.ok(report.plants.length >= 200, `${report.plants.length} placements`);
    assert.ok(report.benignFiles >= 25, `${report.benignFiles} benign files`);
    assert.deepEqual(report.invisible.map((p) => `cat ${p.category} ${p.family} ${p.encoding} in ${p.file}`), []);
  });

  for (const c of [1, 2, 3, 4, 5, 6, 7] as Category[]) {
    it(`category ${c} (${CATEGORIES[c]}): no planted secret reaches a recipient`, () => {
      exported();
      const leaks = report.leaks.filter((l) => l.plant.category === c);
      const planted = report.plants.filter((p) => p.category === c).length;
      // One line per leaked plant (the first finding; the runs that leaked it), all of them.
      const byPlant = new Map<object, { line: string; runs: Set<string> }>();
      for (const l of leaks) {
        const cur = byPlant.get(l.plant) ?? { line: describeLeak(l).replace(/^\[[^\]]*\] /, ''), runs: new Set<string>() };
        cur.runs.add(l.run);
        byPlant.set(l.plant, cur);
      }
      const lines = [...byPlant.values()].map((v) => `  ${v.line} [${[...v.runs].join(', ')}]`);
      assert.equal(byPlant.size, 0, `${byPlant.size} of ${planted} planted secrets reach a recipient:\n${lines.join('\n')}`);
    });
  }

  it('category 8 (benign): every benign file goes out byte-identical, and still parses', () => {
    exported();
    const damage = report.damage.filter((d) => d.category === 8);
    const files = new Set(damage.map((d) => d.file)).size;
    assert.equal(damage.length, 0, `${files} of ${report.benignFiles} benign files damaged:\n${damage.map((d) => `  ${describeDamage(d)}`).join('\n')}`);
  });

  it('files that hold a secret change only at the secret, and what parsed before still parses', () => {
    exported();
    const damage = report.damage.filter((d) => d.category !== 8);
    assert.equal(damage.length, 0, `${damage.length} damaged strings:\n${damage.map((d) => `  ${describeDamage(d)}`).join('\n')}`);
  });
});
