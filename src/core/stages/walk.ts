import { CancelledError } from '../../errors.js';
import { credentialsInCache } from '../credential-files.js';
import { createExcludeMatcher } from '../excludes.js';
import type { PlannedLink } from '../plan.js';
import { LeftOutTable, WalkTable } from '../plan-store/index.js';
import type { WalkUnit } from '../layout.js';
import type { SecretFinder } from '../judged-files.js';
import type { NameJudge } from '../name-judge.js';
import { walkAttempt } from '../walk.js';
import type { StageControl } from './events.js';
import { pushAll } from '../lists.js';

/** Stage 2, walk: what is under the selected attempts (lstat only; nothing is read). */
interface WalkInput extends StageControl {
  /** Symlink-resolved session root. */
  root: string;
  /** The selected attempts, then the other units walked with them (stages/units.ts). */
  attempts: readonly WalkUnit[];
  exclude?: readonly string[];
  include?: readonly string[];
  /** Judges file and directory names: one holding a secret is left out, shown redacted (name-judge.ts). */
  names?: NameJudge;
  /** The redactor's verdict on a label or example file's text (judged-files.ts). */
  findsSecret?: SecretFinder;
}

export interface Walked {
  /** Every regular file seen, by column. */
  walked: WalkTable;
  /** What was left out so far (excluded entries, links out of the session, special files...). */
  leftOut: LeftOutTable;
  links: PlannedLink[];
  /** Entries left out as secret-bearing or for a secret in their name (their values are learned). */
  secretFiles: string[];
  /** The credentials files cache folders left out may hold (`.cargo/credentials.toml`): read only to learn. */
  cacheCredentials: string[];
  /** Regular files seen, left out ones included. */
  files: number;
  /** Directories left out without being entered (real session-relative paths, for the census). */
  notEntered: (string | Buffer)[];
}

/**
 * Walks each selected attempt: excluded directories are never entered, symlinks never
 * followed. Regular files land in the walk table, the rest in the left-out table with why.
 */
export async function walkSession(input: WalkInput): Promise<Walked> {
  const { attempts, onEvent } = input;
  const matcher = createExcludeMatcher({ exclude: input.exclude, include: input.include });
  const walked = new WalkTable(attempts);
  const leftOut = new LeftOutTable(walked);
  const links: PlannedLink[] = [];
  const secretFiles: string[] = [];
  const cacheCredentials: string[] = [];
  const notEntered: (string | Buffer)[] = [];
  let files = 0;
  let bytes = 0;
  const counted = (size: number): void => {
    files++;
    bytes += size;
    if (files % 500 === 0) onEvent?.({ type: 'walked', files, bytes });
  };
  for (let a = 0; a < attempts.length; a++) {
    if (input.signal?.aborted) throw new CancelledError();
    const info = attempts[a]!;
    const cut = info.relDir ? info.relDir.length + 1 : 0;
    await walkAttempt(info, {
      root: input.root,
      matcher,
      names: input.names,
      findsSecret: input.findsSecret,
      sink: {
        dir: (rel) => walked.addDir(rel, a, cut),
        file: (dir, name, size, mtimeMs) => {
          walked.addFile(dir, name, size, mtimeMs);
          counted(size);
        },
        skipped: (dir, name, why) => {
          leftOut.add(dir, name, why.kind, why.size, why.reason);
          if (why.kind === 'file') counted(why.size ?? 0);
          if (why.category === 'secret-bearing file' || why.category === 'secret in name')
            secretFiles.push(walked.path(dir, name));
          else if (why.category === 'dependency tree or cache' && why.kind === 'dir')
            pushAll(cacheCredentials, credentialsInCache(name, walked.path(dir, name)));
        },
        notEntered: (rel) => notEntered.push(rel),
        link: (dir, name, target, targetRel) => {
          links.push({ path: walked.path(dir, name), target, targetPath: targetRel });
        },
      },
    });
  }
  onEvent?.({ type: 'walked', files, bytes });
  return { walked, leftOut, links, secretFiles, cacheCredentials, files, notEntered };
}
