import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printedJsonRedaction } from '../src/core/redact/printed.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { jsonChunks } from '../src/ui/json-writer.js';
import { CHARSETS, leaks, rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 808));
const random = (n: number): string =>
  Array.from({ length: n }, () => CHARSETS.alnum[Math.floor(rand() * CHARSETS.alnum.length)]).join('');

const LEARNED = `${random(29)}8Qm`;
const ANOTHER = `${random(29)}3Tv`;
const GHP = `ghp_${random(36)}`;
const KEYED = `${random(29)}5Hn`;

/** A document shaped like the export's: records with paths, repeated reasons, a question. */
function doc(n: number): unknown {
  const left = Array.from({ length: n }, (_, i) => ({
    path: `turn_1/attempt_1/agent_a/workspace/src/part_${i % 7}/module_${i}.js`,
    reason: 'over --workspace-limit for agent_a in turn 1',
    bytes: 4096,
  }));
  left.push({ path: `turn_1/attempt_1/agent_a/workspace/cache-${LEARNED}/x.json`, reason: 'excluded', bytes: 1 });
  left.push({ path: `turn_1/attempt_1/agent_a/workspace/${GHP}.txt`, reason: 'excluded', bytes: 1 });
  return {
    session: { id: 'log_1' },
    turns: [{ question: `Why does api_key=${KEYED} fail with ${LEARNED}?` }],
    left_out: left,
    plan: { files: [{ path: 'turn_1/attempt_1/final/agent_a/answer.txt', name: `x__${LEARNED}.txt` }] },
  };
}

const learnedRedactor = (): Redactor => {
  const r = new Redactor({ learn: true });
  r.learn([{ name: 'api_key', value: LEARNED }]);
  return r;
};

describe('the printed --json document: paths with the passes that need no context, other lines once each', () => {
  it('prints exactly what redacting every chunk with every pass prints', () => {
    const r = learnedRedactor();
    const net = printedJsonRedaction(r);
    const chunks = [...jsonChunks(doc(3000), 4096)];
    assert.ok(chunks.length > 20);
    const printed = chunks.map(net).join('');
    assert.equal(printed, chunks.map((c) => r.redactString(c)).join(''));
    assert.deepEqual(
      leaks(printed, [
        { family: 'learned', value: LEARNED, context: '' },
        { family: 'github', value: GHP, context: '' },
        { family: 'key-name', value: KEYED, context: '' },
      ]),
      [],
    );
    assert.match(
      printed,
      /"path": "turn_1\/attempt_1\/agent_a\/workspace\/cache-\[REDACTED:known-value:api_key\]\/x\.json"/,
    );
    assert.match(printed, /"question": "Why does api_key=\[REDACTED:[a-z-]+\] fail/);
  });

  it('a value learned after a line was printed is redacted where the line comes again', () => {
    const r = new Redactor({ learn: true });
    const net = printedJsonRedaction(r);
    assert.equal(net(`  "note": "api_key=${KEYED}",\n`), `  "note": "api_key=[REDACTED:secret-key-value]",\n`);
    const line = `  "note": "used ${ANOTHER}",\n  "path": "a/${ANOTHER}/b",\n`;
    assert.equal(net(line), line);
    r.learn([{ name: 'token', value: ANOTHER }]);
    assert.equal(
      net(line),
      '  "note": "used [REDACTED:known-value:token]",\n  "path": "a/[REDACTED:known-value:token]/b",\n',
    );
  });
});

describe("a directory's names, met again in every workspace snapshot", () => {
  it('are scanned once per values learned: the same result until a value is learned, then scanned again', () => {
    const r = new Redactor({ learn: true });
    const names = ['index.html', `cache-${ANOTHER}`, 'src'];
    const first = r.scanNames(names);
    assert.deepEqual(first, [null, null, null]);
    assert.equal(r.scanNames([...names]), first);
    r.learn([{ name: 'token', value: ANOTHER }]);
    const again = r.scanNames(names);
    assert.notEqual(again, first);
    assert.deepEqual(again[1], { rules: ['known-value'], shown: 'cache-[REDACTED:known-value:token]' });
  });
});
