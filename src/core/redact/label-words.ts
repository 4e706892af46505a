/**
 * The labels near-labels.ts looks for before a key (a provider's or service's name, a secret word), and where they may
 * be in a text: the ASCII ones found by the shared literal scan (literal-scan.ts), so that a key-shaped run with none
 * of them before it on its line (most hashes and ids) is not read by the label regex at all.
 */
import { leadingStrings } from './leading.js';
import { firstAtOrAfter, literalScan } from './literal-scan.js';
import { pushAll } from '../lists.js';

/** Providers and services whose name alone says a key follows (case-insensitive: no English word among them). */
const STRONG =
  'openai|anthropic|cohere|mistral|groq|gemini|deepseek|perplexity|cerebras|openrouter|huggingface|tavily|serper|' +
  'serpapi|elevenlabs|deepgram|assemblyai|pinecone|weaviate|qdrant|wandb|langfuse|langsmith|helicone|twilio|sendgrid|' +
  'zhipu|dashscope|sambanova|nebius|firecrawl|datadog|ai21|upstash|algolia|mailgun|mapbox|stytch|voyageai|jina|' +
  'fireworks|xai|azure[ _-]?openai|togetherai|together\\.ai|exa\\.ai|serper\\.dev|novita|lepton|moonshot|dd';
/** Names that are also English words: capitalised (`Together`), upper case, or written as code (`together.new(`). */
const WEAK = 'together|exa|replicate|resend|kimi|grok|qwen|voyage|azure|ably|sentry|stripe|brave|writer|reka';
/** The secret words (a bare `key` needs a provider's name or `api`/`app`/`access` before it). */
const WORDS =
  'api[ _-]?keys?|app[ _-]?keys?|access[ _-]?keys?|secret[ _-]?keys?|(?:api)?キー|keys|tokens?(?!iz)|secrets?(?!ar)|creds|credentials?|' +
  'bearer|passw(?:or)?d|passphrase|ключ\\p{L}*|токен\\p{L}*|парол\\p{L}*|секрет\\p{L}*|密钥|秘钥|令牌|密码|' +
  'トークン|パスワード|schlüssel|clé|clave|chave|chiave|sleutel|klucz|anahtar';
export const LABEL = new RegExp(`(?<![\\p{L}\\d])(?:(?<strong>${STRONG})|(?<weak>${WEAK})|(?<word>${WORDS}))`, 'giu');

/**
 * The strings the labels written in ASCII start with (a match of the others holds a character that is not ASCII, and
 * so does one of an ASCII label under `iu` folding: `K` for `k`); null when one cannot be listed.
 */
function asciiStarts(): string[] | null {
  const out: string[] = [];
  for (const alt of [STRONG, WEAK, WORDS].join('|').split('|')) {
    if (/[^\x00-\x7f]/.test(alt)) continue;
    const starts = leadingStrings(alt);
    if (starts === null || starts.some((s) => s === '')) return null;
    pushAll(out, starts);
  }
  return out;
}

const ascii = asciiStarts();
const scan = ascii === null ? null : literalScan(ascii);

/** Where the ASCII labels may start in `text` (case folded, in order), or null when the scan could not be built. */
export const labelStarts = (text: string): readonly number[] | null => (scan === null ? null : scan(text));

/**
 * Whether a label may be in text[from, to): the scan found an ASCII label's start there (case folded), or a character
 * there is not ASCII, or the scan could not be built.
 */
export function labelMayBeIn(text: string, from: number, to: number): boolean {
  if (scan === null) return true;
  const starts = scan(text);
  const lo = firstAtOrAfter(starts, from);
  if (lo < starts.length && starts[lo]! < to) return true;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/**
 * A label written in hex letters only (`dd`) inside a run of hex digits: a UUID's or a hash's group (`…-a768-dd20e3…`,
 * `4c62-dd-`), not a name. Glued to a hex digit after it, or after a `-` that follows one.
 */
export function inHexRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHexCode(text.charCodeAt(i))) return false;
  if (isHexCode(text.charCodeAt(end))) return true;
  return text.charCodeAt(start - 1) === 45 && isHexCode(text.charCodeAt(start - 2));
}
