/**
 * Short secret names in log records and form bodies, and key blocks no provider rule reads (issue 11, attack9 §8b):
 * - JSON fields and form or query parameters named `pw`, `psw`, `pwd`, `passwd`, `pass`, `passcode`, `pin`,
 *   `pin_code`, `pincode`, `otp_secret`, `otp_seed`, `totp_seed`, `mfa_secret`, `2fa_secret` (a string value; a
 *   parameter's value to `&`): names too short or too odd for the key-name endings;
 * - OpenVPN static keys (`-----BEGIN OpenVPN Static key V1-----`, the hex lines to its END line).
 * Found from their literals in the shared literal scan (literal-scan.ts).
 */
import { isCliPassword } from './cli-passwords.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const NAMES = [
  'pw',
  'psw',
  'pwd',
  'passwd',
  'pass',
  'passcode',
  'pin',
  'pin_code',
  'pincode',
  'otp_secret',
  'otp_seed',
];
const MORE = ['totp_seed', 'mfa_secret', '2fa_secret'];
const ALL = [...NAMES, ...MORE];
const OVPN = '-----begin openvpn static key';
const scan = literalScan([...ALL.flatMap((n) => [`"${n}"`, `&${n}=`, `?${n}=`]), OVPN]);
const JSON_FIELD = /"([a-z0-9_]+)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/y;
const PARAM_NAME = /[&?]([a-z0-9_]+)=/y;
/** Where a parameter's value ends, and the longest value read as a password (a longer one is data). */
const VALUE_END = /[&\s"'#]/g;
const MAX_VALUE = 4096;
const OVPN_BLOCK = /-----BEGIN OpenVPN Static key V1-----\n([0-9a-fA-F\s]+?)\n?-----END OpenVPN Static key V1-----/y;
const names = new Set(ALL);

/** The last parameter value read: [from, to) holds no `&`, blank, quote or `#`, and `to` ends it. */
type Run = { from: number; to: number };

/** A JSON field's or a query parameter's value named for a password, or null. */
function fieldHit(text: string, at: number, run: Run): Hit | null {
  let name: string;
  let start: number;
  let v: string;
  if (text.charCodeAt(at) === 34) {
    JSON_FIELD.lastIndex = at;
    const m = JSON_FIELD.exec(text);
    if (m === null) return null;
    [, name, v] = m as unknown as [string, string, string];
    start = at + m[0].length - v.length - 1;
  } else {
    PARAM_NAME.lastIndex = at;
    const m = PARAM_NAME.exec(text);
    if (m === null) return null;
    name = m[1]!;
    start = at + m[0].length;
    // A value that starts inside the last one read ends where it ends (a run of `?pw=` is read once, not once per
    // parameter: linear).
    if (start < run.from || start > run.to) {
      VALUE_END.lastIndex = start;
      run.from = start;
      run.to = VALUE_END.exec(text)?.index ?? text.length;
    }
    if (run.to === start || run.to - start > MAX_VALUE) return null;
    v = text.slice(start, run.to);
  }
  if (!names.has(name)) return null;
  const pin = name.startsWith('pin');
  if (/^[$<{%*]|^(?:true|false|null|yes|no|none)$/i.test(v) || !(isCliPassword(v) || (pin && /^\d{4,12}$/.test(v))))
    return null;
  return { rule: 'secret-key-value', start, end: start + v.length };
}

function ovpnHit(text: string, at: number): Hit | null {
  OVPN_BLOCK.lastIndex = at;
  const m = OVPN_BLOCK.exec(text);
  if (m === null) return null;
  const start = at + m[0].indexOf('\n') + 1;
  return { rule: 'openvpn-static-key', start, end: start + m[1]!.length };
}

/** The pass of short secret names in log fields and of OpenVPN static keys (see the file's comment). */
export function logFieldPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    const run: Run = { from: -1, to: -1 };
    for (const at of scan?.(text) ?? []) {
      const hit = text.charCodeAt(at) === 45 ? ovpnHit(text, at) : fieldHit(text, at, run);
      if (hit !== null && (hits.length === 0 || hits[hits.length - 1]!.end <= hit.start)) hits.push(hit);
    }
    return hits;
  });
}
