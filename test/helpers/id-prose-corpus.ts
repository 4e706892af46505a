/**
 * Agent-log prose that mentions a key, a token, a password or a secret and then, not assigned to it, an id or a hash:
 * a request id, a commit, a build number and its digest, a UUID, a trace id, a timing. None of it is a secret: every
 * line must come out byte for byte. Generated with a seeded rng (every part of every line varies), so the corpus is a
 * category, not a list of examples. The twin (values the prose says ARE the secret) is `statedSecrets`.
 */
import { CHARSETS, rng, uuidOf } from './fake-secrets.js';

const MENTIONS = [
  'Rotated the API key yesterday',
  'rotated the {p} API key',
  'the token expired',
  'The {p} token expired overnight',
  'checked the password policy',
  'Checked the password rules',
  'updated the secret scanner config',
  'the auth middleware now validates tokens',
  'refreshed the OAuth token cache',
  'key rotation finished',
  'password reset flow tested',
  'credentials check passed',
  'API key validation is done',
  'token refresh scheduled',
  'the secret manager answered',
  'ran the key-name tests',
  'the {p} key was revoked',
  'reviewed the {p} token scopes',
  'session token renewed',
  'Regenerated the access token',
  'the refresh token was rejected',
  'Moved the API keys to the vault',
  'the password hash migration ran',
  'verified the signing key fingerprint',
  'I re-read the token handling code',
  'Fixed the bug where the API key was logged',
  'the secret rotation job',
  'password change endpoint returned 204',
  'the token bucket limiter tripped',
  'the key-value store compacted',
  'client secret rotation is pending',
  'the bearer token check failed once',
  'Added a test for expired tokens',
  'the credentials file was not found',
  'the new {p} key works',
  'tokens used: 1532',
  'the API key env var is set',
];
const PROVIDERS = ['OpenAI', 'Anthropic', 'Stripe', 'GitHub', 'Mistral', 'Groq', 'staging', 'prod', 'Gemini', 'AWS'];
const JOINS = ['; ', ', ', ' - ', ' — ', '. ', ' (', ': ', ' and ', ', then '];

type Gen = (pick: (set: keyof typeof CHARSETS, n: number) => string, int: (n: number) => number) => string;

/** Ids, hashes and numbers written after the mention, with the words a log puts before them. */
const IDS: Gen[] = [
  (p) => `request id ${p('hex', 32)} completed`,
  (p) => `see commit ${p('hex', 40)}`,
  (p) => `see commit ${p('hex', 7)}`,
  (p, n) => `commit ${p('hex', 8 + n(5))} pushed`,
  (p, n) => `build 2024${10 + n(3)}${10 + n(18)}.${n(9)} sha256 ${p('hex', 64)}`,
  (p) => `trace ${p('hex', 32)}`,
  (p) => `run ${uuidOf(p('hex', 32), true)} finished`,
  (p, n) => `job ${uuidOf(p('hex', 32))} took ${n(9)}.${n(99)}s`,
  (p) => `sha1 ${p('hex', 40)}`,
  (p) => `md5 ${p('hex', 32)}`,
  (p) => `digest sha256:${p('hex', 64)}`,
  (p) => `correlation id ${uuidOf(p('hex', 32), true)}`,
  (p, n) => `in ${n(900) + 10} ms (p95 ${n(900) + 100} ms)`,
  (p) => `etag "${p('hex', 32)}"`,
  (p) => `blob ${p('hex', 40)}`,
  (p) => `message ${'msg_01' + p('alnum', 22)}`,
  (p) => `completion chatcmpl-${p('alnum', 29)}`,
  (p) => `stripe request req_${p('alnum', 14)}`,
  (p) => `nanoid ${p('urlsafe', 21)}`,
  (p) => `span ${p('hex', 16)} of trace ${p('hex', 32)}`,
  (p, n) => `PR #${n(9000) + 100} merged as ${p('hex', 12)}`,
  (p) => `revision ${p('hex', 40)} deployed`,
  (p) => `image ${p('lowerAlnum', 12)}`,
  (p) => `container ${p('hex', 64)}`,
  (p) => `object ${p('alnum', 24)} stored`,
  (p, n) => `version 1.${n(30)}.${n(20)}`,
  (p) => `checksum ${p('hex', 64)}`,
  (p) => `ULID ${p('upperAlnum', 26)}`,
  (p) => `upload id ${p('urlsafe', 32)}`,
  (p) => `cache ${p('hex', 40)} hit`,
  // A git log's objects (attack 19: the parent's id after `not a secret` was taken for one).
  (p) => `git commit ${p('hex', 40)} (tree ${p('hex', 40)}, parent ${p('hex', 40)})`,
  (p) => `parent ${p('hex', 40)}`,
  (p) => `merge of parents ${p('hex', 7)} and ${p('hex', 7)}`,
];

/** `n` lines of agent-log prose, each a mention, a joining mark and one or two ids (seeded). */
export function idProseLines(seed: number, n: number): string[] {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const pick = (set: keyof typeof CHARSETS, k: number): string =>
    Array.from({ length: k }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  const out: string[] = [];
  const stamp = (): string =>
    `[2026-11-${String(10 + int(20))} ${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}] `;
  for (let i = 0; i < n; i++) {
    const mention = MENTIONS[int(MENTIONS.length)]!.replace('{p}', PROVIDERS[int(PROVIDERS.length)]!);
    const id = IDS[int(IDS.length)]!(pick, int);
    // `the access token: <value>` assigns it: after a credential word a colon is no join of this corpus.
    let join = JOINS[int(JOINS.length)]!;
    if (join === ': ' && /(?:key|token|secret|password)s?$/i.test(mention)) join = '; ';
    let line = `${mention}${join}${id}${join === ' (' ? ')' : ''}`;
    if (int(3) === 0) line += `; next ${IDS[int(IDS.length)]!(pick, int)}`;
    if (int(2) === 0) line = stamp() + line;
    out.push(line);
  }
  return out;
}

/** Sentences that say the value IS the secret, before or after an id the same line keeps. */
const STATED_TOKENS = [
  'my {p} API key is {v}',
  'the new {p} token is {v}',
  'use token {v} for the {p} calls',
  'the {p} secret is now {v}',
  'API key for {p}: {v}',
  'the access token = {v}',
  'here is the {p} key: {v}',
];
const STATED_PASSWORDS = [
  'password: {v}',
  'Set the admin password to {v} and restart',
  'the {p} db password is {v}',
  'my password is now {v}',
];

export interface Stated {
  line: string;
  /** The secret: no 10 characters of it may be left. */
  value: string;
  /** The id on the same line: must come out as it went in. */
  id: string;
}

/**
 * `n` lines each stating a secret (a key or token of `tokens()`, a password of `passwords()`) and holding an id (IDS)
 * before or after it.
 */
export function statedSecretLines(
  seed: number,
  n: number,
  tokens: () => string[],
  passwords: () => string[],
): Stated[] {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const pick = (set: keyof typeof CHARSETS, k: number): string =>
    Array.from({ length: k }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  const out: Stated[] = [];
  while (out.length < n) {
    const kinds: [string[], string[]][] = [
      [tokens(), STATED_TOKENS],
      [passwords(), STATED_PASSWORDS],
    ];
    for (const [value, forms] of kinds.flatMap(([vs, f]) => vs.map((v): [string, string[]] => [v, f]))) {
      const id = IDS[int(IDS.length)]!(pick, int);
      const stated = forms[int(forms.length)]!.replace('{p}', PROVIDERS[int(PROVIDERS.length)]!).replace('{v}', value);
      const line = int(2) === 0 ? `${stated}; ${id}` : `${id}. Then ${stated}`;
      out.push({ line, value, id });
    }
  }
  return out.slice(0, n);
}
