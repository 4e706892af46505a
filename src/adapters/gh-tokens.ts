/**
 * Text from gh and GitHub (gh's messages, an error answer's `message`) without the token gh runs with, before it
 * reaches an error or a warning: a proxy or a GitHub Enterprise front end may quote the request's `Authorization`
 * header back (hostile 57: `GH_TOKEN`'s value was printed on stderr and in `--json`'s `error`).
 */

/** The environment variables gh reads a token from. */
const TOKEN_VARS = ['GH_TOKEN', 'GITHUB_TOKEN', 'GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN'];
/** A value shorter than this is not looked for (a stray `1` would blank every digit). */
const MIN_TOKEN = 8;
/**
 * GitHub's token shapes (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`: a stored login's is not in the
 * environment), and whatever follows an `Authorization` header's name and scheme (any scheme: `Negotiate`, `Digest`).
 */
const SHAPES =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})|(?<=\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:[A-Za-z][\w-]{0,20}[ \t]+)?)[^\s"',;]{8,}/gi;
const SHOWN = '[REDACTED:gh-token]';

/** `text` with the environment's gh tokens and any GitHub token's shape replaced. */
export function withoutTokens(text: string, env: NodeJS.ProcessEnv): string {
  let out = text.replace(SHAPES, SHOWN);
  for (const name of TOKEN_VARS) {
    const value = env[name]?.trim();
    if (value !== undefined && value.length >= MIN_TOKEN) out = out.split(value).join(SHOWN);
  }
  return out;
}
