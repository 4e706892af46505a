/**
 * Round 38's plants (continued: round38-corpus.ts) for the review of round 37's misses, and the twins of both files:
 * xcconfig DSNs written with `${}` or one `$(SLASH)`, Photon's `PhotonChatAppId`, Helm's `coalesce`, an Express
 * session id with no digit, lists of tokens under `*_toks`, `*_TKNS` and in a tuple.
 */
import type { Plant } from './filtered.js';
import { gen } from './glue15-tokens.js';
import { WS, planted } from './planted.js';

/** xcconfig DSNs written with `${}` or one `$(SLASH)`. */
export function xcconfigMorePlants(seed: number): Plant[] {
  const r = gen(seed);
  const hex = (): string => r('hex', 32);
  const host = (): string => `o${r('dig', 6)}.ingest.sentry.io/${r('dig', 7)}`;
  const x = `${WS}/ios/Release.xcconfig`;
  return planted([
    ['braces', x, hex, (v) => `SENTRY_DSN = https:/\${}/${v}@${host()}\n`],
    ['braces-name', x, hex, (v) => `SENTRY_DSN = https:/\${EMPTY}/${v}@${host()}\n`],
    ['slash-after', x, hex, (v) => `SENTRY_DSN = https:/$(SLASH)${v}@${host()}\n`],
    ['slash-before', x, hex, (v) => `SENTRY_DSN = https:$(SLASH)/${v}@${host()}\n`],
    ['brace-slashes', x, hex, (v) => `DSN = https:\${SLASH}\${SLASH}${v}@${host()}\n`],
  ]);
}

/** The review's other misses: `PhotonChatAppId`, Helm's `coalesce`, a session id of letters, lists of tokens. */
export function reviewPlants(seed: number): Plant[] {
  const r = gen(seed);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const hash = (): string => `#${r('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${r('abcdefghijkmnopqrstuvwxyz', 6)}_${r('dig', 2)}`;
  const sid = (): string => `${r('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 32)}.${r('alnum', 43)}`;
  const tk = (): string => r('alnum', 28);
  const tpl = `${WS}/chart/templates/secret.yaml`;
  return planted([
    ['photon-ini', `${WS}/Config/DefaultEngine.ini`, uuid, (v) => `PhotonChatAppId=${v}\n`],
    ['photon-json', `${WS}/config/photon.json`, uuid, (v) => `{"PhotonVoiceAppId": "${v}"}\n`],
    ['coalesce', tpl, hash, (v) => `  password: {{ coalesce .Values.auth.password "${v}" | b64enc }}\n`],
    ['coalesce-pipe', tpl, hash, (v) => `  password: {{ .Values.password | coalesce "${v}" }}\n`],
    ['sid-log', `${WS}/logs/cookies.txt`, sid, (v) => `2026-01-31T10:15:00Z set s:${v} for user 42\n`],
    ['sid-sql', `${WS}/db/sessions.sql`, sid, (v) => `INSERT INTO sessions VALUES ('s%3A${v}', 1767225600);\n`],
    ['toks', `${WS}/config/bots.toml`, tk, (v) => `access_toks = ["${tk()}", "${v}"]\n`],
    ['tkns', `${WS}/src/keys.ts`, tk, (v) => `const API_TKNS = ['${tk()}', '${v}'];\n`],
    ['tuple', `${WS}/app/bots.py`, tk, (v) => `bot_tokens = ("${tk()}", "${v}")\n`],
  ]);
}

/** Texts these readings keep. */
export const ROUND38_TWINS: readonly (readonly [string, string])[] = [
  [
    `${WS}/Config/App.ini`,
    '[Settings]\nApiKeyId=3f2a9c1e-7b4d-4e8a-9c2b-1d5e6f7a8b9c\nrequest_id=5c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n' +
      'api_key_uuid: 7d2e1f0a-3b4c-4d5e-8f6a-7b8c9d0e1f2a\ntrace id = 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n' +
      'SdkKeyLive=${SDK_KEY_LIVE}\nApiKeyET=00000000-0000-0000-0000-000000000000\n',
  ],
  [
    `${WS}/infra/stack.ts`,
    "SecretValue.secretsManager('prod/db')\nSecretValue.ssmSecure('param', '1')\npulumi.secret(config.require('x'))\n" +
      'SecretValue.unsafePlainText(process.env.DB_PASSWORD!)\nOutput.CreateSecret("<your-password>")\n' +
      'Fn.sensitive(var.password)\n',
  ],
  [
    `${WS}/notes/codes.html`,
    '<p>Recovery codes &#x2192; keep them in a safe place.</p>\n<p>Backup codes → see 1Password</p>\n' +
      'recovery codes -> docs/recovery.md\nbackup codes => 10 codes, each used once\n',
  ],
  [
    `${WS}/ops/map.bat`,
    'net use Z: \\\\fs01\\share /user:CORP\\jdoe %SHARE_PW%\nnet use Z: \\\\fs01\\share /user:CORP\\jdoe %1\n' +
      'net use Z: \\\\fs01\\share /user:%USERDOMAIN%\\%USERNAME% *\nnet use Z: \\\\fs01\\share /user:jdoe %~1\n',
  ],
  [
    `${WS}/ios/Config.xcconfig`,
    'API_URL = https:/${}/api.example.com/v1\nGIT_URL = https:$(SLASH)/git@github.com/org/repo\n' +
      'SENTRY_DSN = https:/${}/$(SENTRY_KEY)@o1.ingest.sentry.io/1\n',
  ],
  [
    `${WS}/chart/templates/d.yaml`,
    '  level: {{ coalesce .Values.logLevel "info" }}\n  password: {{ coalesce .Values.password "changeme" }}\n' +
      '  password: {{ coalesce .Values.password .Values.global.password }}\n',
  ],
  [`${WS}/notes/dump.txt`, `s:getUserSessionTokenForRequest.${'a'.repeat(43)}\nclass:Foo.bar\n`],
  [`${WS}/config/nlp.py`, 'max_toks = [512, 1024]\nstop_toks = ["</s>", "<|end|>"]\nbot_tokens = (bot_a, bot_b)\n'],
  [`${WS}/unity/Settings.asset`, '  PhotonChatAppId: \n  PhotonVoiceAppId: 00000000-0000-0000-0000-000000000000\n'],
];
