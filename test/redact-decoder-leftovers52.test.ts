/**
 * The property test of normalising (redact-normalise) drew text around a key from escapes' pieces and found two false
 * alarms already on `e1c33f7`: `a:%zz%20Z9` read as a `user:password` line's password, and a decoder's leftover
 * (`As%4u0073x41`: `\x41`, `\u0073` and `%4` half decoded) read as a generator's password with no name. A one-letter
 * name is a variable's or a drive's, a `%XX` escape a URL's or a form's data, and an escape's body (`u0073`) no
 * generator's output. A `user:password` line and a generator's password are still redacted. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5201);
// No `$` (a shell's `$name`) nor `%` (a format's `%s`): those are read as code on purpose.
const SYMBOLS = '!@#^&*~?';

/** A generator's password of 14 to 20 characters: both cases and digits alternating, two symbols. */
function generated(g: SeededGen): string {
  const n = 12 + g.int(7);
  const chars = Array.from({ length: n }, (_, i) =>
    g.pick(i % 3 === 0 ? 'digits' : i % 3 === 1 ? 'letters' : 'alnum', 1),
  );
  for (let k = 0; k < 2; k++) chars.splice(2 + g.int(n - 4), 0, SYMBOLS[g.int(SYMBOLS.length)]!);
  return `${g.pick('letters', 1)}${chars.join('')}`.replace(/[a-z]{4,}/g, (w) => w.toUpperCase());
}

/** A `%XX` escape, or a `%` with one or no hex digit after it (`%4`, `%zz`). */
const percent = (g: SeededGen): string =>
  g.one([`%${g.pick('hex', 2).toUpperCase()}`, `%${g.pick('hex', 2)}`, `%${g.pick('hex', 1)}`, '%zz']);

function leftovers(seed: number): [string, string][] {
  const g = seededGen(seed);
  return Array.from({ length: 24 }, (_, i) => {
    const body = `u00${g.pick('hex', 2)}`;
    if (i % 3 === 0)
      return [
        'agent_outputs/agent_a.txt',
        `${g.pick('lowerAlnum', 1).replace(/\d/, 'a')}:${percent(g)}${percent(g)}${g.pick('alnum', 3)}${percent(g)}\n`,
      ];
    if (i % 3 === 1)
      return [
        'events.jsonl',
        `{"t":"x"} ${g.pick('letters', 2)}%${g.pick('digits', 1)}${body}x${g.pick('hex', 2)}${g.pick('upperAlnum', 2)}\n`,
      ];
    return [
      'logs/decoded.log',
      `decoded: ${body}${g.pick('upperAlnum', 2)}%${g.pick('upperAlnum', 2)}${g.pick('letters', 1)}@ end\n`,
    ];
  });
}

function passwords(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 16 }, (_, i) => {
    const value = generated(g);
    const login = g.one(['sensor', 'backup', 'alice', 'ci-runner', 'monitor']);
    return i % 2 === 0
      ? { name: 'user:password line', rel: 'workspace/agent_a/mosquitto/passwd', text: `${login}:${value}\n`, value }
      : { name: 'bare', rel: 'agent_outputs/agent_b.txt', text: `Generated for the NAS: ${value} (keep it)\n`, value };
  });
}

describe(`a decoder's leftovers and URL-encoded data (seed ${SEED})`, () => {
  itKeeps('a one-letter name, `%XX` escapes and escape bodies come out byte for byte', () => leftovers(SEED), 24);
  itRedacts(
    "a `user:password` line and a generator's password with no name are still redacted",
    () => passwords(SEED + 1),
    16,
  );
});
