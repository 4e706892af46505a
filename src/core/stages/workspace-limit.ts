import type { WorkspaceOverLimit, WorkspaceOverride } from '../plan.js';
import type { WalkTable } from '../plan-store/index.js';

/**
 * An agent's workspace in a turn, with what the prompt chose for it and why its files are left
 * out (one reason string shared by them all: there can be tens of thousands).
 */
interface Workspace {
  ws: WorkspaceOverLimit;
  override: WorkspaceOverride | undefined;
  reason: string | undefined;
}

/** `--workspace-limit` and the prompt's choices, per agent and turn; workspaces are looked up once per directory. */
export class WorkspaceLimit {
  private readonly byKey = new Map<string, Workspace>();
  private readonly byDir = new Map<number, Workspace>();

  constructor(
    private readonly walked: WalkTable,
    private readonly limit: number,
    private readonly overrides: ReadonlyMap<string, WorkspaceOverride> | undefined,
    private readonly listFiles: boolean,
  ) {}

  private workspaceOf(file: number, agent: string): Workspace {
    const dir = this.walked.fileDir[file]!;
    let entry = this.byDir.get(dir);
    if (!entry) {
      const { turn } = this.walked.fileAttempt(file);
      const key = `${turn}/${agent}`;
      entry = this.byKey.get(key);
      if (!entry) {
        entry = {
          ws: { turn, agent, bytes: 0, keptBytes: 0, leftOutFiles: 0, files: [] },
          override: this.overrides?.get(key),
          reason: undefined,
        };
        this.byKey.set(key, entry);
      }
      this.byDir.set(dir, entry);
    }
    return entry;
  }

  /** Counts a workspace file (in priority order) against its workspace: null if kept, else why it is left out. */
  admit(file: number, agent: string): string | null {
    const entry = this.workspaceOf(file, agent);
    const { ws, override } = entry;
    const size = this.walked.fileSize[file]!;
    ws.bytes += size;
    const kept =
      override?.mode === 'all'
        ? true
        : override?.mode === 'none'
          ? false
          : override?.mode === 'pick'
            ? override.keep.has(this.walked.filePath(file))
            : ws.keptBytes + size <= this.limit;
    if (this.listFiles) ws.files.push({ path: this.walked.filePath(file), bytes: size, kept });
    if (!kept) {
      ws.leftOutFiles++;
      entry.reason ??= override
        ? `workspace of ${ws.agent} in turn ${ws.turn} ${override.mode === 'none' ? 'dropped' : 'not picked'} at the prompt`
        : `over --workspace-limit for ${ws.agent} in turn ${ws.turn}`;
      return entry.reason;
    }
    ws.keptBytes += size;
    return null;
  }

  /** The workspaces the limit cut and no prompt decided, by turn then agent. */
  overLimit(): WorkspaceOverLimit[] {
    return [...this.byKey.entries()]
      .filter(([key, { ws }]) => ws.leftOutFiles > 0 && !this.overrides?.has(key))
      .map(([, { ws }]) => ws)
      .sort((a, b) => a.turn - b.turn || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
  }
}
