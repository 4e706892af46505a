/**
 * Short secret names in log records and form bodies, and key blocks no provider rule reads (issue 11, attack9 §8b):
 * - JSON fields and form or query parameters named `pw`, `psw`, `pwd`, `passwd`, `pass`, `passcode`, `pin`,
 *   `pin_code`, `pincode`, `otp_secret`, `otp_seed`, `totp_seed`, `mfa_secret`, `2fa_secret` (a string value; a
 *   parameter's value to `&`): names too short or too odd for the key-name endings;
 * - OpenVPN static keys (`-----BEGIN OpenVPN Static key V1-----`, the hex lines to its END line).
 * Found from their literals in the shared literal scan (literal-scan.ts).
 */
import { isCliPassword } from './generic.js';
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
const PARAM = /[&?]([a-z0-9_]+)=([^&\s"'#]+)/y;
const OVPN_BLOCK = /-----BEGIN OpenVPN Static key V1-----\n([0-9a-fA-F\s]+?)\n?-----END OpenVPN Static key V1-----/y;
const names = new Set(ALL);

function fieldHit(text: string, at: number): Hit | null {
  const re = text.charCodeAt(at) === 34 ? JSON_FIELD : PARAM;
  re.lastIndex = at;
  const m = re.exec(text);
  if (m === null || !names.has(m[1]!)) return null;
  const v = m[2]!;
  const pin = m[1]!.startsWith('pin');
  if (/^[$<{%*]|^(?:true|false|null|yes|no|none)$/i.test(v) || !(isCliPassword(v) || (pin && /^\d{4,12}$/.test(v))))
    return null;
  const start = at + m[0].length - v.length - (re === JSON_FIELD ? 1 : 0);
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
    for (const at of scan?.(text) ?? []) {
      const hit = text.charCodeAt(at) === 45 ? ovpnHit(text, at) : fieldHit(text, at);
      if (hit !== null && (hits.length === 0 || hits[hits.length - 1]!.end <= hit.start)) hits.push(hit);
    }
    return hits;
  });
}
