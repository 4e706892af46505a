/**
 * Round 18's corpus: values near a credential word or a provider's name that another reader judges, or that the
 * sentence says are no key (prose-near-lines.ts), and their leaking twins. Benign: a git host's commit as a bullet's
 * value (`- GitHub: <sha>`), YAML's `- key: <uuid>` under request ids, a log's `key=<uuid>` pair, psql/CSV/TSV rows
 * under a header naming the column as no secret (`next_page_token`, `commit_sha`), a generator's output after its call
 * (`` `nanoid()` gives "…" ``), a code span's field name and values the sentence calls ids. Leaks: the same lines
 * holding a key (a provider's bullet, a secret column, a key handed over after a call). Values generated with a
 * seeded rng in the documented shapes (hex, UUIDs, base62, URL-safe base64): none is pasted.
 */
import { type CHARSETS, type SeededGen, seededGen, uuidOf } from './fake-secrets.js';

type Gen = SeededGen;
const gen = seededGen;

/** A random value mixing letters and digits in one of the shapes a prefix-less key or id has. */
function value(g: Gen): string {
  const mixed = (set: keyof typeof CHARSETS, n: number): string => {
    let v = '';
    while (!/\d/.test(v) || !/[a-z]/i.test(v) || /^[A-Za-z]{2,14}[-_]/.test(v)) v = g.pick(set, n);
    return v;
  };
  return g.one([
    () => mixed('hex', 32),
    () => mixed('hex', 40),
    () => uuidOf(g.pick('hex', 32), true),
    () => mixed('alnum', 32 + g.int(9)),
    () => mixed('urlsafe', 32 + g.int(9)),
  ])();
}

const uuid = (g: Gen): string => uuidOf(g.pick('hex', 32), true);
const PROVIDERS = ['Groq', 'Mistral', 'Cohere', 'Exa', 'Deepgram', 'Tavily', 'Jina', 'Voyage', 'Pinecone', 'Serper'];
/** Providers whose keys have a prefix of their own: a prefix-less value in their row is no key of theirs. */
const PREFIXED = ['stripe', 'github', 'slack', 'gitlab', 'shopify'];
const GIT_HOSTS = ['GitHub', 'GitLab', 'Gitea', 'git'];
const ID_COLUMNS = ['next_page_token', 'commit_sha', 'request_id', 'trace_id', 'token_count', 'cache_key', 'row_hash'];
const SECRET_COLUMNS = ['api_key', 'secret_key', 'access_token', 'credential', 'auth_token'];
const CALLS = ['nanoid()', 'uuid.v4()', 'crypto.randomUUID()', 'secrets.token_hex(16)', 'generateToken(32)', 'ulid()'];
const OUTPUT = ['gives', 'returns', '// =>', '//=>', '→', 'prints', 'outputs'];
const Q = ['"', "'", '`', ''];
const hex40 = (g: Gen): string => {
  let v = '';
  while (!/\d/.test(v) || !/[a-f]/.test(v)) v = g.pick('hex', 40);
  return v;
};

type Template = (g: Gen, v: string) => string;

/** Benign texts: each holds the value `v` (unused by some: they make their own ids). */
const BENIGN: Template[] = [
  (g) => `${g.one(['-', '*', '1.'])} ${g.one(GIT_HOSTS)}: ${hex40(g)}\n`,
  (g) => `- **${g.one(GIT_HOSTS)}**: \`${hex40(g)}\`\n`,
  (g) => {
    const id = uuid(g);
    return `- provider: ${g.one(PREFIXED)}\n  request_id: ${id}\n- key: ${id}\n`;
  },
  (g) => `INFO ${g.one(['cache hit', 'cache miss', 'evicted', 'stored'])} key=${uuid(g)} size=${g.int(9999)}\n`,
  (g) => `ts=2026-12-0${1 + g.int(8)} level=debug msg="${g.one(['Groq', 'Cohere'])} cache" key=${uuid(g)} hit=true\n`,
  (g, v) => {
    const col = g.one(ID_COLUMNS);
    return ` id |  name   | ${col}\n----+---------+------------------\n  ${g.int(99)} | ${g.one(PREFIXED)} | ${v}\n(1 row)\n`;
  },
  (g, v) => `id,provider,tokens,${g.one(ID_COLUMNS)}\n${g.int(99)},${g.one(PREFIXED)},${g.int(9999)},${v}\n`,
  (g, v) => `provider\t${g.one(ID_COLUMNS)}\n${g.one(PREFIXED)}\t${v}\n`,
  (g, v) => `provider;status;${g.one(ID_COLUMNS)}\n${g.one(PREFIXED)};ok;${v}\n`,
  (g, v) => {
    const q = g.one(Q);
    return `* The token helper: \`${g.one(CALLS)}\` ${g.one(OUTPUT)} ${q}${v}${q} in the docs' example.\n`;
  },
  (g, v) => `const key = ${g.one(CALLS)}; ${g.one(['// => ', '// ⇨ ', '// e.g. '])}'${v}'\n`,
  (g, v) => `An API key generator: \`${g.one(CALLS)}\` returns values like "${v}".\n`,
  (g, v) => `The \`api_**key**\` field, \`v1.${g.int(9)}.${g.int(9)}\` and \`${v}\` are ids.\n`,
  (g, v) =>
    `${v} ${g.one(['is the request id', 'was the trace id', 'is the commit'])} of the ${g.one(PROVIDERS)} key rotation.\n`,
];

/** Leaking twins: a key in the same placements, which must be redacted. */
const LEAKS: Template[] = [
  (g, v) => `${g.one(['-', '*'])} ${g.one(PROVIDERS)}: ${v}\n`,
  (g, v) => `- **${g.one(PROVIDERS)} API key**: \`${v}\`\n`,
  (g, v) => `- provider: ${g.one(PROVIDERS).toLowerCase()}\n  api_key: ${v}\n`,
  (g, v) => `INFO ${g.one(PROVIDERS)} auth failed api_key=${v} status=401\n`,
  (g, v) => {
    const col = g.one(SECRET_COLUMNS);
    return ` id |  name   | ${col}\n----+---------+------------------\n  ${g.int(99)} | ${g.one(PROVIDERS).toLowerCase()} | ${v}\n(1 row)\n`;
  },
  (g, v) =>
    `id,provider,tokens,${g.one(SECRET_COLUMNS)}\n${g.int(99)},${g.one(PROVIDERS).toLowerCase()},${g.int(9999)},${v}\n`,
  (g, v) => `provider,value\n${g.one(PROVIDERS).toLowerCase()},${v}\n`,
  (g, v) => `After \`${g.one(PROVIDERS)}()\` failed, I passed the key ${v} by hand.\n`,
  (g, v) => `\`${g.one(CALLS)}\` is not it: my ${g.one(PROVIDERS)} key is ${v}.\n`,
  (g, v) => `The \`${g.one(PROVIDERS)}\` key for the ${g.one(['tests', 'demo', 'CI'])} is \`${v}\`.\n`,
];

export interface Text18 {
  text: string;
  value: string;
  template: number;
}

function texts(templates: readonly Template[], seed: number, n: number): Text18[] {
  const g = gen(seed);
  return Array.from({ length: n }, (_, i) => {
    const template = i % templates.length;
    const v = value(g);
    return { text: templates[template]!(g, v), value: v, template };
  });
}

export const benign18 = (seed: number, n: number): Text18[] => texts(BENIGN, seed, n);
export const leaks18 = (seed: number, n: number): Text18[] => texts(LEAKS, seed, n);
export const BENIGN18_COUNT = BENIGN.length;
export const LEAKS18_COUNT = LEAKS.length;
