import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import {
  damaged,
  hexdumpC,
  hexEscapes,
  leakedPlacements,
  leaksValue,
  randomToken,
  type Planted,
} from './helpers/placements.js';
import { recipientView } from './helpers/recipient.js';

/**
 * Residual placements nobody listed (the residual-leaks brief): language-specific ways of setting a secret, object
 * dumps in logs, provider-keyed structures holding short values, command lines, config files, hex dumps of short tokens
 * and known values glued to a longer token. Values are random per run (REDACT_SEED), several per placement; a leak is
 * any 10-character window of the value left in the output, as it is or as a recipient could decode it (escapes,
 * URL-encoding, hex dumps). Each look-alike must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 7373));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const b64 = (n: number): string => {
  const v = tok(CHARSETS.b64, n);
  return /[+/]/.test(v) ? v : b64(n);
};
/** A prefix-less key (Mistral, Cohere, Azure, Deepgram issue such), or a short one. */
const key = (): string =>
  pick([
    () => tok(CHARSETS.alnum, len(24, 48)),
    () => tok(CHARSETS.hex, 32),
    () => tok(CHARSETS.urlsafe, len(24, 40)),
    () => `${tok(CHARSETS.alnum, 8)}${tok(CHARSETS.alnum, len(16, 32))}`,
  ])();
const short = (): string =>
  pick([
    () => tok(CHARSETS.alnum, len(16, 40)),
    () => b64(len(16, 40)),
    () => tok(CHARSETS.hex, len(16, 40)),
    () => tok(CHARSETS.lowerAlnum, len(16, 40)),
  ])();
/** A short token that is not all hex digits. */
const notHex = (): string => {
  const v = short();
  return /^[0-9a-f]+$/.test(v) ? `${v}Zq` : v;
};
const NAME = (): string =>
  pick(['OPENAI_API_KEY', 'MISTRAL_API_KEY', 'COHERE_API_KEY', 'API_TOKEN', 'GROQ_API_KEY', 'DB_PASSWORD']);

/** The hex digits of a dump decoded (xxd, od -tx1, od -x words, hexdump -C), offsets and ASCII columns dropped. */
function hexDecoded(out: string): string[] {
  const lines = out.split('\n').map((l) => l.replace(/\|[^|]*\|\s*$/, '').replace(/^\s*[0-9a-fA-F]{6,8}[:\s]/, ''));
  const digits = lines.join(' ');
  const plain = digits.replace(/[^0-9a-fA-F]/g, '');
  const swapped = (digits.match(/\b[0-9a-fA-F]{4}\b/g) ?? []).map((w) => w.slice(2) + w.slice(0, 2)).join('');
  const dec = (h: string): string => Buffer.from(h.slice(0, h.length - (h.length % 2)), 'hex').toString('latin1');
  return [dec(plain), dec(plain.slice(1)), dec(swapped)];
}

/** A leak as a recipient could read it: the text, its decoded view, its hex digits decoded. */
const leaksDecoded = (out: string, v: string): boolean =>
  leaksValue(out, v) || leaksValue(recipientView(out), v) || hexDecoded(out).some((d) => leaksValue(d, v));

/** Planted and leaked values per category (the describe's number), printed at the end. */
const counts = new Map<string, { planted: number; leaked: number }>();
let category = '';
const tally = (leak: boolean): void => {
  const c = counts.get(category) ?? { planted: 0, leaked: 0 };
  counts.set(category, { planted: c.planted + 1, leaked: c.leaked + Number(leak) });
};
/** Plants `n` values per placement; one line per placement that leaked, as a recipient could read it (counted). */
const leaked = (placements: Planted[], n = 6): string[] =>
  leakedPlacements(placements, n, { leaks: leaksDecoded, onPlant: tally });
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

describe('1. language-specific ways of setting or passing a secret', () => {
  it('redacts env setters, properties and shell assignments of every language', () => {
    category = '1';
    const missed = leaked([
      ['app.rb', (v) => `ENV["${NAME()}"] = "${v}"\n`, key],
      ['app.rb', (v) => `ENV['${NAME()}']='${v}'\n`, key],
      ['app.rb', (v) => `ENV.store("${NAME()}", "${v}")\n`, key],
      ['index.php', (v) => `<?php\nputenv("${NAME()}=${v}");\n`, key],
      ['index.php', (v) => `$_ENV['${NAME()}'] = '${v}';\n`, key],
      ['index.php', (v) => `$_SERVER["${NAME()}"] = "${v}";\n`, key],
      ['index.php', (v) => `define('${NAME()}', '${v}');\n`, key],
      ['run.pl', (v) => `$ENV{${NAME()}} = '${v}';\n`, key],
      ['run.pl', (v) => `$ENV{'${NAME()}'} = "${v}";\n`, key],
      ['init.lua', (v) => `os.setenv("${NAME()}", "${v}")\n`, key],
      ['config.exs', (v) => `System.put_env("${NAME()}", "${v}")\n`, key],
      ['App.kt', (v) => `System.setProperty("openai.api.key", "${v}")\n`, key],
      ['main.swift', (v) => `setenv("${NAME()}", "${v}", 1)\n`, key],
      ['Program.cs', (v) => `Environment.SetEnvironmentVariable("${NAME()}", "${v}");\n`, key],
      ['Main.java', (v) => `System.setProperty("api.token", "${v}");\n`, key],
      ['main.rs', (v) => `std::env::set_var("${NAME()}", "${v}");\n`, key],
      ['main.go', (v) => `os.Setenv("${NAME()}", "${v}")\n`, key],
      ['main.c', (v) => `putenv("${NAME()}=${v}");\n`, key],
      ['run.py', (v) => `os.environ.setdefault("${NAME()}", "${v}")\n`, key],
      ['run.py', (v) => `os.putenv("${NAME()}", "${v}")\n`, key],
      ['run.bat', (v) => `set ${NAME()}=${v}\r\n`, key],
      ['run.bat', (v) => `set "${NAME()}=${v}"\r\n`, key],
      ['run.cmd', (v) => `setx ${NAME()} "${v}"\r\n`, key],
      ['run.cmd', (v) => `setx ${NAME()} ${v} /M\r\n`, key],
      ['config.fish', (v) => `set -x ${NAME()} ${v}\n`, key],
      ['config.fish', (v) => `set -gx ${NAME()} "${v}"\n`, key],
      ['profile.ps1', (v) => `$env:${NAME()}="${v}"\r\n`, key],
      ['profile.ps1', (v) => `$Env:${NAME()} = '${v}'\n`, key],
      ['profile.ps1', (v) => `[Environment]::SetEnvironmentVariable("${NAME()}", "${v}", "User")\n`, key],
      ['Makefile', (v) => `export ${NAME()} := ${v}\n`, key],
      ['Makefile', (v) => `${NAME()} ?= ${v}\n`, key],
      ['Dockerfile', (v) => `FROM python:3.12\nENV ${NAME()}=${v}\n`, key],
      ['Dockerfile', (v) => `FROM python:3.12\nENV ${NAME()} ${v}\n`, key],
      ['Dockerfile', (v) => `FROM node:20\r\nARG ${NAME()}="${v}"\r\n`, key],
      ['.cshrc', (v) => `setenv ${NAME()} ${v}\n`, key],
      ['run.log', (v) => `$ launchctl setenv ${NAME()} ${v}\n`, key],
      ['run.nu', (v) => `$env.${NAME()} = "${v}"\n`, key],
      ['ci.yml', (v) => `    - run: echo "${NAME()}=${v}" >> $GITHUB_ENV\n`, key],
      ['run.log', (v) => `{"tool": "bash", "command": "setx ${NAME()} ${v}"}\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps reads of the environment, counters, urls, ids and variables', () => {
    assert.deepEqual(
      damaged([
        ['app.rb', 'key = ENV["OPENAI_API_KEY"]\nENV["MAX_TOKENS"] = "4096"\n'],
        ['index.php', '<?php\n$key = getenv("OPENAI_API_KEY");\nputenv("APP_ENV=production");\n'],
        ['main.go', 'os.Setenv("OPENAI_API_KEY", apiKey)\nos.Setenv("MAX_TOKENS", "4096")\n'],
        ['main.go', 'os.Setenv("OPENAI_BASE_URL", "https://api.openai.com/v1")\n'],
        ['Program.cs', 'Environment.SetEnvironmentVariable("OPENAI_API_KEY", key);\n'],
        ['Main.java', 'System.setProperty("api.url", "https://api.example.com/v1/chat/completions");\n'],
        ['run.bat', 'set PATH=C:\\Program Files\\Python312;%PATH%\r\nsetx OPENAI_API_KEY "%KEY%"\r\n'],
        ['config.fish', 'set -x EDITOR nvim\nset -gx OPENAI_API_KEY (cat ~/.openai)\n'],
        ['profile.ps1', '$env:OPENAI_API_KEY = $secret\n$env:PATH += ";C:\\tools"\n'],
        ['Dockerfile', 'ENV NODE_ENV=production\nARG OPENAI_API_KEY\nENV OPENAI_API_KEY=${OPENAI_API_KEY}\n'],
        ['Dockerfile', `ARG BUILD_ID=3f2b9c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c\nENV PYTHONUNBUFFERED=1\n`],
        ['Makefile', 'API_TOKEN ?= $(shell cat .token)\nOPENAI_API_KEY := <your-key>\n'],
        ['main.rs', 'std::env::set_var("RUST_LOG", "debug");\nlet key = std::env::var("OPENAI_API_KEY")?;\n'],
      ]),
      [],
    );
  });
});

describe('2. object dumps in logs', () => {
  const F = (): string => pick(['APIKey', 'ApiKey', 'Token', 'Password', 'Secret', 'AccessToken']);
  const f = (): string => pick(['api_key', 'token', 'password', 'secret', 'access_token', 'apiKey', 'clientSecret']);
  it('redacts Go, Python, Java/Kotlin, Ruby and Rust dumps and bare auth schemes', () => {
    category = '2';
    const missed = leaked([
      ['run.log', (v) => `headers: map[Authorization:[Bearer ${v}] Content-Type:[application/json]]\n`, key],
      ['run.log', (v) => `cfg=&{${F()}:${v} Model:gpt-4o Timeout:30s}\n`, key],
      ['run.log', (v) => `client config {BaseURL:https://api.mistral.ai ${F()}:${v} Retries:3}\n`, key],
      ['run.log', (v) => `opts: {Client:{${F()}:${v} Org:acme}}\n`, key],
      ['run.log', (v) => `params map[${f()}:${v} model:gpt-4o]\n`, key],
      ['run.log', (v) => `Settings(${f()}='${v}', model='gpt-4o')\n`, key],
      ['run.log', (v) => `Creds(user='bot', password='${v}')\n`, key],
      ['run.log', (v) => `loaded OpenAIConfig(model='gpt-4o', ${f()}='${v}', timeout=30)\n`, key],
      ['run.log', (v) => `Config(${f()}=${v}, model=gpt-4o)\n`, key],
      ['run.log', (v) => `Config{${f()}='${v}', model='gpt'}\n`, key],
      ['run.log', (v) => `ClientOptions[${f()}=${v}, timeout=30]\n`, key],
      ['run.log', (v) => `{:${f()}=>"${v}", :model=>"gpt-4o"}\n`, key],
      ['run.log', (v) => `{${f()}: "${v}", model: "gpt-4o"}\n`, key],
      ['run.log', (v) => `#<Config ${f()}="${v}", model="gpt">\n`, key],
      ['run.log', (v) => `#<struct Creds token="${v}">\n`, key],
      ['run.log', (v) => `Config { ${f()}: "${v}", model: "gpt" }\n`, key],
      ['run.log', (v) => `Config {\n    ${f()}: "${v}",\n    retries: 3,\n}\n`, key],
      ['run.log', (v) => `sending request with Bearer ${v} to upstream\n`, key],
      ['run.log', (v) => `auth=Bearer ${v}\n`, key],
      ['run.log', (v) => `header was Basic ${Buffer.from(`bot:${v}`).toString('base64')}\n`, key],
      ['run.log', (v) => `Authorization: Basic ${Buffer.from(`admin:${v}`).toString('base64')}\n`, key],
      ['run.log', (v) => `{"${f()}": ${v}, "model": "gpt"}\n`, key],
      ['run.php', (v) => `$cfg = ['${f()}' => '${v}', 'model' => 'gpt'];\n`, key],
      ['run.pl', (v) => `my %cfg = (${f()} => '${v}');\n`, key],
      ['run.ex', (v) => `%{"${f()}" => "${v}"}\n`, key],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps dumps of counters, ids, empty keys and prose about bearer tokens', () => {
    assert.deepEqual(
      damaged([
        ['run.log', 'params map[max_tokens:4096 model:gpt-4o temperature:0.7]\n'],
        ['run.log', "Config(apiKey=None, model=gpt-4o)\nSettings(api_key='<redacted>')\n"],
        ['run.log', '{:api_key=>nil, :model=>"gpt-4o"}\n'],
        ['run.log', 'Config { api_key: "${OPENAI_API_KEY}", retries: 3 }\n'],
        ['run.log', 'The API expects a Bearer token in the Authorization header.\n'],
        ['run.log', 'Authorization: Bearer $TOKEN\nWWW-Authenticate: Basic realm="api"\n'],
        ['run.log', '&{TokenCount:1234 RequestID:3f2b9c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c}\n'],
        ['run.log', "Config(api_key_env='OPENAI_API_KEY', token_limit=8000)\n"],
        ['run.log', 'usage={prompt_tokens: 120, completion_tokens: 45, total_tokens: 165}\n'],
      ]),
      [],
    );
  });
});

describe('3. provider-keyed structures holding short values', () => {
  const P = (): string => pick(['openai', 'anthropic', 'groq', 'mistral', 'cohere', 'together', 'deepseek']);
  const Pc = (): string => pick(['OpenAI', 'Anthropic', 'Groq', 'Mistral', 'Cohere', 'Together', 'DeepSeek']);
  it('redacts maps, lists, bullets and tables keyed by provider names', () => {
    category = '3';
    const missed = leaked([
      ['keys.yaml', (v) => `keys:\n  ${P()}: ${v}\n`, short],
      ['keys.yaml', (v) => `${P()}: "${v}"\n`, short],
      ['keys.json', (v) => `{"${P()}": "${v}"}\n`, short],
      ['keys.py', (v) => `KEYS = {"${P()}": "${v}", "x": 1}\n`, short],
      ['notes.md', (v) => `- ${Pc()}: ${v}\n`, short],
      ['notes.md', (v) => `* **${Pc()}**: \`${v}\`\n`, short],
      ['notes.md', (v) => `| ${Pc()} | ${v} |\n`, short],
      ['keys.toml', (v) => `${P()} = "${v}"\n`, short],
      ['keys.env', (v) => `${P()}=${v}\n`, short],
      ['keys.py', (v) => `pairs = [("${P()}", "${v}")]\n`, short],
      ['answer.txt', (v) => `${Pc()} key: ${v}\n`, short],
      ['run.log', (v) => `{"content": "- ${Pc()}: ${v}"}\n`, short],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps model names, urls, booleans, numbers and references in the same structures', () => {
    assert.deepEqual(
      damaged([
        ['keys.yaml', 'models:\n  openai: gpt-4o-mini\n  anthropic: claude-3-5-sonnet-20241022\n'],
        ['keys.yaml', 'groq: llama-3.1-70b-versatile\nmistral: mistral-large-latest\ncohere: true\n'],
        ['notes.md', '- OpenAI: https://api.openai.com/v1\n- Groq: 12034 tokens\n- Cohere: 0.35\n'],
        ['keys.yaml', 'openai: ${OPENAI_API_KEY}\nembeddings:\n  openai: text-embedding-3-small\n'],
        ['notes.md', '| OpenAI | gpt-4o-2024-08-06 |\n| Anthropic | claude-3-haiku-20240307 |\n'],
      ]),
      [],
    );
  });
});

describe('4. command lines', () => {
  const word = (): string => tok(CHARSETS.alnum, len(14, 30));
  it('redacts auth flags, headers, URL credentials, argument lists and echo pipes', () => {
    category = '4';
    const missed = leaked([
      ['run.sh', (v) => `curl -u bot:${v} https://api.example.com/v1\n`, word],
      ['run.sh', (v) => `curl --user "admin:${v}" https://api.example.com\n`, word],
      ['run.sh', (v) => `curl -su :${v} https://api.example.com\n`, word],
      ['run.sh', (v) => `curl -H "X-API-Key: ${v}" https://api.example.com\n`, key],
      ['run.sh', (v) => `curl -H 'Authorization: Token ${v}' https://api.example.com\n`, key],
      ['run.sh', (v) => `curl -H "api-key: ${v}" https://x.openai.azure.com\n`, key],
      ['run.sh', (v) => `http POST api.example.com/v1 Authorization:"Bearer ${v}"\n`, key],
      ['run.sh', (v) => `http -a bot:${v} GET api.example.com/v1\n`, word],
      ['run.sh', (v) => `https api.example.com/v1 X-Api-Key:${v}\n`, key],
      ['run.sh', (v) => `wget --password=${v} https://files.example.com/a.zip\n`, word],
      ['run.sh', (v) => `wget --http-password ${v} https://files.example.com/a.zip\n`, word],
      ['run.sh', (v) => `wget --header="Authorization: Bearer ${v}" https://x.example.com\n`, key],
      ['run.sh', (v) => `mysql -uroot -p${v} appdb\n`, word],
      ['run.sh', (v) => `psql postgresql://app:${v}@db.internal:5432/runs\n`, word],
      ['run.sh', (v) => `docker login -u bot -p ${v} ghcr.io\n`, word],
      ['run.sh', (v) => `docker login --password ${v} --username bot\n`, word],
      ['run.sh', (v) => `git clone https://oauth2:${v}@gitlab.com/org/repo.git\n`, key],
      ['run.sh', (v) => `git clone https://${v}@github.com/org/repo.git\n`, key],
      ['run.py', (v) => `subprocess.run(["massgen", "--api-key", "${v}"])\n`, key],
      ['cfg.yaml', (v) => `args: [--token, ${v}, --port, "8080"]\n`, key],
      ['cfg.json', (v) => `{"args": ["--api-key","${v}"]}\n`, key],
      ['run.sh', (v) => `tool --api-key ${v} --verbose\n`, key],
      ['run.sh', (v) => `tool --token=${v}\n`, key],
      ['run.sh', (v) => `echo "${v}" | docker login --username bot --password-stdin ghcr.io\n`, word],
      ['run.sh', (v) => `echo ${v} | gh auth login --with-token\n`, key],
      ['run.sh', (v) => `echo "${v}" | pass insert -e api/openai\n`, word],
      ['run.sh', (v) => `echo ${v} | ssh-keygen -p -f ~/.ssh/id_ed25519\n`, word],
      ['run.sh', (v) => `sshpass -p ${v} ssh deploy@host\n`, word],
      ['run.sh', (v) => `redis-cli -h cache -a ${v} ping\n`, word],
      ['run.sh', (v) => `gh secret set OPENAI_API_KEY --body ${v}\n`, key],
      ['run.sh', (v) => `heroku config:set OPENAI_API_KEY=${v}\n`, key],
      ['run.log', (v) => `{"command": "curl -u bot:${v} https://api.example.com"}\n`, word],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps flags with variables, counters, plain URLs and prompts', () => {
    assert.deepEqual(
      damaged([
        ['run.sh', 'curl -u bot https://api.example.com\ncurl -H "Content-Type: application/json" x\n'],
        ['run.sh', 'curl -H "Authorization: Bearer $TOKEN" https://api.example.com\n'],
        ['run.sh', 'wget --header="Accept: text/html" https://example.com\nmysql -u root -p appdb\n'],
        ['run.sh', 'psql postgresql://localhost:5432/runs\ngit clone https://github.com/org/repo.git\n'],
        ['run.py', 'subprocess.run(["massgen", "--max-tokens", "4096", "--api-key-env", "OPENAI_API_KEY"])\n'],
        ['run.sh', 'echo "$TOKEN" | docker login --password-stdin ghcr.io\nredis-cli -a "$REDIS_PASSWORD" ping\n'],
        ['run.sh', 'tool --token-file /run/secrets/token --api-key "$API_KEY"\n'],
      ]),
      [],
    );
  });
});

describe('5. config files', () => {
  it('redacts TOML and INI sections, properties, .env variants, YAML anchors and HCL', () => {
    category = '5';
    const missed = leaked([
      ['cfg.toml', (v) => `[secrets]\nopenai = "${v}"\n`, short],
      ['cfg.toml', (v) => `[tokens.openai]\nvalue = "${v}"\n`, short],
      ['cfg.toml', (v) => `[api_keys]\nprimary = "${v}"\n`, short],
      ['cfg.toml', (v) => `[credentials]\nkey = "${v}"\n`, short],
      ['cfg.toml', (v) => `[openai]\nkey = "${v}"\nmodel = "gpt-4o"\n`, short],
      ['cfg.ini', (v) => `[auth]\ntoken = ${v}\n`, short],
      ['cfg.ini', (v) => crlf(`[openai]\r\nkey=${v}\n`), short],
      ['cfg.ini', (v) => `[secrets]\nvalue = ${v}\n`, short],
      ['app.properties', (v) => `openai.api.key=${v}\n`, short],
      ['app.properties', (v) => `spring.datasource.password=${v}\n`, short],
      ['app.properties', (v) => `openai.apiKey: ${v}\n`, short],
      ['app.properties', (v) => `api.token ${v}\n`, short],
      ['.env', (v) => crlf(`${NAME()}=${v}\n`), short],
      ['.env', (v) => `\ufeff${NAME()}=${v}\n`, short],
      ['.env', (v) => `export ${NAME()}=${v}\n`, short],
      ['.env', (v) => crlf(`export ${NAME()}="${v}"\nDEBUG=1\n`), short],
      ['cfg.yaml', (v) => `x-keys: &keys\n  api_key: ${v}\nservice:\n  <<: *keys\n`, short],
      ['cfg.yaml', (v) => `default: &key ${v}\nopenai:\n  api_key: *key\n`, short],
      ['cfg.yaml', (v) => `secret: &s "${v}"\n`, short],
      ['main.tf', (v) => `variable "api_key" {\n  default = "${v}"\n}\n`, short],
      ['main.tf', (v) => `provider "mistral" {\n  token = "${v}"\n}\n`, short],
      ['main.tf', (v) => `resource "x" "y" {\n  secret_key = "${v}"\n}\n`, short],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps limits, paths, urls, references and declarations', () => {
    assert.deepEqual(
      damaged([
        ['cfg.toml', '[tokens]\nmax = 4096\n\n[secrets]\nprovider = "vault"\npath = "/run/secrets"\n'],
        ['cfg.toml', '[tokens.openai]\nlimit = 100000\nmodel = "gpt-4o"\n'],
        ['app.properties', 'openai.api.url=https://api.openai.com/v1\nopenai.api.key=${OPENAI_API_KEY}\n'],
        ['main.tf', 'variable "api_key" {\n  type      = string\n  sensitive = true\n}\n'],
        ['main.tf', 'provider "mistral" {\n  token = var.mistral_token\n}\n'],
        ['.env', 'OPENAI_API_KEY=\r\nMAX_TOKENS=4096\r\nAPI_URL=https://api.example.com\r\n'],
        ['cfg.yaml', 'defaults: &defaults\n  model: gpt-4o\n  max_tokens: 4096\nagent:\n  <<: *defaults\n'],
        ['cfg.ini', '[auth]\nmethod = oauth\ntoken_url = https://auth.example.com/token\n'],
      ]),
      [],
    );
  });
});

describe('6. hex and byte dumps of short tokens', () => {
  const hexOf = (s: string): string => Buffer.from(s).toString('hex');
  const xxd = (s: string): string => {
    const b = Buffer.from(s);
    const rows: string[] = [];
    for (let i = 0; i < b.length; i += 16) {
      const c = b.subarray(i, i + 16).toString('hex');
      const words = c.match(/.{1,4}/g)!.join(' ');
      rows.push(`${i.toString(16).padStart(8, '0')}: ${words.padEnd(40)}  ${b.subarray(i, i + 16).toString('latin1')}`);
    }
    return rows.join('\n');
  };
  const odx = (s: string): string => {
    const b = Buffer.from(s.length % 2 ? `${s}\n` : s);
    const rows: string[] = [];
    for (let i = 0; i < b.length; i += 16) {
      const words: string[] = [];
      for (let j = i; j < Math.min(i + 16, b.length); j += 2)
        words.push(b.readUInt16LE(j).toString(16).padStart(4, '0'));
      rows.push(`${i.toString(8).padStart(7, '0')} ${words.join(' ')}`);
    }
    return rows.join('\n');
  };
  const odx1 = (s: string): string =>
    [...Buffer.from(s)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join(' ')
      .replace(/((?:\S\S ){16})/g, '$1\n')
      .split('\n')
      .map((l, i) => `${(i * 16).toString(8).padStart(7, '0')} ${l.trim()}`)
      .join('\n');
  it('redacts xxd, od -x, od -tx1, hexdump -C and Python bytes of a short token', () => {
    category = '6';
    const missed = leaked([
      ['run.log', (v) => `$ echo -n "$API_TOKEN" | xxd\n${xxd(v)}\n`, short],
      ['run.log', (v) => `${xxd(v)}\n`, short],
      ['run.log', (v) => `$ printf %s "$OPENAI_API_KEY" | od -x\n${odx(v)}\n`, short],
      ['run.log', (v) => `${odx(`${v}\n`)}\n`, short],
      ['run.log', (v) => `$ od -An -tx1 <<< "$TOKEN"\n${odx1(`${v}\n`)}\n`, short],
      ['run.log', (v) => `${hexdumpC(`token=${v}\n`)}\n`, short],
      ['run.log', (v) => `$ hexdump -C key.txt\n${hexdumpC(`${v}\n`)}\n`, short],
      ['run.py', (v) => `>>> os.environ["API_TOKEN"].encode()\nb'${v}'\n`, short],
      ['run.py', (v) => `>>> key_bytes\nb'${hexEscapes(v)}'\n`, short],
      ['run.py', (v) => `>>> bytes.fromhex("${hexOf(v)}")\n`, short],
      ['run.log', (v) => `{"stdout": "${xxd(v).replace(/\n/g, '\\n')}"}\n`, short],
      // Hex of a hex token is left to the run's context (hex of a hex id stays: redact-more-placements).
      ['run.log', (v) => `token hex ${hexOf(v)}\n`, notHex],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps dumps of words, hashes and binary headers', () => {
    assert.deepEqual(
      damaged([
        ['run.log', `${xxd('hello world, this is a test of xxd')}\n`],
        ['run.log', `${odx('The quick brown fox jumps over')}\n`],
        ['run.log', `${hexdumpC('name = "agent_a"\nmodel = "gpt-4o"\n')}\n`],
        ['run.log', `commit ${tok(CHARSETS.hex, 40)}\nsha256 ${tok(CHARSETS.hex, 64)}\n`],
        ['run.py', ">>> b'\\x89PNG\\r\\n\\x1a\\n'\n>>> 'hello'.encode()\nb'hello'\n"],
      ]),
      [],
    );
  });
});

describe('7. known values', () => {
  const learned = (env: string, text: string, rel = 'run.log'): string => {
    const r = new Redactor({ learn: true });
    r.harvest('.env', env);
    const f2 = r.filter({ rel });
    return f2.write(text) + f2.end();
  };
  it('takes a whole token a learned value continues into after - or _, and every value of a repeated key', () => {
    category = '7';
    const missed: string[] = [];
    for (let i = 0; i < 12; i++) {
      const v = tok(CHARSETS.alnum, len(20, 36));
      const rest = tok(CHARSETS.alnum, len(12, 24));
      const sep = pick(['-', '_']);
      const out = learned(`WEIRD_SERVICE_KEY=${v}\n`, `using ${v}${sep}${rest} now\n`);
      tally(leaksValue(out, rest) || leaksValue(out, v));
      if (leaksValue(out, rest) || leaksValue(out, v)) {
        missed.push(`continued: ${out.trim()}`);
      }
      const a = tok(CHARSETS.alnum, len(20, 36));
      const b = tok(CHARSETS.alnum, len(20, 36));
      const k = pick(['WEIRD_SERVICE_KEY', 'X_API_KEY', 'SERVICE_TOKEN']);
      const rep = learned(`${k}=${a}\nDEBUG=1\n${k}=${b}\n`, `old ${a} new ${b}\n`);
      tally(leaksValue(rep, a) || leaksValue(rep, b));
      if (leaksValue(rep, a) || leaksValue(rep, b)) {
        missed.push(`repeated: ${rep.trim()}`);
      }
    }
    assert.deepEqual(missed, []);
  });
  it('keeps words a learned value is a part of when they are not its continuation', () => {
    const v = tok(CHARSETS.alnum, 24);
    const text = `cache-dir/${v}.json and ${v}/part\n`;
    assert.equal(learned(`WEIRD_SERVICE_KEY=${v}\n`, text).includes('cache-dir/'), true);
  });
});

describe('residual totals', () => {
  it('prints the planted and leaked counts', () => {
    for (const [c, { planted, leaked }] of counts)
      process.stdout.write(`# residual ${c}: planted ${planted}, leaked ${leaked}\n`);
  });
});
