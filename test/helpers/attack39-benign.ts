/**
 * Attack 39's false positives, as categories (issue 11): PowerShell's environment reads as a secret name's value
 * (`$apiKey = $env:OPENAI_API_KEY`); a chat's messages, pretty-printed JSON read joined as a stream's records, where a
 * question about a key and the next message's first word read as a value (`safely?Put`); a known key's provider
 * prefix alone in a document of token formats (`sk-ant-api03-`).
 */
import { gen } from './glue15-tokens.js';
import { pick } from './planted.js';

const ENV_NAMES = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'DB_PASSWORD', 'SLACK_BOT_TOKEN', 'HF_TOKEN'];
const VARS = ['$apiKey', '$token', '$password', '$secret', '$Key', '$authToken'];

/** PowerShell scripts reading secrets from the environment. */
export function powershellTwins(seed: number): [string, string][] {
  const r = gen(seed);
  return ENV_NAMES.map((n, i) => {
    const v = VARS[i]!;
    const read = pick(r, [`$env:${n}`, `$Env:${n}`, `\${env:${n}}`, `$ENV:${n}`]);
    return [`scripts/setup-${i}.ps1`, `${v} = ${read}\nif (-not ${v}) { throw "set ${n}" }\n`];
  });
}

const QUESTIONS = [
  'How do I store my API key safely?',
  'Where should the token go?',
  'Is my secret key exposed.',
  'Can I rotate the access token now?',
  'What does the API key look like!',
];
const ANSWERS = ['Put it', 'Keep it', 'Store it', 'Rotate it', 'Use a'];

/** Pretty-printed chat logs: a question about a key, then the answer's message. */
export function chatTwins(seed: number): [string, string][] {
  const r = gen(seed);
  return QUESTIONS.map((q, i) => {
    const a = `${ANSWERS[i]!} in an environment variable such as ${pick(r, ENV_NAMES)}; never commit it.`;
    const msgs = [
      { role: 'user', content: q },
      { role: 'assistant', content: a },
    ];
    return [`chats/chat-${i}.json`, `${JSON.stringify(msgs, null, 2)}\n`];
  });
}
