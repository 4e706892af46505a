/**
 * Values learned in chains (measure-learning.ts): a file teaches a value only once another value is known, which a file
 * measured later teaches, and so on for 4 to 6 links. Each link needs one more round of re-measuring; with a fixed
 * number of rounds (3, before), the files measured before the last links were learned were written with values their
 * measurement had not seen, and the export stopped with "changed while it was being exported". The rounds now go on
 * until one learns nothing.
 *
 * The redactor here is a stand-in that learns by rule (`link: A B` teaches B once A is known) and replaces every known
 * value, so the chain's depth is exact; the collect, the measurer and the re-measuring are the real ones.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collect } from '../src/core/collect.js';
import { exportContent, type TextFilterFactory } from '../src/core/content.js';
import type { Learning } from '../src/core/redact/learned.js';
import { LIMITS, listed, tempDir } from './helpers/env.js';
import { rng } from './helpers/fake-secrets.js';
import { oneAgentAttempt, writeTree } from './helpers/session-builder.js';

const SESSION = 'log_20260301_090000_000021';

/** Learns `B` from a line `link: A B` once `A` is known; `teach: A` teaches A; replaces every known value. */
class ChainRedactor implements Learning {
  readonly known: string[] = [];
  private on = false;
  /** Filter runs per file name (how many times each was measured). */
  readonly runs = new Map<string, number>();

  version = (): number => this.known.length;
  since = (v: number): string[] => this.known.slice(v);
  harvest(): void {}
  active(on: boolean): void {
    this.on = on;
  }

  /** `before`: the values known when the file's read began (a link follows only those: one link a round). */
  redact(text: string, before = this.known.length): string {
    if (this.on) {
      const seen = this.known.slice(0, before);
      for (const [, v] of text.matchAll(/^teach: (\S+)$/gm)) this.learn(v!);
      for (const [, a, b] of text.matchAll(/^link: (\S+) (\S+)$/gm)) if (seen.includes(a!)) this.learn(b!);
    }
    let out = text;
    for (const v of this.known) out = out.split(v).join('[R]');
    return out;
  }

  private learn(v: string): void {
    if (!this.known.includes(v)) this.known.push(v);
  }

  filter: TextFilterFactory = ({ rel }) => {
    const base = path.basename(rel);
    this.runs.set(base, (this.runs.get(base) ?? 0) + 1);
    let text = '';
    const before = this.known.length;
    return {
      write: (t) => {
        text += t;
        return '';
      },
      end: () => this.redact(text, before),
    };
  };
}

/** A chain of `depth` links, the files named so that each link is measured before the one that teaches its key. */
function chainSession(seed: number, depth: number): { values: string[]; workspace: Record<string, string> } {
  const r = rng(seed);
  const value = (): string =>
    Array.from(
      { length: 24 },
      () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'[Math.floor(r() * 56)],
    ).join('');
  const values = Array.from({ length: depth + 1 }, value);
  // Config-like files are measured first: the links (later links first), then the prose that teaches the first value.
  const workspace: Record<string, string> = { 'notes.md': `Intro.\nteach: ${values[0]}\n` };
  for (let k = 0; k < depth; k++) {
    workspace[`link_${String.fromCharCode(97 + depth - k)}.yaml`] =
      `name: link ${k}\nlink: ${values[k]} ${values[k + 1]}\n`;
  }
  // A file that holds every value as written, measured first.
  workspace['all.json'] = `${JSON.stringify({ values })}\n`;
  return { values, workspace };
}

describe('values learned in chains of 4 to 6 links', () => {
  for (const depth of [4, 5, 6]) {
    it(`depth ${depth}: every value is learned, every file is measured with all of them`, async () => {
      const seed = 2100 + depth;
      console.log(`seed ${seed}`);
      const { values, workspace } = chainSession(seed, depth);
      const root = path.join(await tempDir('mgs-chains-'), SESSION);
      await writeTree(
        path.join(root, 'turn_1', 'attempt_1'),
        // The files once, in the final workspace (an answer's snapshot would hold a second copy of each link).
        {
          ...oneAgentAttempt({ question: 'chains', sessionName: SESSION }),
          ...Object.fromEntries(Object.entries(workspace).map(([rel, t]) => [`final/agent_a/workspace/${rel}`, t])),
        },
      );
      const red = new ChainRedactor();
      const plan = listed(
        await collect({
          session: { root, id: SESSION },
          limits: LIMITS,
          content: exportContent({ filter: red.filter }),
          learning: red,
        }),
      );
      assert.deepEqual(red.known, values, 'every value of the chain is learned, in order');
      // What the write would produce now (every value known) is what was measured: no "changed while exported".
      const checked = new Set<string>();
      for (const f of plan.files) {
        if (!Object.keys(workspace).includes(path.basename(f.path))) continue;
        const text = await readFile(path.join(root, f.path), 'utf8');
        const out = red.redact(text);
        assert.equal(f.sha256, createHash('sha256').update(out).digest('hex'), `${f.path} measured with every value`);
        for (const v of values) assert.ok(!out.includes(v), `${f.path} holds a value`);
        checked.add(path.basename(f.path));
      }
      assert.equal(checked.size, Object.keys(workspace).length, 'every file of the workspace is exported');
      // The chain needed its rounds (the first measurement and 3 rounds were all there were before): the last link's
      // file is measured first in each round, before the round learns its value.
      const runs = red.runs.get('link_b.yaml')!;
      console.log(`depth ${depth}: link_b.yaml measured ${runs} times, ${red.known.length} values learned`);
      assert.ok(runs > 4, `link_b.yaml measured ${runs} times`);
    });
  }
});
