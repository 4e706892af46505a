/**
 * Attack 55 (independent, black box: realistic MassGen logs):
 * - two streams interleaved in one log (two agents' StreamChunk records alternating, two completions told apart by
 *   their `chatcmpl-` id, a Responses stream's items, Anthropic's content blocks): the records read one after another
 *   joined pieces of both, and a key cut across one stream's records went out whole (11 of 11 a seed);
 * - Anthropic's `thinking_delta` records were no stream's (the field was not read);
 * - a value piped to `docker login --password-stdin` in single quotes holding a `$` (the shell's literal) was read as a
 *   variable;
 * - a learned value's label was built from a key glued to the value's first characters (`known-value:e24dd3899688X-…`).
 * Values are drawn from a seed (REDACT_SEED replays); what a recipient reads back is each stream's records joined.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { splitByStream } from '../src/core/redact/stream-identity.js';
import { plants, pyRepr, windowLeak, type Plant } from './helpers/chunk-corpus.js';
import { randomStrings, rng, seededGen } from './helpers/fake-secrets.js';
import { filtered, leaksWindow, learningRedactor } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 5501);

/** A record of stream `s` (0, 1 or 2) holding `chunk`, the `i`-th record of the log; `ids`: the streams' own ids. */
type Shape = (chunk: string, s: number, i: number, ids: readonly string[]) => string;

const SHAPES: Record<string, Shape> = {
  taggedRepr: (c, s, i) =>
    `12:01:${String(i % 60).padStart(2, '0')} | DEBUG | [agent_${'abc'[s]}] StreamChunk(type='content', content=${pyRepr(c)}, source='agent_${'abc'[s]}')`,
  sourceRepr: (c, s) =>
    `StreamChunk(type='content', content=${pyRepr(c)}, tool_calls=None, source='agent_${'abc'[s]}')`,
  jsonLines: (c, s, i) =>
    JSON.stringify({ ts: 1764000000 + i, agent_id: `agent_${'abc'[s]}`, type: 'content', content: c }),
  chatCompletions: (c, s, i, ids) =>
    `data: ${JSON.stringify({ id: `chatcmpl-${ids[s]}`, object: 'chat.completion.chunk', created: 1764000000 + i, model: 'gpt-4o-mini', choices: [{ index: 0, delta: { content: c }, finish_reason: null }] })}\n`,
  responses: (c, s, i, ids) =>
    `data: ${JSON.stringify({ type: 'response.output_text.delta', item_id: `msg_${ids[s]}`, output_index: s, content_index: 0, delta: c, sequence_number: i, obfuscation: ids[3]!.slice(i % 8, (i % 8) + 6) })}\n`,
  anthropicBlocks: (c, s) =>
    `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: s, delta: { type: 'text_delta', text: c } })}\n`,
};

/** `text` cut into 2 to 9 character pieces. */
function pieces(rand: () => number, text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    const n = 2 + Math.floor(rand() * 8);
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

/** Each stream's pieces written as records, the streams' turns drawn at random (each record once, in its order). */
function interleave(rand: () => number, streams: string[][], shape: Shape, ids: readonly string[]): string[][] {
  const next = streams.map(() => 0);
  const lines: string[][] = streams.map(() => []);
  const log: string[] = [];
  for (let i = 0; next.some((k, s) => k < streams[s]!.length); i++) {
    const open = streams.map((_, s) => s).filter((s) => next[s]! < streams[s]!.length);
    const s = open[Math.floor(rand() * open.length)]!;
    const record = shape(streams[s]![next[s]!++]!, s, i, ids);
    log.push(record);
    lines[s]!.push(record);
  }
  return [log, ...lines];
}

/** What a recipient reads of some records: each one's text (a repr's or a JSON field's), decoded, joined. */
function readBack(records: readonly string[]): string {
  return records
    .map((r) => {
      const py = /content=(['"])((?:\\.|(?!\1).)*)\1/.exec(r);
      if (py) return py[2]!.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
      const json = /"(?:content|text|delta|thinking)":("(?:\\.|[^"\\])*")/.exec(r);
      return json ? (JSON.parse(json[1]!) as string) : '';
    })
    .join('');
}

const PROSE = [
  'I will now review the implementation of the landing page and check the CSS grid layout carefully.',
  'The tests pass locally; the flaky one was a race in the websocket reconnect, fixed by awaiting the close event.',
  'Agent B voted for agent A because its answer covered the edge cases and cited the documentation.',
];

describe(`attack 55: streams that interleave (seed ${SEED})`, () => {
  const redactor = new Redactor();

  it('a secret cut across one stream is redacted while another stream writes between its records', () => {
    const rand = rng(SEED);
    const r = randomStrings(SEED + 1);
    const missed: string[] = [];
    let n = 0;
    const all = plants(SEED).filter((p) => !p.family.startsWith('pem'));
    for (const [k, p] of all.entries()) {
      for (const [name, shape] of Object.entries(SHAPES)) {
        const ids = [r('alnum', 29), r('alnum', 29), r('alnum', 29), r('alnum', 16)];
        // The other stream: prose, or another secret (two agents each writing one).
        const other: Plant | string = k % 3 === 0 ? all[(k + 7) % all.length]! : PROSE[k % PROSE.length]!;
        const texts = [p.text, typeof other === 'string' ? other : other.text];
        const [log, ...each] = interleave(
          rand,
          texts.map((t) => pieces(rand, t)),
          shape,
          ids,
        );
        const out = redactor.redactString(`${log!.join('\n')}\n`).split('\n');
        n++;
        // Each stream's records read back apart, as a recipient follows one agent or one completion.
        const mine = out.filter((l) => each[0]!.some((rec) => sameRecord(l, rec)));
        if (windowLeak(readBack(mine), p.value)) missed.push(`${p.family} in ${name}`);
        if (typeof other !== 'string' && windowLeak(readBack(out), other.value)) missed.push(`${other.family} (2nd)`);
      }
    }
    assert.ok(n >= 300, `${n} logs`);
    assert.deepEqual(missed, []);
  });

  it('a record its stream alone names otherwise (a `[WARN]` on its line, its source cut off) stays with it', () => {
    const ids = ['a', 'b', 'a', 'b', 'a|WARN', 'b', 'a', '', 'b'];
    const run = ids.map((_, k): [number, number] => [k * 10, k * 10 + 5]);
    assert.deepEqual(
      splitByStream(run, ids).map((r) => r.map(([s]) => s / 10)),
      [
        [0, 2, 4, 6, 7],
        [1, 3, 5, 8],
      ],
    );
    // Identities that change each record (a per-event id): one stream, as read before.
    assert.deepEqual(
      splitByStream(
        run,
        ids.map(String).map((_, k) => `evt${k}`),
      ),
      [run],
    );
    const rand = rng(SEED + 8);
    const missed: string[] = [];
    for (const p of plants(SEED + 9).filter((x) => !x.family.startsWith('pem'))) {
      const shape: Shape = (c, s, i, ids) =>
        `${SHAPES.taggedRepr!(c, s, i, ids).replace('DEBUG |', i % 5 === 4 ? 'WARNING | [WARN]' : 'DEBUG |')}`;
      const [log, mine] = interleave(rand, [pieces(rand, p.text), pieces(rand, PROSE[0]!)], shape, []);
      const out = redactor.redactString(`${log!.join('\n')}\n`).split('\n');
      if (windowLeak(readBack(out.filter((l) => mine!.some((rec) => sameRecord(l, rec)))), p.value))
        missed.push(p.family);
    }
    assert.deepEqual(missed, []);
  });

  it("a secret cut across Anthropic's thinking deltas is redacted", () => {
    const rand = rng(SEED + 2);
    const missed: string[] = [];
    const all = plants(SEED + 3).filter((p) => !p.family.startsWith('pem'));
    for (const p of all) {
      const log = pieces(rand, p.text).map(
        (c) =>
          `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: c } })}\n`,
      );
      const out = redactor.redactString(`${log.join('\n')}\n`);
      if (windowLeak(readBack(out.split('\n')), p.value)) missed.push(p.family);
    }
    assert.ok(all.length >= 20, `${all.length} plants`);
    assert.deepEqual(missed, []);
  });

  it('streams of prose, ids and hashes interleaved come out byte for byte', () => {
    const rand = rng(SEED + 4);
    const r = randomStrings(SEED + 5);
    const benign = [
      ...PROSE,
      `The commit ${r('hex', 40)} fixed it; run id ${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}.`,
      'def main():\n    api_key = os.environ["OPENAI_API_KEY"]\n    return OpenAI(api_key=api_key)\n',
      `{"model": "gpt-4o", "max_tokens": 4096, "prompt_tokens": 812, "sha256": "${r('hex', 64)}"}`,
    ];
    const changed: string[] = [];
    let n = 0;
    for (let k = 0; k < benign.length; k++)
      for (const [name, shape] of Object.entries(SHAPES)) {
        const ids = [r('alnum', 29), r('alnum', 29), r('alnum', 29), r('alnum', 16)];
        const texts = [benign[k]!, benign[(k + 1) % benign.length]!, benign[(k + 3) % benign.length]!];
        const log = `${interleave(
          rand,
          texts.map((t) => pieces(rand, t)),
          shape,
          ids,
        )[0]!.join('\n')}\n`;
        n++;
        if (redactor.redactString(log) !== log) changed.push(`${name}: ${log.slice(0, 160)}`);
      }
    assert.ok(n >= 36, `${n} logs`);
    assert.deepEqual(changed, []);
  });
});

/** Whether output line `l` is the record `rec` was (the same stream's marker and position in its shape). */
function sameRecord(l: string, rec: string): boolean {
  const marker = (s: string): string =>
    /\[agent_\w\]|source='agent_\w'|"agent_id":"agent_\w"|chatcmpl-\w+|msg_\w+|"index":\d/.exec(s)?.[0] ?? '';
  return marker(l) !== '' && marker(l) === marker(rec);
}

describe(`attack 55: a piped value and a learned value's label (seed ${SEED})`, () => {
  it("a value in single quotes holding `$`, piped to a command reading stdin, is redacted (the shell's literal)", () => {
    const g = seededGen(SEED + 6);
    const leaks: string[] = [];
    for (let i = 0; i < 24; i++) {
      const v = `${g.pick('alnum', 3 + g.int(5))}${g.one(['!', '#', '%', '@'])}${g.pick('alnum', 2 + g.int(4))}$${g.pick('letters', 3 + g.int(5))}`;
      const line = g.one([
        `$ echo '${v}' | docker login ghcr.io -u massgen-bot --password-stdin`,
        `printf '%s' '${v}' | podman login quay.io -u bot --password-stdin`,
        `gh auth login --with-token <<< '${v}'`,
        `echo '${v}' | helm registry login registry.example.com -u ci --password-stdin`,
      ]);
      const out = new Redactor().redactString(`${line}\n`);
      if (leaksWindow(out, v)) leaks.push(out);
    }
    assert.deepEqual(leaks, []);
  });

  it("a learned value's label never holds a piece of the value its key was glued to", () => {
    const g = seededGen(SEED + 7);
    const leaks: string[] = [];
    for (let i = 0; i < 12; i++) {
      const v = g.pick('hex', 40);
      const r = learningRedactor();
      filtered(r, 'workspace/args.json', `{"headers": {"${v.slice(0, 12)}X-API-KEY": "${v}"}}\n`);
      const out = filtered(r, 'workspace/notes.md', `The Serper key is ${v} for now.\n`);
      if (out.includes(v.slice(0, 10)) || out.includes(v.slice(2, 12))) leaks.push(out);
    }
    assert.deepEqual(leaks, []);
  });
});
