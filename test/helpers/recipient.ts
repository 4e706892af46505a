/**
 * What a recipient of an export could decode, written independently of the redactor's own
 * normaliser: JSON/JS/Python escapes (repeatedly: doubly and triply escaped JSON), terminal
 * sequences (raw or spelled `\u001b`, `\x1b`, `\033`, `\e`), URL-encoding, CR line endings.
 * A leak check looks for windows of a secret in this view too.
 */
import { leaks, type FakeSecret } from './fake-secrets.js';

export function recipientView(text: string): string {
  let t = text;
  for (let round = 0; round < 4; round++) {
    const before = t;
    t = t
      .replace(/\\+u\{([0-9a-fA-F]{1,6})\}/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/\\+u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\+x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\+(?:033|e)(?=[[\]])/g, '\x1b')
      .replace(/\\+n/g, '\n')
      .replace(/\\+[rt]/g, ' ')
      .replace(/\\+(["'/`\\])/g, '$1');
    if (t === before) break;
  }
  t = t
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '')
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[()][A-Za-z0-9]|\x1b/g, '');
  t = t.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return t.replace(/\r\n?/g, '\n');
}

/** Leaks in the text as it is and as a recipient could decode it. */
export function deepLeaks(text: string, secrets: readonly FakeSecret[]): string[] {
  return [...new Set([...leaks(text, secrets), ...leaks(recipientView(text), secrets)])];
}
