import { UsageError } from '../errors.js';

/** A gist id: GitHub's are hex (old ones decimal). It goes into API paths, the Viewer URL and printed lists. */
const GIST_ID = /^[A-Za-z0-9]{1,64}$/;

/** Whether `text` can be a gist id, and nothing else (no path, query or fragment characters). */
export const isGistId = (text: string): boolean => GIST_ID.test(text);

/** An id pasted alone or in a URL: 6 characters at least, so that a word typed by mistake is not taken for one. */
const pastedId = (text: string | undefined): text is string => text !== undefined && text.length >= 6 && isGistId(text);

/**
 * Reads a gist id from what people paste: a bare id, a gist URL (`https://gist.github.com/USER/ID`,
 * with or without `.git` or a revision), an API URL, or a Viewer link (`…/MassGen-Viewer/?gist=ID`).
 */
export function parseGistRef(ref: string): string {
  const text = ref.trim();
  if (pastedId(text)) return text;
  try {
    const url = new URL(text);
    const q = url.searchParams.get('gist');
    if (q && isGistId(q)) return q;
    const parts = url.pathname
      .split('/')
      .filter(Boolean)
      .map((p) => p.replace(/\.git$/, ''));
    const gi = parts.indexOf('gists');
    const candidates = gi >= 0 ? [parts[gi + 1]] : url.hostname.startsWith('gist.') ? [parts[1], parts[0]] : [];
    const id = candidates.find(pastedId);
    if (id) return id;
  } catch {
    // not a URL
  }
  throw new UsageError(
    `"${ref}" is not a gist id or URL. Pass an id (as \`massgen shares list\` shows) or a gist or Viewer link.`,
  );
}
