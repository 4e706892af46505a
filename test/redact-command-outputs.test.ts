import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * attack7 L2: what a secret-fetching command printed (credential managers, secret stores, `printenv`/`echo` of a
 * secret-like name), in execution traces, JSON tool logs (the same or the next event), terminal transcripts and
 * notebooks. Values are random per run (REDACT_SEED) and of any shape (password, base64, hex, a key with no prefix);
 * look-alikes (commands printing paths, ids, ARNs, metadata, or a field that names no secret) come out unchanged.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 9109));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const mixed = (chars: string, n: number): string => {
  const v = tok(chars, n);
  return /[a-z]/.test(v) && /[A-Z]/.test(v) ? v : mixed(chars, n);
};
const password = (): string =>
  `${pick(['Tarvek', 'Quomin', 'Belsad', 'Orvind'])}${pick(['#', '!', '*', '^', '@'])}${Math.floor(rand() * 900 + 100)}${mixed(CHARSETS.alnum, 6)}`;
const VALUES: (() => string)[] = [
  password,
  () => mixed(CHARSETS.b64, 40),
  () => `${mixed(CHARSETS.b64, 86)}==`,
  () => tok(CHARSETS.hex, 32),
  () => mixed(CHARSETS.alnum, 32),
  () => `${mixed(CHARSETS.b64, 43)}=`,
];

const COMMANDS: ((name: string) => string)[] = [
  (n) => `op read op://Private/${n.toLowerCase()}/credential`,
  () => 'op read "op://prod/db/password"',
  (n) => `aws ssm get-parameter --name /prod/${n} --with-decryption --query Parameter.Value --output text`,
  (n) => `aws secretsmanager get-secret-value --secret-id prod/${n} --query SecretString --output text`,
  (n) => `gcloud secrets versions access latest --secret=${n.toLowerCase()}`,
  (n) => `az keyvault secret show --vault-name kv1 --name ${n.toLowerCase()} --query value -o tsv`,
  (n) => `vault kv get -field=${n.toLowerCase()} secret/app`,
  (n) => `security find-generic-password -a deploy -s ${n} -w`,
  (n) => `pass show work/${n.toLowerCase()}`,
  (n) => `kubectl get secret app -n prod -o jsonpath='{.data.${n.toLowerCase()}}' | base64 -d`,
  () => 'gh auth token',
  (n) => `grep ${n} .env | cut -d= -f2`,
  (n) => `cat ~/.${n.toLowerCase()}`,
  (n) => `printenv ${n}`,
  (n) => `echo $${n}`,
  (n) => `echo "\${${n}}"`,
  (n) => `python3 -c "import os; print(os.environ['${n}'])"`,
];
const NAMES = [
  'POSTGRES_PASSWORD',
  'AZURE_STORAGE_KEY',
  'DD_API_KEY',
  'TWILIO_AUTH_TOKEN',
  'WG_PRIVATE_KEY',
  'DB_PASS',
];

type Form = (command: string, value: string) => string;
const FORMS: [string, Form][] = [
  [
    'execution_trace.md',
    (c, v) =>
      `### Tool Call: mcp__command_line__execute_command\n\`\`\`json\n${JSON.stringify({ command: c })}\n\`\`\`\n` +
      `### Tool Result:\n\`\`\`\n${v}\n\`\`\`\n`,
  ],
  [
    'workspace/.massgen_tool_log.json',
    (c, v) =>
      JSON.stringify(
        [
          { type: 'tool_call', name: 'execute_command', arguments: { command: c } },
          { type: 'tool_result', name: 'execute_command', output: { stdout: `${v}\n`, stderr: '', exit_code: 0 } },
        ],
        null,
        2,
      ),
  ],
  ['streaming.jsonl', (c, v) => `${JSON.stringify({ command: c, stdout: `${v}\n`, exit_code: 0 })}\n`],
  ['session.txt', (c, v) => `deploy@box:~/app$ ${c}\n${v}\ndeploy@box:~/app$ ls\n`],
  [
    'explore.ipynb',
    (c, v) =>
      JSON.stringify(
        {
          cells: [
            {
              cell_type: 'code',
              metadata: {},
              outputs: [{ name: 'stdout', output_type: 'stream', text: [`${v}\n`] }],
              source: [`!${c}`],
            },
          ],
        },
        null,
        1,
      ),
  ],
];

describe('L2: the output of secret-fetching commands', () => {
  it('redacts what credential managers, secret stores and printenv/echo of a secret name printed', () => {
    const placements: Planted[] = FORMS.flatMap(([rel, form]) =>
      COMMANDS.map((cmd, i): Planted => {
        const name = NAMES[i % NAMES.length]!;
        return [rel, (v) => form(cmd(name), v), VALUES[i % VALUES.length]!];
      }),
    );
    assert.deepEqual(leakedPlacements(placements, 3), []);
  });
  it('keeps what commands print that is no secret: paths, ids, ARNs, metadata, public fields', () => {
    const outputs = Object.entries({
      // Names that are no secret's.
      'echo $PATH': '/usr/local/bin:/usr/bin:/bin',
      'printenv HOME': '/home/runner',
      'printenv AWS_REGION': 'us-east-1',
      'echo $PWD': '/home/user/project',
      // Commands that fetch no secret, or print its metadata.
      'aws s3 ls': '2026-01-31 10:15:00 my-bucket-2026',
      'kubectl get pods': 'web-7d9f8c6b5-x2k9p',
      'gh auth status': 'Logged in to github.com account octocat (keyring)',
      'aws ssm get-parameter --name /prod/DB_PASSWORD --query Parameter.ARN --output text':
        'arn:aws:ssm:us-east-1:123456789012:parameter/prod/DB_PASSWORD',
      'aws ssm get-parameter --name /prod/DB_PASSWORD --query Parameter.Version --output text': '7',
      'aws ssm get-parameter --name /prod/API_URL --query Parameter.Value --output text': 'https://api.example.com/v2',
      'aws secretsmanager get-secret-value --secret-id prod/db --query VersionId --output text':
        'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
      'az keyvault secret show --vault-name kv1 --name dbpw --query id -o tsv':
        'https://kv1.vault.azure.net/secrets/dbpw/0123',
      // Fields that name no secret.
      'vault kv get -field=username secret/app': 'svc_deploy01',
      'op read op://Private/db/username': 'deploy_user2',
      'kubectl get secret app -o jsonpath={.data.username} | base64 -d': 'admin2026',
      'cat ~/.ssh/id_ed25519.pub': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okW me@host',
      'echo $API_KEY': '${API_KEY}',
      'printenv OPENAI_API_KEY': 'your-api-key-here',
      'printenv DB_PASSWORD': '<redacted>',
      'echo $SECRET_KEY_PATH': '/etc/app/secret.key',
      'echo $TOKEN_FILE': 'token.json',
      'gh auth token': 'no oauth token found for github.com',
      'echo $HOSTNAME': 'runner-7f3c9a2b1e',
      'printenv GIT_COMMIT': '3f9a2c7e1b5d4a6f8e0c2b4d6f8a0c2e4b6d8f0a',
    });
    assert.deepEqual(
      damaged(FORMS.flatMap(([rel, form]) => outputs.map(([c, v]): [string, string] => [rel, form(c, v)]))),
      [],
    );
  });
});
