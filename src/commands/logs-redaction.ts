import path from 'node:path';
import { readConfigFile } from '../core/config-file.js';
import { printedJsonRedaction, redactedStrings } from '../core/redact/printed.js';
import { redactPrinted } from '../core/redact/printed-names.js';
import { TextMemo } from '../core/redact/memo.js';
import type { Redactor } from '../core/redact/redactor.js';
import type { SessionRef } from '../core/session.js';
import { jsonTerminalSafe, terminalSafe } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import { dotenvFiles, setUpRedaction } from './redaction-setup.js';
import { cappedWarnings } from '../ui/warnings.js';

/**
 * The files of a run directory whose values `massgen logs` learns before it prints (the question and errors come
 * from them; the configuration holds the keys the run used), as the export learns them as it reads the session.
 */
const LEARN_FROM = ['.env', 'execution_metadata.yaml', 'status.json', 'metrics_summary.json'];
/** A file larger than this is not learned from (they are a few KiB). */
const LEARN_CAP = 16 * 1024 * 1024;
/** Printed texts whose redaction is kept (memo.ts bounds the characters kept). */
const PRINTED_MEMO_ENTRIES = 1 << 20;

/**
 * What every `massgen logs` subcommand prints through: redacted as the export redacts what it prints
 * (export --json: printed.ts), with the environment's and the `.env` files' values, the session's `.massgenignore`
 * `redact:` patterns, and the values learned from the run's metadata. Every string is read as a value and then by the
 * pieces of its words (printed-names.ts: a token glued into a tool's name, an agent id or a path), object keys too.
 */
export interface LogsPrinter {
  redactor: Redactor;
  /** Learns the values of the metadata files in `dirs` (LEARN_FROM). */
  learnFrom(dirs: readonly string[]): Promise<void>;
  /** A copy with every string and key redacted (figures before they are laid out). */
  redacted<T>(value: T): T;
  /** One JSON document on stdout, redacted (printed.ts), control characters as JSON escapes. */
  json(doc: unknown): void;
  /** Text on stdout, redacted. */
  out(text: string): void;
  /** Warnings on stderr, one line each, redacted. */
  warnings(lines: readonly string[]): void;
  /** A note on stderr, redacted. */
  note(text: string): void;
}

/** The printer for `sessions` (a logs directory stands for the sessions in it: its project's `.env` is read). */
export async function logsPrinter(ctx: CommandContext, sessions: readonly SessionRef[]): Promise<LogsPrinter> {
  const first: SessionRef = sessions[0] ?? { root: ctx.cwd, id: '' };
  // Every session's own `.massgenignore` `redact:` patterns, not only the first's: all apply to all that is printed.
  const alsoRoots = [...new Set(sessions.slice(1).map((s) => s.root))].filter((r) => r !== first.root);
  const setup = await setUpRedaction({
    cwd: ctx.cwd,
    env: ctx.env,
    session: first,
    redactExtra: [],
    home: ctx.home,
    alsoRoots,
  });
  const { redactor } = setup;
  const learnFile = async (file: string): Promise<void> => {
    const r = await readConfigFile(file, LEARN_CAP);
    if (r.text !== null) redactor.harvest(path.basename(file), r.text);
  };
  const others = new Set(sessions.slice(1).flatMap((s) => dotenvFiles(ctx.cwd, s, ctx.home)));
  for (const f of dotenvFiles(ctx.cwd, first, ctx.home)) others.delete(f);
  for (const f of others) await learnFile(f);
  // A tool's name or an agent id is printed in every turn's figures and the totals, as a key and a value: each text is
  // redacted once for the values learned so far (100,000 tool names: 1,000,210 strings printed, 100,071 distinct).
  const memo = new TextMemo<string>(PRINTED_MEMO_ENTRIES);
  const redact = (s: string): string => memo.get(s, redactor.version(), () => redactPrinted(s, redactor));
  const printer: LogsPrinter = {
    redactor,
    learnFrom: async (dirs) => {
      for (const d of new Set(dirs)) for (const name of LEARN_FROM) await learnFile(path.join(d, name));
    },
    redacted: (value) => redactedStrings(value, redact, redact),
    json: (doc) => {
      const json = JSON.stringify(redactedStrings(doc, redact, redact), null, 2);
      const text = printedJsonRedaction(redactor)(`${json}\n`);
      ctx.stdout.write(jsonTerminalSafe(text));
    },
    out: (text) => ctx.stdout.write(redact(text)),
    warnings: (lines) => {
      for (const w of cappedWarnings(lines)) ctx.stderr.write(`Warning: ${terminalSafe(redact(w))}\n`);
    },
    note: (text) => ctx.stderr.write(redact(text)),
  };
  printer.warnings(setup.warnings);
  return printer;
}
