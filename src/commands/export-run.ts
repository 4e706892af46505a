import { keepTempOutOf } from '../adapters/cleanup.js';
import { checkOutputTarget } from '../adapters/output-target.js';
import { resolveSession, type SessionRef } from '../core/session.js';
import type { CommandContext } from './context.js';
import { showDryRun, writeLocal } from './export-local.js';
import { resolveExportFlags, type ExportMode, type ExportOptions } from './export-options.js';
import { openExportIo, planExport } from './export-plan.js';

/**
 * `massgen export`: reads the flags once, makes the plan, then delegates to one mode: show it
 * (`--dry-run`, export-local.ts), write it (`--output`, export-local.ts) or share it
 * (export-share.ts, loaded only then). With a person to ask, gh and `--update` are checked before the
 * questions; without one, gh is checked only if the first request fails (export-share.ts `startShare`);
 * the `--output` target once the session is known.
 */
export async function runExport(opts: ExportOptions, ctx: CommandContext): Promise<number> {
  const flags = resolveExportFlags(opts, ctx);
  const { mode } = flags;
  // Loading the share code (and gh's checks, when a person answers questions: they come first) runs
  // alongside the collect. A failed check is the error reported, whatever else failed.
  const sharing = mode.kind === 'share' ? startSharing(mode, ctx) : null;
  void sharing?.catch(() => undefined);
  if (sharing && mode.kind === 'share' && mode.prompting) await (await sharing).checked;
  const { session, io, plan } = await collectFor(opts, flags, ctx, sharing).catch(async (err: unknown) => {
    const started = await sharing;
    await started?.checked;
    throw err;
  });
  // gh's check may still run: the gist's files are prepared meanwhile (export-share.ts).
  const share = await sharing;
  if (share) return share.module.shareExport(plan, share.checked, session, io, opts, ctx);
  if (mode.kind === 'output') return writeLocal(plan, mode.target, io, opts, ctx);
  return showDryRun(plan, io, ctx);
}

/** Finds the session, checks the output target, makes the plan (asking about --public first when sharing). */
async function collectFor(
  opts: ExportOptions,
  flags: ReturnType<typeof resolveExportFlags>,
  ctx: CommandContext,
  sharing: ReturnType<typeof startSharing> | null,
) {
  const { mode } = flags;
  const session = await resolveSession(opts.session, {
    cwd: ctx.cwd,
    logsDir: opts.logsDir,
    env: ctx.env,
    home: ctx.home,
  });
  if (mode.kind === 'output') await checkOutputTarget(mode.target, session.root, opts.force);
  keepTempOutOf(session.root);
  const io = await openExportIo(opts, session, ctx);
  // As MassGen says it: where the session came from (the one around the cwd, the newest, ~/.massgen).
  io.say(`Sharing session from: ${session.root}${onlyPart(session)}`);
  // Only a person is asked (the checks are done by then); without one the plan goes ahead of gh's checks.
  if (sharing && mode.kind === 'share' && mode.prompting) {
    const share = await sharing;
    await share.module.confirmPublic(await share.checked, ctx);
  }
  return { session, io, plan: await planExport(opts, flags, session, io, ctx) };
}

/** ` (turn 2)`, ` (turn 2, attempt 3)` when the argument named one. */
const onlyPart = ({ only }: SessionRef): string =>
  only ? ` (turn ${only.turn}${only.attempt === undefined ? '' : `, attempt ${only.attempt}`})` : '';

/** Loads the share mode (gh, the gist writer, the record) and starts checking gh and `--update` (`checked`). */
async function startSharing(mode: Extract<ExportMode, { kind: 'share' }>, ctx: CommandContext) {
  const module = await import('./export-share.js');
  const checked = module.startShare(mode, ctx);
  void checked.catch(() => undefined);
  return { module, checked };
}
