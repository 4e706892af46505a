/**
 * A notebook's outputs and markdown cells are text, its code cells' sources code: `api_key=<value>` printed by a cell
 * was kept as if the value were a variable's name (the whole `.ipynb` was judged as code). And a line Jupyter writes
 * cut into list elements (an element not ending in `\n` goes on on the same line) is read joined: the second half of
 * a value cut across elements went out. No 10-character window of a secret can be read back from the joined lists; the
 * twins (code referring to keys, ids, hashes, prose and outputs, cut the same way) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { windowLeak } from './helpers/chunk-corpus.js';
import { benignNotebooks, notebookPlants, readBack } from './helpers/notebook-corpus.js';
import { seededGen } from './helpers/fake-secrets.js';

function exported(text: string, rel = 'workspace/a.ipynb'): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

describe("a notebook's outputs and markdown cells are text", () => {
  it('redacts a random value under a key name printed in a stream output', () => {
    const g = seededGen(2026120319);
    const kept: string[] = [];
    for (let i = 0; i < 300; i++) {
      const value = g.pick('alnum', 20);
      const nb = JSON.stringify({
        cells: [
          { cell_type: 'code', outputs: [{ output_type: 'stream', name: 'stdout', text: [`api_key=${value}\n`] }] },
        ],
        nbformat: 4,
      });
      if (exported(nb).includes(value)) kept.push(value);
    }
    assert.deepEqual(kept, []);
  });

  it('redacts secrets cut across list elements in outputs, markdown and code, the JSON still valid', () => {
    const missed: string[] = [];
    const plants = [...notebookPlants(19, 200), ...notebookPlants(20, 200)];
    for (const p of plants) {
      const out = exported(p.notebook);
      if (windowLeak(readBack(out), p.value)) missed.push(`${p.family} in ${p.where}`);
    }
    assert.ok(plants.length >= 400);
    assert.deepEqual(missed, []);
  });

  it('keeps benign notebooks byte for byte', () => {
    const changed: string[] = [];
    for (const nb of benignNotebooks(21, 300)) {
      const out = exported(nb);
      JSON.parse(out);
      if (out !== nb) changed.push(nb);
    }
    assert.equal(changed.length, 0, changed.slice(0, 2).join('\n---\n'));
  });
});
