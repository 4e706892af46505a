import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * A corpus of placements an attacker (or a careless agent) would use, none of them listed by a rule: each plants a
 * prefix-less key (as Cohere, Mistral, Azure, Deepgram, Exa issue them) where an agent's workspace, trace or answer
 * holds it, and counts the leaks (any 10-character window of the value, or of its hex, left in the output). The
 * figure is the README's "leaks 0 of N". REDACT_SEED changes every value.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 9151));
const r = (set: keyof typeof CHARSETS, n: number): string => {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
    if (/[A-Za-z]/.test(s) && /\d/.test(s)) return s;
  }
};
const keys = [(): string => r('alnum', 40), (): string => r('alnum', 32), (): string => r('hex', 32)];

/** [file, placement] for a value v. */
const PLACEMENTS: [string, (v: string) => string][] = [
  ['run.sh', (v) => `export OPENAI_API_KEY="${v}"\npython -m massgen.cli --config cfg.yaml\n`],
  ['run.sh', (v) => `docker run -e MISTRAL_API_KEY=${v} -p 8080:8080 massgen/agent\n`],
  ['run.sh', (v) => `kubectl create secret generic llm --from-literal=api-key=${v}\n`],
  ['run.sh', (v) => `curl -s -H "Authorization: Bearer ${v}" https://api.mistral.ai/v1/models\n`],
  ['run.sh', (v) => `git remote add origin https://agent:${v}@github.com/org/repo.git\n`],
  ['run.ps1', (v) => `$env:AZURE_OPENAI_KEY = "${v}"\n`],
  ['run.bat', (v) => `setx COHERE_API_KEY ${v}\n`],
  ['ci.yml', (v) => `jobs:\n  eval:\n    env:\n      DEEPGRAM_API_KEY: ${v}\n    steps:\n      - run: make eval\n`],
  ['cfg.yaml', (v) => `backend: {type: mistral, api_key: ${v}, model: mistral-large}\n`],
  ['cfg.yaml', (v) => `agents:\n  - backend:\n      api_key: |\n        ${v}\n`],
  ['main.tf', (v) => `provider "cohere" {\n  api_key = "${v}"\n}\n`],
  ['appsettings.json', (v) => `{\n  "OpenAI": {\n    "ApiKey": "${v}",\n    "Model": "gpt-4o"\n  }\n}\n`],
  ['app.config', (v) => `<appSettings>\n  <add key="OpenAIApiKey" value="${v}" />\n</appSettings>\n`],
  ['settings.xml', (v) => `<config><ApiKey>${v}</ApiKey><Region>eu</Region></config>\n`],
  ['.npmrc', (v) => `//registry.npmjs.org/:_authToken=${v}\n`],
  ['.pypirc', (v) => `[pypi]\nusername = __token__\npassword = ${v}\n`],
  ['.netrc', (v) => `machine api.example.com login agent password ${v}\n`],
  ['.git-credentials', (v) => `https://agent:${v}@gitlab.example.com\n`],
  ['credentials', (v) => `[default]\naws_access_key_id = AKIA${r('upperAlnum', 16)}\naws_secret_access_key = ${v}\n`],
  ['agent.py', (v) => `os.environ["EXA_API_KEY"] = "${v}"\n`],
  ['agent.py', (v) => `client = cohere.Client("${v}")\n`],
  ['agent.py', (v) => `config = {'api_key': '${v}', 'model': 'command-r'}\n`],
  ['Main.java', (v) => `String apiKey = "${v}";\n`],
  ['main.rs', (v) => `let api_key = "${v}";\n`],
  ['main.go', (v) => `apiKey := "${v}"\n`],
  ['db.sql', (v) => `INSERT INTO settings (name, value) VALUES ('api_key', '${v}');\n`],
  ['keys.csv', (v) => `name,value\nMISTRAL_API_KEY,${v}\n`],
  ['keys.md', (v) => `| NAME | value |\n|---|---|\n| MISTRAL_API_KEY | ${v} |\n`],
  ['report.html', (v) => `<table><tr><td>COHERE_API_KEY</td><td>${v}</td></tr></table>\n`],
  ['answer.md', (v) => `Your API key is ${v} - keep it safe.\n`],
  ['trace.log', (v) => `2026-01-31 10:15:02 DEBUG auth with ${v}\n`],
  ['trace.log', (v) => `\u001b[32mINFO\u001b[0m api_key=${v} loaded\n`],
  ['trace.jsonl', (v) => `${JSON.stringify({ tool: 'bash', input: `export OPENAI_API_KEY=${v}` })}\n`],
  ['trace.jsonl', (v) => `${JSON.stringify({ args: JSON.stringify({ api_key: v }) })}\n`],
  ['access.log', (v) => `GET /v1/search?q=agents&api_key=${encodeURIComponent(v)} HTTP/1.1 200\n`],
  ['access.log', (v) => `redirect to https://app.example.com/cb#access_token=${v}&token_type=bearer\n`],
  ['answer.md', (v) => `The .env, base64-encoded: ${Buffer.from(`MISTRAL_API_KEY=${v}\n`).toString('base64')}\n`],
  [
    'nb.ipynb',
    (v) =>
      `${JSON.stringify({ cells: [{ cell_type: 'code', source: ['import os\n', `os.environ["COHERE_API_KEY"] = "${v}"\n`] }] })}\n`,
  ],
  ['config.toml', (v) => `[cohere]\nmodel = "command-r"\nkey = "${v}"\n`],
  ['dump.txt', (v) => hexDump(`MISTRAL_API_KEY=${v}\n`)],
  // Code that builds a credential with no key name beside it (credential-pairs.ts, context.ts, key-names.ts).
  ['client.go', (v) => `var apiKey string = "${v}"\n`],
  ['main.go', (v) => `client := mistral.NewMistralClientDefault("${v}")\n`],
  ['Program.cs', (v) => `var client = new ChatClient(new ApiKeyCredential("${v}"));\n`],
  ['http.py', (v) => `session = requests.Session()\nsession.auth = ("admin", "${v}")\n`],
  ['http.py', (v) => `client = httpx.Client(auth=httpx.BasicAuth("svc", "${v}"))\n`],
  ['auth.js', (v) => `const header = "Basic " + btoa("admin:${v}");\n`],
  ['setup.sh', (v) => `printf 'MISTRAL_API_KEY=%s\\n' '${v}' >> .env\n`],
  ['setup.sh', (v) => `sed -i 's/REPLACE_ME/${v}/' config.yaml\n`],
  ['db.env', (v) => `DATABASE=postgres://app:${v.slice(0, 16)}/${v.slice(16)}@db.internal:5432/app\n`],
  // Issue 11: literals concatenated under a key name, a column named by an HTML header row (concat.ts, columns.ts).
  ['client.js', (v) => `const apiKey = "${v.slice(0, 16)}" + "${v.slice(16)}";\n`],
  ['keys.html', (v) => `<table><tr><th>Service</th><th>API key</th></tr><tr><td>x</td><td>${v}</td></tr></table>\n`],
];

/** `xxd` of a text. */
function hexDump(text: string): string {
  const b = Buffer.from(text);
  const lines: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const row = b.subarray(o, o + 16);
    const hex = row
      .toString('hex')
      .replace(/(.{4})/g, '$1 ')
      .trim();
    const chars = [...row].map((c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');
    lines.push(`${o.toString(16).padStart(8, '0')}: ${hex.padEnd(39)}  ${chars}`);
  }
  return `${lines.join('\n')}\n`;
}

function leaked(out: string, v: string): boolean {
  const flat = out.replace(/\s/g, '');
  const h = Buffer.from(v).toString('hex');
  for (let i = 0; i + 10 <= v.length; i += 5) if (out.includes(v.slice(i, i + 10))) return true;
  for (let i = 0; i + 10 <= h.length; i += 5) if (flat.includes(h.slice(i, i + 10))) return true;
  return false;
}

describe('a corpus of placements no rule lists', () => {
  it(`${PLACEMENTS.length * keys.length} placements: none leaks`, () => {
    const missed: string[] = [];
    for (const [rel, place] of PLACEMENTS)
      for (const key of keys) {
        const v = key();
        const text = place(v);
        const f = new Redactor().filter({ rel });
        if (leaked(f.write(text) + f.end(), v)) missed.push(`${rel}: ${text.trim().slice(0, 120)}`);
      }
    assert.deepEqual(missed, [], `${missed.length} of ${PLACEMENTS.length * keys.length} leaked`);
  });
});
