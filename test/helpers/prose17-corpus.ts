/**
 * Round 17's benign twin of round 16's prefix-less keys (prose16-corpus.ts): text the prose-near reader took at
 * 55b01dd and the older suites keep. A credential word glued into a name or a path (`secret_name`, `token_usage`,
 * `/run/secrets/db_password`, `api.groq.com`, `key.pem`) a few words from an id with a word before it
 * (`task-<alnum>`); a message or type name under a key's name (`apiKey = _messages.MessageField('<Pascal>Secret', 3)`);
 * SSH public keys under a comment about keys; an API id's prefix read as a word before its id, as file names are read
 * (`openai chatcmpl <id>`, `openai_chatcmpl-<id>.json`). Generated with a seeded rng (no value is pasted).
 */
import { type SeededGen, seededGen } from './fake-secrets.js';

type Gen = SeededGen;
const gen = seededGen;

/** Random alnum with a digit, a lower- and an upper-case letter (the shape prose-near takes for a key). */
function mixed(g: Gen, n: number): string {
  let v = '';
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = g.pick('alnum', n);
  return v;
}

const PASCAL = ['Retry', 'Output', 'Timeout', 'Chunked', 'Capture', 'Yanked', 'Service', 'Account', 'Binding'];
const PASCAL2 = ['Policy', 'Config', 'Options', 'Request', 'Response', 'Status', 'Spec', 'Source', 'Target'];
const ID_WORDS = ['task', 'risk', 'ghost', 'job', 'node', 'pod', 'span', 'item', 'user', 'team', 'build', 'cell'];
const GLUED = [
  'secret_name: db-creds-production',
  'token_source: "api"',
  '"token_usage": {"input_tokens": 1}',
  'see /etc/secrets/app.env and',
  'mounted at /var/run/secrets/kubernetes.io/serviceaccount,',
  'calls api.groq.com/openai/v1 as',
  'token_count=412 for',
  'the secrets/ folder of',
  'loads keys.json; then',
];
const FILLERS = ['', '"session_id": "attempt_1",', 'then', 'the worker', 'status ok,', '"winner": "agent_b"'];
const API_PREFIXES = ['chatcmpl-', 'msg_', 'resp_', 'call_', 'req_', 'file-', 'run_', 'thread_', 'batch_', 'gen-'];
const PROVIDERS = ['openai', 'groq', 'mistral', 'cohere', 'anthropic', 'together', 'deepseek', 'exa'];

type Benign = (g: Gen) => string;

const pascal = (g: Gen, last: string): string =>
  `${g.one(PASCAL)}${g.one(PASCAL2)}${g.int(2) === 0 ? `V${1 + g.int(3)}` : ''}${last}`;
const b64 = (g: Gen, n: number): string => g.pick('b64', n).replace(/^[+/]/, 'Q');

const BENIGN: Benign[] = [
  (g) => `${g.one(GLUED)} ${g.one(FILLERS)} ${g.one(ID_WORDS)}-${mixed(g, 24 + g.int(17))}`,
  (g) => `${g.one(GLUED)} ${g.one(ID_WORDS)}_${mixed(g, 24 + g.int(17))} ${g.one(FILLERS)}`,
  (g) => `  apiKey = _messages.MessageField('${pascal(g, 'Secret')}', ${1 + g.int(9)})`,
  (g) => `  clientSecret = _messages.MessageField('${pascal(g, '')}', ${1 + g.int(9)})`,
  (g) => `    accessToken = proto.Field('${pascal(g, 'Token')}', number=${1 + g.int(9)})`,
  (g) => `# ${g.one(['team', 'deploy', 'admin', 'CI'])} keys\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64(g, 340)} a@h`,
  (g) => `# authorized keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(g, 43)} ${g.one(ID_WORDS)}@host`,
  (g) => `the deploy key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(g, 43)} ci@example`,
  (g) => `${g.one(PROVIDERS)} ${g.one(API_PREFIXES).slice(0, -1)} ${mixed(g, 24 + g.int(8))} json`,
  (g) => `${g.one(PROVIDERS)}_${g.one(API_PREFIXES)}${mixed(g, 24 + g.int(8))}.json`,
  (g) => `$ cd ${g.one(PROVIDERS)} && git checkout ${g.pick('hex', 40)}`,
  (g) => `The ${g.one(['Twilio', 'twilio'])} account SID: AC${g.pick('hex', 32)}; the token stays in the vault.`,
];

export const BENIGN17_COUNT = BENIGN.length;

/** `n` generated benign texts (the templates in turn). */
export function benign17(seed: number, n: number): string[] {
  const g = gen(seed);
  return Array.from({ length: n }, (_, i) => BENIGN[i % BENIGN.length]!(g));
}
