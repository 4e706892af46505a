/**
 * Streams that interleave (attack 55): two agents' chunks alternating in one debug log (`[agent_a] StreamChunk(…,
 * content='sk-ant-ap', source='agent_a')` then `[agent_b] …`), two completions in one capture told apart by their
 * `"id": "chatcmpl-…"`, a Responses stream's items (`"item_id"`, `"output_index"`). The records read one after another
 * (chunks.ts) joined pieces of different streams, and a key cut across one stream's records went out whole (and pieces
 * of two streams' prose joined read as a key). Here each record's line names its stream (its tags and identity fields
 * outside its value), and a run of records naming several is read as their streams' runs.
 */
/** A record's value: [start, end) in the text, without its quotes. */
export type Piece = [number, number];

/** A tag (`[agent_a]`; not a time, `[12:01:00]`), or an identity field's value (`source='agent_a'`, `"id": "…"`). */
const IDENTITY =
  /\[([A-Za-z][\w.-]{0,40})\]|["']?\b(source|agent(?:_?id|_?name)?|item_id|id|index|output_index|content_index|choice_index|stream(?:_?id)?|run_id|message_id|call_id|task_id|worker)["']?\s*[:=]\s*["']?([\w.:-]{1,80})/g;
/** How much of a line around a record's value is read for its identity. */
const AROUND = 4096;

/** The line around text[start, end), at most `around` characters either side: [from, to). */
export function lineAround(text: string, start: number, end: number, around: number): [number, number] {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - around);
  let to = text.indexOf('\n', end);
  if (to === -1 || to - end > around) to = Math.min(text.length, end + around);
  return [from, to];
}

/**
 * The identity of the stream a record belongs to: the values its line names outside its value [start, end), each once
 * and sorted (`[agent_a]` and `source='agent_a'` name one); '' for none.
 */
export function streamIdentity(text: string, start: number, end: number): string {
  const [from, to] = lineAround(text, start, end, AROUND);
  const parts = new Set<string>();
  for (const s of [text.slice(from, start), text.slice(end, to)])
    for (const m of s.matchAll(IDENTITY)) parts.add(m[1] ?? m[3]!);
  return [...parts].sort().join('|');
}

/**
 * A run of consecutive records split into its streams' runs (each of two records or more, in order), when two streams
 * or more are named by two records each and together hold most records. A record goes with the one stream whose
 * names it holds or that holds its names (a `[WARN]` on its line, its line cut); naming none, with the record before
 * it. Else the run as it is (records whose identity changes each time, a per-event id among its fields, are read as one
 * stream, as before).
 */
export function splitByStream(run: readonly Piece[], ids: readonly string[]): Piece[][] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const named = [...counts.keys()].filter((id) => id !== '' && counts.get(id)! >= 2);
  const within = (a: string, b: string): boolean => a.split('|').every((p) => b.split('|').includes(p));
  // The streams: the names no smaller one is within.
  const streams = named.filter((id) => !named.some((o) => o !== id && within(o, id)));
  const streamOf = new Map<string, string | undefined>();
  for (const id of counts.keys()) {
    const near = streams.filter((st) => within(st, id) || within(id, st));
    streamOf.set(id, id !== '' && near.length === 1 ? near[0] : undefined);
  }
  const held = ids.filter((id) => streamOf.get(id) !== undefined).length;
  if (streams.length < 2 || held * 2 < run.length) return [run.slice()];
  const byId = new Map<string, Piece[]>(streams.map((id) => [id, []]));
  let last: string | undefined;
  for (const [k, piece] of run.entries()) {
    const id = streamOf.get(ids[k]!) ?? last;
    if (id === undefined) continue;
    byId.get(id)!.push(piece);
    last = id;
  }
  return [...byId.values()].filter((r) => r.length >= 2);
}
