/**
 * Round 15's corpus of ids after prose that mentions a key, and its twin. The ids: hex, UUIDs, commits and the API
 * object ids an agent log prints (`chatcmpl-…`, `call_…`, `msg_…`, `resp_…`, `toolu_…`, `run_…`), after a key,
 * token or password word, a provider's name and the verbs a log says about keys (rotated, revoked, checked). The twin:
 * hex, UUID and base62 keys that the prose hands over (a provider's name, a verb of use: `paste`, `accepted`, `login`,
 * `set`, `export`, `use`, `pass`, `auth`; a label, a CSV row keyed by a provider, a client's constructor, `my key is
 * …`): every one must be redacted. Generated with a seeded rng in the providers' documented shapes (hex keys of 32, 40
 * and 64 digits, UUIDs, base62 of 32 to 48): no value is pasted.
 */
import { CHARSETS, rng, uuidOf } from './fake-secrets.js';

type Pick = (set: keyof typeof CHARSETS, n: number) => string;

function picker(seed: number): { pick: Pick; int: (k: number) => number } {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const pick: Pick = (set, k) => Array.from({ length: k }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  return { pick, int };
}

const PROVIDERS = ['OpenAI', 'Anthropic', 'Mistral', 'Groq', 'Cohere', 'Together', 'Tavily', 'Serper', 'Exa'];
const MENTIONS = [
  'Rotated the API key yesterday',
  'the {p} token expired',
  'checked the password policy',
  'the key was revoked',
  'token usage for the last call',
  'the password field is hidden now',
  're-ran the tests after the key rotation',
  'the {p} API key is loaded from the env',
  'Fixed the token counting bug',
  'password reset email queued',
  'the auth token refresh succeeded',
  'validated the key format',
  'the access token TTL is 3600 s',
  'the secret scanner found nothing',
];
const JOINS = ['; ', ', ', ' - ', ' — ', '. ', ' and ', ', then ', '; next: '];

/** The ids a log writes, with the words before them. */
const IDS: ((p: Pick, n: (k: number) => number) => string)[] = [
  (p) => `request id ${p('hex', 32)} completed`,
  (p) => `see commit ${p('hex', 40)}`,
  (p) => `completion chatcmpl-${p('alnum', 29)} done`,
  (p) => `chatcmpl-${p('alnum', 29)} returned 200`,
  (p) => `tool call call_${p('alnum', 24)} ok`,
  (p) => `call_${p('alnum', 24)} finished`,
  (p) => `msg_01${p('alnum', 22)} streamed`,
  (p) => `message msg_01${p('alnum', 22)}`,
  (p) => `resp_${p('hex', 48)} stored`,
  (p) => `response resp_${p('hex', 48)}`,
  (p) => `toolu_01${p('alnum', 22)} returned`,
  (p) => `tool_use toolu_01${p('alnum', 22)}`,
  (p) => `run_${p('alnum', 24)} completed`,
  (p) => `thread thread_${p('alnum', 24)}`,
  (p) => `job ${uuidOf(p('hex', 32), true)} took 3.2s`,
  (p) => `trace ${p('hex', 32)}`,
  (p) => `sha256 ${p('hex', 64)}`,
  (p, n) => `in ${n(900) + 10} ms (p95 ${n(900) + 100} ms)`,
  (p) => `correlation id ${uuidOf(p('hex', 32), true)}`,
  (p) => `run ${uuidOf(p('hex', 32), true)} finished`,
];

/** `n` lines of agent-log prose: a mention of a key, a token or a password, then one or two ids (none a secret). */
export function idLogLines(seed: number, n: number): string[] {
  const { pick, int } = picker(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const mention = MENTIONS[int(MENTIONS.length)]!.replace('{p}', PROVIDERS[int(PROVIDERS.length)]!);
    let line = `${mention}${JOINS[int(JOINS.length)]!}${IDS[int(IDS.length)]!(pick, int)}`;
    if (int(3) === 0) line += `; ${IDS[int(IDS.length)]!(pick, int)}`;
    if (int(2) === 0) line = `[2026-11-${10 + int(20)} ${10 + int(14)}:${10 + int(50)}] ${line}`;
    out.push(line);
  }
  return out;
}

/** A key in a provider's documented shape: hex of 32, 40 or 64 digits, a UUID, or base62. */
export function keyValue(pick: Pick, int: (k: number) => number): string {
  const kind = int(5);
  if (kind === 0) return pick('hex', 32);
  if (kind === 1) return pick('hex', 40);
  if (kind === 2) return pick('hex', 64);
  if (kind === 3) return uuidOf(pick('hex', 32), int(2) === 0);
  // Base62 with 4 digits or more (a run with fewer is judged by its letters alone: open, see the report of round 15).
  let v = '';
  while ((v.match(/\d/g)?.length ?? 0) < 4 || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = pick('alnum', 32 + int(17));
  return v;
}

/** Forms that hand a key over; `{P}` a provider's name as written, `{p}` lower case, `{v}` the key. */
const STATED = [
  'The search worked ({d}) accepted {v} without complaint.',
  'For {P}, paste {v} into the dashboard.',
  'my {P} key is {v}',
  "here's the token: {v}",
  'the {P} key: {v}',
  '{P} token — {v}',
  'wandb login {v}',
  'wandb login --relogin {v}',
  'export {U}_API_KEY={v}',
  'the token was accepted: {v}',
  'auth with token {v}',
  'I set the API key to {v}',
  'export the token {v} before running',
  'use the secret {v}',
  'Rotated the {P} API key; the new one is {v}',
  'the {P} token expired, paste the new one: {v}',
  'the {P} key rotation finished, new key {v}',
  'id,name,key\n1,{U}_TOKEN,{v}\n',
  'env,name,value\nprod,{U}_API_KEY,{v}\n',
  'client = {P}::Client.new("{v}")\n',
  'local c = {p}.new("{v}")\n',
  'c = {P}Client(api_key="{v}")\n',
  'const c = new {P}({ apiKey: "{v}" });\n',
  'api_key = os.getenv("{U}_API_KEY") or "{v}"\n',
];
const DOMAINS = ['exa.ai', 'serper.dev', 'together.ai', 'tavily', 'openrouter'];

export interface StatedKey {
  line: string;
  value: string;
}

/** `n` lines, each handing over a key in one of STATED's forms (every form in turn, values and providers random). */
export function statedKeyLines(seed: number, n: number): StatedKey[] {
  const { pick, int } = picker(seed);
  const out: StatedKey[] = [];
  for (let i = 0; i < n; i++) {
    const p = PROVIDERS[int(PROVIDERS.length)]!;
    const value = keyValue(pick, int);
    const line = STATED[i % STATED.length]!.replaceAll('{P}', p)
      .replaceAll('{p}', p.toLowerCase())
      .replaceAll('{U}', p.toUpperCase())
      .replaceAll('{d}', DOMAINS[int(DOMAINS.length)]!)
      .replaceAll('{v}', value);
    out.push({ line, value });
  }
  return out;
}

/** Whether any 10 characters of `value` are left in `out`. */
export function leaked(out: string, value: string): boolean {
  for (let i = 0; i + 10 <= value.length; i++) if (out.includes(value.slice(i, i + 10))) return true;
  return false;
}
