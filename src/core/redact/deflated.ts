/**
 * Raw DEFLATE with no header inside text's base64 (SAML's HTTP-Redirect binding, `SAMLRequest=`; `deflate-raw`
 * payloads; `CompressionStream('deflate-raw')`): bytes that read as no text and start no carrier by their magic, which
 * base64.ts gives here. Decoded only when the first block can start a stream (deflate-check.ts) and the whole run is
 * one stream (decode.ts's decodeHeadless: a random run fails within a few bytes), within MAX_DECODED; the decoded bytes
 * are scanned as a carrier's part is.
 */
import { scanWindows, type Scan } from './binary-views.js';
import { decodeHeadless, MAX_DECODED, TooLarge } from './decode.js';
import { deflateCanStart } from './deflate-check.js';

/** The rule of a secret in raw deflate (or brotli) bytes (`deflate:<rule>`); null when they are none or hold none. */
export function deflatedRule(data: Buffer, scan: Scan): string | null {
  if (data.length < 8 || !deflateCanStart(data, 0)) return null;
  try {
    const got = decodeHeadless(data, { left: MAX_DECODED, input: data.length });
    const rule = got ? scanWindows(got.data, scan)[0] : undefined;
    return rule ? `${got!.kind}:${rule}` : null;
  } catch (err) {
    // Past the cap: a bomb a recipient would still inflate, replaced unscanned.
    if (err instanceof TooLarge) return 'deflate:unscanned-carrier';
    throw err;
  }
}
