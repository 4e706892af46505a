/**
 * Redis MONITOR lines (`1712345678.123456 [0 127.0.0.1:6379] "AUTH" "…"`), a command's arguments each quoted: the
 * password of `AUTH [user] P`, `HELLO 3 AUTH user P`, `CONFIG SET requirepass|masterauth P`, `MIGRATE … AUTH P`, and a
 * value stored under a secret name (`SET api_key V`, `HSET creds password V`, `SETEX cfg:token 3600 V`), judged by
 * the key-name layer's judge (a last `:`-separated part of the key as its name). Found from `] "` in the shared scan.
 */
import { isCliPassword } from './cli-passwords.js';
import { judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';

export const MONITOR_LITERAL = '] "';
/** A MONITOR line's head, from its start to its first argument's quote (the `]` found is the one at its end). */
const HEAD = /(?:^|\n)\d{9,11}\.\d{1,6} \[\d{1,5} [^\]\n]{1,100}$/;
const ARG = /"((?:[^"\\\n]|\\.){0,1024})"(?: |$)/my;
const MAX_ARGS = 16;

/** The quoted arguments from `at` (a quote), with their starts; at most MAX_ARGS. */
function args(text: string, at: number): [string, number][] {
  const out: [string, number][] = [];
  ARG.lastIndex = at;
  for (let m = ARG.exec(text); m && out.length < MAX_ARGS; m = ARG.exec(text)) {
    out.push([m[1]!, m.index + 1]);
    if (text.charCodeAt(ARG.lastIndex - 1) !== 32) break;
  }
  return out;
}

/** The index of the argument that is a password, or -1. */
function passwordArg(a: readonly string[]): number {
  const cmd = a[0]!.toUpperCase();
  if (cmd === 'AUTH') return a.length === 2 || a.length === 3 ? a.length - 1 : -1;
  const auth = a.findIndex((x, i) => i > 0 && /^AUTH2?$/i.test(x));
  if ((cmd === 'HELLO' || cmd === 'MIGRATE') && auth > 0)
    return auth + (/^AUTH2$/i.test(a[auth]!) || cmd === 'HELLO' ? 2 : 1);
  if (cmd === 'CONFIG' && /^SET$/i.test(a[1] ?? '') && /^(?:requirepass|masterauth)$/i.test(a[2] ?? '')) return 3;
  return -1;
}

/** The index of a value stored under a secret name, or -1. */
function storedArg(a: readonly string[]): number {
  const cmd = a[0]!.toUpperCase();
  const [name, value] =
    cmd === 'SET' || cmd === 'SETNX' || cmd === 'GETSET'
      ? [1, 2]
      : cmd === 'SETEX' || cmd === 'PSETEX'
        ? [1, 3]
        : cmd === 'HSET' || cmd === 'HSETNX' || cmd === 'HMSET'
          ? [2, 3]
          : [-1, -1];
  if (name < 0 || a[value] === undefined) return -1;
  const key = a[name]!.slice(a[name]!.lastIndexOf(':') + 1);
  return judgeAssignment(key, a[value]) === null ? -1 : value;
}

/** The secret of the MONITOR line whose `] "` is at `at`, or null. */
export function monitorHit(text: string, at: number): Hit | null {
  if (!HEAD.test(text.slice(Math.max(0, at - 140), at))) return null;
  const a = args(text, at + 2);
  if (a.length < 2) return null;
  const values = a.map(([v]) => v);
  const p = passwordArg(values);
  const i = p >= 0 ? (isCliPassword(values[p] ?? '') ? p : -1) : storedArg(values);
  if (i < 0 || a[i] === undefined) return null;
  const [v, start] = a[i];
  return { rule: p >= 0 ? 'auth-command-password' : 'secret-key-value', start, end: start + v.length };
}
