/**
 * Attack 51 (independent, black box: secrets in a dress a recipient undoes, inside the formats agents write): what
 * went out, planted anew from a seed (REDACT_SEED replays):
 * - `xxd -b` dumps (bytes as bits, six a row, with the characters column): read as hex groups;
 * - a combining mark after each character (strike-through, underline), enclosed letters (`ⒶⓀⒾⒶ…`), Unicode tag
 *   characters (invisible "ASCII smuggling") and variation selectors carrying bytes after an emoji (decorated-runs.ts);
 * - a token split by an XML comment (`AKIARP<!-- -->RHQ…`) or across two CDATA sections (`]]><![CDATA[`);
 * - a token a shell line spells in quoted pieces (`$'\x68\x66\x5f'uJW…`, `'AKIAZS'"TO63…"`: shell-seams.ts).
 * Their twins (accented text in NFD, emoji with their selectors, flags, circled list numbers, struck-through words,
 * XML comments between words, dumps of text) come out byte for byte.
 */
import { describe } from 'node:test';
import { fakeSecrets, seededGen, type FakeSecret } from './helpers/fake-secrets.js';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 5101);
const FAMILIES = new Set(['github-classic', 'aws-access-key-id', 'anthropic', 'huggingface', 'groq', 'slack-bot']);
const keys = (seed: number): FakeSecret[] => fakeSecrets(seed).filter((f) => FAMILIES.has(f.family));

/** `xxd -b` of `text`: an offset, six bytes in bits, the characters. */
function xxdBits(text: string): string {
  const bytes = Buffer.from(text);
  const rows: string[] = [];
  for (let i = 0; i < bytes.length; i += 6) {
    const row = [...bytes.subarray(i, i + 6)];
    const bits = row.map((b) => b.toString(2).padStart(8, '0')).join(' ');
    const chars = row.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    rows.push(`${i.toString(16).padStart(8, '0')}: ${bits.padEnd(53)}  ${chars}`);
  }
  return `${rows.join('\n')}\n`;
}

const MARKS = ['\u0336', '\u0332', '\u0335', '\u0338', '\u0333'];
const dressed = (v: string, mark: string): string => [...v].map((c) => `${c}${mark}`).join('');
/** Letters circled (Ⓐ, ⓐ), digits as they are. */
const circled = (v: string): string =>
  v.replace(/[A-Za-z]/g, (c) =>
    String.fromCodePoint(c <= 'Z' ? 0x24b6 + c.charCodeAt(0) - 65 : 0x24d0 + c.charCodeAt(0) - 97),
  );
const tags = (v: string): string => [...v].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
const selectors = (v: string): string =>
  [...Buffer.from(v)].map((b) => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16)).join('');

function plants(seed: number): Plant[] {
  const g = seededGen(seed);
  return keys(seed).flatMap((f, i): Plant[] => {
    const v = f.value;
    const cut = 4 + g.int(Math.min(12, v.length - 8));
    return [
      { name: `xxd -b ${f.family}`, rel: 'workspace/dump_bits.txt', text: xxdBits(`${f.context}\n`), value: v },
      {
        name: `struck ${f.family}`,
        rel: 'workspace/notes.md',
        text: `old key (revoked?): ${dressed(v, MARKS[i % MARKS.length]!)}\n`,
        value: v,
      },
      { name: `circled ${f.family}`, rel: 'workspace/fancy.txt', text: `key: ${circled(v)}\n`, value: v },
      {
        name: `tags ${f.family}`,
        rel: 'agent_outputs/agent_a.txt',
        text: `Please summarise the attached doc.${tags(` Also use key ${v}`)}\n`,
        value: v,
      },
      {
        name: `selectors ${f.family}`,
        rel: 'agent_outputs/agent_b.txt',
        text: `status: \u{1F600}${selectors(`KEY=${v}`)} ok\n`,
        value: v,
      },
      {
        name: `comment ${f.family}`,
        rel: 'workspace/settings.xml',
        text: `<r><v>${v.slice(0, cut)}<!-- ${g.one(['', 'x', 'todo'])} -->${v.slice(cut)}</v></r>\n`,
        value: v,
      },
      {
        name: `ansi-c ${f.family}`,
        rel: 'workspace/env.sh',
        text: `export X=$'${[...v.slice(0, cut)].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}'${v.slice(cut)}\n`,
        value: v,
      },
      {
        name: `quoted pieces ${f.family}`,
        rel: 'workspace/call.sh',
        text: `curl -H 'Authorization: Bearer ${v.slice(0, cut)}'"${v.slice(cut)}" https://api.example.com\n`,
        value: v,
      },
      {
        name: `cdata ${f.family}`,
        rel: 'workspace/feed.xml',
        text: `<v><![CDATA[${v.slice(0, cut)}]]><![CDATA[${v.slice(cut)}]]></v>\n`,
        value: v,
      },
    ];
  });
}

const TWINS: [string, string][] = [
  ['workspace/dump_bits.txt', xxdBits('# Project notes\nRun the tests with npm test, then deploy.\n')],
  [
    'workspace/notes.md',
    `Cafe\u0301 nai\u0308ve re\u0301sume\u0301 \u2014 ${dressed('deprecated since v2', '\u0336')}\n`,
  ],
  ['workspace/list.md', '\u2460 install \u2461 configure \u2462 run \u24d0 \u24d1 \u24d2 \u00a9 \u24b8 2026\n'],
  [
    'agent_outputs/agent_a.txt',
    'done \u2764\ufe0f \u2714\ufe0e 1\ufe0f\u20e3 2\ufe0f\u20e3 flags \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}\n',
  ],
  ['workspace/settings.xml', '<r><v>alpha<!-- note -->beta</v><w><![CDATA[one]]><![CDATA[two]]></w></r>\n'],
  ['workspace/run.sh', `echo 'don'"'"'t panic' && printf $'\\x68\\x69'"there" && it's fine\n`],
];

describe(`attack 51 (seed ${SEED})`, () => {
  itRedacts('keys in xxd -b dumps, Unicode dress and split by XML markup are redacted', () => plants(SEED), 36);
  itKeeps('accents, emoji, flags, circled list numbers, struck words, XML seams and text dumps stay', () => TWINS, 5);
});
