/**
 * Attack 50 (independent, black box: a developer's machine copied into workspaces, its values said again elsewhere):
 * what went out, planted anew from a seed (REDACT_SEED replays):
 * - a password of capitalised words joined by dots (`Sunflower.Harbor42`) under a password's name in a config file, a
 *   `.netrc`, an INI was read as code's member path; SSSD's `ldap_default_authtok` was no secret's name;
 * - values found in one file went out where another said them again: a short password under a password's name
 *   (`Oxidiz353!`: 2.9 bits a character), a Terraform `random_password`'s result holding `$L` (read as a variable) or
 *   `&>` (read as a placeholder's bracket), a passphrase of words alone in Ansible's `.vault_pass` (words are not
 *   learned), a URL's password URL-encoded (a shape's, found only in a URL), a generator's password after `-p` starting
 *   with `$`;
 * - the rest of a known value a stream put on the next line after a prefix (`chunk: AkvD^o@@P#"`);
 * - an Oracle JDBC URL's `user/password@`;
 * - (benign) a commit's full hash after its short one in a changelog was read as a key near `secrets`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { configPlants, oraclePlants, passphrase, symbolPassword } from './helpers/attack50-corpus.js';
import { seededGen } from './helpers/fake-secrets.js';
import { filtered, itKeeps, itRedacts, leaksWindow, learningRedactor } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 5001);

/** What a learning export leaves of `value` in `target` after reading `source` (a file sent out, or one left out). */
function afterLearning(source: [string, string], target: [string, string], leftOut: boolean): string {
  const r = learningRedactor();
  if (leftOut) r.harvest(...source);
  else filtered(r, ...source);
  return filtered(r, ...target);
}

describe(`attack 50 (seed ${SEED})`, () => {
  itRedacts(
    'a dotted password of words under a password name in config files',
    () => configPlants(seededGen(SEED), 24),
    24,
  );
  itRedacts('an Oracle JDBC URL password', () => oraclePlants(seededGen(SEED + 1), 12), 12);

  it('a value found in one file is redacted where another says it again', () => {
    const g = seededGen(SEED + 2);
    const leaks: string[] = [];
    for (let i = 0; i < 12; i++) {
      const short = `${g.one(['Oxidiz', 'Falcon', 'Tundra', 'Quartz'])}${100 + g.int(900)}!`.slice(0, 8 + g.int(3));
      const generated = symbolPassword(g, 24);
      const phrase = passphrase(g);
      let encoded = symbolPassword(g, 18);
      while (!/[$&#@%^=+?<>:]/.test(encoded)) encoded = symbolPassword(g, 18);
      const cases: [[string, string], string, boolean][] = [
        [['workspace/home/.smbcredentials', `username=jsmith\npassword=${short}\ndomain=CORP\n`], short, false],
        [
          [
            'workspace/infra/tfstate-prod.json',
            JSON.stringify({
              resources: [
                {
                  type: 'random_password',
                  instances: [{ attributes: { length: 24, result: generated }, sensitive_attributes: [] }],
                },
              ],
            }),
          ],
          generated,
          false,
        ],
        [['workspace/ansible/.vault_pass.txt', `${phrase}\n`], phrase, true],
        // A URL's password URL-encoded in a credentials file, said decoded elsewhere.
        [
          [
            'workspace/home/git-credentials.txt',
            `https://jsmith%40corp.example:${encodeURIComponent(encoded)}@bitbucket.org\n`,
          ],
          encoded,
          false,
        ],
      ];
      for (const [source, value, leftOut] of cases) {
        const target = `- rotated?: ${value}\n{"command": "ansible-playbook site.yml --vault-password-file <(echo '${value}')"}\n`;
        const out = afterLearning(source, ['workspace/NOTES.md', target], leftOut);
        if (leaksWindow(out, value)) leaks.push(`${source[0]}: ${out}`);
      }
    }
    assert.deepEqual(leaks, []);
  });

  it("a generator's password after -p that starts with $ is redacted; a variable stays", () => {
    const g = seededGen(SEED + 3);
    const r = new Redactor();
    for (let i = 0; i < 12; i++) {
      // A password manager's symbols (`!@#%^&*`): a `(` or a `:` beside a `$` reads as a shell's.
      const value = `$${g.pick('letters', 1)}${symbolPassword(g, 15, '!@#%^&*-_+=?~')}`;
      const out = filtered(r, 'workspace/home/.bash_history', `sshpass -p '${value}' ssh deploy@web1\n`);
      assert.ok(!leaksWindow(out, value.slice(1)), out);
    }
    for (const kept of ['sshpass -p "$SSHPASS" ssh x\n', "sshpass -p '$PW' ssh x\n", 'mysql -p"$DB_PASSWORD" db\n'])
      assert.equal(filtered(r, 'workspace/home/.bash_history', kept), kept);
  });

  it("the rest of a known value on a stream's next line after a prefix is redacted", () => {
    const g = seededGen(SEED + 4);
    for (let i = 0; i < 12; i++) {
      // Each piece 10 characters or more, 7 of them distinct (a value's first or last 10 are found alone so:
      // known-variants.ts).
      let value = symbolPassword(g, 24);
      while (new Set(value.slice(-10)).size < 7) value = symbolPassword(g, 24);
      const cut = 10 + g.int(5);
      const prefix = g.one(['chunk: ', 'data: ', '[stream] ', '']);
      const out = afterLearning(
        ['workspace/.env', `REDIS_PASSWORD=${value}\n`],
        ['agent_outputs/agent_b.txt', `${prefix}"password": "${value.slice(0, cut)}\n${prefix}${value.slice(cut)}"\n`],
        false,
      );
      assert.ok(!out.includes(value.slice(cut)), out);
    }
  });
});

describe('attack 50: what stays', () => {
  itKeeps('code paths, namespaces, a commit hash after its short one, a known host said alone', () => [
    ['workspace/app/settings.py', 'password = Config.Password2\ntoken = Color.Red\n'],
    ['workspace/config/app.yaml', 'serializer:\n  password: System.Text.Json\n  token: Theme.Dark\n'],
    ['workspace/CHANGELOG.md', '- 7e7354b (3712aec74c9a9b3ef610411f67fbc5a5b2ed8df9): rotate secrets via vault\n'],
    ['workspace/docs/oracle.md', 'Connect with `jdbc:oracle:thin:scott/tiger@localhost:1521:xe`.\n'],
    ['workspace/ops.md', 'The database lives at db.corp.example.net:5432/app since March.\n'],
  ]);
});
