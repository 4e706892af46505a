/**
 * Round 39's later plants (issue 11), seeded: a secret copied to the clipboard in shell history; an Authorization
 * header whose token holds symbols or is made of words; secret names with a trailing digit or in a .NET colon path;
 * LaTeX tokens written with `\_`. Twins: text those readings and the earlier ones (round39-corpus.ts) keep.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers } from './glue15-tokens.js';
import { pick, planted, WS } from './round39-corpus.js';
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';

const WORDS = BIP39_ENGLISH.filter((w) => w.length >= 5);
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A secret copied to the clipboard: a token, a TOTP seed, a person's password. */
export function clipboardPlants(seed: number): Plant[] {
  const t = tokenMakers(seed);
  const r = gen(seed);
  const pw = (): string => `${cap(pick(r, WORDS))}${r('dig', 2)}!${pick(r, WORDS)}`;
  const totp = (): string => r('b32', 32);
  const hist = `${WS}/.zsh_history`;
  return planted([
    ['pbcopy', hist, pw, (v) => `echo -n "${v}" | pbcopy\n`],
    ['totp', `${WS}/.bash_history`, totp, (v) => `echo -n ${v} | pbcopy\n`],
    ['xclip', hist, () => r('alnum', 24), (v) => `echo "${v}" | xclip -selection clipboard\n`],
    ['wl-copy', hist, pw, (v) => `printf '%s' '${v}' | wl-copy\n`],
    ['clip', `${WS}/notes/win.txt`, () => r('url', 28), (v) => `echo ${v}| clip.exe\n`],
    ['set-clip', `${WS}/notes/ps.txt`, pw, (v) => `Set-Clipboard -Value "${v}"\n`],
    ['printf', hist, totp, (v) => `printf '%s' "${v}" | pbcopy\n`],
    ['ps-pipe', `${WS}/notes/ps2.txt`, () => r('alnum', 20), (v) => `"${v}" | Set-Clipboard\n`],
    ['tok', hist, t['linear-api-key']!, (v) => `echo ${v} | pbcopy\n`],
  ]);
}

/** An Authorization header whose token holds symbols or is made of words. */
export function bearerPlants(seed: number): Plant[] {
  const r = gen(seed);
  const sym = (): string => `${r('low', 9)}!^${r('low', 6)}&${r('low', 5)}=${r('low', 8)}`;
  const django = (): string => `django-insecure-p!^${r('low', 20)}&${r('low', 10)}=${r('low', 12)}`;
  const words = (): string => [0, 1, 2, 3].map(() => pick(r, WORDS)).join('-');
  return planted([
    ['django', `${WS}/scripts/call.sh`, django, (v) => `curl -H "Authorization: Bearer ${v}" https://api.local\n`],
    ['symbols', `${WS}/logs/req.txt`, sym, (v) => `Authorization: Bearer ${v}\nAccept: */*\n`],
    ['nginx', `${WS}/nginx/site.conf`, words, (v) => `    proxy_set_header Authorization "Bearer ${v}";\n`],
    ['fstring', `${WS}/app/client.py`, sym, (v) => `headers = {"Authorization": f"Bearer {'${v}'}"}\n`],
    ['js', `${WS}/app/client.js`, words, (v) => `headers: { Authorization: 'Bearer ${v}' },\n`],
    ['token', `${WS}/notes/api.md`, sym, (v) => `-H 'Authorization: Token ${v}'\n`],
  ]);
}

/** Secret names with a trailing digit or in a .NET colon path. */
export function digitNamePlants(seed: number): Plant[] {
  const r = gen(seed);
  const v = (): string => `${r('alnum', 12)}${r('dig', 2)}${r('alnum', 10)}`;
  return planted([
    ['cred0', `${WS}/secrets/user-secrets.json`, v, (x) => `{\n  "Api:Cred0": "${x}"\n}\n`],
    ['stripe', `${WS}/src/appsettings.json`, v, (x) => `{\n  "Stripe:SecretKey2": "${x}",\n  "Api:BaseUrl": "x"\n}\n`],
    ['token1', `${WS}/.env`, v, (x) => `Token1=${x}\n`],
    ['password2', `${WS}/config/app.ini`, v, (x) => `[db]\npassword2 = ${x}\n`],
    ['apikey3', `${WS}/config/app.json`, v, (x) => `{"ApiKey3": "${x}"}\n`],
    ['secret9', `${WS}/src/appsettings.Production.json`, v, (x) => `{"Auth:ClientSecret9": "${x}"}\n`],
  ]);
}

/** LaTeX tokens written with `\_` escapes inside `\texttt{…}` or `\verb|…|`. */
export function latexPlants(seed: number): Plant[] {
  const t = tokenMakers(seed);
  const r = gen(seed);
  const esc = (v: string): string => v.replaceAll('_', '\\_');
  const under = (): string => {
    const v = t['atlassian-api-token']!();
    return `${v.slice(0, 12)}_${v.slice(13, 90)}_${r('alnum', 3)}${v.slice(94)}`;
  };
  return planted([
    ['texttt', `${WS}/paper/main.tex`, under, (v) => `The token is \\texttt{${esc(v)}}.\n`],
    ['verb', `${WS}/paper/appendix.tex`, under, (v) => `Use \\verb|${esc(v)}| for the API.\n`],
    ['stripe', `${WS}/paper/notes.tex`, t['stripe-secret-key']!, (v) => `Key: \\texttt{${esc(v)}}\n`],
    ['elevenlabs', `${WS}/docs/setup.tex`, t['elevenlabs-api-key']!, (v) => `\\item \\texttt{${esc(v)}}\n`],
    ['gl', `${WS}/docs/ci.tex`, t['gitlab-token']!, (v) => `\\verb|GL=${esc(v)}|\n`],
  ]);
}

/** Text the round's readings keep byte for byte: look-alikes of each category's plants. */
export const ROUND39_TWINS: readonly (readonly [string, string])[] = [
  [`${WS}/scripts/setup.ps1`, '$msg = "Deploying the service to the cluster now" + `\n  " and waiting for it"\n'],
  [
    `${WS}/app/settings.py`,
    'HELP = (\n    "Set OPENAI_API_KEY in your environment "\n    "before running this script."\n)\n',
  ],
  [`${WS}/scripts/run.sh`, 'echo "building the image \\\n  for linux/amd64"\n'],
  [`${WS}/.config/fish/config.fish`, 'set -gx EDITOR nvim\nset -Ux API_TOKEN $OP_TOKEN\nset -x PAGER "less -R"\n'],
  [`${WS}/.cshrc`, 'setenv PATH "/usr/local/bin:$PATH"\nsetenv DB_PASSWORD "$DB_PW"\nsetenv LANG en_US.UTF-8\n'],
  [`${WS}/.config/fish/env.fish`, 'set -x PASSWORD_HINT "Ask the admin"\nset -gx GREETING "Hello world"\n'],
  [
    `${WS}/notes/img.md`,
    `![x](data:image/png;base64,iVBORw0KGgo${'A'.repeat(40)}EAAAABCAYAAAAfFcSJ+AAAADUlEQVR42mNk)\n`,
  ],
  [
    `${WS}/notes/pad.txt`,
    `${'A'.repeat(120)}\n${'A'.repeat(30)}BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n`,
  ],
  [`${WS}/.zsh_history`, 'echo "hello" | pbcopy\necho ~/Downloads/report.pdf | pbcopy\npwd | pbcopy\n'],
  [
    `${WS}/.bash_history`,
    'echo $API_TOKEN | xclip -selection clipboard\ncat id_ed25519.pub | wl-copy\necho done | clip.exe\n',
  ],
  [`${WS}/notes/ps.txt`, 'Set-Clipboard -Value "copied to the clipboard"\n"Hello there" | Set-Clipboard\n'],
  [
    `${WS}/nginx/site.conf`,
    '    proxy_set_header Authorization "Bearer $http_x_token";\n    proxy_set_header Authorization $auth;\n',
  ],
  [
    `${WS}/app/client.py`,
    'headers = {"Authorization": f"Bearer {token}"}\nh = {"Authorization": "Bearer <token>"}\n' +
      'auth: "Bearer ${{ secrets.API_TOKEN }}"\ncurl -H "Authorization: Bearer $TOKEN" https://x\n',
  ],
  [
    `${WS}/src/appsettings.json`,
    '{\n  "Api:BaseUrl": "https://api.example.com/v2",\n  "Logging:LogLevel:Default": "Information",\n' +
      '  "ids": "3f2a9c1e7b4d4e8a",\n  "Api:Timeout2": "30"\n}\n',
  ],
  [
    `${WS}/config/app.ini`,
    '[hash]\nsha256 = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nmd5 = x\n',
  ],
  [
    `${WS}/paper/main.tex`,
    'We set \\texttt{max\\_tokens} and \\verb|api\\_key\\_name| in \\texttt{config\\_file.yaml}.\n',
  ],
];
