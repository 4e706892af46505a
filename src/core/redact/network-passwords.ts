/**
 * Passwords prose gives under a network's name or beside an account with no password word (attack 57):
 * - a Wi-Fi network's label, maybe with its name in parentheses, then `:`, `=` or `is` and one word (`Office WiFi
 *   (ACME-5G): W.rp4qgj7rB`, `wlan = Sunflower2024!`, `the wifi PSK is Tage087#ou`: attack 58b); a label that says it
 *   names the network (`WiFi network:`, `SSID:`, `WiFi name:`) gives its name, which stays;
 * - `user <name> and pass <password>` (`login with user \`deploy\` and pass \`.9vrEfgJ6tMVP\``): `pass` after an
 *   account's name, the value quoted or a word with a digit or a symbol.
 */
import { lineStartOrCap } from './bounded.js';
import { isCliPassword } from './cli-passwords.js';
import { caseAndDigitClasses, humanPassword } from './credential-values.js';
import { personPassword } from './person-passwords.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const scan = literalScan(['wifi', 'wi-fi', 'wlan', 'hotspot', ' pass ', ' pass: ']);
/** A network's label, its name in parentheses, the separator and one word to the line's end or a sentence's stop. */
const WIFI =
  /(?:wifi|wi-fi|wlan|hotspot)(?:[ \t]+(?!network|name|ssid)[A-Za-z]{2,12})?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[:=]|[ \t]+is)[ \t]*([`'"]?)([^\s`'"]{6,64})\1(?=[ \t]*(?:[.;,]?[ \t]*(?:\r?\n|$)|[;,][ \t]))/iy;
const USER_PASS =
  /(?:user(?:name)?|login|account)[ \t]+([`'"]?)[\w.@-]{1,64}\1[ \t]*(?:,|and|&|\/)?[ \t]+pass:?[ \t]+([`'"]?)([^\s`'"]{4,64})\2(?=[\s.,;)]|$)/iy;

function networkHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const at of scan?.(text) ?? []) {
    if (text[at] === ' ') {
      const head = /(?:user(?:name)?|login|account)[ \t]+[`'"]?[\w.@-]{1,64}[`'"]?[ \t]*(?:,|and|&|\/)?$/i.exec(
        text.slice(lineStartOrCap(text, at, 96), at),
      );
      if (head === null) continue;
      USER_PASS.lastIndex = at - head[0].length;
      const m = USER_PASS.exec(text);
      const v = m?.[3];
      if (
        v &&
        isCliPassword(v, "'") &&
        !/[()[\]{}]/.test(v) &&
        (personPassword(v) || humanPassword(v) || (m[2] !== '' && caseAndDigitClasses(v) === 3))
      )
        hits.push({
          rule: 'prose-password',
          start: USER_PASS.lastIndex - m[2]!.length - v.length,
          end: USER_PASS.lastIndex - m[2]!.length,
        });
      continue;
    }
    if (at > 0 && /[\w-]/.test(text[at - 1]!)) continue;
    WIFI.lastIndex = at;
    const m = WIFI.exec(text);
    const v = m?.[2];
    // (Not a standard's or a band's number: `802.11ax`, `2.4GHz`.)
    if (v && !/^\d+(?:\.\d+)*[a-z]{0,3}$/i.test(v) && personPassword(v.replace(/^[._-]+|[._-]+$/g, 'x'))) {
      const end = m.index + m[0].length - m[1]!.length;
      hits.push({ rule: 'prose-password', start: end - v.length, end });
    }
  }
  return hits;
}

/** The pass (see the file's comment). */
export function networkPasswordPass(): Pass {
  return runPass(networkHits);
}
