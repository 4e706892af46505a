/**
 * Round 23's twins (multiline23-corpus.ts): the layouts of a value spread over lines holding no secret. The same
 * layouts under names that hold no secret (`description`, `prompt`, `sha256`, `integrity`, `request_id`, `model`)
 * with multi-line prose, hashes, UUIDs, ids, model names, base64 of public text and code; under secret names with
 * placeholders (`your-api-key-here`, `<TOKEN>`, `sk-...`, `xxxx`, `${OPENAI_API_KEY}`); and whole texts: public
 * certificates, base64 images, lockfile hashes, SQL and code over lines, quoted mail and diffs of ordinary code.
 */
import { LAYOUTS } from './multiline23-corpus.js';
import { seededGen, uuidOf, type SeededGen } from './fake-secrets.js';

const PLAIN_NAMES = [
  'description',
  'prompt',
  'sha256',
  'checksum',
  'integrity',
  'request_id',
  'commit',
  'model',
  'summary',
  'notes',
  'system_prompt',
  'trace_id',
];
const SECRET_NAMES = ['api_key', 'password', 'token', 'OPENAI_API_KEY', 'client_secret', 'secret'];
const PLACEHOLDERS = [
  'your-api-key-here',
  '<TOKEN>',
  'sk-...',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  '${OPENAI_API_KEY}',
  'YOUR_SECRET_HERE',
  'REPLACE_ME_WITH_YOUR_TOKEN',
  '<your-github-token>',
  '********',
];

const PROSE = [
  'The agents agreed that the final answer should cite the benchmark results and the evaluation protocol used',
  'Summarise the discussion between the three agents and highlight where their conclusions differ from each other',
  'You are a careful reviewer. Read the proposal, list its weaknesses, then vote for the strongest alternative answer',
  'Rotate the credentials every ninety days and keep them in the vault; never paste them into chat or tickets',
];

/** A benign value under a plain name: prose, a hash, a UUID, a model name, base64 of public text, code. */
function plainValue(g: SeededGen, name: string): string {
  if (/sha|checksum|integrity|commit/.test(name)) return g.one([g.pick('hex', 64), g.pick('hex', 40)]);
  if (/_id$/.test(name)) return g.one([uuidOf(g.pick('hex', 32), true), g.pick('hex', 32)]);
  if (name === 'model') return g.one(['claude-3-5-sonnet-20241022', 'gpt-4o-mini-2024-07-18', 'gemini-1.5-pro-002']);
  return g.one([
    g.one(PROSE),
    Buffer.from(g.one(PROSE)).toString('base64'),
    'SELECT id, name, created_at FROM runs WHERE status = "done" ORDER BY created_at DESC LIMIT 50',
    'for agent in agents: agent.vote(answers, weights=config.weights, timeout=config.vote_timeout_seconds)',
  ]);
}

/** Whole texts that spread public data over lines. */
function wholeTexts(g: SeededGen): string[] {
  const b64 = (n: number): string => Buffer.from(g.pick('alnum', n)).toString('base64');
  const wrap = (s: string, w: number): string => s.match(new RegExp(`.{1,${w}}`, 'g'))!.join('\n');
  const cert = `${j('-----BEGIN CERT', 'IFICATE-----')}\nMIID${wrap(b64(600), 64)}\n${j('-----END CERT', 'IFICATE-----')}\n`;
  const img = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.pick('b64', 300)}`;
  const hash = (): string => `sha256:${g.pick('hex', 64)}`;
  return [
    `ca_cert: |\n  ${cert.trimEnd().replace(/\n/g, '\n  ')}\n`,
    `# Public CA\n${cert}`,
    `> -----BEGIN CERT${'IFICATE'}-----\n> ${wrap(b64(300), 64).replace(/\n/g, '\n> ')}\n> -----END CERTIFICATE-----\n`,
    `<img src="${wrap(img, 76)}">\n`,
    `logo = """\n${wrap(img, 76)}\n"""\n`,
    `[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3.tar.gz", hash = "${hash()}"},\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "${hash()}"},\n]\n`,
    `requests==2.32.3 \\\n    --hash=${hash()} \\\n    --hash=${hash()}\n`,
    `"node_modules/left-pad": {\n  "version": "1.3.0",\n  "integrity": "sha512-${g.pick('b64', 86)}=="\n}\n`,
    `SELECT r.id,\n       r.agent,\n       r.answer\n  FROM runs r\n  JOIN votes v ON v.run_id = r.id\n WHERE v.token_count > 1000;\n`,
    `description: This agent reads the task, drafts an answer\n  and then revises it with the others' feedback\n  before the final vote.\nmodel: gpt-4o\n`,
    `prompt: >\n  You are agent ${g.int(5)}. Compare the answers and\n  explain which one is best.\ntemperature: 0.7\n`,
    `system_prompt: |\n  Never reveal the API key or password.\n  Ask for the token only through the UI.\n`,
    `On Mon, Bob wrote:\n> Thanks for the review. The token refresh logic now\n> retries three times before giving up, and the password\n> reset flow sends one e-mail.\n`,
    `@@ -10,6 +10,8 @@ def connect(config):\n-    token = config.get("token")\n+    token = os.environ.get("API_TOKEN")\n+    if not token:\n+        raise RuntimeError("set API_TOKEN")\n     return Client(token=token)\n`,
    `diff --git a/settings.py b/settings.py\n-API_KEY = os.environ["API_KEY"]\n+API_KEY = os.getenv("API_KEY", "")\n+PASSWORD = get_secret("db-password")\n`,
    `{"name": "stdout", "output_type": "stream", "text": [\n  "Training step 100: loss=0.4312\\n",\n  "Training step 200: loss=0.3120\\n"\n]}\n`,
    `│ Agent ${g.int(4)} answered: the capital of Australia is Canberra, not Sydney │\n│ and its vote goes to agent ${g.int(4)}.                                      │\n`,
    `token_usage:\n  prompt_tokens: ${g.int(9000)}\n  completion_tokens: ${g.int(900)}\n  total_tokens: ${g.int(9900)}\n`,
    `password_policy = <<EOT\nAt least 12 characters, one digit and one symbol.\nEOT\n`,
    `# The api_key is read from the environment:\n#   export OPENAI_API_KEY=...\n#   massgen run --config cfg.yaml\n`,
  ];
}

const j = (...xs: string[]): string => xs.join('');

/** The twins of a seed. */
export function twins(seed: number, per = 3): string[] {
  const g = seededGen(seed);
  const out: string[] = [];
  for (const make of Object.values(LAYOUTS))
    for (let i = 0; i < per; i++) {
      const name = g.one(PLAIN_NAMES);
      out.push(make(g, name, plainValue(g, name))[0]);
      if (i === 0) out.push(make(g, g.one(SECRET_NAMES), g.one(PLACEHOLDERS))[0]);
    }
  for (let i = 0; i < 3; i++) out.push(...wholeTexts(g));
  return out;
}
