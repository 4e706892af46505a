/**
 * A person's own value stated in a chat or a note with no secret word (attack 42: `my wireguard is tGWmp4qJ…=`, `my
 * rails session is rNM35eInU+fq…`): `my` or `our`, one to three words naming the thing, `is`/`was`/`=`/`:`, then a
 * value that reads as a random token (credential-values.ts's randomToken: no hex alone, no UUID, no words) of 20
 * characters or more. The nouns say when it is no secret: an id, a hash or a record (id-nouns.ts), or what is public
 * (`my email`, `my branch`, `my repo`, `my model`, `my path`). Found from the shared literal scan; each reads at most
 * 60 characters of nouns and 200 of value.
 */
import { randomToken } from './credential-values.js';
import { idNounBefore } from './id-nouns.js';
import { literalScan } from './literal-scan.js';
import { runPass, startHits, type Hit, type Pass } from './pass.js';
import { UUID_VALUE } from './shapes.js';

const scan = literalScan(['my ', 'our ']);
/** One to three nouns, the copula or mark, an opening quote, the value. */
const AFTER =
  /(?:my|our)[ \t]+((?:[A-Za-z][\w-]{0,19}[ \t]+){0,2}[A-Za-z][\w-]{0,19})(?:[ \t]+(?:is|was)|[ \t]*[=:])[ \t]+["'`]?([A-Za-z0-9+/_=.-]{20,200})(?![A-Za-z0-9+/_=.-])/iy;
/** Nouns of what is no secret, whoever's it is. */
const PUBLIC =
  /(?:^|[ \t_-])(?:e-?mail|address|name|username|user|login|handle|branch|repo|repository|project|org|organi[sz]ation|team|workspace|model|version|path|dir|directory|folder|file|url|link|site|domain|host|hostname|server|ip|region|zone|bucket|cluster|image|tag|package|commit|sha|hash|checksum|digest|public|pub)s?$/i;

function possessiveHit(text: string, at: number): Hit | null {
  if (at > 0 && /[A-Za-z0-9_]/.test(text.charAt(at - 1))) return null;
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  if (m === null) return null;
  const [nouns, v] = [m[1]!, m[2]!.replace(/\.+$/, '')];
  if (PUBLIC.test(nouns) || idNounBefore(nouns) || UUID_VALUE.test(v) || /^[0-9a-f]+$/i.test(v)) return null;
  if (!randomToken(v)) return null;
  const start = at + m[0].length - m[2]!.length;
  return { rule: 'prose-secret', start, end: start + v.length };
}

const possessiveHits = (text: string): Hit[] => startHits(scan?.(text) ?? [], (at) => possessiveHit(text, at));

/** The pass of a person's own random values stated after `my …` (see the file's comment). */
export function possessivePass(): Pass {
  return runPass(possessiveHits);
}
