/**
 * Round 20, layouts that still hid a token (attack 19/19b): characters that print as nothing (Unicode's
 * Default_Ignorable_Code_Point set, derived from the engine's `\p{…}` class at test time) inside or around a token,
 * as they are or escaped; generated for the prefix families of rules.ts (glue15-tokens.ts) and prefix-less values
 * under a secret label, with twins: text that holds the same characters and no secret, kept byte for byte.
 */
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant {
  name: string;
  text: string;
  secret: string;
}

const DI = /\p{Default_Ignorable_Code_Point}/u;

/** Every default-ignorable code point, read from the engine's Unicode data. */
export function ignorables(): number[] {
  const out: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (DI.test(String.fromCodePoint(cp))) out.push(cp);
  return out;
}

/** The spellings of an ignorable character: as it is, JSON-escaped, an HTML reference, URL-encoded UTF-8. */
export function spellings(cp: number): string[] {
  const ch = String.fromCodePoint(cp);
  const units = [...Array(ch.length).keys()].map((k) => `\\u${ch.charCodeAt(k).toString(16).padStart(4, '0')}`);
  const pct = [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  return [ch, units.join(''), `&#${cp};`, `&#x${cp.toString(16)};`, pct];
}

/** Prefix-less values of the shapes a secret label holds (32 base62, 40 hex, a password with a symbol). */
const bare = (r: Gen): string[] => [r('alnum', 32), r('hex', 40), `${r('alnum', 12)}${r('!#*+', 1)}${r('alnum', 10)}`];

const LABELS = ['api_key: %T', 'TOKEN=%T', '"client_secret": "%T"', 'The password is %T.', 'export DB_PASSWORD=%T'];
const AROUND = ['key: %T', 'Use %T now.', '"%T"', '`%T`', 'token=%T'];

/** Ignorable characters cut into a token (1 to 3 of them, anywhere) or put around it, in every spelling. */
export function invisiblePlants(seed: number): Plant[] {
  const r = gen(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor((parseInt(r('hex', 6), 16) / 0x1000000) * xs.length)]!;
  const cps = ignorables();
  const out: Plant[] = [];
  /** `t` with `sp` put at k places inside it (none at its ends). */
  const cut = (t: string, sp: string, k: number): string => {
    const at = new Set<number>();
    for (let n = 0; n < k; n++) at.add(1 + (parseInt(r('hex', 4), 16) % (t.length - 1)));
    return [...t].map((c, i) => (at.has(i) ? sp + c : c)).join('');
  };
  const makers = Object.entries(tokenMakers(seed));
  for (const [family, make] of makers)
    for (let k = 0; k < 6; k++) {
      const t = make();
      const sps = spellings(pick(cps));
      const sp = k < 3 ? sps[0]! : pick(sps);
      const place = pick(AROUND);
      out.push({ name: `in/${family}/${k}`, text: place.replace('%T', cut(t, sp, 1 + (k % 3))), secret: t });
      if (k % 2 === 0)
        out.push({ name: `around/${family}/${k}`, text: place.replace('%T', `${sp}${t}${sp}`), secret: t });
    }
  for (let k = 0; k < 120; k++)
    for (const v of bare(r)) {
      const sp = k % 2 ? pick(spellings(pick(cps))) : String.fromCodePoint(pick(cps));
      const label = LABELS[k % LABELS.length]!;
      out.push({ name: `bare/${k}/${label}`, text: label.replace('%T', cut(v, sp, 1 + (k % 3))), secret: v });
    }
  return out;
}

/** True when a 10-character window of the secret is still in `out` once its ignorable characters are taken out. */
export function plantLeaks(out: string, p: Plant): boolean {
  const o = out.replace(/\[REDACTED:[^\]\n]*\]/g, ' ').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
  for (let i = 0; i + 10 <= p.secret.length; i++) if (o.includes(p.secret.slice(i, i + 10))) return true;
  return false;
}

/** Text that holds ignorable characters and no secret: emoji, bidi marks in RTL prose, ids, hashes, soft hyphens. */
export function invisibleTwins(seed: number): string[] {
  const r = gen(seed);
  const cps = ignorables();
  const out: string[] = [];
  const ids = (): string[] => [
    `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
    `commit ${r('hex', 40)}`,
    `sha256:${r('hex', 64)}`,
    `agent_${r('low', 1)}/workspace/${r('low', 8)}.py`,
    `v${r('dig', 1)}.${r('dig', 2)}.${r('dig', 1)}`,
    `gpt-4o-mini-${r('dig', 4)}-${r('dig', 2)}-${r('dig', 2)}`,
  ];
  for (let k = 0; k < cps.length; k += 7) {
    const ch = String.fromCodePoint(cps[k]!);
    for (const id of ids()) {
      out.push(`${ch}${id}${ch}`);
      out.push(`See ${id.slice(0, 6)}${ch}${id.slice(6)} in the log.`);
    }
    out.push(`Great job${ch} 👍\ufe0f ❤\ufe0f the agent${ch}s answer`);
    out.push(`\u200fשלום ${r('dig', 4)}\u200e עולם`);
    out.push(`\u2067مرحبا ${r('low', 6)}\u2069 done`);
    out.push(`inter\u00adnation\u00adaliza\u00adtion of ${r('low', 8)}`);
    out.push(`\u3164\u3164 ${r('low', 5)} \u115f\u1160가`);
  }
  return out;
}
