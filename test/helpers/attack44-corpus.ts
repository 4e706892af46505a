/**
 * Attack 44's categories (issue 11), seeded: keys hard-wrapped by a wrapper that breaks after hyphens (Python's
 * textwrap: a line ends at `sk-` or inside the key's `-`, shorter than the width), passwords that start with
 * punctuation (`%`, `@`, `=`, `!`) after a flag or a colon, a Slack webhook's path without its host in a request log,
 * and a fixed-length token at a line's end before a line of other text. Twins: OAuth 1's parameter list, a digest under
 * minified code's own short name after another declaration's label, a provider's prefix with a placeholder when a key
 * of that family is known, paths and values that only look like the new readings.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers } from './glue15-tokens.js';
import { pick, planted, WS, type Form } from './planted.js';

/**
 * `text` wrapped as Python's textwrap does (break_on_hyphens, break_long_words): words split after each hyphen between
 * letters or digits, lines filled greedily to `width`, a piece longer than the width cut at it.
 */
export function textwrap(text: string, width: number): string {
  const pieces = text.split(' ').map((w) => w.split(/(?<=[A-Za-z0-9]-)(?=[A-Za-z0-9])/));
  const lines: string[] = [];
  let line = '';
  for (const word of pieces) {
    word.forEach((p, i) => {
      const glue = i === 0 && line !== '' ? ' ' : '';
      if (line.length + glue.length + p.length <= width) {
        line += glue + p;
        return;
      }
      if (line !== '') lines.push(line);
      let rest = p;
      while (rest.length > width) {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      line = rest;
    });
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

/** OpenAI's and Anthropic's keys (hyphens in them) in prose wrapped at 60 to 79 columns. */
export function hyphenWrapPlants(seed: number): Plant[] {
  const r = gen(seed);
  const t = tokenMakers(seed + 100);
  const sentence =
    (lead: string, width: number) =>
    (v: string): string =>
      textwrap(`${lead} ${v} and it belongs to the ${pick(r, ['eval', 'staging', 'billing'])} project.`, width);
  const forms: Form[] = [
    [
      'svcacct-72',
      `${WS}/answer.md`,
      () => t['openai-api-key/svcacct']!(),
      sentence('The service-account key that the CI job uses is', 72),
    ],
    ['proj-60', `${WS}/notes.md`, () => t['openai-api-key/proj']!(), sentence('For the record, the key is', 60)],
    [
      'proj-79',
      `${WS}/report.txt`,
      () => t['openai-api-key/proj']!(),
      sentence('Summary of the run: we authenticated against the API using', 79),
    ],
    [
      'anthropic-70',
      `${WS}/chat.md`,
      () => t['anthropic-api-key']!(),
      sentence('> assistant: I configured the client with the Anthropic key', 70),
    ],
    [
      'svcacct-66',
      `${WS}/trace.md`,
      () => t['openai-api-key/svcacct']!(),
      sentence('Tool call: set_env(name, value) where the value given was', 66),
    ],
  ];
  return planted(forms);
}

/** Passwords that start with punctuation: after a flag, after a colon (YAML, JSON). */
export function punctuationPlants(seed: number): Plant[] {
  const r = gen(seed);
  const pw = (lead: string) => (): string => `${lead}${r('alnum', 7)}${pick(r, ['#', '?', '@', '!'])}${r('alnum', 8)}`;
  const forms: Form[] = [
    ['requirepass-%', `${WS}/docker-compose.yml`, pw('%'), (v) => `    command: redis-server --requirepass ${v}\n`],
    [
      'requirepass-@',
      `${WS}/compose.prod.yml`,
      pw('@'),
      (v) => `    command: ["redis-server", "--requirepass", "${v}"]\n`,
    ],
    ['db-password-%', `${WS}/run.sh`, pw('%'), (v) => `./server --db-password=${v} --port 8080\n`],
    ['masterauth-@', `${WS}/redis/replica.sh`, pw('@'), (v) => `redis-server --masterauth ${v} --replicaof db 6379\n`],
    ['helm-=', `${WS}/values-prod.yaml`, pw('='), (v) => `postgresql:\n  auth:\n    postgresPassword: ${v}\n`],
    ['helm-quoted-=', `${WS}/values.yaml`, pw('='), (v) => `mariadb:\n  auth:\n    rootPassword: "${v}"\n`],
    ['json-=', `${WS}/secrets.dev.json`, pw('='), (v) => `{"db": {"adminPassword": "${v}", "port": 5432}}\n`],
    ['yaml-!', `${WS}/app.yml`, pw('!'), (v) => `smtp:\n  password: '${v}'\n`],
  ];
  return planted(forms);
}

/** A Slack webhook's path without its host: a proxy's access log, a client's debug line, a TSV of requests. */
export function webhookPathPlants(seed: number): Plant[] {
  const r = gen(seed);
  const path = (): string => `/services/T${r('up', 8)}/B${r('up', 10)}/${r('alnum', 24)}`;
  const forms: Form[] = [
    [
      'nginx',
      `${WS}/logs/access.log`,
      path,
      (v) => `10.0.0.7 - - [06/Dec/2026:10:01:02 +0000] "POST ${v} HTTP/1.1" 200 2 "-" "python-requests/2.32"\n`,
    ],
    [
      'urllib3',
      `${WS}/logs/debug.log`,
      path,
      (v) => `DEBUG urllib3.connectionpool:https://hooks.slack.com:443 "POST ${v} HTTP/11" 200 2\n`,
    ],
    ['tsv', `${WS}/logs/requests.tsv`, path, (v) => `ts\tmethod\tpath\tstatus\n1769850001\tPOST\t${v}\t200\n`],
  ];
  return planted(forms);
}

/** A fixed-length token at a line's end, a line of other text (a hash, words) after it: nothing of it goes out. */
export function lineEndPlants(seed: number): Plant[] {
  const r = gen(seed);
  const t = tokenMakers(seed + 200);
  const forms: Form[] = [
    [
      'gocspx-hex',
      `${WS}/answer.txt`,
      () => t['google-oauth-client-secret']!(),
      (v) => `OAuth done: client secret ${v}\n${r('hex', 64)}\n`,
    ],
    [
      'gocspx-prose',
      `${WS}/notes.txt`,
      () => t['google-oauth-client-secret']!(),
      (v) => `The desktop client's secret is ${v}\n${r('alnum', 40)} was the other value.\n`,
    ],
  ];
  return planted(forms);
}

/** The key the placeholder twins are read beside (a key of the family known, as from a `.env`). */
export const KNOWN_ANTHROPIC = `sk-ant-api03-${gen(4401)('url', 93)}AA`;

/** Texts that must come out byte for byte beside the new readings, a key of Anthropic's family known. */
export const ATTACK44_TWINS: [string, string][] = [
  [`${WS}/benign/model_ids.txt`, 'gpt-5.1\nclaude-sonnet-4-5\nsk-ant-api03-REDACTED\nsk-ant-api03-xxxxxxxx\n'],
  [`${WS}/docs/keys.md`, 'Anthropic keys look like `sk-ant-api03-YOUR_KEY_HERE`; never commit one.\n'],
  [
    `${WS}/oauthlib/request_token.py`,
    "            ...         'Authorization': 'OAuth realm=movies user, oauth_....'\n",
  ],
  [`${WS}/docs/oauth1.md`, 'Authorization: OAuth realm="Photos", oauth_version="1.0"\n'],
  [
    `${WS}/dist/bundle.min.js`,
    '(function(e,t){const k=process.env.OPENAI_API_KEY,token=localStorage.getItem("token"),h="' +
      '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d";console.log(k?"ok":"missing",h)})();\n',
  ],
  [`${WS}/docs/routes.md`, 'See /services/TEMPLATES/BACKUPS/ for the layout, and /services/T1/B2/x for a stub.\n'],
  [`${WS}/scripts/pw.sh`, 'curl --password @pw.txt https://x\nredis-server --requirepass %REDIS_PASS%\n'],
  [`${WS}/config/cmp.py`, 'if token == "=abc":\n    pass\n'],
];
