import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng, uuidOf } from './helpers/fake-secrets.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { damaged, redactAs } from './helpers/placements.js';

/**
 * Keys with no distinctive prefix (Mistral, Cohere, Together, Exa, Serper, Datadog, Azure OpenAI, Twilio, AI21, ...)
 * where no secret-looking key name sits right beside them, per category: prose, code, terminals, configs, families and
 * URLs without a rule of their own. Values are random per run (REDACT_SEED); a leak is any 10-character window of a
 * planted value left in the output. Look-alikes (ids, hashes, SIDs, model names, prose) must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 7405));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** A random string over a charset holding a letter and a digit (as a key does). */
function r(chars: string, n: number): string {
  const s = Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
  return /[A-Za-z]/.test(s) && /\d/.test(s) ? s : r(chars, n);
}
const alnum = (n: number): string => r(CHARSETS.alnum, n);
const hex = (n: number): string => r(CHARSETS.hex, n);
const uuid = (): string => uuidOf(hex(32), true);
/** The prefix-less shapes: Mistral/AI21 (32 base62), Cohere (40), Together/Serper (64/40 hex), Exa, Azure, Datadog. */
const KEY = (): string => pick([() => alnum(32), () => alnum(40), () => hex(32), () => hex(40), () => hex(64), uuid])();
const sid = (): string => `AC${hex(32)}`;
const TWILIO = (): string => hex(32);

/** True when any 10-character window of `v` is in `out`. */
function leaks(out: string, v: string): boolean {
  for (let i = 0; i + 10 <= v.length; i++) if (out.includes(v.slice(i, i + 10))) return true;
  return false;
}

/** [file name, text around the values (one or more), the values' generator]. */
type Case = [string, (...v: string[]) => string, (() => string)?];
const ROUNDS = 4;
/** Plants each case ROUNDS times; returns [planted, the leaked cases]. */
function run(cases: Case[]): [number, string[]] {
  const missed: string[] = [];
  let planted = 0;
  for (const [rel, place, gen = KEY] of cases) {
    for (let i = 0; i < ROUNDS; i++) {
      const vs = Array.from({ length: place.length }, gen);
      const text = place(...vs);
      const out = redactAs(rel, text);
      planted += vs.length;
      for (const v of vs) if (leaks(out, v)) missed.push(`${rel}: ${JSON.stringify(text.slice(0, 150))}`);
    }
  }
  return [planted, missed];
}
function check(category: string, cases: Case[]): void {
  const [planted, missed] = run(cases);
  console.log(`# ${category}: planted ${planted}, leaked ${missed.length}`);
  assert.deepEqual([...new Set(missed)], []);
}

const PW = (): string => `${alnum(4)}${pick(['#', '!', '%', '&', '@'])}${alnum(5)}${pick(['$', '*', '^'])}${alnum(3)}`;

describe('A. prose: a provider name, its domain or a secret word a short way before a key', () => {
  it('redacts the key', () => {
    check('A prose', [
      ['answer.md', (v) => `Here is the Cohere one you gave me: \`${v}\` — it returned 200.\n`],
      ['answer.md', (v) => `Your MISTRAL key (first one in the list) = ${v}\n`],
      ['answer.md', (v) => `Together AI\n\n\`\`\`\n${v}\n\`\`\`\n`],
      ['answer.md', (v) => `### Serper\n\n\`\`\`text\n${v}\n\`\`\`\n`],
      ['notes.md', (v) => `| serper.dev | ${v} |\n| exa.ai | ok |\n`],
      ['answer.md', (v) => `The search worked (exa.ai) accepted ${v} without complaint.\n`],
      ['answer.md', (v) => `Then I used the dd key → ${v} for the metrics.\n`],
      ['answer.md', (v) => `(dd key → ${v})\n`],
      [
        'answer.md',
        (v, w) => `## Azure OpenAI\n\n- key 1: ${v}\n- key 2: ${w}\n- endpoint: https://x.openai.azure.com\n`,
      ],
      ['answer.md', (v) => `#### Datadog\n* api: ${v}\n`],
      ['answer.md', (p) => `Logged in as admin with ${p} on the staging box.\n`, PW],
      ['answer.md', (p) => `I logged in as deploy using ${p} and restarted nginx.\n`, PW],
      ['answer.md', (t) => `Twilio creds: SID ${sid()} / ${t}\n`, TWILIO],
      ['answer.md', (v) => `Ключ API для Mistral — ${v}\n`],
      ['answer.md', (v) => `Токен Cohere: ${v}, не публикуйте его.\n`],
      ['answer.md', (v) => `Mistral の APIキー：${v}\n`],
      ['answer.md', (v) => `Cohere 的密钥是 ${v}。\n`],
      ['answer.md', (v) => `Der Mistral-Schlüssel lautet ${v}.\n`],
      ['answer.md', (v) => `I sent \`${v}\` as the bearer and it worked.\n`],
      ['answer.md', (v) => `The Datadog API key -> ${v} was rotated yesterday.\n`],
      ['answer.md', (v) => `AI21 Studio → ${v}\n`],
      ['answer.md', (v) => `I tried mistral with ${v} and it answered.\n`],
      ['answer.md', (v) => `Using the Exa token ${v} I searched the web.\n`],
      ['answer.md', (v) => `creds for serper were ${v} (from the team vault)\n`],
      ['answer.md', (v) => `The secret it expects is \`${v}\`.\n`],
      ['answer.md', (v) => `Cohere API key (prod): ${v}\n`],
      ['answer.md', (v) => `For Together, paste ${v} into the dashboard.\n`],
      ['answer.md', (v) => `Azure OpenAI (eastus) key is ${v}\n`],
    ]);
  });
});

describe('B. code: SDK constructors and init calls, positional keys after an id, wrappers, tuples, Makefiles', () => {
  it('redacts the key', () => {
    check('B code', [
      ['a.py', (v) => `co = cohere.ClientV2(\n    "${v}",\n)\n`],
      ['A.kt', (v) => `val client = CohereClient(\n    "${v}"\n)\n`],
      ['main.rs', (v) => `let client = Client::new(Some("${v}".to_string()), None)?;\n`],
      ['main.rs', (v) => `let c = mistral::Client::new(Some(String::from("${v}")));\n`],
      ['init.lua', (v) => `local c = together.new("${v}")\n`],
      ['Main.hs', (v) => `main = runMistral (MistralKey "${v}") req\n`],
      ['Makefile', (v) => `TOGETHER_KEY ?= ${v}\n`],
      ['Makefile', (v) => `MISTRAL_TOKEN := ${v}\n`],
      ['build.mk', (v) => `COHERE_KEY += ${v}\n`],
      ['App.java', (t) => `Twilio.init("${sid()}", "${t}");\n`, TWILIO],
      ['send.py', (t) => `client = Client("${sid()}", "${t}")\n`, TWILIO],
      ['send.py', (t) => `client = Client(account_sid, "${t}")\n`, TWILIO],
      ['send.js', (t) => `const client = twilio(\n  "${sid()}",\n  "${t}"\n);\n`, TWILIO],
      ['keys.py', (v) => `KEYS = ("${v}",)\n`],
      ['keys.py', (v, w) => `API_KEYS = ["${v}", "${w}"]\n`],
      ['search.js', (v) => `const client = algoliasearch("${alnum(10).toUpperCase()}", "${v}");\n`, () => hex(32)],
      ['Main.swift', (v) => `let client = Cohere(apiKey: "${v}")\n`],
      ['index.php', (v) => `$client = new \\Mistral\\Client('${v}');\n`],
      ['main.dart', (v) => `final client = MistralClient('${v}');\n`],
      ['main.go', (v) => `client := mistral.NewMistralClientDefault(\n\t"${v}",\n)\n`],
      ['app.rb', (v) => `client = Cohere::Client.new("${v}")\n`],
      ['Program.cs', (v) => `var client = new MistralClient(new ApiKey("${v}"));\n`],
    ]);
  });
});

describe('C. terminals: REPL echoes, TUI boxes, docker -e NAME VALUE', () => {
  it('redacts the key', () => {
    check('C terminal', [
      ['repl.log', (v) => `>>> co.api_key\n'${v}'\n>>> co.models.list()\n`],
      ['repl.log', (v) => `>>> client.api_key\n${v}\n>>> \n`],
      ['repl.log', (v) => `In [3]: os.environ["COHERE_API_KEY"]\nOut[3]: '${v}'\n\nIn [4]: `],
      ['repl.log', (v) => `> process.env.MISTRAL_API_KEY\n'${v}'\n> `],
      ['repl.log', (v) => `irb(main):001> ENV["COHERE_API_KEY"]\n=> "${v}"\n`],
      [
        'run.log',
        (v) =>
          `┌────────────────────────────────────────────┐\n│ COHERE  KEY                                │\n│ ${v} │\n└──┘\n`,
      ],
      ['run.log', (v) => `$ docker run -e DD_APP_KEY ${v} datadog/agent\n`],
      ['run.log', (v) => `docker run --rm --env MISTRAL_API_KEY ${v} ghcr.io/x/y:latest\n`],
      ['run.log', (v) => `│ api key   │ ${v} │\n`],
    ]);
  });
});

describe('D. configs: YAML anchors, provider sections with a bare value, OpenAPI apiKey values', () => {
  it('redacts the key', () => {
    check('D config', [
      ['compose.yaml', (v) => `x-cohere: &co ${v}\nservices:\n  app:\n    environment:\n      cohere_key: *co\n`],
      ['config.yaml', (v) => `defaults: &k "${v}"\nagents:\n  - id: a\n    api_key: *k\n`],
      ['keys.ini', (v) => `[cohere]\n${v}\n\n[mistral]\nmodel = large\n`],
      ['keys.toml', (v) => `[datadog]\n"${v}"\n`],
      [
        'openapi.json',
        (v) => `{"name": "exa", "auth": {"type": "apiKey", "in": "header", "name": "x-api-key", "value": "${v}"}}\n`,
      ],
      ['spec.json', (v) => `{\n  "auth": {\n    "type": "apiKey",\n    "value": "${v}"\n  }\n}\n`],
      ['config.yaml', (v) => `mistral:\n  - ${v}\n`],
      ['tools.json', (v) => `[{"name": "exa", "auth": {"type": "apiKey", "in": "header", "value": "${v}"}}]\n`],
    ]);
  });
});

const b64 = (n: number): string => r(`${CHARSETS.alnum}_-`, n);
describe('E. families and URLs with no rule before', () => {
  it('redacts the secret', () => {
    check('E families', [
      ['notes.md', (v) => `ABLY_KEY not set, so I used ${alnum(6)}.${alnum(6)}:${v} directly.\n`, () => b64(43)],
      ['app.js', (v) => `const ably = new Ably.Realtime("${alnum(6)}.${alnum(6)}:${v}");\n`, () => b64(43)],
      ['notes.md', (v) => `the server used ${v} for auth\n`, () => `secret-live-${b64(36)}`],
      ['notes.md', (v) => `stytch: ${v}\n`, () => `secret-test-${b64(36)}`],
      ['notes.md', (v) => `Upstash REST token ${v} worked.\n`, () => `AX${alnum(4)}AAIncDE${alnum(48)}`],
      [
        'run.log',
        (v) => `curl https://eu1-x.upstash.io/get/k -H "Authorization: Bearer ${v}"\n`,
        () => `AY${alnum(60)}`,
      ],
      ['notes.md', (v) => `AI21 key: ${v}\n`, () => alnum(32)],
      ['notes.md', (v) => `Posting to https://chat.example.com/hooks/${v} now.\n`, () => r(CHARSETS.lowerAlnum, 26)],
      ['notes.md', (v) => `Mattermost: https://chat.acme.dev/hooks/${v}\n`, () => alnum(40)],
      ['notes.md', (v) => `https://rocket.example.org/hooks/${alnum(17)}/${v}\n`, () => alnum(48)],
      [
        'mcp.json',
        (v) => `{"url": "https://mcp.zapier.com/api/mcp/s/${v}/mcp"}\n`,
        () => `${b64(60)}${pick(['', '='])}`,
      ],
      [
        'notes.md',
        (v) =>
          `hook: https://acmecorp.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${v}/${uuid()}\n`,
        () => hex(32),
      ],
      [
        'answer.md',
        (v) =>
          `\`\`\`\n$ python -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())'\n${v}\n\`\`\`\n`,
        () => django(),
      ],
      ['answer.md', (v) => `Django secret key → ${v}\n`, () => django()],
    ]);
  });
});
/** A Django SECRET_KEY: 50 characters of get_random_secret_key's alphabet, with a symbol. */
function django(): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
  const s = Array.from({ length: 50 }, () => chars[Math.floor(rand() * chars.length)]).join('');
  return /[!@#$%^&*(=+)]/.test(s) && /\d/.test(s) ? s : django();
}

describe('F. look-alikes: ids, SIDs, hashes, model names and prose stay', () => {
  it('keeps them byte-identical', () => {
    const ids = [uuid(), uuid(), uuid()];
    const records = `[\n${ids.map((u, i) => `  {"key": "${u}", "name": "row${i}"}`).join(',\n')}\n]\n`;
    const sha = hex(40);
    assert.deepEqual(
      damaged([
        ['records.json', records],
        ['vocab.csv', 'token,count,token_id\nsecret32,17,50211\nkey,99,2033\n'],
        ['answer.md', `Twilio account ${sid()} sent the message.\n`],
        ['answer.md', `The Twilio Account SID is ${sid()}; the token stays in the vault.\n`],
        ['answer.md', `Mistral answered with model mistral-large-2411 in 1.2s (request ${uuid()}).\n`],
        ['answer.md', `Cohere: commit ${sha} fixed the retry loop.\n`],
        ['answer.md', `## Exa\n\nSearch id ${uuid()} returned 10 results.\n`],
        ['answer.md', `Together AI\n\n\`\`\`\npip install together\n\`\`\`\n`],
        ['answer.md', `The key insight is that the orchestrator votes.\n`],
        ['answer.md', `Logged in as admin with SSO on the staging box.\n`],
        ['answer.md', `I logged in as deploy using the hardware key and restarted nginx.\n`],
        ['run.log', `>>> co.model\n'command-r-plus-08-2024'\n`],
        ['run.log', `In [3]: df.shape\nOut[3]: (1200, 14)\n`],
        ['run.log', `$ docker run -e DEBUG 1 -e MODE prod image:${hex(12)}\n`],
        ['compose.yaml', `x-env: &env\n  LOG_LEVEL: info\nservices:\n  a:\n    environment: *env\n`],
        ['keys.ini', `[cohere]\nmodel = command-r\n`],
        ['spec.json', `{"type": "apiKey", "in": "header", "name": "x-api-key"}\n`],
        [
          'notes.md',
          `See https://chat.example.com/hooks for the docs and https://git.example.com/org/repo/hooks/42.\n`,
        ],
        ['notes.md', `Ably channel ${alnum(6)}.history fetched; Stytch user user-test-${uuid()}.\n`],
        ['notes.md', `Datadog trace ${hex(32)} (dd.trace_id) is in the span list.\n`],
        ['build.mk', `SRCS += main.c util.c\nCFLAGS ?= -O2\nVERSION := ${hex(40)}\n`],
        ['main.rs', `let m = Some("mistral-large-latest".to_string());\n`],
        ['run.py', `client = Client("${sid()}", auth_token)\n`],
        ['notes.md', `Git SHA for Serper integration: ${hex(40)}\n`],
        ['log.jsonl', `{"provider": "mistral", "id": "${uuid()}", "object": "chat.completion"}\n`],
        ['run.log', `$ cd mistral && git checkout ${hex(40)}\n`],
        ['run.log', `pip install together==1.2.0 --hash=sha256:${hex(64)}\n`],
        ['run.log', `docker pull ghcr.io/cohere/app@sha256:${hex(64)}\n`],
        ['answer.md', `Cohere embed returned vector cache ${hex(32)} for the batch.\n`],
        ['answer.md', `## OpenAI\n\nThe run finished; see trace ${uuid()} for details.\n`],
        ['answer.md', `Together we fixed it in ${hex(40)}.\n`],
        ['answer.md', `The tokens: ${alnum(12)} and more.\n`],
        ['run.log', `>>> co.session_id\n'${uuid()}'\n`],
      ]),
      [],
    );
  });
});

describe('F. a redacted record id is never learned', () => {
  it('leaves UUIDs under "key" in arrays of records alone, here and in later files', () => {
    const ids = [uuid(), uuid()];
    const text = `[\n  {"key": "${ids[0]}", "name": "a"},\n  {"key": "${ids[1]}", "name": "b"}\n]\n`;
    const redactor = new Redactor({ learn: true });
    const through = (rel: string, t: string): string => {
      const f = redactor.filter({ rel });
      return f.write(t) + f.end();
    };
    assert.equal(through('records.json', text), text);
    assert.equal(through('orders.log', `order ${ids[0]} shipped\n`), `order ${ids[0]} shipped\n`);
  });
});
