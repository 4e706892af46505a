/**
 * A corpus of five layouts where a secret's name and its value are apart or the value reads oddly (tables10):
 * name/value pairs in separate fields (Kubernetes `env:`, ECS/CloudFormation, JSON, Terraform, CLI flags), CSV/TSV
 * rows under a secret column, `.env` values starting with punctuation, passwords that look like code, and
 * hard-wrapped tokens whose first piece follows a keyword. Each case is planted (its secrets must go) or a look-alike
 * (kept byte for byte). Values are generated from the seed, never committed.
 */
import { CHARSETS, rng } from './fake-secrets.js';

export interface TableCase {
  category: 1 | 2 | 3 | 4 | 5;
  rel: string;
  text: string;
  /** The secrets planted (empty: a look-alike that must come out unchanged). */
  secrets: string[];
}

const PUNCT = '!@#%^&*()_+-=,.';

export function tableCases(seed: number): TableCase[] {
  const rand = rng(seed);
  const pick = (set: string, n: number): string =>
    Array.from({ length: n }, () => set[Math.floor(rand() * set.length)]).join('');
  const alnum = (n: number): string => {
    for (;;) {
      const s = pick(CHARSETS.alnum, n);
      if (/\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s)) return s;
    }
  };
  const hex = (n: number): string => pick(CHARSETS.hex, n);
  /** A generated password: letters and digits with some punctuation. */
  const pw = (n: number, first = ''): string => {
    let s = first;
    while (s.length < n) s += rand() < 0.2 ? pick(PUNCT, 1) : pick(CHARSETS.alnum, 1);
    return /\d/.test(s) && /[a-z]/.test(s) ? s : pw(n, first);
  };
  const sk = ['s', 'k', '-proj-'].join('');
  const cases: TableCase[] = [];
  const planted = (category: TableCase['category'], rel: string, text: string, ...secrets: string[]): void => {
    cases.push({ category, rel, text, secrets });
  };
  const kept = (category: TableCase['category'], rel: string, text: string): void => {
    cases.push({ category, rel, text, secrets: [] });
  };

  // 1. Name/value pairs in separate fields.
  for (const [name, v] of [
    ['OPENAI_API_KEY', alnum(40)],
    ['DB_PASSWORD', pw(18, alnum(3))],
    ['API_TOKEN', alnum(32)],
    ['STRIPE_SECRET', alnum(30)],
    ['ANTHROPIC_API_KEY', alnum(44)],
    ['ADMIN_PASSWORD', pw(16, alnum(3))],
  ] as const) {
    const q = rand() < 0.5 ? '"' : '';
    planted(
      1,
      'deploy.yaml',
      `spec:\n  containers:\n    - name: app\n      image: app:1.2\n      env:\n        - name: LOG_LEVEL\n          value: debug\n` +
        `        - name: ${name}\n          value: ${q}${v}${q}\n        - name: PORT\n          value: "8080"\n`,
      v,
    );
    planted(1, 'pod.json', `{"env": [{"name": "${name}", "value": "${v}"}, {"name": "PORT", "value": "80"}]}`, v);
    planted(1, 'pod.log', `env: [{name: ${name}, value: ${/[,#]/.test(v) ? JSON.stringify(v) : v}}]`, v);
    planted(
      1,
      'task.yaml',
      `Environment:\n  - Name: ${name}\n    Value: ${q}${v}${q}\n  - Name: STAGE\n    Value: prod\n`,
      v,
    );
    planted(1, 'task-def.json', `"environment": [\n  {\n    "name": "${name}",\n    "value": "${v}"\n  }\n]`, v);
    planted(1, 'vars.tf', `variable "${name.toLowerCase()}" {\n  type      = string\n  default   = "${v}"\n}\n`, v);
    planted(
      1,
      'setup.sh',
      `aws ssm put-parameter --name /prod/${name.toLowerCase()} --value '${v}' --type SecureString`,
      v,
    );
    planted(1, 'setup.sh', `az keyvault secret set --vault-name kv1 --name ${name} --value "${v}"`, v);
    planted(1, 'pod.yaml', `env:\n- value: ${q}${v}${q}\n  name: ${name}\n`, v);
  }
  const oai = `${sk}${alnum(60)}`;
  planted(1, 'deploy.yaml', `env:\n  - name: OPENAI_API_KEY\n    value: ${oai}\n`, oai);
  const input = alnum(36);
  planted(1, 'actions.yml', `inputs:\n  api_token:\n    description: token\n    default: '${input}'\n`, input);
  // Look-alikes: references, plain settings, counts, URLs, empty defaults, variables.
  kept(
    1,
    'deploy.yaml',
    `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai-credentials\n` +
      `        key: api-key\n  - name: LOG_LEVEL\n    value: debug\n  - name: API_BASE_URL\n` +
      `    value: https://api.openai.com/v1\n  - name: TOKEN_COUNT_LIMIT\n    value: "4096"\n`,
  );
  kept(1, 'deploy.yaml', `env:\n  - name: DB_PASSWORD\n    value: $(DB_PASSWORD_FROM_SECRET)\n`);
  kept(1, 'deploy.yaml', `env:\n  - name: API_TOKEN\n    value: "{{ .Values.apiToken }}"\n`);
  kept(1, 'deploy.yaml', `env:\n  - name: SECRET_NAME\n    value: openai-api-key-prod\n`);
  kept(1, 'deploy.yaml', `env:\n  - name: API_KEY_HEADER\n    value: X-Api-Key\n`);
  kept(
    1,
    'pod.json',
    `{"env": [{"name": "API_TOKEN", "value": "\${API_TOKEN}"}, {"name": "REGION", "value": "us-east-1"}]}`,
  );
  kept(1, 'pod.json', `[{"name": "api_key", "value": "<your-api-key>"}]`);
  kept(
    1,
    'vars.tf',
    `variable "api_key" {\n  type    = string\n  default = ""\n}\nvariable "region" {\n  default = "eu-west-1"\n}\n`,
  );
  kept(1, 'vars.tf', `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n`);
  kept(1, 'setup.sh', `aws ssm put-parameter --name /prod/db_password --value "$DB_PASSWORD" --type SecureString`);
  kept(1, 'setup.sh', `az keyvault secret set --vault-name kv1 --name ApiKey --file ./key.txt`);
  kept(
    1,
    'task.yaml',
    `Environment:\n  - Name: TOKEN_TTL\n    Value: 3600\n  - Name: PASSWORD_MIN_LENGTH\n    Value: 12\n`,
  );
  kept(1, 'task.yaml', `Parameters:\n  - Name: DbPassword\n    Value: !Ref DbPasswordParam\n`);
  kept(1, 'cf.json', `{"Name": "API_KEY", "Value": {"Fn::GetAtt": ["Secret", "Arn"]}}`);
  kept(1, 'hash.json', `[{"name": "commit", "value": "${hex(40)}"}, {"name": "run_id", "value": "${hex(32)}"}]`);

  // 2. CSV/TSV rows under a secret column.
  for (const [sep, quote] of [
    [',', ''],
    [',', '"'],
    [';', ''],
    ['\t', ''],
    [';', '"'],
  ] as const) {
    // A cell holds no separator or quote unquoted (the exporter would have quoted it).
    const vs = [alnum(32), pw(20, alnum(3)).replace(/[,;]/g, quote ? ',' : '+'), alnum(40)];
    const row = (cells: string[]): string => cells.map((c) => `${quote}${c}${quote}`).join(sep);
    for (const col of ['api_key', 'password', 'secret', 'token', 'API Key']) {
      const text = [
        row(['service', col, 'owner']),
        row(['openai', vs[0]!, 'alice']),
        row(['stripe', vs[1]!, 'bob']),
        row(['internal', vs[2]!, 'carol']),
      ].join('\n');
      planted(2, sep === '\t' ? 'keys.tsv' : 'keys.csv', `${text}\n`, ...vs);
    }
    const text = [row(['id', 'username', 'password', 'created']), row(['1', 'admin', vs[1]!, '2024-01-02'])].join(
      '\r\n',
    );
    planted(2, 'users.csv', `${text}\r\n`, vs[1]!);
  }
  // Look-alikes: ids, hashes, uuids, counts, placeholders in the secret column.
  kept(
    2,
    'runs.csv',
    `id,hash,uuid\n1,${hex(40)},${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}\n2,${hex(40)},x\n`,
  );
  kept(2, 'usage.csv', `model,token_count,cost\ngpt-4o,${Math.floor(rand() * 1e5)},0.12\nclaude,812,0.02\n`);
  kept(2, 'usage.csv', `agent;input_tokens;output_tokens\nagent_a;1200;340\nagent_b;1502;77\n`);
  kept(2, 'keys.csv', `service,api_key,owner\nopenai,\${OPENAI_API_KEY},alice\nstripe,<redacted>,bob\nx,,carol\n`);
  kept(2, 'keys.csv', `name,key_id,sha256\nprod,${alnum(8).toLowerCase()},${hex(64)}\n`);
  kept(2, 'commits.tsv', `commit\tauthor\tmessage\n${hex(40)}\talice\tfix the token refresh\n`);
  kept(2, 'keys.csv', `service,api_key_env,owner\nopenai,OPENAI_API_KEY,alice\nanthropic,ANTHROPIC_API_KEY,bob\n`);

  // 3. .env / shell values starting with punctuation.
  for (const first of ['&', '*', '!', '%', '@', '#', '^', '(', '+', '=', '-', ',', '.']) {
    // Unquoted, `==` reads as a comparison: not planted.
    const v = pw(18, (first === '=' ? '/' : first) + pick(CHARSETS.alnum, 2));
    planted(3, '.env', `APP_NAME=demo\nDB_PASSWORD=${v}\nDEBUG=false\n`, v);
    const w = pw(20, first + alnum(3));
    planted(3, 'run.sh', `export ADMIN_PASS="${w}"\n`, w);
    const u = pw(22, first + pick(CHARSETS.alnum, 1));
    planted(3, 'config.env', `SECRET_KEY='${u}'\n`, u);
  }
  // Look-alikes: masks, tool references, Windows variables, templates, commands.
  kept(
    3,
    '.env',
    `DB_PASSWORD=***\nADMIN_PASS=********\nSECRET_KEY=%SECRET_KEY%\nAPI_KEY=@Microsoft.KeyVault(SecretUri=https://kv1.vault.azure.net/secrets/api/)\n` +
      `PASSWORD=%(db_password)s\nTOKEN=\${TOKEN:-}\nPASSWORD=!vault |\nAUTH_TOKEN=-\n`,
  );
  kept(3, 'run.sh', `DB_PASSWORD=&& echo done\nPASSWORD=$(cat /run/secrets/db)\nexport TOKEN="$GITHUB_TOKEN"\n`);
  kept(3, 'run.sh', `PASSWORD="@@PASSWORD@@"\nAPI_KEY='%API_KEY%'\nSECRET="*"\n`);

  // 4. Passwords that look like code.
  for (let i = 0; i < 8; i++) {
    const a = `${alnum(6)}(${alnum(3)},${pw(6)}`;
    const b = `${alnum(3)}(${pick(CHARSETS.letters, 1).toLowerCase()},${pick(CHARSETS.letters, 1).toLowerCase()})${alnum(8)}`;
    const c = `${pw(5)}.${alnum(4)}(${alnum(5)})`;
    planted(4, 'app.py', `password = "${a}"\n`, a);
    planted(4, 'config.yaml', `password: ${b}\n`, b);
    planted(4, 'settings.py', `DB_PASSWORD = '${c}'\n`, c);
    planted(4, 'app.log', `login with secret=${a} ok\n`, a);
  }
  kept(
    4,
    'app.py',
    `password = os.getenv("DB_PASSWORD")\napi_key = get_secret(name)\ntoken = f(x, y)\n` +
      `api_key = config.get("api_key", None)\nsecret = base64.b64decode(s)\npassword = hash_password(pw, salt)\n` +
      `key = Fernet.generate_key()\ntoken = jwt.encode(payload, SECRET, algorithm="HS256")\n` +
      `password = getpass.getpass("Password: ")\napi_key = os.environ.get("OPENAI_API_KEY", "")\n`,
  );
  kept(4, 'config.yaml', `pw: read(secrets.db)\ntoken: lookup('env', 'TOKEN')\napi_key: get(k, v)\n`);
  kept(
    4,
    'config.yaml',
    `password: get_secret(db2)\ntoken: fetch(vault,key2)\nsecret: a[0].b2\napi_key: load(cfg,v2);\n` +
      `password: env(DB_PASSWORD_2)\nkey: Map<string,number2>\n`,
  );
  kept(4, 'settings.sh', `PASSWORD=get_secret(db2)\nTOKEN=lookup(env,TOKEN2)\n`);
  kept(4, 'app.js', `const password = process.env.DB_PASSWORD || prompt("pw");\nconst token = sign(user, key);\n`);

  // 5. Hard-wrapped tokens whose first piece follows a keyword on its line (shorter than the rest of the line).
  const gh = ['g', 'hp_'].join('');
  for (const [label, sep] of [
    ['export GITHUB_TOKEN', '='],
    ['OPENAI_API_KEY', ': '],
    ['"api_key"', ': "'],
    ['token', ' '],
  ] as const) {
    for (const [prefix, body, width] of [
      [gh, 36, 40],
      [sk, 74, 60],
      [sk, 74, 80],
    ] as const) {
      const t = `${prefix}${alnum(body)}`;
      const head = `${' '.repeat(Math.floor(rand() * 12))}${label}${sep}`;
      // A terminal's wrap: the line with the label is as wide as the others, its piece shorter than the line.
      const whole = `${head}${t}`;
      const lines: string[] = [];
      for (let k = 0; k < whole.length; k += width) lines.push(whole.slice(k, k + width));
      planted(5, 'term.log', `$ cat env\n${lines.join('\n')}\n$ ls\n`, t.slice(width - head.length));
      // An editor's wrap at a blank or a short first line: the first piece short (the prefix and a few characters).
      const cut = prefix.length + Math.floor(rand() * 8);
      const rest = t.slice(cut);
      const folded = [`${head}${t.slice(0, cut)}`];
      for (let k = 0; k < rest.length; k += width) folded.push(rest.slice(k, k + width));
      planted(5, 'term.log', `$ cat env\n${folded.join('\n')}\n$ ls\n`, rest);
    }
  }
  kept(5, 'term.log', `export GITHUB_TOKEN=ghp_\nAbcdefghijklmnopqrstuvwxyz0123 is not a token\n`);
  kept(5, 'term.log', `prefix sk-proj-\nThe quick brown fox jumps over the lazy dog\n`);
  kept(5, 'term.log', `prefix sk-proj-\n${hex(40)} is the commit\n`);
  kept(5, 'term.log', `keys start with ghp_\n/usr/local/lib/node_modules/npm/bin/npm-cli.js\n`);
  return cases;
}
