/**
 * Streamed output logged one record per chunk (streaming_debug.log's StreamChunk reprs, JSON lines, OpenAI's and
 * Anthropic's server-sent events), with a secret the model wrote cut across 2 to 5 consecutive records; and what a
 * recipient reads back: every record's text decoded and joined. Values are generated at test time (seeded).
 */
import { fakeSecrets, randomStrings, rng, type FakeSecret } from './fake-secrets.js';

/** A record holding one chunk of text, as a log writes it. */
export type Shape = (chunk: string, i: number) => string;

/** Python's repr of a str (single quotes unless the text holds one and no double quote). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(new RegExp(q, 'g'), `\\${q}`);
  return q + body + q;
}

export const SHAPES: Record<string, Shape> = {
  streamChunk: (c, i) =>
    `2026-12-02 18:0${i % 10}:11.${100 + i} | DEBUG | [agent_a] StreamChunk(type='content', content=${pyRepr(c)}, ` +
    `tool_calls=None, source='agent_a')`,
  bareRepr: (c) => `StreamChunk(type='content', content=${pyRepr(c)})`,
  jsonLines: (c) => JSON.stringify({ type: 'content', content: c, source: 'agent_b' }),
  openaiSse: (c, i) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: c }, finish_reason: null }], n: i })}\n`,
  anthropicSse: (c) =>
    `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: c } })}\n`,
  responsesSse: (c) => `data: ${JSON.stringify({ type: 'response.output_text.delta', delta: c })}\n`,
};

/** Decodes a Python str literal body (the escapes pyRepr writes). */
function pyUnescape(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

/** What a recipient reads back from a log of records: each record's text, decoded, joined. */
export function recipientJoin(log: string): string {
  const out: string[] = [];
  for (const line of log.split('\n')) {
    const py = /content=(['"])((?:\\.|(?!\1).)*)\1/.exec(line);
    if (py) {
      out.push(pyUnescape(py[2]!));
      continue;
    }
    const json = /"(?:content|text|delta)":("(?:\\.|[^"\\])*")/.exec(line);
    if (json) out.push(JSON.parse(json[1]!) as string);
  }
  return out.join('');
}

/** True when any 10-character window of the secret (line breaks taken out) can be read in `text`. */
export function windowLeak(text: string, secret: string): boolean {
  const flat = secret.replace(/\\n|\n/g, '');
  const hay = text.replace(/\\n|\n/g, '');
  for (let i = 0; i + 10 <= flat.length; i++) if (hay.includes(flat.slice(i, i + 10))) return true;
  return false;
}

export interface Plant {
  family: string;
  /** The secret (no window of it may be read back). */
  value: string;
  /** The model's whole text, holding the secret. */
  text: string;
  /** Where the cuts may go: [from, to) of `text` (the name and the value). */
  span: [number, number];
}

/** The secrets planted: provider tokens, prefix-less values under a name, PEM blocks. */
export function plants(seed: number): Plant[] {
  const r = randomStrings(seed);
  const out: Plant[] = [];
  const plant = (family: string, value: string, line: string): void => {
    const text = `Sure! Run this first:\n\n${line}\n\nThen start the agent again.`;
    const at = text.indexOf(line);
    out.push({ family, value, text, span: [at, at + line.length] });
  };
  for (const s of fakeSecrets(seed).filter((f: FakeSecret) => !f.value.includes('\n') && !f.value.includes('\\n')))
    plant(s.family, s.value, s.context);
  // Prefix-less values: the name says what they are.
  const named: [string, string][] = [
    ['KAGGLE_KEY', r('hex', 32)],
    ['DB_PASSWORD', r('alnum', 20)],
    ['WANDB_API_KEY', r('hex', 40)],
    ['MISTRAL_API_KEY', r('alnum', 32)],
    ['COHERE_API_KEY', r('alnum', 40)],
    ['PINECONE_API_KEY', `${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}`],
    ['SECRET_KEY', r('urlsafe', 50)],
    ['JWT_SECRET', r('alnum', 48)],
  ];
  for (const [name, value] of named) {
    plant(`named:${name}`, value, `export ${name}=${value}`);
    plant(`named-yaml:${name}`, value, `${name.toLowerCase()}: "${value}"`);
  }
  // PEM private keys of several kinds.
  const body = (lines: number): string =>
    Array.from({ length: lines }, (_, i) => (i === 0 ? 'MI' + r('b64', 62) : r('b64', 64))).join('\n');
  for (const kind of ['RSA ', '', 'EC ', 'OPENSSH ']) {
    const begin = ['-----BEG', `IN ${kind}PRIVATE KEY-----`].join('');
    const end = ['-----EN', `D ${kind}PRIVATE KEY-----`].join('');
    const b = body(4 + Math.floor(rng(seed + kind.length)() * 6));
    plant(`pem:${kind.trim() || 'pkcs8'}`, b, `${begin}\n${b}\n${end}`);
  }
  return out;
}

/** The text cut into records at the given positions (sorted, inside the text). */
export function recordsOf(text: string, cuts: readonly number[], shape: Shape): string {
  const at = [0, ...cuts, text.length];
  const lines: string[] = [];
  for (let i = 0; i + 1 < at.length; i++) lines.push(shape(text.slice(at[i], at[i + 1]), i));
  return `${lines.join('\n')}\n`;
}

/** 1 to 4 distinct cuts inside [from, to) (2 to 5 records for the span), sorted; a random one outside too. */
export function randomCuts(rand: () => number, text: string, [from, to]: [number, number]): number[] {
  const n = 1 + Math.floor(rand() * 4);
  const cuts = new Set<number>();
  while (cuts.size < Math.min(n, to - from - 1)) cuts.add(from + 1 + Math.floor(rand() * (to - from - 1)));
  if (from > 2) cuts.add(1 + Math.floor(rand() * (from - 1)));
  return [...cuts].sort((a, b) => a - b);
}
