/**
 * Category 2 of issue 11: encodings that hid a key from every layer. Every family of the fake
 * corpus is planted in every encoding below (JSON `\uXXXX` escapes of one, some or all of its
 * characters, `\/`, doubly and triply escaped JSON, terminal sequences inside the token in every
 * spelling, OSC 8 links, URL-encoding, CRLF and CR line endings). Each must come out with no
 * 10-character window of the secret, even after a recipient decodes everything; the text around
 * the encoded value must be byte for byte what it was, and JSON must stay JSON.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import vm from 'node:vm';
import YAML from 'yaml';
import { builtView, normalise, toOriginal } from '../src/core/redact/normalise.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, rng, type FakeSecret } from './helpers/fake-secrets.js';
import { deepLeaks, recipientView } from './helpers/recipient.js';

const seed = Number(process.env.REDACT_SEED ?? 20261125) + 7;
const secrets = fakeSecrets(seed);
const rand = rng(seed);
const MARK = 'QQZZMARKZZQQ';

const jsonInner = (s: string): string => JSON.stringify(s).slice(1, -1);
const u = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** JSON string content with the characters `which` picks written as \uXXXX. */
const uEscape = (s: string, which: (i: number) => boolean): string =>
  [...s].map((ch, i) => (which(i) && ch !== '\n' ? u(ch) : jsonInner(ch))).join('');
const pct = (s: string): string =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

interface Variant {
  /** Wraps the context (the value replaced by MARK): must leave MARK as it is. */
  wrap: (ctx: string) => string;
  /** The value as it is written inside the wrapped text. */
  enc: (value: string) => string;
  json?: number;
  yaml?: boolean;
  js?: boolean;
}

/** A position inside the token's first line, past its first characters (a colour change mid-token). */
const cut = (v: string): number => {
  const first = v.split('\n')[0]!;
  return 3 + Math.floor(rand() * Math.max(1, Math.min(first.length, 48) - 6));
};
const inside = (v: string, ...seqs: string[]): string => {
  const at = seqs.map(() => cut(v)).sort((a, b) => b - a);
  let out = v;
  seqs.forEach((seq, i) => (out = out.slice(0, at[i]) + seq + out.slice(at[i])));
  return out;
};

const variants: Record<string, Variant> = {
  jsonFirstCharEscaped: {
    wrap: (c) => JSON.stringify({ log: c, step: 3 }),
    enc: (v) => uEscape(v, (i) => i === 0),
    json: 1,
  },
  jsonEveryCharEscaped: {
    wrap: (c) => JSON.stringify({ log: c, step: 3 }),
    enc: (v) => uEscape(v, () => true),
    json: 1,
  },
  jsonSomeCharsEscaped: {
    wrap: (c) => JSON.stringify({ log: c }),
    enc: (v) => uEscape(v, (i) => i % 3 === 1),
    json: 1,
  },
  jsonUpperHexEscapes: {
    wrap: (c) => JSON.stringify({ log: c }),
    enc: (v) => uEscape(v, (i) => i < 4).replace(/\\u00([0-9a-f]{2})/g, (_, h: string) => `\\u00${h.toUpperCase()}`),
    json: 1,
  },
  jsonEscapedSlashes: {
    wrap: (c) => JSON.stringify({ url: c }).replace(/\//g, '\\/'),
    enc: (v) => jsonInner(v).replace(/\//g, '\\/'),
    json: 1,
  },
  jsonDoublyEscaped: {
    wrap: (c) => JSON.stringify(JSON.stringify({ log: c })),
    enc: (v) => jsonInner(jsonInner(v)),
    json: 2,
  },
  jsonTriplyEscaped: {
    wrap: (c) => JSON.stringify({ wrapped: JSON.stringify(JSON.stringify({ api: c })) }),
    enc: (v) => jsonInner(jsonInner(jsonInner(v))),
    json: 3,
  },
  jsonKeyAndValueEscaped: {
    wrap: (c) => JSON.stringify({ log: c }).replace(/_/g, '\\u005f'),
    enc: (v) => uEscape(v, (i) => i === 1),
    json: 1,
  },
  keyNameDoublyEscaped: {
    wrap: () => JSON.stringify(JSON.stringify({ backend: { type: 'mistral', api_key: MARK } })),
    enc: (v) => jsonInner(jsonInner(v)),
    json: 2,
  },
  keyNameTriplyEscaped: {
    wrap: () => JSON.stringify(JSON.stringify(JSON.stringify({ backend: { api_key: MARK, model: 'm' } }))),
    enc: (v) => jsonInner(jsonInner(jsonInner(v))),
    json: 3,
  },
  yamlDoubleQuotedEscapes: {
    wrap: () => `agents:\n  - id: a\n    backend:\n      api_key: "${MARK}"\n      model: x\n`,
    enc: (v) => uEscape(v, (i) => i === 0 || i === 5),
    yaml: true,
  },
  jsStringHexEscapes: {
    wrap: (c) => `const cfg = { log: "${c.replace(/[\\"]/g, (m) => (m === MARK ? m : `\\${m}`))}", n: 1 };`,
    enc: (v) => jsonInner(v).replace(/^./, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`),
    js: true,
  },
  ansiRawInsideToken: { wrap: (c) => `\x1b[1m${c}\x1b[0m done`, enc: (v) => inside(v, '\x1b[22m') },
  ansiRawTwiceInsideToken: { wrap: (c) => `${c} done`, enc: (v) => inside(v, '\x1b[38;5;196m', '\x1b[0m') },
  ansiJsonEscapedInsideToken: {
    wrap: (c) => JSON.stringify({ line: c }),
    enc: (v) => jsonInner(inside(v, '\x1b[0m')),
    json: 1,
  },
  ansiPythonHexInsideToken: { wrap: (c) => `print('${c}')`, enc: (v) => inside(v, '\\x1b[31;1m') },
  ansiOctalInsideToken: { wrap: (c) => `echo -e "${c}"`, enc: (v) => inside(v, '\\033[0m') },
  ansiBackslashEInsideToken: { wrap: (c) => `printf '${c}'`, enc: (v) => inside(v, '\\e[22m') },
  ansiUpperHexInsideToken: { wrap: (c) => `log: ${c}`, enc: (v) => inside(v, '\\x1B[2m') },
  ansiDoublyEscapedInsideToken: {
    wrap: (c) => JSON.stringify(JSON.stringify({ out: c })),
    enc: (v) => jsonInner(jsonInner(inside(v, '\x1b[1;32m'))),
    json: 2,
  },
  osc8Hyperlink: {
    wrap: (c) => `see \x1b]8;;https://docs.example.test/keys\x1b\\${c}\x1b]8;;\x1b\\ now`,
    enc: (v) => v,
  },
  osc8HyperlinkInJson: {
    wrap: (c) => JSON.stringify({ line: `\x1b]8;;https://docs.example.test\x07${c}\x1b]8;;\x07` }),
    enc: (v) => jsonInner(v),
    json: 1,
  },
  urlEveryByte: { wrap: (c) => `GET /callback?q=${c.split(MARK).map(pct).join(MARK)} HTTP/1.1`, enc: (v) => pct(v) },
  urlComponent: {
    wrap: (c) => `https://app.example.test/cb?state=${encodeURIComponent(c).replace(MARK, MARK)}&page=2`,
    enc: (v) => encodeURIComponent(v),
  },
  crlfLines: {
    wrap: (c) => `first line\r\n${c.replace(/\n/g, '\r\n')}\r\nlast line\r\n`,
    enc: (v) => v.replace(/\n/g, '\r\n'),
  },
  crProgress: {
    wrap: (c) => `progress 10%\r${c.replace(/\n/g, '\r')}\rprogress 100%\n`,
    enc: (v) => v.replace(/\n/g, '\r'),
  },
};

function plant(s: FakeSecret, variant: Variant): { text: string; start: number; end: number } {
  const wrapped = variant.wrap(s.context.replace(s.value, MARK));
  const at = wrapped.indexOf(MARK);
  assert.notEqual(at, -1, 'the wrap keeps the marker');
  const enc = variant.enc(s.value);
  return { text: wrapped.slice(0, at) + enc + wrapped.slice(at + MARK.length), start: at, end: at + enc.length };
}

describe('encodings: decode, then match, then map back', () => {
  const redactor = new Redactor();
  for (const [name, variant] of Object.entries(variants)) {
    it(name, () => {
      const failures: string[] = [];
      for (const s of secrets) {
        const { text, start, end } = plant(s, variant);
        const out = redactor.redactString(text);
        const leaked = deepLeaks(out, [s]);
        if (leaked.length > 0) failures.push(`${s.family}: ${leaked[0]} in ${JSON.stringify(out.slice(0, 300))}`);
        // Only the encoded value changed: what is around it is byte for byte the same.
        else if (!out.startsWith(text.slice(0, start)) || !out.endsWith(text.slice(end)))
          failures.push(`${s.family}: text around the value changed: ${JSON.stringify(out.slice(0, 300))}`);
        else if (!/\[REDACTED:[a-z0-9:_-]+\]/i.test(out)) failures.push(`${s.family}: no placeholder`);
        if (variant.yaml) {
          try {
            YAML.parse(out);
          } catch {
            failures.push(`${s.family}: not YAML: ${out}`);
          }
        }
        if (variant.js) {
          try {
            new vm.Script(out);
          } catch {
            failures.push(`${s.family}: not JavaScript: ${out.slice(0, 300)}`);
          }
        }
        for (let level = 0, doc: unknown = out; level < (variant.json ?? 0); level++) {
          try {
            doc = JSON.parse(doc as string);
            if (level + 1 < (variant.json ?? 0)) doc = typeof doc === 'string' ? doc : Object.values(doc as object)[0];
          } catch {
            failures.push(`${s.family}: not JSON at level ${level + 1}: ${JSON.stringify(out.slice(0, 200))}`);
            break;
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});

describe('the normalised view', () => {
  it('is not built for text with nothing to normalise', () => {
    assert.equal(normalise('plain text, api_key: abc, 100 percent'), null);
  });

  it('decodes escapes, removes terminal sequences, URL-decodes and unifies line endings', () => {
    const cases: [string, string][] = [
      ['{"k": "\\u0073k-1\\/2 \\"q\\""}', '{"k": "sk-1/2 "q""}'],
      ['\\\\\\"api_key\\\\\\": \\\\\\"v\\\\\\"', '"api_key": "v"'],
      ['a\x1b[1;31mb\x1b[0mc', 'abc'],
      ['a\\u001b[22mb\\x1b[0mc\\033[1md\\e[2me', 'abcde'],
      // An OSC 8 hyperlink's URI stays, a blank on each side (round 29: a key in its query went out).
      ['x\x1b]8;;https://e.test\x1b\\y\x1b]8;;\x07z', 'x https://e.test y z'],
      ['x\\u001b]8;;https://e.test\\u0007y', 'x https://e.test y'],
      ['p%3Dq%2F%2b r%zz 100%', 'p=q/+ r%zz 100%'],
      ['a\r\nb\rc\n', 'a\nb\nc\n'],
      ['"a\\r\\nb"', '"a\nb"'],
      ['C:\\ebooks\\new', 'C:\\ebooks\new'],
      ['\\u{1F600}!', '\u{1F600}!'],
    ];
    for (const [input, expected] of cases) assert.equal(normalise(input)?.text, expected, JSON.stringify(input));
  });

  it('decodes Markdown escapes of punctuation (a key pasted into a .md file)', () => {
    assert.equal(normalise('gsk\\_abc \\*x\\* a\\-b c\\.d')?.text, 'gsk_abc *x* a-b c.d');
    const redactor = new Redactor();
    for (const s of secrets.filter((x) => /_/.test(x.value) && !x.value.includes('\n'))) {
      const md = `Set it to ${s.value.replace(/_/g, '\\_')} in the panel.`;
      assert.deepEqual(deepLeaks(redactor.redactString(md), [s]), [], s.family);
    }
  });

  it('decodes HTML character references (a key shown in an HTML page or report)', () => {
    assert.equal(normalise('a&#115;&#x6B;&#45;b &amp; &lt;i&gt; &copy; &#1;')?.text, 'ask-b & <i> &copy; &#1;');
    const redactor = new Redactor();
    for (const s of secrets.filter((x) => !x.byKeyName && !x.value.includes('\n') && /^[\x20-\x7e]+$/.test(x.value))) {
      for (const html of [
        `<td>${[...s.value].map((c) => `&#${c.charCodeAt(0)};`).join('')}</td>`,
        `<code>${s.value.replace(/[-_.:/]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`)}</code>`,
      ]) {
        const out = redactor.redactString(html);
        // secrets only by their context, which is gone here
        if (/^(?:url-password|bearer-header)$/.test(s.family)) continue;
        assert.match(out, /\[REDACTED:/, `${s.family}: ${html.slice(0, 80)}`);
        assert.ok(
          out.startsWith(html.slice(0, 4)) && out.endsWith(html.slice(-5)),
          `${s.family}: the markup around it is kept`,
        );
      }
    }
    // Entities elsewhere stay as written.
    const page = '<a href="https://x.test/?a=1&amp;b=2">Tom &amp; Jerry &lt;3</a>';
    assert.equal(redactor.redactString(page), page);
  });

  it('decodes quoted-printable in a mail part that says it is one, and only there', () => {
    const redactor = new Redactor();
    for (const s of secrets.filter(
      (x) => !x.byKeyName && !x.value.includes('\n') && !/^(?:url-password|bearer-header)$/.test(x.family),
    )) {
      const enc = s.value.replace(/[_=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase()}`);
      // A soft line break never falls inside an `=XX` escape.
      const cut = (at: number): number => (enc[at - 1] === '=' ? at + 2 : enc[at - 2] === '=' ? at + 1 : at);
      for (const body of [
        enc,
        `${enc.slice(0, cut(20))}=\n${enc.slice(cut(20))}`,
        `${enc.slice(0, cut(11))}=\r\n${enc.slice(cut(11))}`,
      ]) {
        const head =
          'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nThe new key is ';
        const out = redactor.redactString(`${head}${body} =E2=80=94 rotate it.\n`);
        assert.deepEqual(deepLeaks(out, [s]), [], `${s.family}: ${body.slice(0, 40)}`);
        assert.ok(
          out.startsWith(head) && out.endsWith(' =E2=80=94 rotate it.\n'),
          `${s.family}: the rest of the mail is kept`,
        );
      }
    }
    // Outside a quoted-printable part, `=` assigns: nothing is decoded.
    assert.equal(normalise('KEY=5F and x =\n y'), null);
  });

  it('maps every view range back to whole units of the original', () => {
    const input = 'k=\\u0073k\x1b[1m-x%41\r\nnext \\\\\\"q\\\\\\"';
    const view = normalise(input)!;
    assert.equal(view.text, 'k=sk-xA\nnext "q"');
    // sk-xA: from the \u escape to the end of %41, the ANSI code inside included
    assert.deepEqual(toOriginal(view, 2, 7), [2, 18]);
    assert.deepEqual(toOriginal(view, 3, 4), [8, 9]);
    assert.deepEqual(toOriginal(view, 7, 8), [18, 20]); // \r\n: one line ending, a match that takes it takes both
    assert.deepEqual(toOriginal(view, 14, 15), [29, 30]); // q between escaped quotes
    assert.equal(input.slice(...toOriginal(view, 13, 16)), '\\\\\\"q\\\\\\"');
  });

  it('a recipient decoding the output finds the same text as the redactor', () => {
    // The test's own decoder and the redactor's agree on the cases above (so the leak check is honest).
    assert.equal(recipientView('a\\u001b[22mb %41 \\\\\\"c\\\\\\"'), 'ab A "c"');
  });

  it('a colour code before a token glued to a word still lets the token start there', () => {
    const redactor = new Redactor();
    const ghp = secrets.find((s) => s.family === 'github-classic')!.value;
    assert.equal(redactor.redactString(`INFO\x1b[0m${ghp} done`), 'INFO\x1b[0m[REDACTED:github-token] done');
  });

  it('lines the view lost something on are matched in the original too, one or several, wherever they are', () => {
    const redactor = new Redactor();
    const ghp = secrets.find((s) => s.family === 'github-classic')!.value;
    const lines = [
      'first line %20 with an encoded space',
      'postgres://app:Zq8%40Wm3Xr7Tn2Kv5@db.internal:5432/x',
      'plain',
      `INFO\x1b[0m${ghp} next`,
      `WARN\x1b[0m${ghp}`,
      'https://e.test/?q=a%2Fb',
      '',
    ];
    assert.equal(
      redactor.redactString(lines.join('\n')),
      [
        lines[0],
        'postgres://app:[REDACTED:url-password]@db.internal:5432/x',
        'plain',
        'INFO\x1b[0m[REDACTED:github-token] next',
        'WARN\x1b[0m[REDACTED:github-token]',
        lines[5],
        '',
      ].join('\n'),
    );
  });

  it('a literal %XX inside a URL password is still found', () => {
    const redactor = new Redactor();
    const out = redactor.redactString('postgres://app:Zq8%40Wm3Xr7Tn2Kv5@db.internal:5432/x');
    assert.equal(out, 'postgres://app:[REDACTED:url-password]@db.internal:5432/x');
  });
});

describe('normalising any text (property)', () => {
  /** Pieces that exercise every branch: escapes, backslash runs, terminal sequences, %XX, CR, astral characters. */
  const fragment = fc.constantFrom(
    '\\',
    '\\\\',
    '\\\\\\"',
    '\\"',
    '\\u00',
    '\\u0073',
    '\\u{1F600}',
    '\\x1b[',
    '\\x41',
    '\\e[22m',
    '\\033[0m',
    '\\u001b]8;;u\\u0007',
    '\x1b',
    '\x1b[1;31m',
    '\x1b]8;;x\x1b\\',
    '\x1b(B',
    '%',
    '%4',
    '%41',
    '%40',
    '%20',
    '%zz',
    '\r',
    '\r\n',
    '\n',
    '"',
    "'",
    'a',
    'Z9',
    ' ',
    ':',
    '=',
    '\u{1F600}',
    'é',
  );
  const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

  it('maps every view range inside the original, in order, and never throws', () => {
    fc.assert(
      fc.property(text, (t) => {
        const view = normalise(t);
        if (view === null) return;
        let lastStart = 0;
        let lastEnd = 0;
        for (let i = 0; i < view.text.length; i++) {
          // Both halves of an astral character map to the whole escape it came from.
          const [s, e] = toOriginal(view, i, i + 1);
          assert.ok(
            s >= lastStart && e >= lastEnd && s < e && e <= t.length,
            `${JSON.stringify(t)} @${i}: [${s}, ${e})`,
          );
          lastStart = s;
          lastEnd = e;
        }
        const [s, e] = toOriginal(view, 0, view.text.length);
        assert.ok(s >= 0 && e <= t.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('text around a planted key is kept byte for byte, whatever surrounds it', () => {
    const redactor = new Redactor();
    const ghp = secrets.find((s) => s.family === 'github-classic')!.value;
    fc.assert(
      fc.property(text, text, (before, after) => {
        const input = `${before} ${ghp} ${after}`;
        const out = redactor.redactString(input);
        assert.deepEqual(deepLeaks(out, [{ family: 'ghp', value: ghp, context: '' }]), [], JSON.stringify(input));
        // The pieces can spell a run a judge reads as a password on its own (`a:%zz%20Z9`, a `user:password` line;
        // about 1 in 30,000 draws): around the key, the text is what it is with a word in the key's place.
        const plain = redactor.redactString(`${before} WORD ${after}`);
        assert.equal(out, plain.replace(' WORD ', ' [REDACTED:github-token] '), JSON.stringify(input));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the colour codes path (colour-view.ts)', () => {
  it('makes the view ViewBuilder makes: text, edits and lossy sites', () => {
    const pieces = ['\x1b[0m', '\x1b[32m', '\x1b[1;31m', `\x1b[${'1;'.repeat(30)}1m`, `\x1b[${'1;'.repeat(31)}m`];
    const others = ['\x1b]0;t\x07', '\x1b[2K', '\x1bM', '&amp;', '&#115;', '&', '& x', '&#x'];
    const words = ['sk', 'ab_', '-', 'x9', ' ', '\n', 'é', '=', '"', 'token', '/'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...words), fc.constantFrom(...others)), {
        maxLength: 30,
      })
      .map((xs) => xs.join(''));
    let fast = 0;
    fc.assert(
      fc.property(text, (t) => {
        const view = normalise(t);
        assert.deepEqual(view, builtView(t));
        if (view && !/[&\]]|\x1b[^[]|\x1b\[2K/.test(t)) fast++;
      }),
      { numRuns: 3000 },
    );
    assert.ok(fast > 100);
  });
});
