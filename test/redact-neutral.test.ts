import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * Issue 11, prefix-less keys whose only label is neutral or a provider's name: a literal handed to a secret parameter
 * through a variable, a positional argument of a provider's client, a provider's name as a map's, YAML's, TOML's,
 * Markdown's, a table's, column output's or CSV's label, and CSV/TSV value columns beside a secret-like name. Each
 * placement plants each family's shape (Mistral 32 base62, Cohere 40 base62, Azure 32 hex, Together's legacy 64 hex,
 * DeepInfra 32 base62, Serper 40 hex, W&B 40 hex, a random 40 base62) and must leave no 10-character window of it;
 * each look-alike must come out byte-identical. `REDACT_REPORT=1` prints planted/leaked per category.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 1108));
const tok = randomToken(rand);
const FAMILIES: [string, () => string][] = [
  ['mistral', () => tok(CHARSETS.alnum, 32)],
  ['cohere', () => tok(CHARSETS.alnum, 40)],
  ['azure', () => tok(CHARSETS.hex, 32)],
  ['together', () => tok(CHARSETS.hex, 64)],
  ['deepinfra', () => tok(CHARSETS.alnum, 32)],
  ['serper', () => tok(CHARSETS.hex, 40)],
  ['wandb', () => tok(CHARSETS.hex, 40)],
  ['random40', () => tok(CHARSETS.alnum, 40)],
];
type Place = [string, (v: string) => string];
const ROUNDS = Number(process.env.REDACT_ROUNDS ?? 2);

function run(name: string, places: Place[]): string[] {
  const planted: Planted[] = places.flatMap(([rel, place]) => FAMILIES.map(([, g]): Planted => [rel, place, g]));
  let n = 0;
  let leaks = 0;
  const missed = leakedPlacements(planted, ROUNDS, {
    onPlant: (leak) => {
      n++;
      if (leak) leaks++;
    },
  });
  if (process.env.REDACT_REPORT)
    console.log(`${name}: ${leaks} of ${n} leaked\n${missed.map((m) => m.slice(0, 150)).join('\n')}`);
  return missed;
}

const nb = (...cells: string[]): string =>
  JSON.stringify({
    cells: cells.map((c) => ({ cell_type: 'code', metadata: {}, outputs: [], source: c.split(/(?<=\n)/) })),
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });

const DATA_FLOW: Place[] = [
  ['app.py', (v) => `k = "${v}"\nclient = Mistral(api_key=k)\n`],
  ['app.py', (v) => `v = '${v}'\nco = cohere.Client(api_key=v)\n`],
  ['app.py', (v) => `tok = "${v}"\nheaders = {"Authorization": f"Bearer {tok}"}\n`],
  ['app.py', (v) => `key = "${v}"\nclient.api_key = key\n`],
  ['app.py', (v) => `import openai\nk = "${v}"\nopenai.api_key = k\n`],
  ['app.py', (v) => `MY_CONST = "${v}"\n\n\ndef main():\n    c = Together(api_key=MY_CONST)\n`],
  ['app.py', (v) => `k = "${v}"\nos.environ["MISTRAL_API_KEY"] = k\n`],
  ['app.py', (v) => `k = "${v}"\nclient = AzureOpenAI(\n    api_key=k,\n    api_version="2024-02-01",\n)\n`],
  ['app.js', (v) => `const k = "${v}";\nconst client = new Mistral({ apiKey: k });\n`],
  ['app.ts', (v) => `let key: string = '${v}';\nconst c = new CohereClient({ token: key });\n`],
  ['app.ts', (v) => `const cred = \`${v}\`;\nfetch(url, { headers: { Authorization: \`Bearer \${cred}\` } });\n`],
  ['app.js', (v) => `var s = '${v}';\nclient.apiKey = s;\n`],
  ['app.js', (v) => `const k = "${v}";\nconst openai = new OpenAI({\n  apiKey: k,\n  baseURL: u,\n});\n`],
  ['main.go', (v) => `v := "${v}"\nclient := openai.NewClient(option.WithAPIKey(v))\n`],
  ['main.go', (v) => `k := "${v}"\nreq.Header.Set("Authorization", "Bearer "+k)\n`],
  ['main.go', (v) => `const k = "${v}"\n\nfunc main() {\n\tc := cohere.NewClient(client.WithToken(k))\n}\n`],
  ['main.rs', (v) => `let key = "${v}";\nlet client = Client::new().with_api_key(key);\n`],
  ['main.rs', (v) => `let k = String::from("${v}");\nlet c = OpenAIConfig::new().with_api_key(k);\n`],
  ['run.sh', (v) => `K=${v}\ncurl -H "Authorization: Bearer $K" https://api.mistral.ai/v1/models\n`],
  ['run.sh', (v) => `k="${v}"\nexport MISTRAL_API_KEY="$k"\n`],
  ['run.sh', (v) => `x='${v}'\ncurl https://google.serper.dev/search -H "X-API-KEY: \${x}"\n`],
  ['demo.ipynb', (v) => nb(`k = "${v}"\n`, 'client = Mistral(api_key=k)\n')],
  [
    'answer.md',
    (v) => `\`\`\`python\nk = "${v}"\n\`\`\`\n\nThen:\n\n\`\`\`python\nco = cohere.Client(api_key=k)\n\`\`\`\n`,
  ],
  ['app.py', (v) => `k = "${v}"\nos.environ.setdefault("MISTRAL_API_KEY", k)\n`],
  ['app.php', (v) => `$k = '${v}';\n$client = new Client(['api_key' => $k]);\n`],
  ['App.cs', (v) => `var k = "${v}";\nclient.DefaultRequestHeaders.Add("api-key", k);\n`],
  ['App.swift', (v) => `let k = "${v}"\nreq.setValue("Bearer \\(k)", forHTTPHeaderField: "Authorization")\n`],
  ['App.java', (v) => `String k = "${v}";\nconn.setRequestProperty("Authorization", "Bearer " + k);\n`],
  ['app.kt', (v) => `val k = "${v}"\nval c = OpenAI(token = k)\n`],
  ['app.rb', (v) => `k = "${v}"\nheaders = { "Authorization" => "Bearer #{k}" }\n`],
  [
    'app.py',
    (v) => `class C:\n    def __init__(self):\n        self.k = "${v}"\n        self.c = Cohere(api_key=self.k)\n`,
  ],
  ['app.ts', (v) => `this.k = '${v}';\nthis.client = new Mistral({ apiKey: this.k });\n`],
  ['main.go', (v) => `tok := "${v}"\nc := &Config{Token: tok, Region: "eu"}\n`],
  // Positional arguments of a provider's client or CLI.
  ['app.py', (v) => `k = "${v}"\nco = cohere.Client(k)\n`],
  ['app.py', (v) => `key = "${v}"\nwandb.login(key)\n`],
  ['app.ts', (v) => `const k = '${v}';\nconst exa = new Exa(k);\n`],
  ['main.go', (v) => `k := "${v}"\nclient := cohere.NewClient(k)\n`],
  ['main.rs', (v) => `let k = "${v}";\nlet c = Mistral::new(k);\n`],
  ['app.py', (v) => `co = cohere.Client("${v}")\n`],
  ['app.py', (v) => `client = Mistral("${v}")\n`],
  ['app.py', (v) => `exa = Exa("${v}")\n`],
  ['app.py', (v) => `wandb.login(key="${v}")\n`],
  ['app.py', (v) => `client = CohereClient("${v}")\n`],
  ['app.ts', (v) => `const client = new CohereClient("${v}");\n`],
  ['app.ts', (v) => `const exa = new Exa('${v}');\n`],
  ['main.go', (v) => `client := cohere.NewClient("${v}")\n`],
  ['run.sh', (v) => `wandb login ${v}\n`],
  ['run.sh', (v) => `wandb login --relogin ${v}\n`],
];

const PROVIDER_LABELS: Place[] = [
  ['app.py', (v) => `PROVIDERS = {"mistral": "${v}", "model": "x"}\n`],
  ['app.py', (v) => `cfg = {\n    "cohere": "${v}",\n}\n`],
  ['trace.log', (v) => `loaded {'mistral': '${v}', 'temperature': 0.2}\n`],
  ['app.js', (v) => `const providers = { tavily: "${v}" };\n`],
  ['app.js', (v) => `module.exports = {\n  firecrawl: '${v}',\n};\n`],
  ['main.go', (v) => `m := map[string]string{"serper": "${v}"}\n`],
  ['main.rs', (v) => `let pairs = vec![("exa", "${v}")];\n`],
  ['config.yaml', (v) => `mistral: ${v}\n`],
  ['config.yaml', (v) => `providers:\n  cohere: "${v}"\n  openai: \${OPENAI_API_KEY}\n`],
  ['config.yaml', (v) => `backends:\n  - name: together\n    value: ${v}\n`],
  ['config.toml', (v) => `[mistral]\nvalue = "${v}"\n`],
  ['config.toml', (v) => `[providers]\ncohere = "${v}"\n`],
  ['config.toml', (v) => `[serper]\n"${v}"\n`],
  ['config.json', (v) => `{"deepinfra": "${v}", "region": "us"}\n`],
  ['config.json', (v) => `{\n  "zhipu": "${v}",\n  "moonshot": "x"\n}\n`],
  ['notes.md', (v) => `- Vercel: ${v}\n`],
  ['notes.md', (v) => `* Alibaba — ${v}\n`],
  ['notes.md', (v) => `- dashscope: \`${v}\`\n`],
  ['notes.md', (v) => `- **Tavily**: ${v}\n`],
  ['notes.md', (v) => `| Bing | ${v} |\n`],
  ['notes.md', (v) => `| Service | Key |\n|---|---|\n| Brave | \`${v}\` |\n| Exa | n/a |\n`],
  ['notes.md', (v) => `Qwen: ${v}\n`],
  ['out.txt', (v) => `NAME        VALUE\nmistral     ${v}\nregion      eu-west-1\n`],
  ['out.txt', (v) => `PROVIDER   KEY\ncohere     ${v}\n`],
  ['keys.csv', (v) => `service,value\nmistral,${v}\nopenai,\n`],
  ['keys.csv', (v) => `provider,key\n"cohere","${v}"\n`],
  ['run.sh', (v) => `declare -A keys=([mistral]=${v})\n`],
  ['.env', (v) => `mistral=${v}\n`],
  ['run.sh', (v) => `export MISTRAL=${v}\n`],
  ['config.ini', (v) => `[moonshot]\n${v}\n`],
  ['app.py', (v) => `keys["cohere"] = "${v}"\n`],
  ['app.php', (v) => `$keys['mistral'] = '${v}';\n`],
  ['config.json', (v) => `{"vercel": "${v}"}\n`],
  ['config.yaml', (v) => `search:\n  bing: ${v}\n  brave: ${v}\n`],
  ['config.toml', (v) => `[exa]\napi = "${v}"\n`],
  ['config.json', (v) => `[{"name": "together", "value": "${v}"}]\n`],
  ['config.yaml', (v) => `- service: firecrawl\n  secret: ${v}\n`],
  ['notes.md', (v) => `- Zhipu → \`${v}\`\n`],
  ['notes.md', (v) => `Keys:\n\n| Provider | API key |\n| --- | --- |\n| Qwen | ${v} |\n`],
  ['trace.log', (v) => `INFO providers={'moonshot': '${v}', 'tavily': None}\n`],
  ['app.py', (v) => `PROVIDERS = dict(mistral="${v}")\n`],
  ['config.ini', (v) => `[mistral]\napi = ${v}\n`],
  ['notes.md', (v) => `**Mistral:** ${v}\n`],
  ['notes.md', (v) => `Mistral API: ${v}\n`],
  ['notes.html', (v) => `<tr><td>Cohere</td><td>${v}</td></tr>\n`],
  ['notes.txt', (v) => `mistral -> ${v}\ncohere => ${v}\n`],
  ['out.txt', (v) => `MISTRAL   ${v}\n`],
  ['trace.log', (v) => `[('mistral', '${v}'), ('cohere', None)]\n`],
  ['config.yaml', (v) => `keys: {mistral: ${v}, cohere: x}\n`],
  ['config.toml', (v) => `keys = { mistral = "${v}" }\n`],
  ['keys.csv', (v) => `mistral,${v}\ncohere,${v}\n`],
  ['trace.log', (v) => `{\\"mistral\\": \\"${v}\\"}\n`],
];

const COLUMNS: Place[] = [
  ['vars.csv', (v) => `name,value\nMISTRAL_API_KEY,${v}\nREGION,eu\n`],
  ['vars.csv', (v) => `name,secret\ncohere_prod,${v}\n`],
  ['vars.csv', (v) => `id,name,key\n1,DEEPINFRA_TOKEN,${v}\n`],
  ['vars.tsv', (v) => `name\tvalue\nCOHERE_API_KEY\t${v}\nLOG_LEVEL\tdebug\n`],
  ['vars.csv', (v) => `Name;Value\nAZURE_OPENAI_KEY;${v}\n`],
  ['vars.csv', (v) => `"name","value"\n"WANDB_API_KEY","${v}"\n`],
  ['vars.csv', (v) => `env,name,value\nprod,SERPER_API_KEY,${v}\n`],
  ['vars.csv', (v) => `variable,value,updated\nTOGETHER_API_KEY,${v},2024-01-02\n`],
  ['export.txt', (v) => `name,value\nMISTRAL_API_KEY,${v}\n`],
  ['vars.csv', (v) => `MISTRAL_API_KEY,${v}\nREGION,eu\n`],
  ['vars.csv', (v) => `"Mistral API key","${v}"\n`],
  ['vars.txt', (v) => `MISTRAL_API_KEY|${v}\n`],
  ['vars.csv', (v) => `name,type,value,updated_at\nCOHERE_KEY,secret,${v},2024-05-01\n`],
  ['vars.csv', (v) => `Secret Name,Secret Value\nopenai-prod,${v}\n`],
  ['vars.csv', (v) => `Key;Value\r\nmistral_token;${v}\r\n`],
  ['vars.csv', (v) => `label,secret\nprod cohere,${v}\n`],
  ['vars.csv', (v) => `setting,setting_value\nwandb_api_key,${v}\n`],
  ['notes.md', (v) => `| Name | Value |\n|---|---|\n| MISTRAL_API_KEY | ${v} |\n`],
  ['vars.tsv', (v) => `key\tvalue\tscope\nSERPER_KEY\t${v}\tproject\n`],
  ['out.txt', (v) => `NAME              VALUE\nTOGETHER_API_KEY  ${v}\n`],
  ['vars.csv', (v) => `service,username,password\ndeepinfra,bob,${v}\n`],
  ['vars.csv', (v) => `id,provider,credential\n1,azure,${v}\n`],
];

describe('prefix-less keys with a neutral label or a provider name (issue 11)', () => {
  it('redacts literals handed to a secret parameter through a variable, and positional keys', () => {
    assert.deepEqual(run('data flow', DATA_FLOW), []);
  });
  it("redacts values whose only label is a provider's name", () => {
    assert.deepEqual(run('provider labels', PROVIDER_LABELS), []);
  });
  it('redacts CSV/TSV value columns beside a secret-like name', () => {
    assert.deepEqual(run('columns', COLUMNS), []);
  });
});

const SHA = ['3f2c9a1b7e4d5f60a1b2', 'c3d4e5f60718293a4b5c'].join('');
const HEX64 = `${SHA}${'9e8d7c6b5a4f3e2d1c0b9a8f'}`;
const ID = ['7f3e2a1b-9c4d-4e5f', '8a6b-1c2d3e4f5a6b'].join('-');
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('look-alikes beside neutral names and provider labels (issue 11)', () => {
  it('keeps hashes, ids, placeholders and values read from elsewhere that reach a secret parameter', () => {
    assert.deepEqual(
      damaged([
        ['app.py', `sha = "${SHA}"\nrepo.git.checkout(sha)\nclient = Mistral(api_key=api_key)\n`],
        ['app.py', 'key = "user-profile-cache-v2"\nclient.api_key = key\n'],
        ['app.py', 'k = os.environ["MISTRAL_API_KEY"]\nclient = Mistral(api_key=k)\n'],
        ['app.py', `k = "${ID}"\nk = os.environ["MISTRAL_API_KEY"]\nclient = Mistral(api_key=k)\n`],
        ['app.py', 'DEFAULT = "your-api-key-here"\nclient = Cohere(api_key=DEFAULT)\n'],
        ['app.py', 'tok = get_token()\nheaders = {"Authorization": f"Bearer {tok}"}\n'],
        [
          'app.py',
          `nonce = "${SHA.slice(0, 32)}"\nr = post(u, json={"nonce": nonce}, headers={"Authorization": f"Bearer {key}"})\n`,
        ],
        ['app.ts', 'const token = await getToken();\nfetch(u, { headers: { Authorization: `Bearer ${token}` } });\n'],
        ['app.test.ts', `const cacheKey = "${HEX64}";\nexpect(cache.get(cacheKey)).toBe(1);\n`],
        ['app.ts', `const id = "${ID}";\nconst apiKey = process.env.KEY;\nnew Client({ apiKey, id });\n`],
        ['index.d.ts', 'export interface Options {\n  apiKey: string;\n  token?: string;\n}\n'],
        ['bundle.min.js', `var n="${ALPHABET}";function f(t){return{token:t}}e.exports={key:n};\n`],
        ['main.go', `commit := "${SHA}"\nreq.Header.Set("Authorization", "Bearer "+tokenFor(commit))\n`],
        ['run.sh', 'K=$(cat ~/.mistral)\ncurl -H "Authorization: Bearer $K" https://api.mistral.ai/v1/models\n'],
        ['run.sh', `REV=${SHA}\ngit checkout "$REV"\n`],
        ['main.rs', `let digest = "${HEX64}";\nlet key = derive(digest);\n`],
        ['app.ts', 'const bucket = "projects-2024-archive";\nconst c = new StorageClient(bucket);\n'],
        ['app.py', `h = "${HEX64}"\nd = hashlib.new(h)\nrepo = Repo(h)\n`],
        ['app.js', `const e = "${SHA}";\nfunction f(e) { return new Client(e); }\n`],
      ]),
      [],
    );
  });
  it('keeps model names, URLs, versions, digests and words under provider labels and value columns', () => {
    assert.deepEqual(
      damaged([
        ['config.yaml', '- name: together\n  value: meta-llama/Llama-3-70b-chat-hf\n'],
        ['config.yaml', `- name: github\n  value: ${SHA}\n- name: vercel\n  value: production\n`],
        ['config.yaml', '- name: exa\n  value: https://api.exa.ai/search\n'],
        ['config.json', '[{"name": "openai", "value": "gpt-4o-2024-08-06"}, {"name": "cohere", "value": 12345}]\n'],
        ['config.json', `[{"name": "openai", "request_id": "${ID}"}]\n`],
        ['run.sh', 'declare -A models=([mistral]=mistral-large-latest [qwen]=qwen2.5-72b-instruct)\n'],
        ['config.json', '{"deepinfra": "meta-llama/Meta-Llama-3.1-70B-Instruct", "vercel": "v0-1.5-md"}\n'],
        ['notes.md', '* Alibaba — Qwen2.5-72B-Instruct\n- Bing: https://www.bing.com/search?q=cats\n'],
        ['notes.md', `| Provider | Commit |\n|---|---|\n| GitHub | ${SHA} |\n`],
        ['manifest.yaml', `commits:\n  github: ${SHA}\n`],
        [
          'package-lock.json',
          `{"node_modules/openai": {"version": "4.0.0", "integrity": "sha512-${ALPHABET.slice(0, 60)}ab=="}}\n`,
        ],
        ['vars.csv', `name,value\nREGION,eu-west-1\nCOMMIT_SHA,${SHA}\nBUILD_ID,${ID}\n`],
        ['runs.tsv', `name\tvalue\nmistral\tmistral-large-latest\ncohere\tcommand-r-plus\n`],
      ]),
      [],
    );
  });
});
