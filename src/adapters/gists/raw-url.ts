/*
 * Why a gist's raw_url may not be fetched. gh sends a token to whatever host it is
 * given (GH_ENTERPRISE_TOKEN, when set, to any host but github.com), and reads an argument that
 * is not a URL as a flag or an API path: a hostile gist's raw_url must name the gist raw host of
 * the gh host (gist.githubusercontent.com for github.com; for GitHub Enterprise and
 * github.localhost the `gist.` subdomain, or the host itself under `/gist/`), over https (http
 * for github.localhost), with no credentials in it, and a gist raw path of the gist being pulled
 * (`/<owner>/<id>/raw/...`, or the older `/raw/<id>/...`): never an API path such as `/api/v3/user`,
 * which gh would fetch with the user's token.
 */

/**
 * The raw URL as gh must be given it (the WHATWG form, `u.href`, the string that was checked: a URL with blanks or
 * control characters around it, or tabs inside, reads differently to gh), or why it may not be fetched (above).
 * Percent-encoded slashes, backslashes and dots (`%2f`, `%5c`, `%2e`), which a server may decode into separators and
 * dot segments, are refused, as are the characters themselves where they make a dot segment.
 */
export function checkRawUrl(rawUrl: unknown, host: string, gistId?: string): { href: string } | { problem: string } {
  const problem = (p: string) => ({ problem: p });
  if (typeof rawUrl !== 'string' || rawUrl === '') return problem('gives no raw URL');
  let u: URL;
  try {
    u = new URL(rawUrl);
  } catch {
    return problem('gives a raw URL that is not a URL');
  }
  const h = host.toLowerCase();
  const local = h === 'github.localhost' || h.endsWith('.github.localhost');
  if (u.protocol !== 'https:' && !(local && u.protocol === 'http:'))
    return problem(`gives a raw URL that is not https (${u.protocol})`);
  if (u.username || u.password) return problem('gives a raw URL with credentials in it');
  const rh = u.host.toLowerCase();
  const gistHost = h === 'github.com' ? rh === 'gist.githubusercontent.com' : rh === `gist.${h}`;
  if (!gistHost && !(h !== 'github.com' && rh === h)) return problem(`gives a raw URL on another host (${u.host})`);
  // A server may resolve `..` (URL already has) or decode `%2f`/`%5c` into separators: none, plain or encoded, in
  // the string as given or as gh is given it.
  const given = `${rawUrl.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]!} ${u.pathname}`;
  const rest = gistHost ? u.pathname : u.pathname.startsWith('/gist/') ? u.pathname.slice(5) : null;
  const m =
    rest === null || u.search || /\\|(^|[/ ])\.{1,2}(\/|$| )|%2e|%2f|%5c/i.test(given)
      ? null
      : /^\/(?:[\w.-]+\/([\w-]+)\/raw|raw\/([\w-]+))\/[^/]/.exec(rest);
  if (!m) return problem(`gives a raw URL that is no gist file's (${u.pathname})`);
  const id = m[1] ?? m[2]!;
  if (gistId !== undefined && id.toLowerCase() !== gistId.toLowerCase())
    return problem(`gives a raw URL of another gist (${id})`);
  return { href: u.href };
}
