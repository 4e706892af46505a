/**
 * Round 25, issue 11: secrets set as environment variables or config values in code and tool configs, in placements
 * the earlier rounds did not plant: JS/TS template literals, JSON5 and object literals, Perl `%ENV`, MATLAB/R/Julia
 * setters, Windows `setx`/`set`/`$env:`, Azure Pipelines and GitHub Actions variables, JetBrains and VS Code run
 * configurations, OTLP header lists, `docker run -e`/compose/kubectl/helm (also JSON-escaped inside a MassGen
 * execution trace), and Python header dicts. Values: provider keys with a prefix, prefix-less random keys, hex,
 * base64 and passwords with symbols. Twins: the same placements holding references, placeholders, ids, hashes,
 * UUIDs, shas, words, paths and counters. Seeded (REDACT_SEED replays a run); a plant leaks when its value is still
 * in the output.
 */
import { gen, tokenMakers } from './glue15-tokens.js';

export interface Plant25 {
  cat: string;
  name: string;
  rel: string;
  text: string;
  value: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2501);

/** How a shape's text is placed: its own file (`rel`), or a Markdown answer, or a JSON-escaped trace call. */
type Shape = [rel: string, make: (v: string, n: string) => string];

const bt = '`';
const d = '$';

export const CATEGORIES: Record<string, Record<string, Shape>> = {
  'js-template-literal': {
    'bearer-template': [
      'workspace/src/client.ts',
      (v) => `const res = await fetch(url, {\n  headers: { Authorization: ${bt}Bearer ${v}${bt} },\n});\n`,
    ],
    'template-const': ['workspace/src/config.js', (v, n) => `const ${n} = ${bt}${v}${bt};\n`],
    'template-header-key': [
      'workspace/src/api.ts',
      (v) => `const headers = {\n  'x-api-key': ${bt}${v}${bt},\n  'content-type': 'application/json',\n};\n`,
    ],
    'template-multiline': [
      'workspace/scripts/curl.js',
      (v) =>
        `const cmd = ${bt}curl https://api.example.com/v1/items \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Accept: application/json"${bt};\n`,
    ],
    'template-basic': [
      'workspace/src/auth.mjs',
      (v) => `const auth = ${bt}Basic ${d}{btoa(${bt}svc_app:${v}${bt})}${bt};\n`,
    ],
    'template-url-key': [
      'workspace/src/maps.ts',
      (v) => `const url = ${bt}https://api.example.com/v2/search?q=${d}{q}&api_key=${v}${bt};\n`,
    ],
    'template-env-file': [
      'workspace/scripts/write-env.js',
      (v, n) => `fs.writeFileSync('.env', ${bt}NODE_ENV=production\n${n}=${v}\nPORT=3000\n${bt});\n`,
    ],
    'template-env-fallback': [
      'workspace/src/llm.ts',
      (v, n) => `const auth = ${bt}Bearer ${d}{process.env.${n} ?? '${v}'}${bt};\n`,
    ],
    'template-raw-request': [
      'workspace/src/raw.js',
      (v) =>
        `const req = ${bt}POST /v1/messages HTTP/1.1\nHost: api.example.com\nx-api-key: ${v}\ncontent-type: application/json\n\n${bt};\n`,
    ],
    'template-export-lines': [
      'workspace/scripts/setup.mjs',
      (v, n) => `await fs.appendFile(rc, ${bt}\nexport ${n}="${v}"\nexport PATH="${d}HOME/bin:${d}PATH"\n${bt});\n`,
    ],
    'template-token-field': [
      'workspace/src/octo.ts',
      (v) => `const octokit = new Octokit({ auth: ${bt}${v}${bt} });\n`,
    ],
  },
  'json5-unquoted': {
    'json5-unquoted-key': [
      'workspace/config.json5',
      (v) => `{\n  // service settings\n  apiKey: '${v}',\n  region: 'us-east-1',\n}\n`,
    ],
    'json5-nested': [
      'workspace/app.json5',
      (v) => `{\n  openai: {\n    model: "gpt-4o-mini",\n    api_key: "${v}", // rotate monthly\n  },\n}\n`,
    ],
    'js-object-secret': [
      'workspace/src/db.js',
      (v) => `module.exports = {\n  host: 'db.internal',\n  user: 'svc_app',\n  password: '${v}',\n};\n`,
    ],
    'ts-export-default': [
      'workspace/src/settings.ts',
      (v) =>
        `export default {\n  clientId: 'web-app',\n  clientSecret: "${v}",\n  /* audience */ audience: 'api',\n};\n`,
    ],
    'json5-env-block': [
      'workspace/pm2.config.json5',
      (v, n) =>
        `{\n  apps: [{\n    name: 'api',\n    env: {\n      NODE_ENV: 'production',\n      ${n}: '${v}',\n    },\n  }],\n}\n`,
    ],
    'json5-minified': ['workspace/src/keys.js', (v) => `const k={region:'eu',apiKey:'${v}',retries:3};\n`],
    'json5-single-quoted-keys': [
      'workspace/settings.json5',
      (v) => `{\n  'client-id': 'web',\n  'client-secret': '${v}', /* prod */\n}\n`,
    ],
    'js-one-line': ['workspace/src/stripe.js', (v) => `const cfg = { secretKey: '${v}', webhookTolerance: 300, };\n`],
    'json5-token-comment': [
      'workspace/renovate.json5',
      (v) => `{\n  /* github.com access */\n  token: '${v}',\n  platform: 'github',\n}\n`,
    ],
    'js-auth-object': [
      'workspace/src/mail.ts',
      (v) =>
        `const transport = nodemailer.createTransport({\n  host: 'smtp.example.com',\n  auth: { user: 'mailer', pass: '${v}' },\n});\n`,
    ],
  },
  'perl-env-hash': {
    'perl-env-assign': ['workspace/run.pl', (v, n) => `#!/usr/bin/perl\nuse strict;\n$ENV{${n}} = '${v}';\n`],
    'perl-env-quoted-key': ['workspace/run.pl', (v, n) => `$ENV{'${n}'} = "${v}";\nsystem('python', 'agent.py');\n`],
    'perl-local-env': [
      'workspace/lib/Client.pm',
      (v, n) => `sub call_api {\n    local $ENV{${n}} = '${v}';\n    return run();\n}\n`,
    ],
    'perl-env-list': [
      'workspace/setup.pl',
      (v, n) => `%ENV = (\n    %ENV,\n    PATH => '/usr/bin:/bin',\n    ${n} => '${v}',\n);\n`,
    ],
    'perl-env-fat-quoted': ['workspace/setup.pl', (v, n) => `%ENV = (%ENV, '${n}' => "${v}");\n`],
    'perl-hash-config': [
      'workspace/conf.pl',
      (v) => `my %config = (\n    host     => 'db.internal',\n    password => '${v}',\n);\n`,
    ],
    'perl-env-or-assign': ['workspace/run.pl', (v, n) => `$ENV{${n}} ||= "${v}";\n`],
    'perl-env-defined-or': ['workspace/run.pl', (v, n) => `$ENV{'${n}'} //= '${v}';\n`],
    'perl-q-string': ['workspace/run.pl', (v, n) => `$ENV{${n}} = q{${v}};\n`],
  },
  'matlab-setenv': {
    'matlab-setenv': ['workspace/startup.m', (v, n) => `setenv('${n}', '${v}');\nclient = openAIChat();\n`],
    'matlab-setenv-nospace': ['workspace/init.m', (v, n) => `% credentials\nsetenv('${n}','${v}')\n`],
    'octave-setenv-dq': ['workspace/run.m', (v, n) => `setenv("${n}", "${v}");\n`],
    'r-sys-setenv': ['workspace/analysis.R', (v, n) => `library(httr)\nSys.setenv(${n} = "${v}")\n`],
    'r-sys-setenv-multi': [
      'workspace/.Rprofile',
      (v, n) => `Sys.setenv(\n  R_LIBS_USER = "~/R/library",\n  ${n} = '${v}'\n)\n`,
    ],
    'julia-env': ['workspace/setup.jl', (v, n) => `ENV["${n}"] = "${v}"\nusing OpenAI\n`],
    'r-setenv-quoted-name': ['workspace/setup.R', (v, n) => `Sys.setenv("${n}" = "${v}")\n`],
    'julia-env-compact': ['workspace/run.jl', (v, n) => `ENV["${n}"]="${v}"\n`],
    'julia-withenv': [
      'workspace/run.jl',
      (v, n) => `withenv("${n}" => "${v}") do\n    run(${bt}python agent.py${bt})\nend\n`,
    ],
    'r-renviron': ['workspace/.Renviron', (v, n) => `R_LIBS_USER=~/R/library\n${n}=${v}\n`],
  },
  'cmd-setx': {
    'setx-quoted': ['workspace/setup.bat', (v, n) => `@echo off\nsetx ${n} "${v}"\n`],
    'setx-machine': ['workspace/setup.cmd', (v, n) => `setx /M ${n} "${v}"\necho done\n`],
    'setx-bare': ['workspace/setup.bat', (v, n) => `setx ${n} ${v}\n`],
    'cmd-set': ['workspace/run.bat', (v, n) => `@echo off\nset ${n}=${v}\npython agent.py\n`],
    'cmd-set-quoted': ['workspace/run.cmd', (v, n) => `set "${n}=${v}"\nnode index.js\n`],
    'ps-env': ['workspace/setup.ps1', (v, n) => `$env:${n} = "${v}"\npython .\\agent.py\n`],
    'ps-env-single': ['workspace/profile.ps1', (v, n) => `$Env:${n}='${v}'\n`],
    'setx-machine-after': ['workspace/setup.cmd', (v, n) => `setx ${n} "${v}" /M\n`],
    'cmd-set-value-quoted': ['workspace/run.bat', (v, n) => `set ${n}="${v}"\n`],
    'ps-set-item': ['workspace/setup.ps1', (v, n) => `Set-Item -Path Env:${n} -Value "${v}"\n`],
    'ps-set-env-var': [
      'workspace/setup.ps1',
      (v, n) => `[Environment]::SetEnvironmentVariable("${n}", "${v}", "User")\n`,
    ],
    'ps-set-env-var-system': [
      'workspace/setup.ps1',
      (v, n) =>
        `[System.Environment]::SetEnvironmentVariable('${n}', '${v}', [System.EnvironmentVariableTarget]::Machine)\n`,
    ],
  },
  'azure-pipelines-var': {
    'azure-name-value': [
      'workspace/azure-pipelines.yml',
      (v, n) => `variables:\n- name: buildConfiguration\n  value: Release\n- name: ${n}\n  value: '${v}'\n`,
    ],
    'azure-name-value-plain': [
      'workspace/azure-pipelines.yml',
      (v, n) => `variables:\n  - name: ${n}\n    value: ${v}\n  - group: shared-vars\n`,
    ],
    'vso-setvariable': [
      'workspace/azure-pipelines.yml',
      (v, n) => `steps:\n- script: echo "##vso[task.setvariable variable=${n};issecret=true]${v}"\n`,
    ],
    'vso-setvariable-log': [
      'logs/build.log',
      (v, n) => `2026-01-31T10:00:01.123Z ##vso[task.setvariable variable=${n}]${v}\n`,
    ],
    'gh-env-echo': [
      'workspace/.github/workflows/ci.yml',
      (v, n) => `    steps:\n      - run: echo "${n}=${v}" >> $GITHUB_ENV\n`,
    ],
    'gh-add-mask': ['workspace/.github/workflows/ci.yml', (v) => `      - run: |\n          echo "::add-mask::${v}"\n`],
    'vso-setsecret': ['workspace/azure-pipelines.yml', (v) => `- bash: echo "##vso[task.setsecret]${v}"\n`],
    'azure-variables-map': [
      'workspace/azure-pipelines.yml',
      (v, n) => `variables:\n  buildConfiguration: Release\n  ${n}: '${v}'\n`,
    ],
    'gh-set-output-legacy': [
      'workspace/.github/workflows/ci.yml',
      (v) => `      - run: echo "::set-output name=api_token::${v}"\n`,
    ],
    'gh-output': [
      'workspace/.github/workflows/release.yml',
      (v, n) => `      - run: echo "${n.toLowerCase()}=${v}" >> "$GITHUB_OUTPUT"\n`,
    ],
    'gh-env-block': [
      'workspace/.github/workflows/ci.yml',
      (v, n) => `jobs:\n  test:\n    env:\n      CI: true\n      ${n}: ${v}\n`,
    ],
  },
  'jetbrains-workspace-env': {
    'idea-env': [
      'workspace/.idea/workspace.xml',
      (v, n) =>
        `<configuration name="agent" type="PythonConfigurationType">\n  <envs>\n    <env name="PYTHONUNBUFFERED" value="1" />\n    <env name="${n}" value="${v}" />\n  </envs>\n</configuration>\n`,
    ],
    'idea-map-entry': [
      'workspace/.idea/workspace.xml',
      (v, n) => `<option name="envs">\n  <map>\n    <entry key="${n}" value="${v}" />\n  </map>\n</option>\n`,
    ],
    'idea-run-config': [
      'workspace/.run/agent.run.xml',
      (v, n) =>
        `<component name="ProjectRunConfigurationManager">\n  <configuration default="false" name="serve" type="NodeJSConfigurationType">\n    <envs>\n      <env name="${n}" value="${v}" />\n    </envs>\n  </configuration>\n</component>\n`,
    ],
    'idea-env-string': [
      'workspace/.idea/workspace.xml',
      (v, n) => `<option name="ENV_VARIABLES" value="PYTHONUNBUFFERED=1;${n}=${v}" />\n`,
    ],
    'vscode-launch-env': [
      'workspace/.vscode/launch.json',
      (v, n) =>
        `{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "debugpy",\n      "name": "agent",\n      "env": { "${n}": "${v}" }\n    }\n  ]\n}\n`,
    ],
    'vscode-launch-env-lines': [
      'workspace/.vscode/launch.json',
      (v, n) =>
        `{\n  // debug config\n  "configurations": [{\n    "env": {\n      "LOG_LEVEL": "debug",\n      "${n}": "${v}",\n    },\n  }],\n}\n`,
    ],
    'idea-envs-map-option': [
      'workspace/.idea/workspace.xml',
      (v, n) =>
        `<option name="ENV_VARIABLES">\n  <map>\n    <entry key="LOG_LEVEL" value="debug" />\n    <entry key="${n}" value="${v}" />\n  </map>\n</option>\n`,
    ],
    'vscode-launch-args': [
      'workspace/.vscode/launch.json',
      (v) =>
        `{\n  "configurations": [{\n    "program": "agent.py",\n    "args": ["--api-key", "${v}", "--verbose"]\n  }]\n}\n`,
    ],
    'vscode-settings-terminal': [
      'workspace/.vscode/settings.json',
      (v, n) => `{\n  "terminal.integrated.env.linux": {\n    "${n}": "${v}"\n  }\n}\n`,
    ],
  },
  'otel-headers-env': {
    'otel-honeycomb': [
      'workspace/.env',
      (v) => `OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io\nOTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${v}\n`,
    ],
    'otel-multi': [
      'workspace/.env',
      (v) => `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-dataset=agents,api-key=${v},x-tenant=acme\n`,
    ],
    'otel-export-quoted': [
      'workspace/run.sh',
      (v) => `export OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${v},x-honeycomb-dataset=massgen"\n`,
    ],
    'otel-basic-encoded': ['workspace/.env', (v) => `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${v}\n`],
    'otel-bearer-encoded': [
      'workspace/docker-compose.yml',
      (v) => `    environment:\n      - OTEL_EXPORTER_OTLP_TRACES_HEADERS=authorization=Bearer%20${v}\n`,
    ],
    'otel-yaml-headers': [
      'workspace/k8s/collector.yaml',
      (v) => `env:\n  - name: OTEL_EXPORTER_OTLP_HEADERS\n    value: "signoz-access-token=${v}"\n`,
    ],
    'otel-quoted-bearer': [
      'workspace/run.sh',
      (v) => `export OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer ${v}"\n`,
    ],
    'otel-java-property': [
      'workspace/run.sh',
      (v) => `java -javaagent:otel.jar -Dotel.exporter.otlp.headers=x-honeycomb-team=${v} -jar app.jar\n`,
    ],
    'otel-collector-headers': [
      'workspace/otel-collector.yaml',
      (v) => `exporters:\n  otlp:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: ${v}\n`,
    ],
    'otel-dd': ['workspace/.env', (v) => `OTEL_EXPORTER_OTLP_HEADERS=dd-api-key=${v},dd-otlp-source=agents\n`],
  },
  'docker-run-e-trace': {
    'docker-run-e': [
      'trace',
      (v, n) => `docker run --rm -e ${n}=${v} -e LOG_LEVEL=info -p 8080:8080 acme/agent:latest`,
    ],
    'docker-run-env-quoted': [
      'trace',
      (v, n) => `docker run -d --name api --env "${n}=${v}" --env PORT=3000 ghcr.io/acme/api:1.4.2`,
    ],
    'docker-run-env-eq': ['trace', (v, n) => `docker run --env=${n}=${v} -it python:3.12 python -c "print(1)"`],
    'kubectl-from-literal': [
      'trace',
      (v, n) =>
        `kubectl create secret generic api-secrets --from-literal=${n.toLowerCase()}=${v} --from-literal=region=us-east-1 -n prod`,
    ],
    'kubectl-from-literal-quoted': [
      'trace',
      (v) =>
        `kubectl -n prod create secret generic db-creds --from-literal=username=svc_app --from-literal='password=${v}'`,
    ],
    'helm-set': [
      'trace',
      (v) => `helm upgrade --install api ./chart --set image.tag=1.4.2 --set postgresql.auth.password=${v} -n prod`,
    ],
    'helm-set-string': ['trace', (v) => `helm install agent acme/agent --set-string secrets.openaiApiKey=${v}`],
    'docker-run-e-quoted': ['trace', (v, n) => `docker run --rm -e "${n}=${v}" acme/agent:latest`],
    'docker-exec-env-space': ['trace', (v, n) => `docker exec --env ${n}=${v} api python manage.py check`],
    'kubectl-set-env': ['trace', (v, n) => `kubectl set env deployment/api ${n}=${v} -n prod`],
    'podman-run-e': ['trace', (v, n) => `podman run -e ${n}=${v} quay.io/acme/agent:2`],
    'compose-env-list': [
      'workspace/docker-compose.yml',
      (v, n) =>
        `services:\n  api:\n    image: acme/api\n    environment:\n      - NODE_ENV=production\n      - ${n}=${v}\n`,
    ],
    'compose-env-map': [
      'workspace/compose.yaml',
      (v, n) => `services:\n  worker:\n    environment:\n      ${n}: "${v}"\n      QUEUE: default\n`,
    ],
    'docker-run-e-log': [
      'log',
      (v, n) => `10:15:02 | INFO | Running command: docker run --rm -e ${n}=${v} acme/agent:latest`,
    ],
  },
  'python-headers-update-kw': {
    'session-headers-update-f': [
      'workspace/client.py',
      (v) => `session = requests.Session()\nsession.headers.update({"Authorization": f"Bearer ${v}"})\n`,
    ],
    'headers-update-kw': ['workspace/client.py', (v) => `headers.update(api_key="${v}")\n`],
    'dict-kw': ['workspace/client.py', (v) => `creds = dict(x_api_key="${v}", region="us-east-1")\n`],
    'httpx-client-headers': [
      'workspace/client.py',
      (v) => `client = httpx.Client(\n    base_url="https://api.example.com",\n    headers={"X-API-Key": "${v}"},\n)\n`,
    ],
    'headers-subscript': ['workspace/client.py', (v) => `session.headers["Authorization"] = "Bearer ${v}"\n`],
    'headers-update-token': ['workspace/client.py', (v) => `s.headers.update({'Authorization': 'token ${v}'})\n`],
    'aiohttp-session': [
      'workspace/client.py',
      (v) =>
        `async with aiohttp.ClientSession(headers={"x-api-key": "${v}", "anthropic-version": "2023-06-01"}) as s:\n    pass\n`,
    ],
    'headers-concat-bearer': [
      'workspace/client.py',
      (v) => `r = requests.get(url, headers={"Authorization": "Bearer " + "${v}"})\n`,
    ],
    'headers-update-authorization-kw': ['workspace/client.py', (v) => `headers.update(Authorization="Bearer ${v}")\n`],
    'urllib-request-headers': [
      'workspace/fetch.py',
      (v) => `req = urllib.request.Request(url, headers={"x-api-key": "${v}", "User-Agent": "agent/1.0"})\n`,
    ],
    'dict-kw-password': [
      'workspace/db.py',
      (v) => `params = dict(host="db.internal", user="svc_app", password="${v}")\n`,
    ],
  },
};

const NAMES = [
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'GITHUB_TOKEN',
  'SLACK_BOT_TOKEN',
  'DB_PASSWORD',
  'STRIPE_SECRET_KEY',
  'HONEYCOMB_API_KEY',
  'AWS_SECRET_ACCESS_KEY',
  'REDIS_PASSWORD',
  'SENTRY_AUTH_TOKEN',
  'JWT_SECRET',
  'WEBHOOK_SECRET',
];

const PROVIDERS = [
  'openai-api-key/proj',
  'anthropic-api-key',
  'github-token',
  'slack-token',
  'aws-access-key-id',
  'google-api-key',
  'stripe-secret-key',
  'github-fine-grained-pat',
];

/** The values: prefix-less random keys, hex, base64, passwords with symbols, and prefixed provider keys. */
function values(seed: number, n: number): string[] {
  const r = gen(seed);
  const makers = tokenMakers(seed + 11);
  const shapes: ((i: number) => string)[] = [
    (i) => makers[PROVIDERS[i % PROVIDERS.length]!]!(),
    (i) => r('alnum', 28 + (i % 11)),
    () => r('hex', 40),
    () => `${r('alnum', 7)}${r('!#%^*~@', 1)}${r('alnum', 5)}${r('!#%^*~@', 1)}${r('alnum', 6)}`,
    (i) => makers[PROVIDERS[(i + 3) % PROVIDERS.length]!]!(),
    () => r('b64', 44).replace(/^[+/]/, 'Q'),
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(shapes[i % shapes.length]!(i));
  return out;
}

/** A value a placement can hold as typed: URL-encoded headers and shell words hold no quote or symbol. */
/** A letter or digit standing in for a symbol a placement cannot hold. */
const STAND_IN: Record<string, string> = { '!': '7', '#': 'k', '%': 'R', '^': '3', '*': 'm', '~': 'X', '@': '9' };
const plain = (v: string, keep: RegExp): string => v.replace(/./g, (c) => (keep.test(c) ? c : (STAND_IN[c] ?? 'w')));

function fit(cat: string, name: string, v: string): string {
  if (cat === 'otel-headers-env' || /bare|docker-run-e$|helm|from-literal$|env-eq|log$|exec|set-env$|podman/.test(name))
    return plain(v, /[A-Za-z0-9_-]/);
  // `%` expands a variable in cmd, `^` escapes, `!` expands delayed variables: a user's value holds none.
  if (cat === 'cmd-setx') return plain(v, /[^%^!@]/);
  // A Bearer or token credential is a b64token (RFC 6750): letters, digits and `-._~+/`.
  if (/bearer|multiline|session-headers|subscript|update-token|authorization-kw/.test(name))
    return plain(v, /[A-Za-z0-9._~+/-]/);
  return v;
}

const TRACE_HEAD = ['# Execution Trace: agent_a', '**Model**: gpt-4o | **Started**: 2026-01-31 10:15:00', ''];

/** A trace's `write_file` call: the path and the content, JSON-escaped. */
function writeCall(rel: string, content: string): string {
  const args = JSON.stringify({ path: rel.replace(/^workspace\//, ''), content }, null, 2);
  return [
    ...TRACE_HEAD,
    '## Round 1 (Answer agent1.1)',
    '',
    '### Tool Call: write_file',
    '```json',
    args,
    '```',
    '',
  ].join('\n');
}

/** A MassGen execution trace holding a tool call whose command is JSON-escaped. */
function trace(cmd: string): string {
  return [
    '# Execution Trace: agent_a',
    '**Model**: gpt-4o | **Started**: 2026-01-31 10:15:00',
    '',
    '## Round 1 (Answer agent1.1)',
    '',
    '### Tool Call: execute_command',
    '```json',
    JSON.stringify({ command: cmd, work_dir: '/workspace', timeout: 120 }, null, 2),
    '```',
    '',
    '### Tool Result:',
    '```',
    'exit code 0',
    '```',
    '',
  ].join('\n');
}

const FENCE: Record<string, string> = { ts: 'ts', js: 'js', py: 'python', yml: 'yaml', ps1: 'powershell' };

/** A placement of a shape's text: its file, a Markdown answer's code block, or a trace. */
function placed(rel: string, text: string, k: number): [string, string] {
  if (rel === 'trace') {
    if (k % 3 === 2)
      return [
        'agent_outputs/agent_a.txt',
        `=== AGENT_A OUTPUT LOG ===\n[tool] execute_command ${JSON.stringify({ command: text })}\n`,
      ];
    return ['agent_a/20260131_101530_000111/execution_trace.md', trace(text)];
  }
  if (rel === 'log') return ['turn_1/attempt_1/massgen.log', `${text}\n`];
  // An agent writing the file through a tool: its content JSON-escaped in the trace's arguments block.
  if (k % 5 === 3) return ['agent_a/20260131_101530_000111/execution_trace.md', writeCall(rel, text)];
  if (k % 5 === 4) {
    const ext = rel.split('.').pop() ?? '';
    return [
      'agent_a/20260131_101530_000111/answer.txt',
      `Here is the setup:\n\n\`\`\`${FENCE[ext] ?? ext}\n${text}\`\`\`\n`,
    ];
  }
  return [rel, text];
}

/** Every shape of every category with four values. */
export function plants(seed: number): Plant25[] {
  const out: Plant25[] = [];
  const all = Object.entries(CATEGORIES).flatMap(([cat, shapes]) =>
    Object.entries(shapes).map((s) => [cat, ...s] as const),
  );
  const vs = values(seed, all.length * 4);
  let k = 0;
  for (const [cat, name, [rel, make]] of all)
    for (let i = 0; i < 4; i++, k++) {
      const v = fit(cat, name, vs[k]!);
      const [r, text] = placed(rel, make(v, NAMES[k % NAMES.length]!), k);
      out.push({ cat, name, rel: r, text, value: v });
    }
  return out;
}

export interface Twin25 {
  cat: string;
  rel: string;
  text: string;
}

/** Placeholders and references a slot holds that are no secret (no quote, so every slot can hold them). */
const BENIGN_SLOTS = [
  '<your-api-key>',
  'sk-...',
  'xxxxxxxxxxxxxxxxxxxx',
  'changeme',
  'YOUR_API_KEY_HERE',
  'REPLACE_ME',
  '***',
  'dummy',
  'test',
  'none',
];

/** Benign look-alikes of the same placements: references, ids, hashes, paths, counters. */
function benignLines(seed: number): [string, string, string][] {
  const r = gen(seed);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const out: [string, string, string][] = [];
  for (let i = 0; i < 3; i++) {
    const sha = r('hex', 40);
    const id = uuid();
    out.push(
      [
        'js-template-literal',
        'workspace/src/client.ts',
        `const headers = { Authorization: ${bt}Bearer ${d}{process.env.OPENAI_API_KEY}${bt} };\n`,
      ],
      [
        'js-template-literal',
        'workspace/src/client.ts',
        `const url = ${bt}https://api.example.com/v1/runs/${id}?page=${i + 2}${bt};\n`,
      ],
      ['js-template-literal', 'workspace/src/build.js', `const tag = ${bt}acme/api:${sha.slice(0, 12)}${bt};\n`],
      ['js-template-literal', 'workspace/src/auth.ts', `const auth = ${bt}Bearer ${d}{await getToken()}${bt};\n`],
      [
        'json5-unquoted',
        'workspace/config.json5',
        `{\n  // settings\n  apiKey: process.env.API_KEY,\n  requestId: '${id}',\n  retries: ${i + 3},\n}\n`,
      ],
      [
        'json5-unquoted',
        'workspace/src/db.js',
        `module.exports = {\n  host: 'db.internal',\n  password: process.env.DB_PASSWORD,\n  commit: '${sha}',\n};\n`,
      ],
      [
        'json5-unquoted',
        'workspace/src/keys.ts',
        `export const keys = { tokenType: 'Bearer', keyId: '${id}', passwordMinLength: 12, };\n`,
      ],
      [
        'perl-env-hash',
        'workspace/run.pl',
        `my $key = $ENV{OPENAI_API_KEY} // die "set OPENAI_API_KEY";\n$ENV{PATH} = '/usr/local/bin:/usr/bin';\n`,
      ],
      ['perl-env-hash', 'workspace/run.pl', `local $ENV{GIT_COMMIT} = '${sha}';\n`],
      ['perl-env-hash', 'workspace/setup.pl', `%ENV = (%ENV, LANG => 'en_US.UTF-8', RUN_ID => '${id}');\n`],
      [
        'matlab-setenv',
        'workspace/startup.m',
        `setenv('OPENAI_API_KEY', getenv('MY_KEY'));\nsetenv('RUN_ID', '${id}');\n`,
      ],
      [
        'matlab-setenv',
        'workspace/analysis.R',
        `Sys.setenv(OPENAI_API_KEY = Sys.getenv("MY_OPENAI_KEY"), TZ = "UTC")\n`,
      ],
      ['matlab-setenv', 'workspace/setup.jl', `ENV["JULIA_NUM_THREADS"] = "${i + 4}"\nENV["GIT_SHA"] = "${sha}"\n`],
      ['cmd-setx', 'workspace/setup.bat', `setx OPENAI_API_KEY "%MY_OPENAI_KEY%"\nset PATH=%PATH%;C:\\tools\\bin\n`],
      [
        'cmd-setx',
        'workspace/setup.ps1',
        `$env:OPENAI_API_KEY = Read-Host -AsSecureString "key"\n$env:BUILD_ID = "${id}"\n`,
      ],
      ['cmd-setx', 'workspace/setup.ps1', `[Environment]::SetEnvironmentVariable("GIT_COMMIT", "${sha}", "User")\n`],
      [
        'azure-pipelines-var',
        'workspace/azure-pipelines.yml',
        `variables:\n- name: OPENAI_API_KEY\n  value: $(openaiKey)\n- name: commitSha\n  value: ${sha}\n`,
      ],
      [
        'azure-pipelines-var',
        'workspace/.github/workflows/ci.yml',
        `      - run: echo "API_KEY=\${{ secrets.API_KEY }}" >> $GITHUB_ENV\n      - run: echo "SHA=${sha}" >> $GITHUB_ENV\n`,
      ],
      ['azure-pipelines-var', 'workspace/.github/workflows/ci.yml', `      - run: echo "::add-mask::$API_TOKEN"\n`],
      ['azure-pipelines-var', 'logs/build.log', `##vso[task.setvariable variable=buildId]${id}\n`],
      [
        'jetbrains-workspace-env',
        'workspace/.idea/workspace.xml',
        `<envs>\n  <env name="PYTHONUNBUFFERED" value="1" />\n  <env name="RUN_ID" value="${id}" />\n  <env name="OPENAI_API_KEY" value="$OPENAI_API_KEY$" />\n</envs>\n`,
      ],
      [
        'jetbrains-workspace-env',
        'workspace/.vscode/launch.json',
        `{\n  "configurations": [{ "env": { "OPENAI_API_KEY": "\${env:OPENAI_API_KEY}", "GIT_SHA": "${sha}" } }]\n}\n`,
      ],
      [
        'jetbrains-workspace-env',
        'workspace/.vscode/launch.json',
        `{\n  "configurations": [{ "envFile": "\${workspaceFolder}/.env", "env": { "PORT": "${3000 + i}" } }]\n}\n`,
      ],
      [
        'otel-headers-env',
        'workspace/.env',
        `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-dataset=agents,x-request-id=${id}\n`,
      ],
      [
        'otel-headers-env',
        'workspace/.env',
        `OTEL_RESOURCE_ATTRIBUTES=service.name=massgen,service.version=0.1.${45 + i},git.sha=${sha}\n`,
      ],
      [
        'otel-headers-env',
        'workspace/run.sh',
        `export OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=$HONEYCOMB_API_KEY"\n`,
      ],
      [
        'docker-run-e-trace',
        'trace',
        `docker run --rm -e OPENAI_API_KEY -e RUN_ID=${id} -e GIT_SHA=${sha} acme/agent:latest`,
      ],
      [
        'docker-run-e-trace',
        'trace',
        `docker run --env-file .env --env OPENAI_API_KEY=$OPENAI_API_KEY acme/agent:latest`,
      ],
      [
        'docker-run-e-trace',
        'trace',
        `kubectl create secret generic api --from-literal=region=us-east-1 --from-file=key=./key.txt`,
      ],
      [
        'docker-run-e-trace',
        'trace',
        `helm upgrade api ./chart --set image.tag=${sha.slice(0, 7)} --set replicaCount=${i + 2}`,
      ],
      [
        'python-headers-update-kw',
        'workspace/client.py',
        `session.headers.update({"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"})\n`,
      ],
      ['python-headers-update-kw', 'workspace/client.py', `headers.update(request_id="${id}", trace_id="${sha}")\n`],
      [
        'python-headers-update-kw',
        'workspace/client.py',
        `client = httpx.Client(headers={"X-API-Key": api_key, "X-Request-Id": "${id}"})\n`,
      ],
    );
  }
  return out;
}

const MARK = 'MARKVALUE';

/** Every shape holding a placeholder, and benign look-alikes of the same placements, byte for byte. */
export function twins(seed: number): Twin25[] {
  const out: Twin25[] = [];
  let k = 0;
  for (const [cat, shapes] of Object.entries(CATEGORIES))
    for (const [name, [rel, make]] of Object.entries(shapes)) {
      let p = BENIGN_SLOTS[k % BENIGN_SLOTS.length]!;
      // A header list or a shell word holds no `<`, `*` or `.`.
      if (cat === 'otel-headers-env' || /bare|docker|helm|literal|env-eq|log$|set$/.test(name)) p = 'changeme';
      const [r, text] = placed(
        rel,
        make(MARK, NAMES[k % NAMES.length]!)
          .split(MARK)
          .join(p),
        k,
      );
      out.push({ cat, rel: r, text });
      k++;
    }
  for (const [cat, rel, text] of benignLines(seed)) {
    const [r, t] = placed(rel, text, k++);
    out.push({ cat, rel: r, text: t });
  }
  return out;
}
