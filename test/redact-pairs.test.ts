import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { Redactor } from '../src/core/redact/redactor.js';
import { runCli, tempDir } from './helpers/env.js';
import { attemptTree, under, writeTree } from './helpers/session-builder.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Families of placements the held-out evaluation found leaking (categories 3 and 4), each
 * generalised: name/value pair structures, credential files, SQL, command-line password flags
 * and shells, tool-call argument arrays, cookies, and key names whose value the rules skipped.
 * Each case plants random values (built here, never a literal) in realistic files and carries a
 * look-alike of the same format that must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 9111));
const body = (n: number, set: keyof typeof CHARSETS = 'alnum'): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return set === 'alnum' ? `${s.slice(0, n - 3)}7qK` : s;
};
const v = (): string => body(28);
const lower = (n: number): string => {
  let s = '';
  while (s.length < n) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)];
  return s;
};

interface Case {
  family: string;
  name: string;
  file: string;
  secrets: string[];
  text: string;
  keep: string;
  parse?: 'yaml' | 'json';
}

const j = (x: unknown): string => JSON.stringify(x, null, 2);

export const pairCases = (): Case[] => {
  const s = Array.from({ length: 80 }, v);
  const hex32 = body(32, 'hex');
  const hex40 = body(40, 'hex');
  const hex128 = body(128, 'hex');
  const gmail = `${lower(4)} ${lower(4)} ${lower(4)} ${lower(4)}`;
  const b64 = (x: string): string => Buffer.from(x).toString('base64');
  const apr1 = body(22, 'alnum');
  const bcrypt = body(53, 'alnum');
  const sha = `${b64(body(20, 'alnum')).slice(0, 27)}=`;
  const crypt6 = body(86, 'alnum');
  return [
    // Family 1: name/value pairs.
    {
      family: 'pairs',
      name: 'Kubernetes env name/value',
      file: 'deploy.yaml',
      secrets: [s[0]!, s[1]!],
      parse: 'yaml',
      text: `spec:\n  containers:\n    - name: app\n      env:\n        - name: MISTRAL_API_KEY\n          value: ${s[0]}\n        - name: LOG_LEVEL\n          value: debug\n        - name: "DB_PASSWORD"\n          value: "${s[1]}"\n`,
      keep: `env:\n  - name: LOG_LEVEL\n    value: debug-verbose-mode\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai-credentials-secret\n        key: api-key-field-name\n  - name: MAX_TOKENS\n    value: "4096"\n  - name: TOKEN_LIMIT\n    value: "1200000"\n`,
    },
    {
      family: 'pairs',
      name: 'ECS task definition (JSON)',
      file: 'taskdef.json',
      secrets: [s[2]!, s[3]!],
      parse: 'json',
      text: j({
        containerDefinitions: [
          {
            name: 'web',
            environment: [
              { name: 'STRIPE_TOKEN', value: s[2] },
              { name: 'REGION', value: 'us-east-1' },
              { value: s[3], name: 'SERVICE_SECRET' },
            ],
          },
        ],
      }),
      keep: j({
        containerDefinitions: [
          {
            name: 'web',
            environment: [
              { name: 'REGION', value: 'us-east-1-primary-zone' },
              { name: 'TOKEN_BUDGET', value: '40000000' },
            ],
            secrets: [{ name: 'API_TOKEN', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/api-token' }],
          },
        ],
      }),
    },
    {
      family: 'pairs',
      name: 'ECS one-line JSON',
      file: 'x.log',
      secrets: [s[4]!],
      text: `[{"name":"X_TOKEN","value":"${s[4]}"},{"name":"PORT","value":"8080"}]\n`,
      keep: `[{"name":"X_TOKEN_TTL","value":"3600000000"},{"name":"model","value":"gpt-4o-mini-2024"}]\n`,
    },
    {
      family: 'pairs',
      name: 'CloudFormation parameters',
      file: 'params.json',
      secrets: [s[5]!],
      parse: 'json',
      text: j([
        { ParameterKey: 'DbMasterPassword', ParameterValue: s[5] },
        { ParameterKey: 'Env', ParameterValue: 'production' },
      ]),
      keep: j([
        { ParameterKey: 'KeyPairName', ParameterValue: 'deploy-keypair-2026' },
        { ParameterKey: 'InstanceType', ParameterValue: 't3.medium' },
      ]),
    },
    {
      family: 'pairs',
      name: 'CloudFormation YAML / Name Value',
      file: 'stack.yaml',
      secrets: [s[6]!, s[7]!],
      parse: 'yaml',
      text: `Parameters:\n  - ParameterKey: GithubOAuthToken\n    ParameterValue: ${s[6]}\nEnvironment:\n  Variables:\n    - Name: SLACK_SIGNING_SECRET\n      Value: ${s[7]}\n`,
      keep: `Environment:\n  - Name: STAGE\n    Value: production-eu-west\n`,
    },
    {
      family: 'pairs',
      name: 'Postman environment key/value list',
      file: 'dev.postman_environment.json',
      secrets: [s[8]!, s[9]!],
      parse: 'json',
      text: j({
        name: 'dev',
        values: [
          { key: 'baseUrl', value: 'https://api.example.test', enabled: true },
          { key: 'apiKey', value: s[8], type: 'secret', enabled: true },
          { key: 'access_token', value: s[9], type: 'default' },
        ],
      }),
      keep: j({
        name: 'dev',
        values: [
          { key: 'baseUrl', value: 'https://api.example.test/v2/resources', enabled: true },
          { key: 'apiKey', value: '{{vault:api-key}}', enabled: true },
          { key: 'pageToken', value: 'CAEQARoCCAE3kQz9xYw', enabled: true },
        ],
      }),
    },
    {
      family: 'pairs',
      name: 'Terraform variable default',
      file: 'variables.tf',
      secrets: [s[10]!, s[11]!],
      text: `variable "openai_api_key" {\n  type      = string\n  sensitive = true\n  default   = "${s[10]}"\n}\n\nvariable "db_password" { default = "${s[11]}" }\n`,
      keep: `variable "region" {\n  default = "eu-west-1-secondary"\n}\nvariable "api_key_secret_name" {\n  type    = string\n  default = "prod/openai/api-key"\n}\n`,
    },
    {
      family: 'pairs',
      name: 'GitHub Actions gh secret set and docker-compose list',
      file: 'setup.sh',
      secrets: [s[12]!, s[13]!],
      text: `gh secret set ANTHROPIC_API_KEY --body "${s[12]}"\ngh secret set DEPLOY_TOKEN -b ${s[13]}\n`,
      keep: `gh secret set ANTHROPIC_API_KEY --body "$ANTHROPIC_API_KEY"\ngh secret list --repo massgen/massgen\n`,
    },
    {
      family: 'pairs',
      name: 'docker-compose environment (list and map)',
      file: 'docker-compose.yml',
      secrets: [s[14]!, s[15]!],
      parse: 'yaml',
      text: `services:\n  api:\n    environment:\n      - "GROQ_API_KEY=${s[14]}"\n      - POSTGRES_PASSWORD=${s[15]}\n`,
      keep: `services:\n  api:\n    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/db\n      - LOG_LEVEL=info\n`,
    },
    // Family 2: credential files.
    {
      family: 'files',
      name: '.pgpass',
      file: '.pgpass.txt',
      secrets: [s[16]!, s[17]!],
      text: `db.internal:5432:massgen:app:${s[16]}\n*:*:*:postgres:${s[17]}\n`,
      keep: `12:30:45:00:000\nhttp://localhost:5432:db\n`,
    },
    {
      family: 'files',
      name: '.netrc (one line and multi-line)',
      file: 'netrc.txt',
      secrets: [s[18]!, s[19]!],
      text: `machine api.heroku.com login me@example.test password ${s[18]}\nmachine github.com\n  login bot\n  password ${s[19]}\n`,
      keep: `machine learning login page\nEnter your password below.\n`,
    },
    {
      family: 'files',
      name: '.git-credentials',
      file: 'git-credentials.txt',
      secrets: [s[20]!],
      text: `https://massgen-bot:${s[20]}@github.com\n`,
      keep: `https://github.com/massgen/massgen.git\n`,
    },
    {
      family: 'files',
      name: '.htpasswd (apr1, bcrypt, SHA, crypt)',
      file: 'htpasswd.txt',
      secrets: [apr1, bcrypt, sha, crypt6],
      text: `admin:$apr1$${body(8, 'lowerAlnum')}$${apr1}\nbot:$2y$10$${bcrypt}\nold:{SHA}${sha}\nroot:$6$${body(16, 'lowerAlnum')}$${crypt6}\n`,
      keep: `# htpasswd -B -c .htpasswd admin\nadmin:x:1000:1000:Admin:/home/admin:/bin/bash\n`,
    },
    {
      family: 'files',
      name: 'docker config.json auth',
      file: 'config.json',
      secrets: [b64(`bot:${s[21]}`)],
      parse: 'json',
      text: j({ auths: { 'ghcr.io': { auth: b64(`bot:${s[21]}`) } } }),
      keep: j({ auths: { 'ghcr.io': {} }, credsStore: 'osxkeychain' }),
    },
    {
      family: 'files',
      name: 'pip.conf index-url with a password',
      file: 'pip.conf',
      secrets: [s[22]!],
      text: `[global]\nindex-url = https://__token__:${s[22]}@pypi.example.test/simple\n`,
      keep: `[global]\nindex-url = https://pypi.org/simple\n`,
    },
    {
      family: 'files',
      name: '.npmrc _auth and _password',
      file: 'npmrc.txt',
      secrets: [b64(`u:${s[23]}`), b64(s[24]!)],
      text: `//registry.example.test/:_auth=${b64(`u:${s[23]}`)}\n//registry.example.test/:_password=${b64(s[24]!)}\n_authToken=${s[25]}\n`,
      keep: `registry=https://registry.npmjs.org/\nalways-auth=true\n`,
    },
    // Family 3: SQL.
    {
      family: 'sql',
      name: 'CREATE USER / ALTER ROLE / IDENTIFIED BY',
      file: 'init.sql',
      secrets: [s[26]!, s[27]!, s[28]!, s[29]!],
      text: `CREATE USER massgen WITH PASSWORD '${s[26]}';\nALTER ROLE app WITH LOGIN PASSWORD '${s[27]}';\nCREATE USER 'bot'@'%' IDENTIFIED BY '${s[28]}';\nALTER USER root IDENTIFIED WITH mysql_native_password BY '${s[29]}';\n`,
      keep: `CREATE USER readonly WITH PASSWORD NULL;\nALTER ROLE app WITH PASSWORD :'password';\nCREATE USER 'bot'@'%' IDENTIFIED BY PASSWORD;\n-- set the password in the vault\n`,
    },
    {
      family: 'sql',
      name: 'connection strings Password= and pwd=',
      file: 'appsettings.json',
      secrets: [s[30]!, s[31]!],
      parse: 'json',
      text: j({
        ConnectionStrings: {
          Default: `Server=db;Database=massgen;User Id=sa;Password=${s[30]};`,
          Odbc: `Driver={ODBC Driver 18};Server=db;Uid=app;Pwd=${s[31]};`,
        },
      }),
      keep: j({ ConnectionStrings: { Default: 'Server=db;Database=massgen;Trusted_Connection=True;' } }),
    },
    // Family 4: command-line password flags and shells.
    {
      family: 'cli',
      name: 'redis-cli -a, docker login -p/--password, az login -p',
      file: 'session.log',
      secrets: [s[32]!, s[33]!, s[34]!, s[35]!],
      text: `$ redis-cli -h cache -a ${s[32]} ping\n$ docker login -u bot -p ${s[33]} ghcr.io\n$ docker login --password ${s[34]} -u bot\n$ az login --service-principal -u http://sp -p ${s[35]} --tenant t\n`,
      keep: `$ redis-cli -h cache -a "$REDIS_PASSWORD" ping\n$ docker login --password-stdin -u bot ghcr.io\n$ az login -p "$AZ_SECRET"\n$ tar -a -p archive.tar\n`,
    },
    {
      family: 'cli',
      name: 'mysql -p, PGPASSWORD=, sshpass, htpasswd -b, openssl pass:',
      file: 'run.sh',
      secrets: [s[36]!, s[37]!, s[38]!, s[39]!, s[40]!, s[41]!],
      text: `mysql -uroot -p'${s[36]}' -e 'show databases'\nPGPASSWORD=${s[37]} psql -h db -U app\nsshpass -p '${s[38]}' ssh bot@host\nhtpasswd -b -c .htpasswd admin ${s[39]}\nopenssl enc -aes-256-cbc -in a -out b -pass pass:${s[40]}\nopenssl pkcs12 -export -passout pass:${s[41]} -out c.p12\n`,
      keep: `mysql -u root -p\nopenssl enc -aes-256-cbc -pass env:ENC_PASS -in a\nopenssl pkcs12 -passin file:pw.txt\nhtpasswd -c .htpasswd admin\n`,
    },
    {
      family: 'cli',
      name: 'git clone https://user:token@',
      file: 'trace.log',
      secrets: [s[42]!],
      text: `git clone https://x-access-token:${s[42]}@github.com/o/r.git\n`,
      keep: `git clone https://github.com/o/r.git\n`,
    },
    {
      family: 'cli',
      name: 'fish set -x, setx, PowerShell $env:, cmd set',
      file: 'shell.txt',
      secrets: [s[43]!, s[44]!, s[45]!, s[46]!, s[47]!],
      text: `set -x MISTRAL_API_KEY ${s[43]}\nset -gx COHERE_KEY ${s[44]}\nsetx OPENAI_API_KEY "${s[45]}"\n$env:ANTHROPIC_API_KEY = "${s[46]}"\nset GROQ_API_KEY=${s[47]}\n`,
      keep: `set -x PATH /usr/local/bin $PATH\nsetx MODEL_NAME "gpt-4o-mini-2024-07-18"\n$env:OPENAI_API_KEY = $secret.Value\nset PYTHONPATH=C:\\massgen\\src\n`,
    },
    // Family 5: tool-call argument arrays, cookies.
    {
      family: 'args',
      name: 'tool-call JSON argument arrays',
      file: 'trace.jsonl',
      secrets: [s[48]!, s[49]!, s[50]!],
      text: `{"tool":"bash","args":["--api-key","${s[48]}","--model","x"]}\n{"command":"mysql","args":["-p","${s[49]}"]}\n{"argv": ["serve", "--token", "${s[50]}"]}\n`,
      keep: `{"args":["--api-key-file","/run/secrets/key","--max-tokens","4096"]}\n{"args":["-p","8080:8080"]}\n`,
    },
    {
      family: 'args',
      name: 'Cookie and Set-Cookie session values',
      file: 'http.log',
      secrets: [s[51]!, s[52]!, s[53]!],
      text: `Cookie: theme=dark; sessionid=${s[51]}; csrftoken=${s[52]}\nSet-Cookie: __Secure-next-auth.session-token=${s[53]}; Path=/; HttpOnly\n`,
      keep: `Cookie: theme=dark; lang=en-US-posix\nSet-Cookie: theme=dark-high-contrast; Path=/\n`,
    },
    // Family 6: key names whose values were skipped.
    {
      family: 'names',
      name: 'spaced values under a password name (Gmail app passwords)',
      file: 'config.yaml',
      secrets: [gmail.replace(/ /g, '').slice(0, 10), gmail.slice(5, 15)],
      text: `smtp:\n  password: ${gmail}\n  app_password: "${gmail}"\nEMAIL_HOST_PASSWORD="${gmail}"\n`,
      keep: `smtp:\n  password: see the vault entry\n  password_hint: the usual one\n`,
    },
    {
      family: 'names',
      name: 'strong secret name with a digest-like hex value',
      file: '.env.txt',
      secrets: [hex128, hex40],
      text: `SECRET_KEY_BASE=${hex128}\nSESSION_SECRET=${hex40}\n`,
      keep: `GIT_COMMIT=${body(40, 'hex')}\nCONTENT_SHA256=${body(64, 'hex')}\n`,
    },
    {
      family: 'names',
      name: '*_KEY names with 32/40-hex values',
      file: '.env.txt',
      secrets: [hex32, hex40],
      text: `WANDB_KEY=${hex40}\nDEEPGRAM_KEY=${hex32}\nwandb_key: "${hex40}"\n`,
      keep: `CACHE_KEY=${body(40, 'hex')}\nCOMMIT_KEY_SHA=${body(40, 'hex')}\n`,
    },
  ];
};

/** Variants of each family that the first list does not plant (other tools, files and syntaxes of the same shape). */
export const variantCases = (): Case[] => {
  const s = Array.from({ length: 40 }, v);
  const words = Array.from({ length: 12 }, () => lower(5)).join(' ');
  return [
    {
      family: 'pairs',
      name: 'aws cloudformation --parameters ParameterKey=,ParameterValue=',
      file: 'deploy.sh',
      secrets: [s[0]!],
      text: `aws cloudformation create-stack --parameters ParameterKey=DbPassword,ParameterValue=${s[0]}\n`,
      keep: `aws cloudformation create-stack --parameters ParameterKey=Env,ParameterValue=production-eu\n`,
    },
    {
      family: 'pairs',
      name: 'aws ssm put-parameter / az keyvault secret set --name … --value',
      file: 'secrets.sh',
      secrets: [s[39]!, s[0]!.slice(3) + s[39]!.slice(0, 3)],
      text: `aws ssm put-parameter --name /prod/db_password --type SecureString --value ${s[39]}\naz keyvault secret set --vault-name kv --name openai-api-key --value "${s[0]!.slice(3)}${s[39]!.slice(0, 3)}"\n`,
      keep: `aws ssm put-parameter --name /prod/log_level --type String --value debug-verbose-mode\naws ssm get-parameter --name /prod/db_password --with-decryption\n`,
    },
    {
      family: 'pairs',
      name: 'ARM parameters file (nested value) and CloudFormation NoEcho Default',
      file: 'azuredeploy.parameters.json',
      secrets: [s[1]!],
      parse: 'json',
      text: j({ parameters: { adminUsername: { value: 'azureuser' }, adminPassword: { value: s[1] } } }),
      keep: j({
        parameters: { adminUsername: { value: 'azureuser-primary' }, location: { value: 'westeurope-zone' } },
      }),
    },
    {
      family: 'pairs',
      name: 'CloudFormation parameter with a Default',
      file: 'template.yaml',
      secrets: [s[2]!],
      parse: 'yaml',
      text: `Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: ${s[2]}\n  Stage:\n    Type: String\n    Default: production-eu\n`,
      keep: `Parameters:\n  Stage:\n    Type: String\n    Default: production-eu-west\n`,
    },
    {
      family: 'pairs',
      name: 'HAR cookies and headers as name/value pairs',
      file: 'session.har',
      secrets: [s[3]!, s[4]!],
      parse: 'json',
      text: j({
        cookies: [
          { name: 'sessionid', value: s[3], httpOnly: true },
          { name: 'theme', value: 'dark-high-contrast' },
        ],
        headers: [{ name: 'x-api-key', value: s[4] }],
      }),
      keep: j({
        cookies: [{ name: 'theme', value: 'dark-high-contrast' }],
        headers: [{ name: 'content-type', value: 'application/json; charset=utf-8' }],
      }),
    },
    {
      family: 'pairs',
      name: 'one-line name/value in a Python list (single quotes)',
      file: 'task.py',
      secrets: [s[5]!],
      text: `env = [{'name': 'HF_TOKEN', 'value': '${s[5]}'}]\n`,
      keep: `env = [{'name': 'HF_HOME', 'value': '/cache/huggingface-hub'}]\n`,
    },
    {
      family: 'files',
      name: '.pgpass wildcard host and .my.cnf',
      file: 'pgpass.txt',
      secrets: [s[6]!],
      text: `localhost:*:*:*:${s[6]}\n`,
      keep: `10:15:00:INFO:start\n`,
    },
    {
      family: 'files',
      name: 'redis.conf requirepass, msmtprc password',
      file: 'redis.conf',
      secrets: [s[7]!, s[8]!],
      text: `requirepass ${s[7]}\nmasterauth ${s[8]}\n`,
      keep: `maxmemory 2gb\nrequirepass foobared\n`,
    },
    {
      family: 'sql',
      name: 'SET PASSWORD = PASSWORD(), Oracle unquoted IDENTIFIED BY, sqlplus user/pw',
      file: 'setup.sql',
      secrets: [s[9]!, s[10]!, s[11]!],
      text: `SET PASSWORD FOR 'u'@'h' = PASSWORD('${s[9]}');\nCREATE USER scott IDENTIFIED BY ${s[10]};\n-- sqlplus scott/${s[11]}@orcl\n`,
      keep: `-- Returns the section identified by start and end\nCREATE USER ops IDENTIFIED EXTERNALLY;\n`,
    },
    {
      family: 'cli',
      name: 'mongosh -p, twine -p, zip -P, ssh-keygen -N, keytool -storepass',
      file: 'cmds.sh',
      secrets: [s[12]!, s[13]!, s[14]!, s[15]!, s[16]!],
      text: `mongosh -u admin -p ${s[12]} --host db\ntwine upload -u __token__ -p ${s[13]} dist/*\nzip -P ${s[14]} a.zip f\nssh-keygen -t ed25519 -N ${s[15]} -f k\nkeytool -genkey -storepass ${s[16]} -keystore k.jks\n`,
      keep: `mysql -P 3306 -h db\nssh -p 2222 host\nzip -r a.zip dir\nssh-keygen -t ed25519 -N "" -f k\n`,
    },
    {
      family: 'cli',
      name: 'ldapsearch -w, mosquitto_pub -P, rabbitmqctl add_user, smbclient -U user%pw',
      file: 'ops.sh',
      secrets: [s[35]!, s[36]!, s[37]!, s[38]!],
      text: `ldapsearch -x -D cn=admin -w ${s[35]} -b dc=x\nmosquitto_pub -u bot -P ${s[36]} -t t\nrabbitmqctl add_user bot ${s[37]}\nsmbclient //srv/share -U bot%${s[38]}\n`,
      keep: `ls -w 80\nwc -w notes.txt\nrabbitmqctl list_users\nsmbclient -L srv -U bot\n`,
    },
    {
      family: 'cli',
      name: 'setenv, aws configure set, npm config set, dotnet user-secrets set',
      file: 'setup.sh',
      secrets: [s[17]!, s[18]!, s[19]!, s[20]!],
      text: `setenv OPENAI_API_KEY ${s[17]}\naws configure set aws_secret_access_key ${s[18]}\nnpm config set //registry.npmjs.org/:_authToken ${s[19]}\ndotnet user-secrets set "OpenAI:ApiKey" "${s[20]}"\n`,
      keep: `setenv EDITOR vim-minimal\naws configure set region eu-west-1\nnpm config set registry https://registry.npmjs.org/\n`,
    },
    {
      family: 'cli',
      name: 'PowerShell ConvertTo-SecureString, Set-Item Env:, SetEnvironmentVariable; cmdkey; ::add-mask::',
      file: 'setup.ps1',
      secrets: [s[21]!, s[22]!, s[23]!, s[24]!, s[25]!],
      text: `$pw = ConvertTo-SecureString "${s[21]}" -AsPlainText -Force\nSet-Item -Path Env:OPENAI_API_KEY -Value "${s[22]}"\n[Environment]::SetEnvironmentVariable("GROQ_API_KEY", "${s[23]}", "User")\ncmdkey /add:srv /user:bob /pass:${s[24]}\necho "::add-mask::${s[25]}"\n`,
      keep: `$pw = Read-Host -AsSecureString\nSet-Item -Path Env:PATH -Value "C:\\tools"\necho "::add-mask::$TOKEN"\n`,
    },
    {
      family: 'args',
      name: 'subprocess argument lists, curl -u in a list, a short option with a random value',
      file: 'run.py',
      secrets: [s[26]!, s[27]!, s[28]!],
      text: `subprocess.run(["curl", "-u", "bot:${s[26]}", "https://x.test"])\nsubprocess.run(['serve', '--secret', '${s[27]}'])\n{"args": ["-k", "${s[28]}"]}\n`,
      keep: `subprocess.run(["curl", "-u", "bot", "https://x.test"])\n{"args": ["-k", "keyfile.pem", "-p", "8080:8080"]}\n`,
    },
    {
      family: 'args',
      name: 'document.cookie and curl --cookie',
      file: 'app.js',
      secrets: [s[29]!, s[30]!],
      text: `document.cookie = "sessionid=${s[29]}; path=/";\ncurl --cookie "connect.sid=${s[30]}" https://x.test\n`,
      keep: `document.cookie = "theme=dark-high-contrast; path=/";\n`,
    },
    {
      family: 'names',
      name: 'define(), os.Setenv(), ENV[...] =, a seed phrase, *_PAT',
      file: 'config.php',
      secrets: [s[31]!, s[32]!, s[33]!, words.slice(0, 10), s[34]!],
      text: `define('DB_PASSWORD', '${s[31]}');\nos.Setenv("X_API_KEY", "${s[32]}")\nENV["OPENAI_API_KEY"] = "${s[33]}"\nMNEMONIC="${words}"\nGH_PAT=${s[34]}\n`,
      keep: `define('DB_HOST', 'db.internal.example');\nENV["RAILS_ENV"] = "production"\nMNEMONIC_LANGUAGE="english"\nGH_PAT=\${GH_PAT}\n`,
    },
  ];
};

describe('pair, file, SQL, command-line, argument and key-name families', () => {
  const redactor = new Redactor();
  const run = (file: string, text: string): string => {
    const f = redactor.filter({ rel: file });
    return f.write(text) + f.end();
  };
  for (const c of [...pairCases(), ...variantCases()]) {
    it(`${c.family}: ${c.name}`, () => {
      const out = run(c.file, c.text);
      for (const secret of c.secrets)
        for (const w of [secret.slice(0, 10), secret.slice(-10)]) assert.ok(!out.includes(w), `leaks ${w}:\n${out}`);
      assert.equal(out.split('\n').length, c.text.split('\n').length, 'line count kept');
      if (c.parse === 'yaml') assert.doesNotThrow(() => YAML.parse(out), out);
      if (c.parse === 'json') assert.doesNotThrow(() => JSON.parse(out), out);
      assert.equal(run(c.file, c.keep), c.keep, 'the look-alike survives byte-identical');
    });
  }
});

describe('the families through the real CLI', () => {
  it('each case and its look-alike, as workspace files, are exported redacted and byte-identical', async () => {
    const all = [...pairCases(), ...variantCases()];
    const files: Record<string, string> = {};
    const ext = (c: Case): string => path.extname(c.file) || '.txt';
    all.forEach((c, i) => {
      files[`case${i}${ext(c)}`] = c.text;
      files[`keep${i}${ext(c)}`] = c.keep;
    });
    const base = await tempDir();
    const cwd = path.join(base, 'project');
    const session = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000003');
    const spec = {
      question: 'Deploy the stack',
      agents: ['agent_a'],
      winner: 'agent_a',
      finishReason: 'completed' as const,
      start: 1769854500,
      cost: 0.1,
      inputTokens: 10,
      outputTokens: 5,
      attemptNumber: 1,
      turnNumber: 1,
      sessionName: 'log_20260301_100000_000003',
      withAgentOutputs: false,
      workspace: () => files,
    };
    await writeTree(session, under('turn_1/attempt_1', attemptTree(spec)));
    const dir = path.join(base, 'out');
    const r = await runCli(['export', '--output', dir, '--workspace-limit', '5MB'], { cwd, env: { HOME: cwd } });
    assert.equal(r.code, 0, r.stderr);
    const exported = new Map<string, string>();
    for (const n of await readdir(dir)) exported.set(n, await readFile(path.join(dir, n), 'utf8'));
    const text = [...exported.values()].join('\n');
    all.forEach((c, i) => {
      for (const secret of c.secrets)
        for (const w of [secret.slice(0, 10), secret.slice(-10)])
          assert.ok(!text.includes(w), `${c.name} leaks through the CLI`);
      const kept = [...exported].filter(([n]) => n.endsWith(`keep${i}${ext(c)}`));
      assert.ok(kept.length > 0, `keep${i}${ext(c)} is exported`);
      for (const [, body] of kept) assert.equal(body, c.keep, `${c.name}: the look-alike file is byte-identical`);
      for (const [n, body] of exported) {
        if (!n.endsWith(`case${i}${ext(c)}`)) continue;
        if (c.parse === 'yaml') assert.doesNotThrow(() => YAML.parse(body), n);
        if (c.parse === 'json') assert.doesNotThrow(() => JSON.parse(body), n);
      }
    });
  });
});
