/**
 * Issue 11's three categories of split secrets, as an independent attacker planted them: tokens split by markup in
 * text files (highlighting spans, `<wbr>`, `&shy;`, Markdown emphasis and code spans, SVG `<tspan>`s, WordprocessingML
 * runs, `<br>`), tokens hard-wrapped at a fixed width (with or without an indent or a `> ` quote on the continuation
 * lines), and hex dumps of a `.env`. Each case names its file, its text and the value planted; each category has
 * look-alikes of the same notation that must come out byte-identical. Values are made at test time (fake-secrets.ts).
 */
import { fakeSecrets, randomStrings, windows } from './fake-secrets.js';

export interface SplitCase {
  name: string;
  rel: string;
  text: string;
  value: string;
}

const FAMILIES = [
  'anthropic',
  'openai-project',
  'github-classic',
  'github-fine-grained',
  'slack-bot',
  'stripe',
  'google',
  'huggingface',
  'groq',
  'jwt',
  'aws-access-key-id',
  'xai',
];

/** The planted values: a dozen providers' and a prefix-less key learned elsewhere (given as a known value). */
export function splitValues(seed: number): { family: string; value: string }[] {
  const all = fakeSecrets(seed);
  const r = randomStrings(seed + 1);
  const out = FAMILIES.map((f) => ({ family: f, value: all.find((s) => s.family === f)!.value }));
  out.push({ family: 'known', value: `${r('alnum', 8)}${r('lowerAlnum', 16)}${r('alnum', 16)}` });
  return out;
}

/** The known value of splitValues (the prefix-less key), for the redactor's options. */
export const knownOf = (seed: number): { name: string; value: string }[] => [
  { name: 'MISTRAL_API_KEY', value: splitValues(seed).find((v) => v.family === 'known')!.value },
];

/** `v` cut at `cuts` (positions). */
function cut(v: string, cuts: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const c of [...cuts, v.length]) {
    out.push(v.slice(at, c));
    at = c;
  }
  return out.filter((p) => p.length > 0);
}

/** Pieces of `n` characters. */
const chunks = (v: string, n: number): string[] => v.match(new RegExp(`.{1,${n}}`, 'gs'))!;

/** Where a token's prefix ends (`sk-ant-api03-`, `ghp_`, `xoxb-`, `eyJ`), or 4. */
function headLength(v: string): number {
  const m = /^(?:[a-z]+[-_])+(?:api03-|live_|v1-|pat_)?|^eyJ|^AIza|^AKIA/.exec(v);
  return m ? m[0].length : 4;
}

/** Category 1: a token split by markup in a text file. */
export function markupCases(seed: number): SplitCase[] {
  const cases: SplitCase[] = [];
  for (const { family, value: v } of splitValues(seed)) {
    const h = headLength(v);
    const mid = Math.floor(v.length / 2);
    const add = (name: string, rel: string, text: string): void => {
      cases.push({ name: `${family} ${name}`, rel, text, value: v });
    };
    const span = (cls: string, t: string): string => `<span class="hljs-${cls}">${t}</span>`;
    add(
      'hljs head/rest',
      'report/answer.html',
      `<pre><code class="hljs language-bash">${span('built_in', 'export')} API_KEY=` +
        `${span('string', v.slice(0, h))}${span('string', v.slice(h))}\n</code></pre>\n`,
    );
    add(
      'hljs three spans',
      'workspace/snippet.html',
      `<p>Use this:</p>\n<code>${cut(v, [h, mid])
        .map((p, i) => span(i === 1 ? 'attr' : 'string', p))
        .join('')}</code>\n`,
    );
    add('wbr', 'workspace/index.html', `<p>Your key is ${chunks(v, 16).join('<wbr>')} (keep it safe).</p>\n`);
    add('shy', 'workspace/page.html', `<div class="key">${chunks(v, 10).join('&shy;')}</div>\n`);
    add('br', 'workspace/notes.html', `<p>token:<br>\n${chunks(v, 24).join('<br>')}</p>\n`);
    add('br/ newline', 'workspace/notes2.html', `<td>${chunks(v, 20).join('<br/>\n')}</td>\n`);
    add('md bold', 'agent_a/answer.md', `The key is ${v.slice(0, 3)}**${v.slice(3, 7)}**${v.slice(7)} in the env.\n`);
    add('md code', 'agent_b/answer.md', `Set \`${v.slice(0, h)}\`${v.slice(h)} as the key.\n`);
    add('md em', 'workspace/README.md', `- key: *${v.slice(0, mid)}*${v.slice(mid)}\n`);
    add(
      'svg tspan',
      'workspace/diagram.svg',
      `<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">\n` +
        chunks(v, 30)
          .map((p, i) => `  <tspan x="10" dy="${i === 0 ? 0 : 1.2}em">${p}</tspan>`)
          .join('\n') +
        `\n</text></svg>\n`,
    );
    add(
      'docx runs',
      'workspace/word/document.xml',
      `<w:document><w:body><w:p>${cut(v, [h, mid])
        .map((p, i) => `<w:r>${i === 1 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${p}</w:t></w:r>`)
        .join('')}</w:p></w:body></w:document>\n`,
    );
    add(
      'answer json',
      'agent_outputs/agent_a.jsonl',
      `${JSON.stringify({ type: 'answer', content: `<code>${span('string', v.slice(0, h + 3))}${span('s', v.slice(h + 3))}</code>` })}\n`,
    );
  }
  return cases;
}

/** Category 1's look-alikes: markup whose text nodes must not be joined into something redacted. */
export function markupLookAlikes(seed: number): { rel: string; text: string }[] {
  const r = randomStrings(seed);
  const sha = r('hex', 64);
  return [
    {
      rel: 'a/page.html',
      text:
        `<pre><code class="hljs language-js"><span class="hljs-keyword">const</span> <span class="hljs-variable">` +
        `apiKey</span> = process.<span class="hljs-property">env</span>.<span class="hljs-property">OPENAI_API_KEY` +
        `</span>;\n<span class="hljs-keyword">const</span> client = <span class="hljs-keyword">new</span> ` +
        `<span class="hljs-title class_">OpenAI</span>({ apiKey });</code></pre>\n`,
    },
    { rel: 'a/hash.html', text: `<td><span>${sha.slice(0, 32)}</span><span>${sha.slice(32)}</span></td>\n` },
    {
      rel: 'a/words.html',
      text: `<p>super<wbr>cali<wbr>fragilistic<wbr>expiali<wbr>docious and co&shy;operation</p>\n`,
    },
    { rel: 'a/addr.html', text: `<p>Jane Doe<br>221B Baker Street<br>London<br>NW1 6XE</p>\n` },
    { rel: 'a/skl.html', text: `<p>Install <b>sk</b><i>-learn</i> and <code>token</code><code>izer</code>.</p>\n` },
    {
      rel: 'a/doc.xml',
      text:
        `<w:p><w:r><w:t>Hello</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>World</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>api_key</w:t></w:r><w:r><w:t>_rotation_policy</w:t></w:r></w:p>\n`,
    },
    {
      rel: 'a/fig.svg',
      text:
        `<svg><text><tspan x="0" dy="0">Throughput</tspan>\n<tspan x="0" dy="1.2em">${r('alnum', 12)}</tspan>` +
        `</text><path d="M10 10 L20 20"/></svg>\n`,
    },
    {
      rel: 'a/notes.md',
      text:
        `Use **bold**text, \`code\`s and \`OPENAI_API_KEY\`=\`\${OPENAI_API_KEY}\`; the \`sk-\` prefix marks a key.\n` +
        `The \`api_**key**\` field, \`v1.2.3\`\`-beta\` and \`${r('hex', 40)}\` are ids.\n`,
    },
    { rel: 'a/types.ts', text: `const m = new Map<string, Array<number>>();\nlet x: Array<string>[] = [];\n` },
  ];
}

/** Fold a line at `width` characters, continuation lines after `prefix` (their width counted with it). */
function fold(line: string, width: number, prefix: string, first = ''): string {
  const out: string[] = [];
  let rest = first + line;
  out.push(rest.slice(0, width));
  rest = rest.slice(width);
  while (rest.length > 0) {
    const n = width - prefix.length;
    out.push(prefix + rest.slice(0, n));
    rest = rest.slice(n);
  }
  return out.join('\n');
}

/** Category 2: a variable-length token hard-wrapped at a fixed width. */
export function wrapCases(seed: number): SplitCase[] {
  const cases: SplitCase[] = [];
  const layouts: [string, number, string, string][] = [
    ['plain 80', 80, '', ''],
    ['plain 60', 60, '', ''],
    ['indent 72', 72, '    ', ''],
    ['quote 76', 76, '> ', '> '],
    ['quote indent 64', 64, '  > ', '  > '],
  ];
  for (const { family, value: v } of splitValues(seed)) {
    for (const [name, width, prefix, first] of layouts) {
      const line = `Authorization token: ${v} (expires tomorrow)`;
      cases.push({
        name: `${family} ${name}`,
        rel: 'agent_a/answer.txt',
        text: `Here is what I found.\n${fold(line, width, prefix, first)}\nDone.\n`,
        value: v,
      });
    }
  }
  return cases;
}

/** Category 2's look-alikes: fixed-width text whose lines must not be joined into something redacted. */
export function wrapLookAlikes(seed: number): { rel: string; text: string }[] {
  const r = randomStrings(seed);
  const prose =
    'The agents compared three implementations of the parser and voted for the second one because its error ' +
    'messages were clearer and the tests covered the unicode edge cases that the others had missed entirely.';
  return [
    { rel: 'a/prose.txt', text: `${fold(prose, 72, '')}\n` },
    { rel: 'a/hashes.txt', text: `${Array.from({ length: 6 }, () => r('hex', 64)).join('\n')}\n` },
    { rel: 'a/uuids.txt', text: `${Array.from({ length: 6 }, () => r('hex', 36)).join('\n')}\n` },
    { rel: 'a/url.txt', text: `${fold(`see https://example.com/docs/${r('lowerAlnum', 90)}/index.html`, 60, '')}\n` },
    { rel: 'a/quote.md', text: `${fold(`> ${prose}`, 60, '> ')}\n` },
    {
      rel: 'a/ids.txt',
      text: `${fold(`ids: ${Array.from({ length: 8 }, () => r('hex', 12)).join(',')}`, 50, '  ')}\n`,
    },
  ];
}

const hx = (b: number): string => b.toString(16).padStart(2, '0');
const ascii = (b: Buffer): string => [...b].map((c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');

/** xxd with `cols` bytes a line in groups of `group` bytes. */
function xxd(text: string, cols = 16, group = 2, upper = false): string {
  const b = Buffer.from(text);
  const out: string[] = [];
  for (let o = 0; o < b.length; o += cols) {
    const row = b.subarray(o, o + cols);
    const gs: string[] = [];
    for (let i = 0; i < row.length; i += group) gs.push([...row.subarray(i, i + group)].map(hx).join(''));
    const hex = gs.join(' ').padEnd(cols * 2 + Math.ceil(cols / group) - 1);
    out.push(`${o.toString(16).padStart(8, '0')}: ${upper ? hex.toUpperCase() : hex}  ${ascii(row)}`);
  }
  return `${out.join('\n')}\n`;
}

function hexdumpC(text: string, skip = 0): string {
  const b = Buffer.from(text);
  const out: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const row = b.subarray(o, o + 16);
    const bytes = [...row].map(hx);
    const body = `${bytes.slice(0, 8).join(' ')}  ${bytes.slice(8).join(' ')}`.padEnd(49);
    out.push(`${(o + skip).toString(16).padStart(8, '0')}  ${body} |${ascii(row)}|`);
  }
  return `${out.join('\n')}\n`;
}

const od = (text: string): string => {
  const b = Buffer.from(text);
  const out: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const row = b.subarray(o, o + 16);
    out.push(`${o.toString(16).padStart(6, '0')} ${[...row].map(hx).join(' ')}  >${ascii(row)}<`);
  }
  return `${out.join('\n')}\n`;
};

const plain = (text: string, w = 60): string =>
  `${Buffer.from(text)
    .toString('hex')
    .match(new RegExp(`.{1,${w}}`, 'g'))!
    .join('\n')}\n`;
const spaced = (text: string, n = 16): string =>
  `${chunks([...Buffer.from(text)].map(hx).join(''), n * 2)
    .map((l) => l.match(/../g)!.join(' '))
    .join('\n')}\n`;

/** Category 3: hex dumps of a `.env` holding a key. */
export function hexCases(seed: number): SplitCase[] {
  const cases: SplitCase[] = [];
  const formats: [string, (t: string) => string][] = [
    ['xxd', (t) => xxd(t)],
    ['xxd -g1', (t) => xxd(t, 16, 1)],
    ['xxd -c32', (t) => xxd(t, 32, 2)],
    ['xxd -g4 -u', (t) => xxd(t, 16, 4, true)],
    ['xxd -p', (t) => plain(t)],
    ['xxd -p -c64', (t) => plain(t, 128)],
    ['hexdump -C', (t) => hexdumpC(t)],
    ['hexdump -C -s', (t) => hexdumpC(t, 0x40)],
    ['od -A x -t x1z', od],
    ['spaced', (t) => spaced(t)],
    ['spaced one line', (t) => `${[...Buffer.from(t)].map(hx).join(' ')}\n`],
  ];
  splitValues(seed).forEach(({ family, value: v }, k) => {
    const name = family === 'known' ? 'MODEL_KEY' : 'API_KEY';
    const env = `# local settings\nDEBUG=false\n${name}=${v}\nREGION=eu-west-1\n`;
    const [fname, f] = formats[k % formats.length]!;
    const [gname, g] = formats[(k + 5) % formats.length]!;
    cases.push({
      name: `${family} ${fname}`,
      rel: 'workspace/dump.txt',
      text: `$ cat .env | hex\n${f(env)}`,
      value: v,
    });
    cases.push({
      name: `${family} ${gname} in json`,
      rel: 'agent_outputs/agent_b.jsonl',
      text: `${JSON.stringify({ tool: 'bash', stdout: g(env) })}\n`,
      value: v,
    });
  });
  return cases;
}

/** Category 3's look-alikes: dumps of text and of random bytes that hold no secret. */
export function hexLookAlikes(seed: number): { rel: string; text: string }[] {
  const r = randomStrings(seed);
  const readme = '# Project\n\nRun `npm test` to check the parser. The tokenizer lives in src/tokenizer.ts.\n';
  const random = Buffer.from(r('hex', 128), 'hex').toString('latin1');
  return [
    { rel: 'a/xxd.txt', text: xxd(readme) },
    { rel: 'a/p.txt', text: plain(readme) },
    { rel: 'a/sp.txt', text: spaced(readme) },
    { rel: 'a/c.txt', text: hexdumpC(readme) },
    { rel: 'a/od.txt', text: od(readme) },
    { rel: 'a/rand.txt', text: `${r('hex', 60)}\n${r('hex', 60)}\n${r('hex', 60)}\n` },
    { rel: 'a/rands.txt', text: spaced(random) },
    { rel: 'a/mac.txt', text: `ether ${Array.from({ length: 6 }, () => r('hex', 2)).join(':')}\n` },
  ];
}

/**
 * What a recipient reads back: the text with markup, entities, soft hyphens, emphasis, blanks and quote marks taken
 * out; a value is leaked when any of its 10-character windows (or of its hex) is there.
 */
export function leakedIn(out: string, value: string): boolean {
  const flat = out
    .replace(/<[^<>]*>/g, '')
    .replace(/&shy;|&#173;|\u00ad|[\u200b-\u200d\u2060]/g, '')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, d: string) => String.fromCharCode(parseInt(d, 16)))
    .replace(/\\n/g, '\n')
    .replace(/[\s>*`]/g, '');
  const hexFlat = out.replace(/\\n/g, '\n').replace(/\s/g, '').toLowerCase();
  const h = Buffer.from(value).toString('hex');
  return windows(value).some((w) => flat.includes(w)) || windows(h).some((w) => hexFlat.includes(w));
}
