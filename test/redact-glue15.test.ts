/**
 * Round 15: a token glued on the right to more characters (`ghp_<36>abc`, `AKIA<16>X`, `lin_api_<40>-x`,
 * `AGE-SECRET-KEY-1…` then a letter, `<token>_suffix`, `<token>.x`) and a token that starts a URL's or a path's segment
 * (`/v1/<token>/`), for every prefix family of rules.ts (glue15-tokens.ts), glued to 1-8 letters, digits, `_…`, `-…`,
 * `.…`, `=…`, in prose, JSON, code, URLs, paths and YAML (glue15-corpus.ts). Its twin: names that start with a family's
 * prefix (TypeScript's words joined in seven styles, names read from node_modules, base64url runs and hashes that
 * hold a prefix after `_` or `-`) come out byte for byte. glued-right.ts; rules.ts (slack-token needs a digit).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingStrings } from '../src/core/redact/leading.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';
import { itIsLinear } from './helpers/child-timer.js';
import {
  gluedRightPlants,
  leaks,
  nodeIdentifiers,
  nodeWords,
  PLACES,
  prefixNames,
  runTwins,
  urlPlants,
} from './helpers/glue15-corpus.js';
import { redactAs } from './helpers/placements.js';

/**
 * Open: families whose prefix is three characters or less (`sk-`, `pa-`, `SG.`, `cio`, `EAA`, Twilio's `SK`, Airtable's
 * `pat`) or a word's start (`key-`, `secret_`, `sess-`, `napi_`): glued on the right, they read as a name's start; and
 * those whose rule keeps a base64 run that starts like their token (Square's `EAAA…`; 1Password's `ops_eyJ…=x`).
 */
const OPEN = new Set(
  (
    'twilio-api-key sendgrid-api-key scaleway-access-key openai-session-key onepassword-secret-key nuget-api-key ' +
    'notion-token/secret mailgun-api-key firecrawl-api-key elevenlabs-api-key crates-io-token clickup-token ' +
    'airtable-pat meta-access-token neon-api-key voyage-api-key sk-api-key resend-api-key replicate-api-token ' +
    'modal-token huggingface-token fireworks-api-key square-token square-token/oauth ' +
    'onepassword-service-account-token'
  ).split(' '),
);
const family = (name: string): string => name.split('/').slice(0, -2).join('/');

describe('tokens glued on the right (round 15)', () => {
  it('no window of a token with a distinctive prefix goes out, whatever is glued after it', () => {
    for (const seed of [1501, 1502]) {
      const plants = gluedRightPlants(seed);
      assert.ok(plants.length >= 1500, `${plants.length}`);
      const leaked = plants.filter((p) => !OPEN.has(family(p.name)) && leaks(redactAs(p.rel, p.text), p.secret));
      assert.deepEqual(
        leaked.map((p) => `${p.name}: ${p.text.trim()}`),
        [],
      );
    }
  });

  it("a token that starts a URL's or a path's segment, or a query's value, is replaced", () => {
    const plants = urlPlants(1503);
    const leaked = plants.filter((p) => !OPEN.has(p.name.split('/').slice(0, -1).join('/')));
    assert.deepEqual(
      leaked.filter((p) => leaks(redactAs(p.rel, p.text), p.secret)).map((p) => p.text.trim()),
      [],
    );
  });
});

describe('names that start with a family prefix (round 15 twin)', () => {
  const literals = [
    ...new Set(
      SHAPE_RULES.filter((r) => r.prefix && !r.caseInsensitive)
        .flatMap((r) => leadingStrings(r.source) ?? [])
        .filter((l) => l.length >= 3 && /^[\x21-\x7e]+$/.test(l)),
    ),
  ];
  // A name the rule table reads a token in is one, as it was before this round: a family's whole shape from its start
  // (`bb_live_new_padding_…`, `GOCSPX-increase_related_…`: 8% of the generated names), or a token after a `_` or `-`,
  // where a distinctive prefix starts one (`<run>_glpat-<body>`). The twins are the names it reads none in.
  const rules = SHAPE_RULES.filter((r) => r.prefix && !r.caseInsensitive);
  const whole = rules.map((r) => new RegExp(`^(?:${r.source})$`));
  const from = rules.map((r) => new RegExp(`^(?:${r.source})`));
  const tokenToTable = (n: string): boolean =>
    whole.some((re) => re.test(n)) ||
    [...n.matchAll(/[_-]/g)].some((m) => from.some((re) => re.test(n.slice(m.index + 1))));

  it('come out byte for byte in prose, JSON, code, URLs, paths and YAML', () => {
    const names = [
      ...prefixNames(1511, literals, nodeWords()),
      ...nodeIdentifiers(literals),
      ...runTwins(1512, literals),
    ].filter((n) => !tokenToTable(n));
    assert.ok(names.length >= 2000, `${names.length}`);
    const damaged: string[] = [];
    names.forEach((n, i) => {
      const [, rel, wrap] = PLACES[i % PLACES.length]!;
      const out = redactAs(rel, wrap(n));
      if (out !== wrap(n)) damaged.push(`${n} -> ${out.trim()}`);
    });
    assert.deepEqual(damaged, []);
  });

  it("a Slack-like setting's name (no digit in its first parts) is no token", () => {
    const words = nodeWords(400);
    for (let i = 0; i < 50; i++) {
      const name = `${'xo'}xb-${['token', 'rotation', words[i]!, words[i + 50]!, 'enabled'].join('-')}`;
      for (const [, rel, wrap] of PLACES) assert.equal(redactAs(rel, wrap(name)), wrap(name));
    }
  });
});

/** Hostile lines of the pass's own pieces, 64 KiB then 1 MiB: 16 times the text costs at most 32 times the CPU. */
const UNITS: [string, string][] = [
  ['spaced prefixes', ' AKIA'],
  ['slashed prefixes', '/ghp_'],
  ['a glued AWS key', ` ${'AK'}IAABCDEFGHIJKLMN23X`],
  ['glued GitHub tokens', ` ${'gh'}p_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5_x`],
  ['`=` and a prefix whose body takes `=`', `=${'tf'}p_`],
  ['slashed base64 tokens', `/${'AB'}SK${'aB3+'.repeat(30)} `],
  ['a Google body', `${'AI'}za${'a1'.repeat(18)}`],
  ['dashes', '-'],
  ['Markdown emphasis', ` _${'gh'}p_`],
];

describe('the glued-right pass is linear on its own pieces (round 15)', () => {
  itIsLinear(UNITS);
});
