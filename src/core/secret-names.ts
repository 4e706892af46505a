/**
 * Secret-bearing file names in disguise: an editor's backup or autosave of a `.env` (`.env~`, `#.env#`, `.#.env`,
 * `.env.bak`), another case (`.ENV` is `.env` on macOS and Windows), a copy (`credentials (1).json`,
 * `credentials.json copy`), stray spaces or invisible characters (`.env `, `.env` + U+200B), and full-width
 * look-alikes (`．env`). The default patterns (exclude-defaults.ts) are matched on the name as written; a name that
 * reads as one of them once normalised here is left out as secret-bearing too, and learned from as they are.
 */
import { DEFAULT_EXCLUDES, segmentRegex } from './exclude-defaults.js';

/** Backup and copy endings, taken off one at a time (`.env.bak~`). */
const BACKUP_END =
  /(?:~|\.~\d{1,3}~|\.(?:bak|backup|orig|old|save|sav|sw[a-p]|swx|tmp|temp|copy|prev|\d{1,3})|[ _-]copy|[ _-]?\(\d{1,3}\)|\.)$/;
/** Format characters (zero-width spaces and joiners, soft hyphens, bidi marks): taken out wherever they are. */
const INVISIBLE = /\p{Cf}+/gu;
/** Blanks: one space, trimmed at the ends. */
const BLANK = /[\p{Zs}\s]+/gu;
/** A file manager's copy: `name copy.json`, `name - Copy.json`, `name (copy)`, `name copy 2`. */
const COPY = /(?:[ _-]+copy(?:[ _-]*\d{1,3})?|[ _-]*\((?:copy|\d{1,3})\))(?=\.[^.]+$|$)/;

/**
 * Cyrillic and Greek letters that look like Latin ones (Unicode's confusables, the ones a file name can pass for a
 * Latin one with: `.еnv` with a Cyrillic е), by case: lower case loses which one a letter looked like (Η is H, η n).
 */
const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  [
    ['АВЕКМНОРСТХЅІЈҮԚԜ', 'ABEKMHOPCTXSIJYQW'],
    ['аеорсухѕіјһԁԛԝӏүкпї', 'aeopcyxsijhdqwlykni'],
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
    ['αειονρτυχγηκ', 'aeiovptuxynk'],
  ].flatMap(([from, to]) => [...from!].map((c, i) => [c, to![i]!])),
);
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * The name as the patterns should read it: NFKC, Cyrillic and Greek look-alikes as the Latin letters they pass for,
 * lower case, no invisibles, no editor or copy decoration.
 */
export function secretFileStem(name: string): string {
  let s = name;
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKC').replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]!);
  s = s.replace(INVISIBLE, '').replace(BLANK, ' ').trim().toLowerCase();
  // Emacs: `#.env#` (autosave), `.#.env` (lock).
  if (s.length > 2 && s.startsWith('#') && s.endsWith('#')) s = s.slice(1, -1);
  if (s.startsWith('.#')) s = s.slice(2);
  // A browser's or file manager's copy: `credentials (1).json`, `credentials - Copy.json`; a vim swap file `.x.swp`.
  s = s.replace(COPY, '');
  if (/\.sw[a-p]$/.test(s) && s.startsWith('.') && s.indexOf('.', 1) !== -1) s = s.slice(1);
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(BACKUP_END, '').trim();
  }
  return s;
}

const SECRET = DEFAULT_EXCLUDES['secret-bearing file'].filter((p) => !p.replace(/\/$/, '').includes('/'));
/** The secret-bearing defaults of several segments (`**\/.docker/config.json`), each segment's regex. */
const MULTI = DEFAULT_EXCLUDES['secret-bearing file']
  .filter((p) => !SECRET.includes(p))
  .map((p) => {
    const segs = p
      .replace(/^\*\*\//, '')
      .replace(/\/$/, '')
      .split('/');
    return { dirOnly: p.endsWith('/'), last: segs[segs.length - 1]!, segments: segs.map(segmentRegex) };
  });
/** A pattern's longest word (`env`, `credentials`, `pem`, `rsa`). */
const longestWord = (p: string): string => p.split(/[^A-Za-z0-9]+/).reduce((a, b) => (b.length > a.length ? b : a));
const FILES = SECRET.filter((p) => !p.endsWith('/')).map(segmentRegex);
const DIRS = SECRET.filter((p) => p.endsWith('/')).map((p) => segmentRegex(p.slice(0, -1)));

/**
 * The longest word of each pattern (`env`, `credentials`, `pem`, `rsa`): an ASCII name holding none of them, in any
 * case, holds none once its decorations are taken off (whole affixes, never part of a word), so most names skip the
 * stem.
 */
const FRAGMENTS = new RegExp(SECRET.map(longestWord).join('|'), 'i');

/** True when `name`, which no default pattern matched as written, is a secret-bearing file's (or folder's) name. */
export function isDisguisedSecretName(name: string, isDir: boolean): boolean {
  if (!/[^\x00-\x7f]/.test(name) && !FRAGMENTS.test(name)) return false;
  const stem = secretFileStem(name);
  if (stem === name || stem === '') return false;
  return (isDir ? [...DIRS, ...FILES] : FILES).some((re) => re.test(stem));
}

/** The longest word of each multi-segment pattern's last segment (`config`), in any case: else no name can end one. */
const LAST_FRAGMENTS = new RegExp(MULTI.map((p) => longestWord(p.last)).join('|'), 'i');

/**
 * True when the entry `name` under `parent` (its path with a trailing `/`, '' at the root) reads as a multi-segment
 * secret-bearing default (`.docker/config.json`) once each of its segments is read as secretFileStem reads a name:
 * `.Docker/config.json`, `.docker/config (1).json`, `.dоcker/config.json` with a Cyrillic о.
 */
export function isDisguisedSecretPath(parent: string, name: string, isDir: boolean): boolean {
  if (!/[^\x00-\x7f]/.test(name) && !LAST_FRAGMENTS.test(name)) return false;
  const stem = secretFileStem(name);
  let parents: string[] | undefined;
  for (const p of MULTI) {
    const n = p.segments.length;
    if ((p.dirOnly && !isDir) || !p.segments[n - 1]!.test(stem)) continue;
    parents ??= parent.split('/').slice(0, -1);
    if (parents.length < n - 1) continue;
    const above = parents.slice(parents.length - (n - 1));
    if (above.every((seg, j) => p.segments[j]!.test(secretFileStem(seg)))) return true;
  }
  return false;
}
