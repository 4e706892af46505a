/**
 * Placements an attacker found going out (README, Redaction, items 5 and 6): passwords in prose (more words before the
 * value, values of letters and digits only, the value before the word, short names, `login:` pairs, other languages,
 * base64 mail bodies), secrets put in place of a placeholder by sed, perl, awk and replace calls, and values under
 * subscripted names. Each family plants generated values and keeps its look-alikes byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, leaks, rng } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261201);
const rand = rng(SEED + 47);
const pick = (chars: string, n: number): string =>
  Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
const LETTERS = 'abcdefghijkmnpqrstuvwxz';

/** Letters and digits as a generator mixes them: runs of 2-3 letters and 1-2 digits (`qre66j20cTb`), n long. */
function mixed(n: number, letters: string = LETTERS + LETTERS.toUpperCase()): string {
  let v = '';
  while (v.length < n)
    v += pick(letters, 2 + Math.floor(rand() * 2)) + pick(CHARSETS.digits, 1 + Math.floor(rand() * 2));
  return v.slice(0, n);
}
/**
 * Letters, digits and symbols, starting and ending with a letter or a digit. No `%` (`%76` is URL-decoded in the
 * normalised view) and no `*` (`***` reads as a mask): both are README's, not these forms'.
 */
function symbols(n: number): string {
  let v = '';
  while (!/[!@#^&+=?~]/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v))
    v = pick(CHARSETS.alnum, 1) + pick(`${CHARSETS.alnum}!@#^&+=?~`, n - 2) + pick(CHARSETS.alnum, 1);
  return v;
}
/** Values of 8 to 40 characters: mixed case, lower case and digits only, with symbols. */
const values = (): string[] => [mixed(12), mixed(10, LETTERS), mixed(24), symbols(16), symbols(9), mixed(40)];

/**
 * The lines of a block, trimmed (the corpus is written one text a line, as String.raw: `$\{` and `\``
 * stand for `${` and a backtick; `{hex}` for 40 random hex digits).
 */
const lines = (block: string): string[] =>
  block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) =>
      l
        .replace(/\$\\\{/g, '${')
        .replace(/\\`/g, '`')
        .replace(/\{hex\}/g, () => pick(CHARSETS.hex, 40)),
    );

const assertKept = (r: Redactor, texts: readonly string[]): void => {
  for (const text of texts) assert.equal(r.redactString(text), text);
};

/** Every form (`{v}` where the value goes) with every value: the leaks found (10-character windows left). */
function leaked(r: Redactor, forms: readonly (string | ((v: string) => string))[]): string[] {
  const missed: string[] = [];
  for (const form of forms) {
    for (const value of values()) {
      const text = typeof form === 'string' ? form.replaceAll('{v}', value) : form(value);
      const out = r.redactString(text);
      if (leaks(out, [{ family: 'planted', value, context: '' }]).length > 0) missed.push(text.slice(0, 100));
    }
  }
  return missed;
}

/** A mail whose body is base64, wrapped at 76 characters. */
const b64Mail = (body: string): string =>
  'From: ops@example.com\nTo: dev@example.com\nSubject: access\nContent-Type: text/plain; charset=utf-8\n' +
  `Content-Transfer-Encoding: base64\n\n${Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n')}\n`;

describe('a password in prose, said the way people say it', () => {
  const r = new Redactor();
  it('more words between the word and the value, no symbol in it, markdown and JSON around it', () => {
    const forms = lines(String.raw`
      the password for the staging db is {v}
      The password for user admin on the staging database is {v}.
      FYI the root password on the new build server is now {v} (changed today)
      password for root: {v}
      my password is {v}
      I changed the password to {v} yesterday
      Set the admin password to {v} and restart.
      Your new password is {v}
      temporary password: {v}
      **Password:** \`{v}\`
      - Password: {v}
      {"role": "user", "content": "the password for the staging db is {v}, please connect"}
      # wifi password is {v}
      Set the root password and the admin user's password for phpMyAdmin to {v}
      the password password is {v}
      password for login is {v}
    `);
    assert.deepEqual(leaked(r, forms), []);
    assertKept(
      r,
      lines(String.raw`
      the password is stored in vault
      Password is required.
      reset your password at https://example.com/account/reset
      The password must be at least 12 characters long
      the password is incorrect
      your password has expired
      password: <password>
      password: ****
      password: your-password
      In the docs, set the password to changeme for local testing.
      the password is $\{PASSWORD}
      password = os.environ["DB_PASSWORD"]
      password=getpass.getpass()
      Forgot password?
      passwordless login
      the password is hashed with bcrypt before storage
      password is base64encoded
      the password for the db is in the .env file
      password is \`$DB_PASSWORD\`
      const users = new Keyv("redis://user:pass@localhost:6379")
    `),
    );
  });
  it('the value before the word: use … as the password, … is the password', () => {
    const forms = lines(String.raw`
      use {v} as the password
      Use {v} as your password for the VPN.
      {v} is the password for the wifi
      try {v} as the admin password
      \`{v}\` is the db password
      log in with {v} as password
    `);
    assert.deepEqual(leaked(r, forms), []);
    assertKept(
      r,
      lines(String.raw`
      use changeme as the password only in development
      use secrets.token_hex(16) as the password
      use the API key as the password
      Use your email address as the username and password
      use --password-stdin as the password source
      mypassword123 is a bad password
      use password123 as the password in the example
    `),
    );
  });
  it('short names (pwd, pw, pass, passwd), login and credentials pairs', () => {
    const forms = lines(String.raw`
      pwd: {v}
      pw: {v}
      pass: {v}
      passwd: {v}
      user admin, pw {v}
      db user is app, pwd is {v}
      the pass is {v}
      login: admin / {v}
      Login: admin/{v}
      user/pass: admin / {v}
      credentials are admin:{v}
      creds: deploy:{v}
      The credentials are root / {v}
    `);
    assert.deepEqual(leaked(r, forms), []);
    assertKept(
      r,
      lines(String.raw`
      run pwd to see the directory
      pwd: /home/user/project
      pass the token to the function
      pass: true
      passwd: files systemd
      login: admin
      login: alice/bob
      login: admin / see vault
      credentials are stored in ~/.aws/credentials
      credentials: user:pass
      credentials are user:$\{PASSWORD}
      credentials are admin:$DB_PASSWORD
    `),
    );
  });
  it('other languages: Passwort, Kennwort, mot de passe, contraseña, senha, wachtwoord, hasło, пароль, 密码', () => {
    const forms = lines(String.raw`
      Das Passwort ist {v}
      Passwort: {v}
      Das Kennwort für den Server lautet {v}
      das Passwort für die Datenbank ist {v}
      Le mot de passe est {v}
      le mot de passe du serveur est {v}
      La contraseña es {v}
      la contraseña de la base de datos es {v}
      A senha é {v}
      La password è {v}
      Het wachtwoord is {v}
      hasło: {v}
      пароль: {v}
      şifre: {v}
      密码: {v}
      パスワード: {v}
      비밀번호: {v}
    `);
    assert.deepEqual(leaked(r, forms), []);
    assertKept(
      r,
      lines(String.raw`
      Passwort vergessen?
      Das Passwort muss mindestens 8 Zeichen haben
      Le mot de passe est obligatoire
      La contraseña es incorrecta
      A senha é obrigatória
      Het wachtwoord is onjuist
      пароль неверный
      密码错误
    `),
    );
  });
  it('in a base64-encoded mail body', () => {
    const forms: ((v: string) => string)[] = [
      (v) => b64Mail(`Hi,\n\nthe password for the staging db is ${v}\n\nthanks`),
      (v) => b64Mail(`Hallo,\ndas Passwort ist ${v}\nGruß`),
      (v) => b64Mail(`use ${v} as the password\n`),
      (v) => b64Mail(`login: admin / ${v}\n`),
    ];
    const missed: string[] = [];
    for (const form of forms) {
      for (const value of values()) {
        const out = r.redactString(form(value));
        const body = out.split('\n\n').slice(1).join('').replace(/\n/g, '');
        const decoded = `${out}\n${Buffer.from(body, 'base64').toString('latin1')}`;
        if (leaks(decoded, [{ family: 'mail', value, context: '' }]).length > 0) missed.push(form('…'));
      }
    }
    assert.deepEqual(missed, []);
    assertKept(r, [b64Mail('Hi,\n\nthe password is stored in vault; reset it at https://example.com/reset\n')]);
  });
});

describe('a secret put in place of a placeholder', () => {
  const r = new Redactor();
  it('sed and perl substitutions with any delimiter, -e, -i', () => {
    const forms = lines(String.raw`
      sed -i 's/changeme/{v}/' .env
      sed -i.bak 's/PASS/{v}/g' app.conf
      sed -i -e "s/YOUR_TOKEN/{v}/" settings.ini
      sed -i 's/<password>/{v}/' docker-compose.yml
      sed "s/xxx/{v}/" template.env > .env
      sed -i 's;TOKEN;{v};g' .npmrc
      sed -i 's,__API_KEY__,{v},' config.yml
      sed -e 's/foo/bar/' -e 's/your_password/{v}/g' wp-config.php
      perl -pi -e 's/changeme/{v}/g' .env
      perl -i -pe "s/REPLACE_ME/{v}/" config.json
      perl -pi -e 's|__TOKEN__|{v}|' app.yaml
    `);
    assert.deepEqual(leaked(r, forms), []);
    assertKept(
      r,
      lines(String.raw`
      sed -i 's/foo/bar/' file.txt
      sed -i 's/localhost/db.internal/g' config.yml
      sed -i 's/1.2.3/1.2.4/' package.json
      sed 's/\t/ /g' data.tsv
      sed -i 's|/usr/local/bin|/opt/bin|g' Makefile
      sed -i 's/DEBUG=True/DEBUG=False/' .env
      sed -i 's/API_KEY/OPENAI_API_KEY/g' *.py
      sed -i 's/changeme/$\{DB_PASSWORD}/' .env
      sed -i 's/REPLACE_ME/production/' deploy.yaml
      sed -i 's/changeme/secret_from_vault/' .env
      sed -i 's/__VERSION__/20240115/' build.sh
      sed -i 's/gpt-4/gpt-4o-2024-08-06/' config.yaml
      sed -i 's/{hex}/{hex}/' flake.lock
      perl -pi -e 's/\r\n/\n/' file
    `),
    );
  });
  it('replace calls: Python, JS, awk, Ruby, PHP, Go, PowerShell', () => {
    const forms = lines(String.raw`
      content = content.replace("REPLACE_ME", "{v}")
      cfg = tpl.replace('YOUR_API_KEY', '{v}')
      text = text.replace("<password>", "{v}")
      const out = tpl.replace('__TOKEN__', '{v}');
      env = env.replaceAll("changeme", "{v}");
      s = s.replace(/CHANGEME/g, "{v}")
      awk '{gsub("changeme","{v}")}1' tpl > .env
      awk '{gsub(/PASSWORD/, "{v}"); print}' tpl
      conf.gsub!("YOUR_SECRET", "{v}")
      $cfg = str_replace('{{password}}', '{v}', $tpl);
      cfg = strings.Replace(cfg, "PASSWORD", "{v}", -1)
      out := strings.ReplaceAll(tpl, "TOKEN", "{v}")
      (Get-Content .env) -replace 'changeme', '{v}' | Set-Content .env
    `);
    assert.deepEqual(leaked(r, forms), []);
    assertKept(
      r,
      lines(String.raw`
      content = content.replace("REPLACE_ME", api_key)
      x = s.replace("\n", " ")
      name.replace('-', '_')
      log.replaceAll("TOKEN", "[REDACTED]")
      tpl.replace("YOUR_NAME", "Alice")
      tpl.replace("{{date}}", "2024-01-01")
      url.replace('http://', 'https://')
      tpl.replace("PLACEHOLDER", "default_value")
      tpl.replace("__KEY__", "OPENAI_API_KEY")
      s.replace("PASSWORD", "********")
      tpl.replace("<token>", "<your-token>")
      model.replace("gpt-4", "gpt-4o-mini-2024-07-18")
      (Get-Content f) -replace 'foo', 'bar'
      awk '{gsub(/foo/, "bar")}1' f
    `),
    );
  });
});

describe('a value under a subscripted or indexed name', () => {
  const r = new Redactor();
  it('indexes, dict keys, PHP arrays, Ruby symbols, Perl hashes, bash arrays', () => {
    const forms = lines(String.raw`
      access_token[0] = "{v}"
      tokens["openai"] = "{v}"
      config.api_keys[2] = '{v}'
      secrets->password = "{v}";
      $config['db']['password'] = '{v}';
      self.api_key = "{v}"
      this.#secret = '{v}';
      passwords[user] = "{v}"
      passwords["root"] = '{v}'
      keys["anthropic"] = "{v}"
      secrets['stripe'] = "{v}"
      secrets.tokens[0] = "{v}"
      data[:password] = "{v}"
      options[:api_key] = '{v}'
      $h{password} = '{v}';
      api_key[1]="{v}"
      keys[openai]="{v}"
      ENV['SECRET_KEY_BASE'] = "{v}"
    `);
    assert.deepEqual(leaked(r, forms), []);
    // bash, unquoted (no `&` or `;` in it: the shell would end the command there).
    const bare = mixed(20);
    assert.equal(r.redactString(`keys[openai]=${bare}`), 'keys[openai]=[REDACTED:secret-key-value]');
    assertKept(
      r,
      lines(String.raw`
      token_count[0] = 5
      api_key_id[0] = 'key_123'
      max_tokens["gpt-4"] = 4096
      tokens[0] = "Hello"
      tokens[i] = tokenizer.decode(ids)
      self.api_key = os.environ["OPENAI_API_KEY"]
      this.#secret = secret;
      $config['db']['password'] = getenv('DB_PASSWORD');
      tokens["pad"] = "<pad>"
      tokens[-1] = "<|endoftext|>"
      config.api_keys[2] = process.env.KEY
      cache_key[0] = 'user:1234:profile'
      token_ids[0] = 50256
      self.api_key_env = "OPENAI_API_KEY"
      keys["sort"] = "created_at"
      tokens['special'] = 'additional_special_tokens'
      secret_ids[0] = "sec_01HXYZABCDEF"
      keys[k] = "description"
    `),
    );
  });
});
