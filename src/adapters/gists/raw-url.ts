/**
 * Why a gist's raw_url may not be fetched, or null. gh sends a token to whatever host it is
 * given (GH_ENTERPRISE_TOKEN, when set, to any host but github.com), and reads an argument that
 * is not a URL as a flag or an API path: a hostile gist's raw_url must name the gist raw host of
 * the gh host (gist.githubusercontent.com for github.com; for GitHub Enterprise and
 * github.localhost the `gist.` subdomain, or the host itself under `/gist/`), over https (http
 * for github.localhost), with no credentials in it, and a gist raw path of the gist being pulled
 * (`/<owner>/<id>/raw/...`, or the older `/raw/<id>/...`): never an API path such as `/api/v3/user`,
 * which gh would fetch with the user's token.
 */
export function rawUrlProblem(rawUrl: unknown, host: string, gistId?: string): string | null {
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
  const gistHost = h === 'github.com' ? rh === 'gist.githubusercontent.com' : rh === `gist.${h}`;
  if (!gistHost && !(h !== 'github.com' && rh === h)) return `gives a raw URL on another host (${u.host})`;
  // gh sends the path as given, where a server may resolve `..` (URL already has): none, plain or encoded.
  const given = rawUrl.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]!;
  const rest = gistHost ? u.pathname : u.pathname.startsWith('/gist/') ? u.pathname.slice(5) : null;
  const m =
    rest === null || u.search || /\\|(^|\/)\.{1,2}(\/|$)|%2e|%2f/i.test(given)
      ? null
      : /^\/(?:[\w.-]+\/([\w-]+)\/raw|raw\/([\w-]+))\/[^/]/.exec(rest);
  if (!m) return `gives a raw URL that is no gist file's (${u.pathname})`;
  const id = m[1] ?? m[2]!;
  if (gistId !== undefined && id.toLowerCase() !== gistId.toLowerCase())
    return `gives a raw URL of another gist (${id})`;
  return null;
}
