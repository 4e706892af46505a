/**
 * Round 22, a secret as code's default value or argument (defaults22-corpus.ts; issue 11): the fallback of an
 * environment lookup or the default of a parameter, flag or option in Python (pydantic, argparse, click, typer, absl),
 * Gradle and Android, R, Go, PHP, JavaScript/TypeScript, Ruby, Kotlin, Swift, C#, Java/Spring, Rust, Dart, Elixir and
 * Lua, and string chunks joined or concatenated into a secret-named variable or an Authorization header. Twins: the
 * same shapes with placeholders, references, paths, help strings and numbers under secret names, models, regions,
 * URLs and ids under other names, joins of words, paths and URLs, and minified code, byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { leaked, plants, SEED, twins } from './helpers/defaults22-corpus.js';

const r = new Redactor();
const red = (s: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(s) + f.end();
};

describe(`round 22: a secret as code's default value or argument (seed ${SEED}, REDACT_SEED replays)`, () => {
  // 784e056 leaked 33 of 223 (seed 2201) and 31 (2202): argparse/click `default=`, Gradle's `"\"…\""`, `resValue`,
  // R's `<-`, `cmp.Or`, `env('X', '…')`, `unwrap_or`, `orElse`, C#'s `?? "…"`, and chunks joined by `"".join`,
  // `strings.Join` or after `"Bearer " +`.
  for (const seed of [SEED, SEED + 1])
    it(`seed ${seed}: a default, fallback or joined chunks under a secret's name`, () =>
      assert.deepEqual(leaked(plants(seed), red), []));

  // 784e056 changed 3 of 377 (a path as a `??` or `||` fallback, a help sentence). Open (also on 784e056): a help
  // sentence as typer's default under a secret name (the key-name layer's secret-key-value).
  it('twin: benign defaults, joins of words, paths and URLs, and minified code are kept', () => {
    const all = twins(SEED + 2);
    assert.ok(all.length >= 300, `${all.length} twins`);
    const changed = all.filter((t) => red(t) !== t).map((t) => `${JSON.stringify(t)} => ${JSON.stringify(red(t))}`);
    assert.ok(changed.length <= 1, changed.join('\n'));
  });

  itIsLinear([
    ['default= on one line', 'default="a1B2c3D4e5",'],
    ['defaults on lines', 'api_key = Field(default="a1B2c3D4e5")\n'],
    ['field( calls', 'secret_key: str = Field('],
    ['R assignments', 'token <- "a1B2c3D4e5" '],
    ['nullish fallbacks', 'token ?? '],
    ['joins', '"".join(["a1B2", "c3D4"])'],
    ['JS joins', 'token = ["a1B2", "c3D4"].join("") '],
    ['Go joins', 'strings.Join([]string{"a1", '],
    ['bearer chunks', '"Bearer " + "a1B2" + '],
    ['Gradle literals', 'buildConfigField "String", "API_KEY", "\\"a1'],
  ]);
});
