/**
 * A credential a sentence says to use for a call, with no key or password word (attack 60): `use <value> to call the
 * API`, `try <value> to log in`, `using <value> to authenticate`, `use "<value>" for the staging login`; one a review
 * says code holds (`it hard-codes <value> in settings.py`); Polish's `Klucz to <value>`. The value must
 * read as a token (prose-values.ts' tokenValue: random, mixed by a generator, 16+ hex) or a password (passwordValue),
 * and be no path, URL, model or file name.
 */
import { runPass, type Hit, type Pass } from './pass.js';
import { passwordValue, tokenValue } from './prose-values.js';

/** The verb, the value (maybe quoted), then what it is used for. */
const USE =
  /\b(?:[Uu]se|[Uu]sing|[Tt]ry|[Pp]ass)[ \t]+(["'`]?)([^\s"'`<>()[\]{}]{12,128}?)\1[ \t]+(?:to[ \t]+(?:call|access|auth(?:enticate)?|log[ \t]?in|sign[ \t]?in|connect|query|reach|hit|unlock|decrypt)|for[ \t]+(?:the[ \t]+)?(?:[\w-]{1,20}[ \t]+)?(?:login|auth(?:entication)?|sign-?in|api|access))\b/g;
/** A value to use that is no credential: a path, a URL, a file, a flag, a model's or a package's name. */
const NOT_CREDENTIAL =
  /^(?:[./~-]|\w+:\/\/)|\/[A-Za-z]+\/|\.(?:py|js|ts|json|ya?ml|toml|sh|md|txt|env)$|^[a-z]+(?:[-.][a-z0-9]+)+$/;

/**
 * Polish's `to` as a copula after a key's or a password's word (`Klucz to …`, `Hasło do bazy to …`): read here, not
 * with the other copulas, where English's `to` is no copula (`pass to asynclib2`).
 */
const POLISH =
  /(?<![\p{L}\p{N}])(?:[Kk]lucz|KLUCZ|[Hh]as[łl]o|HAS[ŁL]O)(?:[ \t]+[\p{L}\p{N}_-]{1,20}){0,3}?[ \t]+to[ \t]+[„"'`]?([^\s"'`”<>()]{8,128})/gu;

/** The value at `start` (closing marks off when `trim`) as a hit when it reads as a token or a password. */
function pushValue(hits: Hit[], raw: string, start: number, trim: boolean): void {
  const v = trim ? raw.replace(/[.,;:!?]+$/, '') : raw;
  if (NOT_CREDENTIAL.test(v) || !(tokenValue(v) || passwordValue(v))) return;
  hits.push({ rule: 'prose-secret', start, end: start + v.length });
}

function polishHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(POLISH)) pushValue(hits, m[1]!, m.index + m[0].lastIndexOf(m[1]!), true);
}

/**
 * A value a review says code holds in the open: `it hard-codes <value> in settings.py`, `leaks <value> in the log`
 * (not `prints`: docs print everything, `// Prints foo=bar&abc=def`).
 */
const HARD_CODED =
  /\b(?:hard-?cod(?:es|ed|ing)|leak(?:s|ed|ing)|expos(?:es|ed|ing))[ \t]+(?:the[ \t]+)?(?:(?:password|key|token|secret)[ \t]+)?(["'`]?)([^\s"'`<>()[\]{}]{12,128})\1(?=[ \t]+(?:in|into|to|on|at)\b|[ \t]*[.,;]?(?:[ \t]|$))/gi;

function hardCodedHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(HARD_CODED)) pushValue(hits, m[2]!, m.index + m[0].lastIndexOf(m[2]!), true);
}

function useHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (text.includes(' to ')) polishHits(text, hits);
  if (/hard-?cod|leak|expos/i.test(text)) hardCodedHits(text, hits);
  if (text.includes('se ') || text.includes('ry ') || text.includes('sing ') || text.includes('ass '))
    for (const m of text.matchAll(USE))
      pushValue(hits, m[2]!, m.index + m[0].indexOf(m[2]!, m[0].search(/[ \t]/)), false);
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass (context-passes.ts). */
export const usePhrasePass = (): Pass => runPass(useHits);
