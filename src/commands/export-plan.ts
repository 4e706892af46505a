import type { PreparedExport } from '../adapters/gist-files.js';
import { nameJudge } from '../core/name-judge.js';
import { collect } from '../core/collect.js';
import { exportContent, type ExportContent } from '../core/content.js';
import { filterChanges } from '../core/content/kinds.js';
import type { ExportPlan, WorkspaceOverride } from '../core/plan.js';
import { printedJsonRedaction } from '../core/redact/printed.js';
import type { Redactor } from '../core/redact/redactor.js';
import type { SessionRef } from '../core/session.js';
import { selectAttempts, type Selection } from '../core/stages/select.js';
import { CancelledError, DeclinedError } from '../errors.js';
import { EXPORTER } from '../version.js';
import { printJson as printJsonTo } from '../ui/json-writer.js';
import { lineChunks, printChunks } from '../ui/print.js';
import { createProgress } from '../ui/progress.js';
import { renderDetails, renderHeader } from '../ui/report.js';
import { pickedSummary } from '../ui/picked.js';
import { size, stylerFor, type Styler } from '../ui/style.js';
import { jsonTerminalSafe, terminalSafe, terminalSafeStyled } from '../ui/terminal-safe.js';
import type { CommandContext } from './context.js';
import type { ExportFlags, ExportOptions } from './export-options.js';
import { setUpRedaction } from './redaction-setup.js';
import { cappedWarnings } from '../ui/warnings.js';

/** What every export mode prints through: messages and the JSON document, both redacted. */
export interface ExportIo {
  st: Styler;
  redactor: Redactor;
  /** A string redacted (metadata, messages, the report). */
  redactString: (s: string) => string;
  /** Exclusions read from `.massgenignore` and `--ignore-file`. */
  exclude: string[];
  /** A message line on stderr (not with `--json`). */
  say: (line: string) => void;
  /**
   * Where the report (the header, what is left out, redactions, what would go) goes: stdout on
   * a dry run, where it is the command's result (`| less` pages it), else stderr (stdout is the
   * share URL, or nothing). Never with `--json`.
   */
  out: CommandContext['stderr'];
  /** A report line on `out`. */
  show: (line: string) => void;
  /** `--json`: the document goes to stdout, messages nowhere. */
  json: boolean;
  /** The `--json` document on stdout. */
  printJson(doc: unknown): Promise<void>;
  /** Configuration files skipped while setting up (printed with `say`; `--json` documents carry them). */
  warnings: string[];
  /** How the export's files are measured and written (redacted): content/export-content.ts. */
  content: ExportContent;
}

/** Sets up redaction for the session and the redacted output every mode writes through. */
export async function openExportIo(opts: ExportOptions, session: SessionRef, ctx: CommandContext): Promise<ExportIo> {
  const out = opts.dryRun ? ctx.stdout : ctx.stderr;
  const st = stylerFor(out, ctx.env);
  const { redactor, exclude, warnings } = await setUpRedaction({
    cwd: ctx.cwd,
    env: ctx.env,
    session,
    ignoreFile: opts.ignoreFile,
    redactExtra: opts.redactExtra,
    home: ctx.home,
  });
  // Everything printed goes through the redactor too: no secret reaches the terminal either;
  // and every control character but our own colours is escaped (names may hold `\e]0;…\a`).
  const redactString = (s: string): string => redactor.redactString(s);
  const say = (line: string): void => {
    if (!opts.json) ctx.stderr.write(`${terminalSafeStyled(redactString(line))}\n`);
  };
  const show = (line: string): void => {
    if (!opts.json) out.write(`${terminalSafeStyled(redactString(line))}\n`);
  };
  // The document is printed a chunk at a time, each redacted on its own: a large export's
  // document is never held whole (nor its redacted copy), nor queued for a slow reader.
  const printJson = (doc: unknown): Promise<void> => {
    const redact = printedJsonRedaction(redactor);
    return printJsonTo(doc, ctx.stdout, (chunk) => jsonTerminalSafe(redact(chunk)));
  };
  for (const w of cappedWarnings(warnings)) say(st.yellow(`Warning: ${terminalSafe(w)}`));
  // A dry run writes nothing: its measurements keep nothing for writing.
  const content = exportContent({
    filter: redactor.filter,
    scanBinary: (chunk) => redactor.scanBinary(chunk),
    reuse: opts.dryRun ? undefined : { version: () => redactor.version() },
  });
  return { st, redactor, redactString, exclude, say, out, show, printJson, json: opts.json, content, warnings };
}

/**
 * Makes the plan: the selection (once), the collection, the header, the workspace-limit
 * prompt (which collects again with the choices) and the report of what goes out.
 */
export async function planExport(
  opts: ExportOptions,
  flags: ExportFlags,
  session: SessionRef,
  io: ExportIo,
  ctx: CommandContext,
): Promise<ExportPlan> {
  const { st, say } = io;
  const prompting = flags.mode.kind === 'share' && flags.mode.prompting;
  const selection = await selectAttempts({
    session,
    turns: opts.turns,
    attempts: opts.attempts,
    redactString: io.redactString,
  });
  say('Collecting files...');
  const request: CollectRequest = { opts, limits: flags.limits, session, selection, prompting, io, ctx };
  let plan = await collectPlan(request);
  // The header (with the question) is printed once the values of the session are learned.
  // The report is for people: with --json it is not even built.
  if (!opts.json) for (const line of renderHeader(session.id, selection, st)) io.show(line);
  for (const w of cappedWarnings(selection.warnings)) say(st.yellow(`Warning: ${terminalSafe(w)}`));
  if (prompting) {
    const overrides = await chooseWorkspaces(plan, ctx, say);
    if (overrides) plan = await collectPlan(request, overrides);
  }
  if (!opts.json) await printReport(plan, io, opts.verbose);
  if (ctx.signal?.aborted) throw new CancelledError();
  return plan;
}

/** What a collection of the export needs: the flags, the selection made once, the redacted output. */
interface CollectRequest {
  opts: ExportOptions;
  limits: ExportFlags['limits'];
  session: SessionRef;
  selection: Selection;
  /** A person answers the workspace-limit prompt: every file of a workspace over the limit is listed. */
  prompting: boolean;
  io: ExportIo;
  ctx: CommandContext;
}

/** Collects the plan with the redactor (`workspaceOverrides`: the prompt's choices), a progress line on a terminal. */
async function collectPlan(
  { opts, limits, session, selection, prompting, io, ctx }: CollectRequest,
  workspaceOverrides?: Map<string, WorkspaceOverride>,
): Promise<ExportPlan> {
  const { redactor } = io;
  const progress = createProgress(ctx.stderr, !opts.json && Boolean(ctx.stderr.isTTY) && !ctx.env.CI);
  try {
    return await collect({
      session,
      selection,
      exclude: [...io.exclude, ...opts.exclude],
      include: opts.include,
      limits,
      content: io.content,
      names: nameJudge(redactor),
      findsSecret: (rel, text) => filterChanges(redactor.filter, rel, text),
      redactString: io.redactString,
      workspaceOverrides,
      listWorkspaceFiles: prompting,
      signal: ctx.signal,
      learning: redactor,
      onEvent: (e) => progress.onEvent(e),
    });
  } finally {
    progress.done();
  }
}

/** The report of what goes out, printed as made, a chunk at a time (with --verbose, a line per file: 100,000). */
function printReport(plan: ExportPlan, io: ExportIo, verbose: boolean): Promise<void> {
  return printChunks(lineChunks(renderDetails(plan, io.st, verbose)), io.out, (chunk) =>
    terminalSafeStyled(io.redactString(chunk), { lines: true }),
  );
}

/**
 * The plan's gist files as `--output` and a share write them (the zip writer is loaded only then): each file's bytes
 * from the content that measured it, the manifest dated `createdAt`.
 */
export async function prepareFiles(
  plan: ExportPlan,
  io: ExportIo,
  ctx: CommandContext,
  createdAt = ctx.now(),
): Promise<PreparedExport> {
  const { prepareGistFiles } = await import('../adapters/gist-files.js');
  return prepareGistFiles(plan, {
    content: io.content,
    redactString: io.redactString,
    exporter: EXPORTER,
    createdAt,
    signal: ctx.signal,
  });
}

/** Asks, for each workspace over the limit, what to do with it (interactive uploads only). */
async function chooseWorkspaces(
  plan: ExportPlan,
  ctx: CommandContext,
  say: (line: string) => void,
): Promise<Map<string, WorkspaceOverride> | null> {
  if (plan.workspacesOverLimit.length === 0) return null;
  const overrides = new Map<string, WorkspaceOverride>();
  for (const w of plan.workspacesOverLimit) {
    const key = `${w.turn}/${w.agent}`;
    const choice = await ctx.prompter.select(
      `The workspace of ${w.agent} in turn ${w.turn} is ${size(w.bytes)}, over --workspace-limit ${size(plan.limits.workspaceLimit)}. What should go out?`,
      [
        {
          title: `Keep the limit: upload ${size(w.keptBytes)}, leave ${w.leftOutFiles} file${w.leftOutFiles === 1 ? '' : 's'} out`,
          value: 'keep',
        },
        { title: `Raise the limit for it: upload all ${size(w.bytes)}`, value: 'all' },
        { title: 'Drop this workspace', value: 'none' },
        { title: 'Pick files', value: 'pick' },
        { title: 'Cancel', value: 'cancel' },
      ] as const,
    );
    if (choice === 'cancel') throw new DeclinedError('Nothing was uploaded.');
    if (choice === 'all' || choice === 'none') overrides.set(key, { mode: choice });
    if (choice === 'pick') {
      const shown = (p: string): string => p.replace(/^turn_\d+\/(?:attempt_\d+\/)?/, '');
      const picked = await ctx.prompter.multiselect(
        `Files of ${w.agent}'s workspace in turn ${w.turn} to upload`,
        w.files.map((f) => ({ title: `${shown(f.path)} (${size(f.bytes)})`, value: f.path, selected: f.kept })),
      );
      overrides.set(key, { mode: 'pick', keep: new Set(picked) });
      for (const line of pickedSummary(`${w.agent}, turn ${w.turn}`, w.files, new Set(picked), shown)) say(line);
    }
  }
  return overrides.size > 0 ? overrides : null;
}
