/**
 * Attack 43's categories (issue 11), seeded, and attack 41's false positives mended beside them: a locale's sentence
 * under `token:`, an AWS ARN's resource name after `:secret:`, a call's keyword argument given a variable, a build's
 * name with a short digest under `key:`, a box table's merged row under a `password` column.
 */
import { WS } from './planted.js';

/** Texts that must come out byte for byte (attack 41's benign files, cut to the lines that were changed). */
export const ATTACK41_FP_TWINS: [string, string][] = [
  [
    `${WS}/locales/zh.yml`,
    'zh:\n  auth:\n    password: "密码"\n    token: "令牌已过期，请重新登录"\n    secret: "密钥无效。请检查！"\n',
  ],
  [
    `${WS}/locales/ja.json`,
    '{"auth": {"token": "トークンの有効期限が切れました。", "api_key": "キーを入力してください、"}}\n',
  ],
  [`${WS}/locales/ko.yml`, 'ko:\n  token: "토큰이 만료되었습니다。 다시 로그인하세요"\n'],
  [
    `${WS}/botocore/examples-1.json`,
    [
      '{"output": {',
      '  "ARN": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseSecret-a1b2c3",',
      '  "Other": "aws:arn:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseMasterSecret-a1b2c3",',
      '  "Param": "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password-Zq81Ka",',
      '  "Gov": "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:prod/api/token-AbC123"',
      '}}\n',
    ].join('\n'),
  ],
  [
    `${WS}/test_ssl.py`,
    [
      '        ctx.load_cert_chain(CERTFILE_PROTECTED, password=getpass_unicode)',
      '        ctx.load_cert_chain(CERTFILE_PROTECTED, password=getpass_bytes)',
      '            ctx.load_cert_chain(CERTFILE_PROTECTED, password=getpass_badpass)',
      '        client = make_client(host, token=session_token, timeout=5)',
      '        login(user=admin_user, password=admin_password)\n',
    ].join('\n'),
  ],
  [
    `${WS}/ci/labelled.yaml`,
    'build:\n  digest: sha256:6ca6\n  key: build-2686dfc792a0\ndeploy:\n  key: web-frontend-5d8f7c9b6\n',
  ],
  [
    `${WS}/docs/url.md`,
    [
      '┌────────────────────────────────────────────────────────────────────────────────────────────────┐',
      '│                                              href                                              │',
      '├──────────┬──┬─────────────────────┬────────────────────────┬───────────────────────────┬───────┤',
      '│ protocol │  │        auth         │          host          │           path            │ hash  │',
      '│          │  │                     ├─────────────────┬──────┼──────────┬────────────────┤       │',
      '│          │  │                     │    hostname     │ port │ pathname │     search     │       │',
      '├──────────┴──┼──────────┬──────────┼────────────────────────┤          │                │       │',
      '│ protocol │  │ username │ password │          host          │          │                │       │',
      '├──────────┴──┼──────────┴──────────┼────────────────────────┤          │                │       │',
      '│   origin    │                     │         origin         │ pathname │     search     │ hash  │',
      '├─────────────┴─────────────────────┴────────────────────────┴──────────┴────────────────┴───────┤',
      '│                                              href                                              │',
      '└────────────────────────────────────────────────────────────────────────────────────────────────┘\n',
    ].join('\n'),
  ],
];
