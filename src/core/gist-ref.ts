import { UsageError } from '../errors.js';

/**
 * Reads a gist id from what people paste: a bare id, a gist URL (`https://gist.github.com/USER/ID`,
 * with or without `.git` or a revision), an API URL, or a Viewer link (`…/MassGen-Viewer/?gist=ID`).
 */
export function parseGistRef(ref: string): string {
  const text = ref.trim();
  if (/^[0-9a-f]{20,40}$/i.test(text) || /^[A-Za-z0-9]{6,64}$/.test(text)) return text;
  try {
    const url = new URL(text);
    const q = url.searchParams.get('gist');
    if (q && /^[A-Za-z0-9]+$/.test(q)) return q;
    const parts = url.pathname
      .split('/')
      .filter(Boolean)
      .map((p) => p.replace(/\.git$/, ''));
    const gi = parts.indexOf('gists');
    const candidates = gi >= 0 ? [parts[gi + 1]] : url.hostname.startsWith('gist.') ? [parts[1], parts[0]] : [];
    const id = candidates.find((c) => c && /^[A-Za-z0-9]{6,64}$/.test(c));
    if (id) return id;
  } catch {
    // not a URL
  }
  throw new UsageError(
    `"${ref}" is not a gist id or URL. Pass an id (as \`massgen shares list\` shows) or a gist or Viewer link.`,
  );
}
