import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfigFile } from '../core/config-file.js';
import { parseMassgenignore } from '../core/excludes.js';
import { userPatternsProblem, UserRules } from '../core/user-excludes.js';
import { dotenvEntries, knownValuesFromEnv } from '../core/redact/known-values.js';
import { loadPatternEngine, Redactor, validatePatterns, type KnownValue } from '../core/redact/redactor.js';
import type { SessionRef } from '../core/session.js';
import { UsageError, UserError } from '../errors.js';
import { pushAll } from '../core/lists.js';

/**
 * A configuration file's text, or null when it is missing or not fit to read: a FIFO, a device,
 * a directory or a file over the cap is skipped with a one-line warning (never a hang).
 */
async function readOptional(file: string, warnings: string[]): Promise<string | null> {
  const r = await readConfigFile(file);
  if (r.text === null && !r.missing) warnings.push(`${file} ${r.problem}: skipped.`);
  return r.text;
}

/** A `.env` larger than this is refused (its values could not all be learned): dotenv files are a few KiB. */
const DOTENV_CAP = 64 * 1024 * 1024;

/**
 * A `.env` file's text, or null when it is missing or holds no text (a FIFO, a device, a
 * directory: a warning). One that exists but cannot be read whole (too large, unreadable) stops
 * the export: its secret values could not be learned, so they could go out wherever they appear.
 */
async function readDotenv(file: string, warnings: string[]): Promise<string | null> {
  const r = await readConfigFile(file, DOTENV_CAP);
  if (r.text !== null || r.missing) return r.text;
  if (r.kind === 'special') {
    warnings.push(`${file} ${r.problem}: skipped.`);
    return null;
  }
  throw new UserError(
    `${file} ${r.problem}, so its secret values cannot be learned and nothing is shared. ` +
      'Make it readable (or smaller), or run massgen from another directory.',
  );
}

/**
 * The dotenv files of a directory: `.env`, `.env.local`, and the others the conventions of dotenv, Next.js, Vite and
 * direnv put beside them (`.env.production`, `.env.development.local`, `.envrc`, `secrets.env`), but the templates
 * (`.env.example`, `.sample`, `.template`, `.dist`, `.defaults`). At most DOTENV_MAX of them, by name.
 */
const DOTENV_NAME = /^(?:\.env(?:\.[^/\\]+)?|\.envrc|[^.][^/\\]*\.env)$/;
const TEMPLATE = /[.-](?:example|sample|template|dist|defaults?|tmpl|tpl)(?:\.|$)/i;
const DOTENV_MAX = 32;

function dotenvsIn(dir: string): string[] {
  let names: string[];
  try {
    // Files and links (a directory named `x.env` is none); what a link names is checked as it is read.
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() || d.isSymbolicLink())
      .map((d) => d.name);
  } catch {
    names = [];
  }
  const found = names.filter((n) => DOTENV_NAME.test(n) && !TEMPLATE.test(n)).sort();
  return ['.env', '.env.local', ...found.slice(0, DOTENV_MAX)].map((n) => path.join(dir, n));
}

/**
 * The `.env` files whose values are redacted wherever they appear: the current directory's and the MassGen project's
 * (beside `.massgen/`) dotenv files (dotenvsIn) and their `configs/.env`, and MassGen's own `~/.config/massgen/.env`
 * and `~/.massgen/.env`: every file MassGen's CLI loads keys from (hostile 58: keys from `~/.massgen/.env` and
 * `./configs/.env` went out verbatim where a log echoed them), and `~/.massgen/configs/.env` beside the user's configs
 * (attack 59).
 */
export function dotenvFiles(cwd: string, session: SessionRef, home = os.homedir()): string[] {
  const dirs = [cwd];
  if (session.logsDir && path.basename(path.dirname(session.logsDir)) === '.massgen') {
    dirs.push(path.dirname(path.dirname(session.logsDir)));
  }
  const own = ['.config/massgen/.env', '.massgen/.env', '.massgen/configs/.env'].map((f) => path.join(home, f));
  return [...new Set([...dirs.flatMap((d) => [...dotenvsIn(d), path.join(d, 'configs', '.env')]), ...own])];
}

/**
 * Reads `.massgenignore` in the session and the current directory (both may exist) and the
 * `--ignore-file` named, if any (which must be readable): exclusion and `redact:` patterns.
 */
export async function readIgnoreFiles(
  root: string,
  cwd: string,
  named?: string,
  warnings: string[] = [],
): Promise<{ exclude: string[]; redact: string[] }> {
  const files = [...new Set([path.join(root, '.massgenignore'), path.join(cwd, '.massgenignore')])];
  const texts = await Promise.all(files.map((f) => readOptional(f, warnings)));
  if (named) {
    const r = await readConfigFile(path.resolve(cwd, named));
    if (r.text === null)
      throw new UserError(`--ignore-file ${named} ${r.missing ? 'does not exist' : r.problem}. Name a regular file.`);
    files.push(path.resolve(cwd, named));
    texts.push(r.text);
  }
  // The pattern engine is loaded only when a file holds a `redact:` line.
  if (texts.some((t) => t !== null && parseMassgenignore(t).redact.length > 0)) await loadPatternEngine();
  const parsed = texts
    .map((text, i) => (text === null ? null : checkedIgnoreFile(files[i]!, text)))
    .filter((p) => p !== null);
  return { exclude: parsed.flatMap((p) => p.exclude), redact: parsed.flatMap((p) => p.redact) };
}

/** A `.massgenignore` text parsed; a bad `redact:` pattern is a usage error naming the file and line. */
function checkedIgnoreFile(file: string, text: string): { exclude: string[]; redact: string[] } {
  const parsed = parseMassgenignore(text);
  const tooMany = userPatternsProblem([...parsed.exclude, ...parsed.redact], file);
  if (tooMany) throw new UsageError(`${tooMany}.`);
  const shared = new UserRules(parsed.exclude).problem;
  if (shared) throw new UsageError(`${file}: ${shared}.`);
  for (const pattern of parsed.redact) {
    const problem = validatePatterns([pattern]);
    if (!problem) continue;
    const line = text.split('\n').findIndex((l) => l.includes(pattern)) + 1;
    throw new UsageError(`${file}, line ${line}: ${problem.replace('--redact-extra pattern', 'redact: pattern')}.`);
  }
  return parsed;
}

interface RedactionSetup {
  redactor: Redactor;
  exclude: string[];
  knownValueCount: number;
  /** Configuration files skipped (not regular files, too large), one line each. */
  warnings: string[];
}

/**
 * Gathers what redaction and exclusion need from outside the session: `.massgenignore` in the
 * session and current directory (and `--ignore-file`), `--redact-extra`, the environment's
 * and `.env` files' secret values. Redaction cannot be turned off; bad patterns are usage errors.
 */
export async function setUpRedaction(opts: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  session: SessionRef;
  ignoreFile?: string;
  redactExtra: readonly string[];
  home?: string;
  /** The roots of other sessions whose `.massgenignore` `redact:` patterns apply as well (their exclusions do not). */
  alsoRoots?: readonly string[];
}): Promise<RedactionSetup> {
  const warnings: string[] = [];
  const parsed = await readIgnoreFiles(opts.session.root, opts.cwd, opts.ignoreFile, warnings);
  // Other sessions printed with this one (`logs list`): each one's own `redact:` patterns apply too.
  const others = await Promise.all(
    (opts.alsoRoots ?? []).map((r) => readIgnoreFiles(r, opts.cwd, undefined, warnings)),
  );
  const patterns = [...new Set([...opts.redactExtra, ...parsed.redact, ...others.flatMap((o) => o.redact)])];
  if (patterns.length > 0) await loadPatternEngine();
  const problem = validatePatterns(opts.redactExtra);
  if (problem) throw new UsageError(problem);

  const known: KnownValue[] = knownValuesFromEnv(opts.env);
  for (const file of dotenvFiles(opts.cwd, opts.session, opts.home)) {
    const text = await readDotenv(file, warnings);
    if (text !== null) pushAll(known, knownValuesFromEnv(dotenvEntries(text)));
  }
  return {
    redactor: new Redactor({ knownValues: known, extraPatterns: patterns, learn: true }),
    exclude: parsed.exclude,
    knownValueCount: new Set(known.map((k) => k.value)).size,
    warnings,
  };
}
