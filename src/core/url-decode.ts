/** A string's URL-decoding; the string itself where it is no URL-encoding (a lone `%`, a broken UTF-8 sequence). */
export function urlDecoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
