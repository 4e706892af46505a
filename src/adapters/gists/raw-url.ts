/**
 * Why a gist's raw_url may not be fetched, or null. gh sends a token to whatever host it is
 * given (GH_ENTERPRISE_TOKEN, when set, to any host but github.com), and reads an argument that
 * is not a URL as a flag or an API path: a hostile gist's raw_url must name the gist raw host of
 * the gh host (gist.githubusercontent.com for github.com; the host itself or a subdomain of it
 * for GitHub Enterprise and github.localhost), over https (http for github.localhost), with no
 * credentials in it.
 */
export function rawUrlProblem(rawUrl: unknown, host: string): string | null {
  if (typeof rawUrl !== 'string' || rawUrl === '') return 'gives no raw URL';
  let u: URL;
  try {
    u = new URL(rawUrl);
  } catch {
    return 'gives a raw URL that is not a URL';
  }
  const h = host.toLowerCase();
  const local = h === 'github.localhost' || h.endsWith('.github.localhost');
  if (u.protocol !== 'https:' && !(local && u.protocol === 'http:'))
    return `gives a raw URL that is not https (${u.protocol})`;
  if (u.username || u.password) return 'gives a raw URL with credentials in it';
  const rh = u.host.toLowerCase();
  const ok = h === 'github.com' ? rh === 'gist.githubusercontent.com' : rh === h || rh.endsWith(`.${h}`);
  return ok ? null : `gives a raw URL on another host (${u.host})`;
}
