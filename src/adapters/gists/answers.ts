/**
 * What GitHub's answers to the gist calls must say to be believed (hostile 60): the next page of a listing (`Link`,
 * RFC 8288), the new gist's URL gh prints, and a PATCH's answer, the gist as stored.
 */
import { API_FILES, asGist } from './types.js';

/** A gist's page: a host, maybe `gist/` and an owner, then its id; no `.` or `..` segment, query or fragment. */
const GIST_URL = /^https?:\/\/[^\s/?#]+(?:\/(?!\.\.?(?:\/|$))[^\s/?#]+){1,3}$/;

/** The next page's API path from a `Link` header (`<URL>; rel="next"`), or null on the last page. */
export function nextPage(link: string | undefined): string | null {
  // Each link's parameters up to the next link; `rel` quoted or a bare token, a list of relations (RFC 8288: `rel=next`
  // unquoted stopped the listing at its first page, hostile 60).
  const m = [...(link ?? '').slice(0, 8192).matchAll(/<([^>]{1,2048})>([^<]*)/g)].find((l) => {
    const rel = /;[ \t]*rel[ \t]*=[ \t]*(?:"([^"]*)"|([^\s;,"]+))/i.exec(l[2]!);
    return rel !== null && (rel[1] ?? rel[2]!).toLowerCase().split(/\s+/).includes('next');
  });
  if (!m) return null;
  let url: URL;
  try {
    url = new URL(m[1]!, 'https://api.github.com/');
  } catch {
    return null;
  }
  const next = `${url.pathname.replace(/^\/(api\/v3\/)?/, '')}${url.search}`;
  // Only the listing itself is followed: a header naming another API path ends the list.
  return /^gists\?[\w=&%.-]*$/.test(next) ? next : null;
}

/** True when `url` is a gist's page (GIST_URL), a trailing slash allowed. */
export const isGistUrl = (url: string): boolean => GIST_URL.test(url.replace(/\/+$/, ''));

/**
 * What a PATCH's answer (`body`, the gist as stored) says of the files it wrote (`files`, a null one removed): why some
 * were not stored, or null (all listed; an answer that is no gist; or one listing as many files as GitHub lists,
 * API_FILES, past which it says nothing). A batch answered 200 and dropped ended a share 22 files short with exit 0.
 */
export function unstored(files: Record<string, unknown>, body: string): string | null {
  const written = Object.entries(files).flatMap(([name, f]) => (f === null ? [] : [name]));
  if (written.length === 0) return null;
  let listed: Record<string, unknown> | null = null;
  try {
    listed = asGist(JSON.parse(body))?.files ?? null;
  } catch {
    // No JSON: the answer says nothing of the files.
  }
  if (listed === null || Object.keys(listed).length >= API_FILES) return null;
  const missing = written.filter((name) => !Object.hasOwn(listed, name)).length;
  return missing === 0 ? null : `GitHub's answer lacks ${missing} of the ${written.length} files sent`;
}
