/**
 * Round 32's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed): passwords of
 * parts after the password words of more languages; an Ethereum key's `0x` hex under a service's key name; a UUID key
 * after an access word glued to or after the key word (`Zugangsschlüssel`, `jeton d'accès`); a key held for now
 * (`TODO remove before commit:`, base64 too); a flag's value in a YAML list after another flag; Postman's API key
 * record; 1Password's service token in base64url. Twins: sentences of those languages after a password word, a
 * `git log` whose messages name tokens, a record's key (`idempotency key:`), placeholders of words, a sentence under a
 * long named value, a storage slot under a bare `key`, Postman's header name, notes with no key.
 */
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';
import type { Plant } from './filtered.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';
import { appPassword, numberedPhrase } from './round31-corpus.js';

const uuid = (r: Gen): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
const plant = (name: string, rel: string, text: string, value: string): Plant => ({ name, rel, text, value });

/** Spaced passwords after the password words whose cues were not read (`clave`, `adgangskode`, `pwd`, `parola`). */
const CUE_FORMS: [string, (v: string) => string][] = [
  ['clave-es', (v) => `La clave del servidor de correo es ${v}, no la compartas.`],
  ['clave-colon', (v) => `clave: ${v}\n`],
  ['adgangskode', (v) => `Adgangskoden til wifi er ${v}`],
  ['adgangskode-colon', (v) => `adgangskode: ${v}\n`],
  ['pwd-colon', (v) => `user: deploy\npwd: ${v}\n`],
  ['pwd-prose', (v) => `the pwd for the NAS is ${v}`],
  ['parola-it', (v) => `La parola d'ordine del router è ${v}.`],
  ['parola-ro', (v) => `Parola contului este ${v}`],
];

export function cuePlants(seed: number): Plant[] {
  const r = gen(seed);
  return CUE_FORMS.flatMap(([name, form], i) =>
    [0, 1].map((k) => {
      const value = (i + k) % 2 ? numberedPhrase(r, i + k) : appPassword(r);
      return plant(`${name}/${k}`, 'execution_trace.md', form(value), value);
    }),
  );
}

/** An Ethereum key's `0x` hex under a service's key name, in the formats that hold one. */
const HEX_KEY_FORMS: [string, string, (v: string) => string][] = [
  ['env', 'workspace/agent_a/.env.local.example', (v) => `OWNER_KEY=${v}\nRPC_URL=https://rpc.example\n`],
  ['yaml', 'workspace/agent_a/deploy.yaml', (v) => `signer:\n  deployer_key: "${v}"\n`],
  ['json', 'workspace/agent_a/wallets.json', (v) => `{"treasury_key": "${v}", "chain": 1}\n`],
  ['toml', 'workspace/agent_a/bot.toml', (v) => `[bot]\nrelayer_key = "${v}"\n`],
  ['export', 'execution_trace.md', (v) => `$ export WALLET_KEY=${v}\n`],
];

export function hexKeyPlants(seed: number): Plant[] {
  const r = gen(seed);
  return HEX_KEY_FORMS.flatMap(([name, rel, form]) =>
    [0, 1].map((k) => {
      const value = `0x${r('hex', 64)}`;
      return plant(`${name}/${k}`, rel, form(value), value);
    }),
  );
}

/** A UUID key after a key word made an access key's by a word glued before it or written after it. */
const ACCESS_FORMS: [string, (v: string) => string][] = [
  ['de-zugang', (v) => `Nutzer: Der Zugangsschlüssel lautet ${v} – bitte nur für den Test benutzen.`],
  ['de-zugriff', (v) => `Der Zugriffsschlüssel ist ${v}`],
  ['fr-jeton', (v) => `Le jeton d'accès est ${v}, il expire demain.`],
  ['fr-cle-api', (v) => `La clé d'API est ${v}.`],
  ['es-llave', (v) => `La llave de acceso es ${v}`],
  ['it-chiave', (v) => `La chiave di accesso è ${v}`],
  ['de-ascii', (v) => `Zugangsschluessel: ${v}`],
  ['nl-toegang', (v) => `Toegangssleutel: ${v}`],
];

export function accessPlants(seed: number): Plant[] {
  const r = gen(seed);
  return ACCESS_FORMS.flatMap(([name, form]) =>
    [0, 1].map((k) => {
      const value = uuid(r);
      return plant(`${name}/${k}`, 'execution_trace.md', form(value), value);
    }),
  );
}

/** A key held for now, and the other readings of round 32 (each with its own value's shape). */
export function heldPlants(seed: number): Plant[] {
  const r = gen(seed);
  const b64 = (): string => `${r('b64', 43)}=`;
  const tok = (): string => `${r('alnum', 12)}${r('dig', 2)}${r('alnum', 26)}`;
  const items: [string, string, (v: string) => string, () => string][] = [
    ['todo-commit', 'workspace/agent_a/app.py', (v) => `# TODO remove before commit: ${v}\nclient = Client()\n`, tok],
    ['todo-commit-b64', 'workspace/agent_a/auth.ts', (v) => `// TODO remove before commit: ${v}\n`, b64],
    ['do-not-commit', 'workspace/agent_a/run.sh', (v) => `# do not commit: ${v}\n`, tok],
    ['committing', 'workspace/agent_a/run.py', (v) => `# TODO: remove before committing: ${v}\n`, tok],
    [
      'xml-cdata',
      'workspace/agent_a/jobs/config.xml',
      (v) => `<job><param name="auth"><![CDATA[${v}]]></param></job>\n`,
      b64,
    ],
    ['dont-commit', 'workspace/agent_a/settings.py', (v) => `# don't commit this: ${v}\n`, tok],
    ['temp-creds', 'slack/general.json', (v) => `[{"text": "temp creds for the demo: ${v}"}]\n`, tok],
    ['temporary-creds', 'execution_trace.md', (v) => `temporary creds until Friday: ${v}\n`, b64],
    ['leaked-b64', 'workspace/agent_a/notes.md', (v) => `leaked: ${v}\n`, b64],
    [
      'hardcode',
      'execution_trace.md',
      (v) => `commit 1a7c105960\nAuthor: Dev <dev@corp.local>\n\n    temp: hardcode ${v} until vault works\n`,
      () => `${r('b64', 6)}/${r('b64', 33)}`,
    ],
    [
      'flag-list',
      'workspace/agent_a/k8s/deploy.yaml',
      (v) => `      args:\n        - --verbose\n        - --api-key\n        - ${v}\n`,
      tok,
    ],
    [
      'flag-list-quiet',
      'workspace/agent_a/compose.yaml',
      (v) => `    command:\n      - --quiet\n      - --log-json\n      - --token\n      - ${v}\n`,
      tok,
    ],
    [
      'postman-apikey',
      'workspace/agent_a/postman/collection.json',
      (v) =>
        JSON.stringify(
          {
            auth: {
              type: 'apikey',
              apikey: [
                { key: 'value', value: v, type: 'string' },
                { key: 'in', value: 'x' },
              ],
            },
          },
          null,
          2,
        ) + '\n',
      () => `${r('alnum', 6)}]${r('alnum', 4)}@${r('alnum', 5)}`,
    ],
    [
      'ops-base64url',
      'workspace/agent_a/signing.py',
      (v) => `SIGNING = b"${v}"\n`,
      () => `ops_eyJ${r('b64', 60)}-${r('url', 120)}_${r('url', 60)}`,
    ],
  ];
  return items.flatMap(([name, rel, form, value]) =>
    [0, 1].map((k) => {
      const v = value();
      return plant(`${name}/${k}`, rel, form(v), v);
    }),
  );
}

/** Sentences after a password's word in five languages: a rule, not a password. */
export const SENTENCE_TWINS: [string, string][] = [
  ['execution_trace.md', 'A senha para este site deve ser trocada em breve.\n'],
  ['execution_trace.md', 'La clave para este sitio debe ser cambiada pronto.\n'],
  ['execution_trace.md', 'La contraseña para esta cuenta tiene que ser larga.\n'],
  ['execution_trace.md', 'La password per questo sito deve essere cambiata.\n'],
  ['execution_trace.md', 'Das Passwort für diese Seite muss bald geändert werden.\n'],
  ['execution_trace.md', 'Le mot de passe pour ce site doit être changé avec soin.\n'],
  ['execution_trace.md', 'Adgangskode skal være mindst otte tegn lang.\n'],
  ['execution_trace.md', 'la clave del problema está en la red interna\n'],
  ['execution_trace.md', "parola d'ordine: test this over here\n"],
  ['execution_trace.md', '$ pwd\n/home/user/work/project\n'],
  ['execution_trace.md', 'pwd was wrong three times today\nclave: cambiala cada tres meses\n'],
  ['execution_trace.md', 'parola: chiedi al capo progetto\nheslo: zeptej se spravce site\n'],
];

/** Records' keys, placeholders, a sentence under a named value, hashes in a list, a slot, notes without a key. */
export function recordTwins(seed: number): [string, string][] {
  const r = gen(seed);
  const sha = (): string => r('hex', 40);
  const log = ['chore: rename token counter', 'fix: rotate keys doc', 'feat: password reset flow', 'fix: bump deps'];
  return [
    ['notes/ids.md', `# IDs\n- idempotency key: ${uuid(r)}\n- request id: ${uuid(r)}\n`],
    ['notes/ids.md', `dedupe key: ${uuid(r)}\nlookup key: ${uuid(r)}\n`],
    ['workspace/agent_a/git-log.txt', log.map((m) => `${sha()} ${m}\n`).join('')],
    ['workspace/agent_a/git-log.txt', [...log, ...log].map((m) => `${sha()} ${m}`).join('\n')],
    ['workspace/agent_a/.env.example', 'JWT_SECRET=<generate with openssl rand -hex 32>\nAPI_KEY=<your key here>\n'],
    ['workspace/agent_a/proof.json', `{"storageProof": [{"key": "0x${r('hex', 64)}", "value": "0x1"}]}\n`],
    ['workspace/agent_a/vrf.sol', `bytes32 keyHash = 0x${r('hex', 64)};\nbytes32 tx_hash = 0x${r('hex', 64)};\n`],
    [
      'workspace/agent_a/postman/collection.json',
      '{"auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-API-Key"}, {"key": "value", "value": "{{apiKey}}"}]}}\n',
    ],
    ['workspace/agent_a/app.py', '# TODO remove before commit: debug prints in the handler\n'],
    ['workspace/agent_a/app.py', '# do not commit this file, it is generated by the build\n'],
    ['execution_trace.md', 'temp creds for the demo: see the vault entry named demo-2026\n'],
    ['workspace/agent_a/rotate.sh', '# rotate src/keys/rotation_helper.ts next week\n'],
    [
      'workspace/agent_a/jobs/config.xml',
      '<job><param name="password"><![CDATA[${DB_PASSWORD}]]></param><param name="auth"><![CDATA[none]]></param></job>\n',
    ],
    [
      'execution_trace.md',
      'hardcode gpt-4o-mini-2024-07-18 for now\nhardcoded claude-3-5-sonnet-20241022 as the default model\n' +
        'hardcoded meta-llama/Llama-3.1-70B-Instruct-Turbo\nhardcode text-embedding-ada-002 for embeddings\n',
    ],
    ['execution_trace.md', `Der Cache-Schlüssel lautet ${uuid(r)}.\n`],
    ['execution_trace.md', `ID du jeton d'accès : ${uuid(r)}\nl'identifiant du jeton d'accès est ${uuid(r)}\n`],
    ['execution_trace.md', `Zugangsschlüssel Kennung: ${uuid(r)}\nZugangsschlüssel-ID: ${uuid(r)}\n`],
    [
      'workspace/agent_a/constants.ts',
      `const GUARDIAN_KEY = "0x${r('hex', 40)}";\nconst IMPLEMENTATION_SLOT_KEY = "0x${r('hex', 64)}";\n` +
        `const MINTER_ROLE_KEY = "0x${r('hex', 64)}";\nconst FEED_KEY = "0x${r('hex', 32)}";\n`,
    ],
    [
      'workspace/agent_a/theme.ts',
      'const token = theme.spacing.grid.unit2;\nconst t = { token: color.blue.shade.light100 };\n' +
        'password = theme.color.palette.gray1\n',
    ],
    [
      'workspace/agent_a/run.sh',
      `# do not commit: ${Buffer.from('Hello World this is a test').toString('base64')}\n` +
        `# rotated: ${Buffer.from('this is just a note about rotation').toString('base64')}\n` +
        '# do not commit: eyJhbGciOiJIUzI1NiJ9 placeholder\n',
    ],
  ];
}

/**
 * A key on a line of its own name (40 characters or more) and a sentence's capitalised word opening the next line
 * (`Configured OPENAI_API_KEY=…`): only the key is redacted, the word stays.
 */
export function besideSentencePlants(seed: number): Plant[] {
  return Object.entries(tokenMakers(seed)).map(([name, make]) => {
    const v = make();
    const text = `Configured SERVICE_API_KEY=${v}\nConfigured OTHER_SERVICE_KEY=\nDone\n`;
    return plant(name, 'turn_1/status.txt', text, v);
  });
}

/** A generator's words with a number glued to one, joined by dots, blanks or `-`, in prose and on command lines. */
const PHRASE_FORMS: [string, (v: string) => string][] = [
  ['unlock-phrase', (v) => `The vault unlock phrase is "${v}" — don't share it.`],
  ['master-phrase', (v) => `the master phrase is ${v}\n`],
  ['password-quoted', (v) => `The vault password is "${v}" — do not share it.`],
  ['redis-cli', (v) => `$ redis-cli -h 10.0.3.17 -p 6380 --tls -a ${v} PING\n`],
  ['yaml', (v) => `vault:\n  passphrase: ${v}\n`],
];

export function phrasePlants(seed: number): Plant[] {
  const r = gen(seed);
  const word = (): string => BIP39_ENGLISH[Number.parseInt(r('dig', 4), 10) % BIP39_ENGLISH.length]!;
  return PHRASE_FORMS.flatMap(([name, form], i) =>
    ['.', ' ', '-'].flatMap((sep, k) => {
      if (sep === ' ' && name === 'redis-cli') return [];
      const words = Array.from({ length: 4 + ((i + k) % 3) }, word);
      // A number glued to the last word, or after it as a word of its own (between blanks).
      if (sep === ' ' && i % 2 === 0) words.push(r('dig', 2));
      else words[words.length - 1] += r('dig', 1 + ((i + k) % 2));
      const value = words.join(sep);
      return [plant(`${name}/${k}`, 'execution_trace.md', form(value), value)];
    }),
  );
}

/** The same cues before a sentence, and code's dotted paths. */
export const PHRASE_TWINS: [string, string][] = [
  ['execution_trace.md', 'The unlock phrase is printed on the card.\n'],
  ['execution_trace.md', 'Your master phrase is shown only once, write it down.\n'],
  ['workspace/agent_a/app.py', 'x = foo.bar.baz.qux2\nimport torch.nn.functional\n'],
  ['execution_trace.md', 'the password is long enough for most sites today\n'],
];
