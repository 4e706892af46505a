/**
 * Secrets with no key name, found by what surrounds them:
 * - SDK calls: a string literal passed to a known SDK's constructor or login call
 *   (`cohere.Client("…")`, `Exa("…")`, `wandb.login(key="…")`, `cohere.NewClient("…")`,
 *   `new Mistral("…")`, `option.WithAPIKey("…")`);
 * - prose: a random-looking token a few words after `key`, `token`, `secret`, `password`,
 *   `credential` or `auth` on the same line (`using token …`, `auth with …`, `Invalid key …`).
 * Both look for a cheap literal first (`("`, `('`, `` (` ``, `(key=`; the stem words), then read a
 * few characters around it.
 */
import { isAllowListed, looksRandom } from './generic.js';
import type { Hit, Pass } from './pass.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HEX = /^[0-9a-fA-F]+$/;

/**
 * The callee of an SDK call whose first string argument is a credential: a class or function of
 * a provider SDK, any `…Client`/`…ClientV2`/`…App` class, a module's `login`/`init`/`configure`/
 * `set_api_key`, Go's `NewClient` and option functions.
 */
const SDK_CALLEE = new RegExp(
  '(?:^|[^A-Za-z0-9_$])(?:(?:new|await)\\s+)?(?:' +
    [
      '(?:[A-Za-z_$][\\w$]*\\.)*(?:Async)?[A-Z][A-Za-z0-9]*(?:Client|App|Api|API|SDK)(?:V\\d)?',
      '(?:[A-Za-z_$][\\w$]*\\.)*(?:Async)?(?:Client|ClientV\\d)',
      '(?:[A-Za-z_$][\\w$]*\\.)*(?:Cohere|Exa|Pinecone|Mistral|Tavily|Replicate|OpenAI|AzureOpenAI|Anthropic|Groq|Together|Fireworks|Cerebras|ElevenLabs|Deepgram|AssemblyAI|Firecrawl|Voyage|VoyageAI|Jina|Perplexity|Serper|SerpApi|GoogleSearch|Brave|Weaviate|Qdrant|Langfuse|Portkey|Helicone|Braintrust|Comet|Neptune|Clarifai|AI21|Writer|Reka|Upstage|Nomic|Unstructured|LlamaParse|Resend|SendGrid|Twilio|Stripe)',
      '[A-Za-z_$][\\w$]*\\.(?:login|init|configure|set_api_key|setApiKey|set_key|authenticate|auth)',
      '(?:[A-Za-z_$][\\w$]*\\.)?(?:New|NewClient|NewWithKey|WithAPIKey|WithApiKey|WithToken|WithAuthToken|WithKey|WithCredentials|NewStaticTokenSource)',
    ].join('|') +
    ')\\s*$',
);

/** `(` then an optional key word (`key=`, `api_key=`, `token=`) and a quote. */
const CALL_OPEN = /\(\s*(?:(?:api_?key|apiKey|key|token|auth_token|access_token)\s*=\s*)?(?:[rbf]?["'`])/y;
const CALL_VALUE = /["'`]([A-Za-z0-9][A-Za-z0-9_\-.+/=]{15,199})["'`]/y;

/** A credential-shaped value: random-looking, a UUID (Exa, Pinecone) or 32+ hex digits (W&B, Deepgram). */
export function credentialLike(v: string, hexOk: boolean): boolean {
  if (UUID.test(v)) return hexOk;
  if (HEX.test(v)) return hexOk && v.length >= 32 && /[a-f]/i.test(v) && /\d/.test(v);
  return looksRandom(v) && !isAllowListed('', v);
}

function sdkCallHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // Each `(` is found by a native search and the call regex tried there only when a quote or a key word follows.
  for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (
      c !== 34 &&
      c !== 39 &&
      c !== 96 &&
      c !== 32 &&
      c !== 97 &&
      c !== 107 &&
      c !== 116 &&
      c !== 114 &&
      c !== 102 &&
      c !== 98
    )
      continue;
    CALL_OPEN.lastIndex = i;
    const m = CALL_OPEN.exec(text);
    if (m === null) continue;
    const quote = m.index + m[0].length - 1;
    CALL_VALUE.lastIndex = quote;
    const v = CALL_VALUE.exec(text);
    if (!v || v[0][0] !== v[0][v[0].length - 1]) continue;
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    if (!SDK_CALLEE.test(before) || !credentialLike(v[1]!, true)) continue;
    hits.push({ rule: 'sdk-argument', start: quote + 1, end: quote + 1 + v[1]!.length });
  }
  return hits;
}

/**
 * A stem word, then at most three short words or `:`/`=` on the same line, then a token. The stem
 * must start a word (`monkey`, `broken` are no keys); `tokens`, `keys` and `keyboard` are words.
 */
const PROSE = /(?<![A-Za-z])(api[ _-]?key|key|token|secret|passw(?:or)?d|passphrase|credentials?|auth)(?![a-rt-z])s?/gi;
const PROSE_TAIL =
  /(?:[ \t]*[:=]|[ \t]+(?:[A-Za-z]{1,12}[ \t]*[:=]?[ \t]+){0,3}|[ \t]*\((?:[A-Za-z]{1,12}[ \t]*){0,2}\)[ \t]*[:=]?)[ \t]*["'`([]?([A-Za-z0-9][A-Za-z0-9_\-.]{15,199})(?![A-Za-z0-9_\-+/=])/y;

/**
 * What follows a stem word in prose (key-name-pass.ts's finder): a blank, at most three short words, then a
 * token-like run of 16 or more characters. Lines without one are never read by proseHits.
 */
export const PROSE_SEPARATOR = `[ \\t]+(?=(?:[A-Za-z]{1,12}[ \\t]*[:=]?[ \\t]+){0,3}["'\`([]?[A-Za-z0-9][A-Za-z0-9_.-]{15})`;

/** The prose hits in text[from, to) (one line, or a window of a long one), added to `hits`. */
export function proseHits(text: string, from: number, to: number, hits: Hit[]): void {
  PROSE.lastIndex = from;
  for (let m = PROSE.exec(text); m !== null && m.index < to; m = PROSE.exec(text)) {
    PROSE_TAIL.lastIndex = m.index + m[0].length;
    const t = PROSE_TAIL.exec(text);
    if (!t || t.index + t[0].length > to) continue;
    const value = t[1]!.replace(/\.+$/, '');
    const stem = m[1]!.toLowerCase();
    // A bare `key` names too much (cache keys, commit hashes): hex and UUIDs only after a word that says which key
    // (`API key`, `subscription key`, `access key`).
    const strong =
      stem !== 'key' ||
      /(?:api|access|subscription|secret|private|license)[ _-]?$/i.test(text.slice(Math.max(0, m.index - 14), m.index));
    if (!credentialLike(value, strong)) continue;
    const start = t.index + t[0].length - t[1]!.length;
    hits.push({ rule: 'prose-secret', start, end: start + value.length });
    PROSE.lastIndex = start + value.length;
  }
}

/** The pass of SDK call arguments. */
export function sdkCallPass(): Pass {
  return { finder: null, regex: /$^/g, resolve: () => null, run: sdkCallHits };
}
