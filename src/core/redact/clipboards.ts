/**
 * Round 39: a secret copied to the clipboard in shell history (`echo -n "<value>" | pbcopy`, `printf '%s' "…" |
 * wl-copy`, `echo … | xclip -selection clipboard`, `| xsel -b`, `| clip.exe`, PowerShell's `"…" | Set-Clipboard` and
 * `Set-Clipboard -Value "…"`): the value echoed into the pipe, when it reads as a password, a key or a TOTP seed
 * (base32 with a digit). Read by tool-settings.ts from its literal scan (`pbcopy`, `wl-copy`, `xsel`, `clip`), no pass
 * of its own: the line before the tool, at most 320 characters, is matched once, anchored at its end.
 */
import { lineBefore } from './line-heads.js';
import type { Hit } from './pass.js';

export const CLIPBOARD_LITERALS = ['pbcopy', 'wl-copy', 'xsel', 'clip'];

/**
 * The echo or printf (or nothing before a quoted value, PowerShell's), its value and the pipe, then the tool's head
 * (`x` of `xclip`, `Set-` of `Set-Clipboard`), at the end of the line before the literal.
 */
const PIPED =
  /(?:^|[;&(`{]|\bthen|\bdo)[ \t]*(?:(?:echo|Write-Output)(?:[ \t]+-[neE]{1,3}){0,3}[ \t]+|printf[ \t]+(["'])%s(?:\\n)?\1[ \t]+|(?=["']))(["']?)([^\s"'|;&<>`]{4,256})\2[ \t]*\|[ \t]*(?:x|Set-)?$/i;
/** `Set-Clipboard -Value "…"` or `Set-Clipboard "…"`, read forward from `clip`. */
const FORWARD = /clipboard(?:[ \t]+-Value)?[ \t]+(["'])([^"'\r\n]{4,256})\1/iy;
/** A TOTP seed: base32 of 16 to 64 characters with a digit (a word in capitals has none). */
const TOTP_SEED = /^(?=[A-Z]{0,63}[2-7])[A-Z2-7]{16,64}={0,6}$/;

/** The hit of the value copied by the tool at `at`, judged by `secret` (a password or a key) or as a TOTP seed. */
export function clipboardHit(text: string, at: number, secret: (v: string) => boolean): Hit | null {
  const judge = (v: string): boolean => !v.startsWith('$') && (TOTP_SEED.test(v) || secret(v));
  if (/^set-$/i.test(text.slice(at - 4, at))) {
    FORWARD.lastIndex = at;
    const f = FORWARD.exec(text);
    if (f !== null && judge(f[2]!)) {
      const start = at + f[0].length - 1 - f[2]!.length;
      return { rule: 'clipboard-secret', start, end: start + f[2]!.length };
    }
  }
  const before = lineBefore(text, at, 320);
  const m = PIPED.exec(before);
  if (m === null || !judge(m[3]!)) return null;
  const start = at - before.length + m.index + m[0].lastIndexOf(m[3]!);
  return { rule: 'clipboard-secret', start, end: start + m[3]!.length };
}
