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
import { copulaPassword } from './copula-passwords.js';
import { isPaginationNorm } from './cursors.js';
import { assignedBefore } from './assignments.js';
import { charSet } from './line-heads.js';
import { credentialLike, humanPassword, namedCredential } from './credential-values.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { idAfterGap } from './id-nouns.js';
import { beforeNextField, notAPassword } from './prose-values.js';
import { dataKeyBefore, joinedWords, pathLike } from './id-shapes.js';
import { PROVIDER_BEFORE } from './services.js';
import { atomic, wordsGap } from './atomic-blanks.js';

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
      // JavaScript factories taking an id then a key (`algoliasearch(APP_ID, KEY)`, `twilio(SID, TOKEN)`).
      '(?:[A-Za-z_$][\\w$]*\\.)*(?:algoliasearch|twilio|ably|Realtime|Rest)',
      // Go: any constructor (`mistral.NewMistralClientDefault`, `NewStaticTokenSource`) and option functions.
      '(?:[A-Za-z_$][\\w$]*\\.)?(?:New[A-Za-z0-9]*|With[A-Za-z]*(?:Key|Token|Credentials?|Secret|Auth)[A-Za-z]*)',
      // C#, Java, TypeScript: a credential class (`new ApiKeyCredential("…")`, `AzureKeyCredential`, `BearerToken`).
      '(?:[A-Za-z_$][\\w$]*\\.)*[A-Z][A-Za-z0-9]*(?:Credential|KeyCredential|Key|Token|Secret)',
    ].join('|') +
    ')\\s*$',
);

/** `(` then an optional key word (`key=`, `api_key=`, `token=`) and a quote. */
const CALL_OPEN =
  /\(\s*(?:(?:api_?key|apiKey|key|token|auth_token|access_token)\s*=\s*|Some\((?:String::from\()?|[A-Za-z_][\w.]*(?:sid|SID|Sid|app_?id|appId|APP_?ID)\s*,\s*)?(?:[rbf]?["'`])/y;
/** After an id (a Twilio SID, an Algolia app id), the key as the next argument. */
const NEXT_VALUE = /\s*,\s*["'`]([A-Za-z0-9_-][A-Za-z0-9_\-.+/=]{15,199})["'`]/y;
const ID_VALUE = /["'`]([A-Z0-9]{10})["'`]/y;
const ID_ARGUMENT = /^(?:[A-Z]{2}[0-9a-f]{32}|[A-Z0-9]{10})$/;
const CALL_VALUE = /["'`]([A-Za-z0-9_-][A-Za-z0-9_\-.+/=]{15,199})["'`]/y;

function sdkCallHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // Each `(` is found by a native search and the call regex tried there only when a quote or a key word follows.
  for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (
      c !== 10 &&
      c !== 83 &&
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
    if (m === null) {
      variableArgument(text, i, hits);
      continue;
    }
    const quote = m.index + m[0].length - 1;
    CALL_VALUE.lastIndex = quote;
    ID_VALUE.lastIndex = quote;
    const v = CALL_VALUE.exec(text) ?? ID_VALUE.exec(text);
    if (!v || v[0][0] !== v[0][v[0].length - 1]) continue;
    // Rust's `Client::new(…)` is the type's constructor.
    const before = text.slice(Math.max(0, m.index - 100), m.index).replace(/::new$/, '');
    if (!SDK_CALLEE.test(before)) continue;
    if (ID_ARGUMENT.test(v[1]!)) {
      NEXT_VALUE.lastIndex = quote + v[0].length;
      const n = NEXT_VALUE.exec(text);
      if (n && namedCredential(n[1]!))
        hits.push({
          rule: 'sdk-argument',
          start: n.index + n[0].length - 1 - n[1]!.length,
          end: n.index + n[0].length - 1,
        });
      continue;
    }
    if (!namedCredential(v[1]!)) continue;
    hits.push({ rule: 'sdk-argument', start: quote + 1, end: quote + 1 + v[1]!.length });
  }
  return hits;
}

/**
 * A variable as an SDK call's only argument (`k = "…"` then `cohere.Client(k)`, `Mistral(k)`, `wandb.login(k)`): the
 * literal it was assigned before (assignments.ts), when it reads as a credential. A few character tests first: every
 * `(e)` of a bundle gets here.
 */
function variableArgument(text: string, open: number, hits: Hit[]): void {
  let i = open + 1;
  const first = text.charCodeAt(i);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return;
  while (i < open + 42 && IDENT[text.charCodeAt(i)] === 1) i++;
  const b = text.charCodeAt(open - 1);
  if (text.charCodeAt(i) !== 41 || i - open < 2 || !((b >= 65 && b <= 90) || (b >= 97 && b <= 122))) return;
  const before = text.slice(Math.max(0, open - 100), open).replace(/::new$/, '');
  if (!SDK_CALLEE.test(before)) return;
  const r = assignedBefore(text, text.slice(open + 1, i), open);
  if (r === null) return;
  const v = text.slice(r[0], r[1]);
  // Words and numbers between dashes are a name (`projects-2024-archive`), not a key.
  if (/^(?:[A-Za-z]+|\d+)(?:[-_.](?:[A-Za-z]+|\d+))+$/.test(v)) return;
  if (namedCredential(v) || credentialLike(v, true)) hits.push({ rule: 'sdk-argument', start: r[0], end: r[1] });
}
const IDENT = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');

/**
 * A stem word, then at most three short words, `:`/`=`, or up to three words in parentheses (`credential (split for
 * safety):`, attack 42) on the same line, then a token. The stem must start a word (`monkey`, `broken` are no keys);
 * `tokens`, `keys` and `keyboard` are words.
 */
const PROSE = /(?<![A-Za-z])(api[ _-]?key|key|token|secret|passw(?:or)?d|passphrase|credentials?|auth)(?![a-rt-z])s?/gi;
/** Up to three words in parentheses, blanks between them (one way to read each: linear). */
const PAREN = String.raw`[ \t]*\((?:[A-Za-z]{1,12}(?:[ \t]+[A-Za-z]{1,12}){0,2}[ \t]*)?\)[ \t]*[:=]?`;
const PROSE_TAIL = new RegExp(
  String.raw`(?:[ \t]*[:=]|${wordsGap('w')}|${PAREN})${atomic('b')}` +
    String.raw`(?:\\[a-z]{2,9}\{|["'\`([“„«「『‘])?(?<v>[A-Za-z0-9_-][A-Za-z0-9_\-.]{15,199})(?![A-Za-z0-9_\-+/=])`,
  'y',
);

/**
 * What follows a stem word in prose (key-name-pass.ts's finder): a blank, at most three short words, then a
 * token-like run of 16 or more characters. Lines without one are never read by proseHits.
 */
export const PROSE_SEPARATOR = String.raw`[ \t]+(?=${wordsGap('ps', false)}(?:["'\`([]?[A-Za-z0-9_-][A-Za-z0-9_.-]{15}|\S{8}))`;

/**
 * The prose hits in text[from, to) (one line, or a window of a long one), added to `hits`; `spaced`: only a token
 * after blanks and words (`token …`, not `KEY=…`, which the key-name regexes judge).
 */
export function proseHits(text: string, from: number, to: number, hits: Hit[], spaced = false): void {
  // Searched in the line only, with the character before it for the lookbehind: a search of the whole text from
  // each key-name line read on to its end (40 s for 1.5 MB of `… to pass the …` lines).
  const base = Math.max(0, from - 1);
  const line = text.slice(base, to);
  PROSE.lastIndex = from - base;
  for (let m = PROSE.exec(line); m !== null; m = PROSE.exec(line)) {
    PROSE_TAIL.lastIndex = m.index + m[0].length;
    const t = PROSE_TAIL.exec(line);
    // `the new password is Tq7#vLm9!…`: a person's password holds symbols the token tail does not take.
    if (!t && /^pass/i.test(m[1]!)) passwordHit(line, base, m.index + m[0].length, hits, spaced);
    if (!t || (spaced && !/^[ \t]+[^ \t:=(]/.test(t[0]))) continue;
    // A noun right before the value says it is an id or a hash (`the token expired, see commit …`, `request id …`).
    const value = beforeNextField(t.groups!.v!).replace(/\.+$/, '');
    if (idAfterGap(t[0].slice(0, t[0].length - t.groups!.v!.length), value, line.slice(0, m.index))) continue;
    const stem = m[1]!.toLowerCase();
    // The stem ends a name (`--starting-token`, `page_token`): a pagination cursor's is no credential (cursors.ts).
    const at = base + m.index;
    const name = /[A-Za-z0-9_.-]*$/.exec(text.slice(Math.max(0, at - 40), at))![0] + m[0];
    if (isPaginationNorm(name.toLowerCase().replace(/[^a-z0-9]/g, ''))) continue;
    // A bare `key` names too much (cache keys, commit hashes): hex and UUIDs only after a word that says which key
    // (`API key`, `subscription key`, `access key`).
    const before = text.slice(Math.max(0, at - 14), at);
    // A data key's (`cache key`, `sort key`: prose-near.ts) is no credential.
    if (stem === 'key' && dataKeyBefore(text, at)) continue;
    // Words joined, a path, or the next flag of a command line (`--no-password --token-limit=4096`).
    if (joinedWords(value) || pathLike(value) || /^--[A-Za-z]|^-[A-Za-z][\w-]*=/.test(value)) continue;
    const strong =
      stem !== 'key' ||
      /(?:api|access|subscription|secret|private|license)[ _-]?$/i.test(before) ||
      PROVIDER_BEFORE.test(before);
    if (!(strong ? namedCredential(value) : credentialLike(value, false))) continue;
    const start = t.index + t[0].length - t.groups!.v!.length;
    hits.push({ rule: 'prose-secret', start: base + start, end: base + start + value.length });
    PROSE.lastIndex = start + value.length;
  }
}

/**
 * After `password` or `passphrase` (and at most three short words): a run of 8 to 128 visible characters, maybe in
 * quotes, typographic ones too (`“Trizzle3162#hazel”`).
 */
const PASSWORD_TAIL = new RegExp(
  String.raw`(?:[ \t]*[:=]|${wordsGap('w')})${atomic('b')}["'\`“„«「『‘]?(?<v>\S{8,128})`,
  'y',
);

/** The password a few words after a `password` stem at line[at] (see proseHits), added to `hits`. */
function passwordHit(line: string, base: number, at: number, hits: Hit[], spaced: boolean): void {
  PASSWORD_TAIL.lastIndex = at;
  const t = PASSWORD_TAIL.exec(line);
  if (!t || (spaced && !/^[ \t]+[^ \t:=(]/.test(t[0]))) return;
  const gap = t[0].slice(0, t[0].length - t.groups!.v!.length);
  // A quote that opens the value closes it (`:password "…"}`: the `"}` went with it, attack 57).
  const quote = /["']$/.exec(gap)?.[0];
  const raw = quote === undefined ? t.groups!.v! : t.groups!.v!.split(quote)[0]!;
  const value = beforeNextField(raw).replace(/[.,;:)\]}"'`”»」』’]+$/, '');
  // The value's own tests first (cheap): the gap's (idAfterGap, a few large regexes) only for a value that reads as a
  // password (a line of `--password x` repeated read each gap: 1 MiB took 0.4 s more); a word and a number, or a
  // word in quotes, right after `password is` (copula-passwords.ts).
  if (notAPassword(value) || /^--[A-Za-z]|^-[A-Za-z][\w-]*=/.test(value)) return;
  const start = base + t.index + gap.length;
  if (!humanPassword(value) && !copulaPassword(gap, value, line.slice(start - base + value.length))) return;
  if (idAfterGap(gap, value, line.slice(0, at))) return;
  hits.push({ rule: 'prose-secret', start, end: start + value.length });
}

/** The pass of SDK call arguments. */
export function sdkCallPass(): Pass {
  return runPass(sdkCallHits);
}
