/**
 * Which gist files of a share are which paths, and which are none: the manifest's map, or (a share made by MassGen's
 * own exporter, with no map) MassGen's flat names read back as the Viewer reads them (`__` is `/`). A gist file that is
 * no path of the share (one the manifest does not list, a name that reads back as no safe path) is named, with why,
 * never dropped without a word (hostile 57: a pull wrote 1 of 5 files and reported no file left out).
 */
import {
  checkDistinctPaths,
  sharePaths,
  unsafePathReason,
  type ManifestFile,
  type ShareManifest,
} from '../core/manifest-schema.js';
import { MANIFEST_NAME, parseFlatName } from '../core/names.js';
import { UserError } from '../errors.js';
import { type SharedGist, show } from './shares-pull-source.js';

/** A gist file the pull does not write, and why. */
export interface NotPulled {
  file: string;
  why: string;
}

export interface ShareMap {
  files: Record<string, ManifestFile>;
  notPulled: NotPulled[];
}

/** The Viewer's binary extensions, whose files MassGen's exporter uploads as base64. */
const BASE64_NAME = /\.(png|jpe?g|gif|webp|pdf|docx|pptx|xlsx)$/i;

/** A flat name read back: MassGen's `turn_N__attempt_M__…`, else each `__` a `/`, as the Viewer reads it. */
function flatPath(name: string, parsed: ReturnType<typeof parseFlatName>): string {
  return parsed ? `turn_${parsed.turn}/attempt_${parsed.attempt}/${parsed.attemptRel}` : name.split('__').join('/');
}

export function shareMap(share: SharedGist, manifest: ShareManifest): ShareMap {
  const parts = new Set(manifest.archive?.parts ?? []);
  const others = [...share.byName.keys()].filter((n) => n !== MANIFEST_NAME && !parts.has(n));
  if (manifest.files) {
    const listed = manifest.files;
    const notPulled = others
      .filter((n) => !Object.hasOwn(listed, n))
      .map((file) => ({ file, why: 'not in the manifest' }));
    return { files: listed, notPulled };
  }
  const files = Object.create(null) as Record<string, ManifestFile>;
  const notPulled: NotPulled[] = [];
  for (const name of others) {
    const parsed = parseFlatName(name);
    const p = flatPath(name, parsed);
    // MassGen's own names must read back safely (a share that tries otherwise is refused whole); another name that
    // does not is left, and said.
    if (parsed && unsafePathReason(p))
      throw new UserError(
        `Gist ${share.id} holds a file whose name reads back as an unsafe path (${show(p)}); nothing was written.`,
      );
    if (unsafePathReason(p)) notPulled.push({ file: name, why: 'its name reads back as no safe path' });
    else files[name] = { path: p, encoding: BASE64_NAME.test(name) ? 'base64' : 'utf-8' };
  }
  checkDistinctPaths(sharePaths(files, manifest));
  return { files, notPulled };
}

/** The warning line for the gist files not written, or null for none. */
export function notPulledLine(notPulled: readonly NotPulled[]): string | null {
  if (notPulled.length === 0) return null;
  const list = notPulled.slice(0, 5).map((n) => `${show(n.file)}: ${n.why}`);
  const more = notPulled.length > 5 ? `, ${notPulled.length - 5} more` : '';
  return `${notPulled.length === 1 ? '1 file' : `${notPulled.length} files`} of the gist not written (${list.join(', ')}${more}).`;
}
