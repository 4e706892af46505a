/**
 * Attack 59: secrets of words, and secrets in places no rule read. A wallet's phrase of made-up words as a pair's value
 * (`{"name": "MNEMONIC", "value": …}`, `setdefault(…)`, `os.environ["SEED_PHRASE"] = …`, YAML's `- name:` / `value:`),
 * after `token=`, or quoted under `apiKey` or `secret_key`; a passphrase in a login call, a bytes literal, under
 * `credentials:`, after a colour code, in `-passout 'pass:…'`; Google's app password after `token=`, htpasswd or a
 * phrase's label; a quoted-printable mail cut inside a token; OpenWeather's `appid=`; `curl -u user:'…'`; a header
 * in Markdown bold; Android's `<string name="session">`, a CSV's `connect.sid,"…"`; Kaggle's `{"username", "key"}`;
 * `Bearer ${'…'}`; a prose password of `0x` and hex. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { madeUpPhrase, madeUpWord, twoDigits } from './helpers/made-up-words.js';

const SEED = Number(process.env.REDACT_SEED ?? 5902);

const plant = (rel: string, text: string, value: string, name = rel): Plant => ({ name, rel, text, value });

function phrasePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  const places = [
    (w: string) => ['workspace/settings.json', `{"name": "MNEMONIC", "value": "${w}"}\n`],
    (w: string) => [
      'workspace/settings.json',
      `{\n  "items": [{\n    "name": "WALLET_MNEMONIC",\n    "value": "${w}"\n  }]\n}\n`,
    ],
    (w: string) => ['workspace/app/main.py', `os.environ.setdefault("MNEMONIC", "${w}")\n`],
    (w: string) => ['workspace/app/settings.py', `os.environ["SEED_PHRASE"] = "${w}"\n`],
    (w: string) => ['workspace/k8s/deploy.yaml', `env:\n  - name: SEED_PHRASE\n    value: "${w}"\n`],
    (w: string) => ['workspace/logs/app.log', `ERROR auth failed for token=${w} (401 Unauthorized)\n`],
    (w: string) => ['workspace/web/server.js', `exports.config = { apiKey: "${w}", region: 'us-east-1' };\n`],
    (w: string) => ['workspace/app/main.py', `app.secret_key = b"${w}"\n`],
  ];
  for (let i = 0; i < 24; i++) {
    const w = madeUpPhrase(g, ' ', 12);
    const [rel, text] = places[i % places.length]!(w);
    out.push(plant(rel!, text!, w, `phrase ${i}`));
  }
  return out;
}

function passphrasePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  const esc = '\u001b';
  const places = [
    (p: string) => ['workspace/probe.py', `server.login("alerts@acme.dev", "${p}")\n`],
    (p: string) => ['workspace/main.py', `os.environ.setdefault("GPG_PASSPHRASE", "${p}")\n`],
    (p: string) => ['workspace/app.py', `db_password = b"${p}"\n`],
    (p: string) => ['workspace/conf.yaml', `credentials:\n  jenkins: "${p}"\n  region: eu-west-1\n`],
    (p: string) => ['agent_b/answer.txt', `WARN using BACKUP_PASSPHRASE=${esc}[1;32m${p}${esc}[0m from environment\n`],
  ];
  for (let i = 0; i < 15; i++) {
    const p = `${madeUpPhrase(g, ' ', 3)} ${madeUpWord(g)}${twoDigits(g)}`;
    const [rel, text] = places[i % places.length]!(p);
    out.push(plant(rel!, text!, p, `passphrase ${i}`));
  }
  for (let i = 0; i < 4; i++) {
    const p = madeUpPhrase(g, ' ', 12);
    const text = `openssl pkcs12 -export -in c.pem -inkey k.pem -out b.p12 -passout 'pass:${p}'\n`;
    out.push(plant('workspace/notes/shell_history.txt', text, p, `passout ${i}`));
    out.push(plant('workspace/.env.example.txt', `PASSWORD="${p}"\n`, p, `long ${i}`));
  }
  for (let i = 0; i < 6; i++) {
    const p = `${madeUpPhrase(g, '-', 3)}-${madeUpWord(g)}${twoDigits(g)}`;
    out.push(
      plant('workspace/logs/app.log', `ERROR auth failed for token=${p} (401 Unauthorized)\n`, p, `joined ${i}`),
    );
  }
  return out;
}

/** Google's app password: four groups of four lower-case letters, no word among them. */
const appPassword = (g: SeededGen): string =>
  Array.from({ length: 4 }, () => `${g.one([...'bcdfghjklmnpqrstvwxz'])}${g.pick('lowerAlnum', 3).replace(/\d/g, 'x')}`)
    .join(' ')
    .replace(/x/g, () => g.one([...'kqvz']));

function placePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  for (let i = 0; i < 6; i++) {
    const a = appPassword(g);
    const text = [
      `ERROR auth failed for token=${a} (401 Unauthorized)\n`,
      `htpasswd -b -c /etc/nginx/.htpasswd admin '${a}'\n`,
      `Recovery phrase for the test wallet: ${a}\n`,
    ][i % 3]!;
    out.push(plant('workspace/notes/ops.md', text, a, `app password ${i}`));
  }
  for (let i = 0; i < 4; i++) {
    const v = `${g.pick('urlsafe', 14)}${g.pick('digits', 2)}${g.pick('urlsafe', 14)}`;
    const lead = 'Login: ops@acme.dev   Password / API key for the account: ';
    const cut = 74 - lead.length;
    const text = `Your new credentials:\n${lead}${v.slice(0, cut)}=\n${v.slice(cut)}   (expires in 30 days)\n`;
    out.push(plant('workspace/mail/welcome.eml.txt', text, v, `quoted-printable ${i}`));
  }
  const key = (): string => `${g.pick('alnum', 20)}${g.pick('digits', 2)}${g.pick('alnum', 18)}`;
  const hex = (): string => `${g.pick('hex', 30)}a1${g.pick('hex', 32)}`;
  const appid = `${g.pick('hex', 15)}c7${g.pick('hex', 15)}`;
  const k = [key(), key(), key(), key(), key(), key(), hex(), `0x${hex()}`];
  return [
    ...out,
    plant(
      'workspace/notes/shell_history.txt',
      `curl "https://api.w.dev/forecast?q=Berlin&appid=${appid}&units=metric"\n`,
      appid,
    ),
    plant('workspace/deploy.sh', `curl -u admin:'${k[0]}' https://jenkins.acme.dev/api/json\n`, k[0]!),
    plant('agent_a/answer.txt', `**X-Honeycomb-Team:** \`${k[1]!.slice(0, 22)}\`\n`, k[1]!.slice(0, 22)),
    plant('workspace/res/values/strings.xml', `<string name="session">${k[2]}</string>\n`, k[2]!),
    plant('workspace/accounts.csv', `name,value\nconnect.sid,"${k[3]}"\n`, k[3]!),
    plant('workspace/kaggle.json', `{"username": "jdoe42", "key": "${k[6]}"}\n`, k[6]!),
    plant('workspace/requests.json', `{\n  "username": "jdoe42",\n  "key": "${k[7]}"\n}\n`, k[7]!),
    plant('workspace/web/config.js', `const auth = \`Bearer \${'${k[4]}'}\`;\n`, k[4]!),
    plant('agent_b/answer.txt', `The staging database password is ${k[7]} - rotate it after the demo.\n`, k[7]!),
  ];
}

describe('attack 59: secrets of words and secrets in unread places', () => {
  itRedacts(
    `a phrase of made-up words as a pair's value, after token=, under apiKey (seed ${SEED})`,
    () => phrasePlants(seededGen(SEED)),
    24,
  );
  itRedacts(
    `a passphrase in a call, a bytes literal, a parent's child, after a colour code (seed ${SEED})`,
    () => passphrasePlants(seededGen(SEED + 1)),
    29,
  );
  itRedacts(
    `app passwords, a cut mail, query and header places (seed ${SEED})`,
    () => placePlants(seededGen(SEED + 2)),
    19,
  );
});
