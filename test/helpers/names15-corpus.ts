/**
 * Secret-bearing files known by their name (names15): the credential stores of PPP, Postfix, rsync, PostgreSQL, MySQL,
 * netrc, git, Apache, npm, Yarn, PyPI, AWS, Docker, wpa_supplicant, NetworkManager, Home Assistant and Streamlit,
 * Vault, boto, Terraform, kubectl, s3cmd, rclone, RubyGems, Cargo, gh, hub and the Azure CLI, each written as its tool
 * writes it with values generated from a seeded rng (no credential is committed); and benign twins: the same names
 * holding only comments, placeholders or settings, and names shared with files of other tools (`config`, `hosts.yml`,
 * `hub`). Each case lists the values that must not go out anywhere (`secrets`) and the strings of the same file that
 * are no secret and must stay where else they appear (`kept`).
 */
import { uuidOf, type randomStrings } from './fake-secrets.js';

export interface NamedFile {
  /** Path in the agent's workspace. */
  path: string;
  content: string | Buffer;
  /** Values that must appear nowhere in the export. */
  secrets: string[];
  /** Strings of the file that are no secret: pasted elsewhere, they must come out unchanged. */
  kept: string[];
  /** What is pasted elsewhere when it is not the secrets themselves (a whole key block for one of its lines). */
  pasted?: string[];
  /** The category it is left out under, when not `secret-bearing file` (a cache folder's, `.cargo/`). */
  leftOutAs?: string;
}

type Gen = ReturnType<typeof randomStrings>;

const WORDS = ['Maple', 'Harbor', 'Falcon', 'Copper', 'Willow', 'Quartz', 'Ember', 'Tundra', 'Cobalt', 'Juniper'];
const SYMBOLS = '!#%&*+-=?@^_~';

/** A password as a person or a generator makes it: a word with digits and a symbol, or 14–24 random characters. */
function password(r: Gen, k: number): string {
  const n = Math.floor(parseInt(r('digits', 4), 10) % 1000);
  if (k % 3 === 0) return `${WORDS[n % WORDS.length]}${r('digits', 4)}${SYMBOLS[n % SYMBOLS.length]}${r('alnum', 4)}`;
  if (k % 3 === 1) return r('alnum', 14 + (n % 10));
  return `${r('alnum', 6)}${SYMBOLS[n % SYMBOLS.length]}${r('alnum', 6)}${r('digits', 2)}`;
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const pem = (r: Gen, kind: string): string =>
  `-----BEGIN ${kind}-----\n${Array.from({ length: 6 }, () => r('b64', 64)).join('\n')}\n${r('b64', 20)}=\n-----END ${kind}-----\n`;

/** Binary of a format (magic bytes, then random bytes with a few printable runs). */
function binary(r: Gen, magic: number[], strings: string[] = []): Buffer {
  const parts: Buffer[] = [Buffer.from(magic)];
  for (let i = 0; i < 8; i++) {
    parts.push(Buffer.from(r('hex', 128), 'hex'));
    if (strings[i] !== undefined) parts.push(Buffer.from(strings[i]!));
  }
  return Buffer.concat(parts);
}

/** The secret-bearing files of one seed, under `dir` (a workspace root, a copied project, a copied home). */
export function secretFiles(r: Gen, dir: string): NamedFile[] {
  const p = (rel: string): string => (dir ? `${dir}/${rel}` : rel);
  const pw = (k: number): string => password(r, k);
  const host = `db${r('digits', 2)}.internal.example.com`;
  const user = `svc_${r('lowerAlnum', 6)}`;
  const ghp = `ghp_${r('alnum', 36)}`;
  const gho = `gho_${r('alnum', 36)}`;
  const akia = `AKIA${r('base32', 16)}`;
  const awsSecret = r('b64', 40);
  const files: NamedFile[] = [];
  const add = (rel: string, content: string | Buffer, secrets: string[], kept: string[] = [], pasted?: string[]) => {
    files.push({ path: p(rel), content, secrets, kept, ...(pasted ? { pasted } : {}) });
  };
  // PPP: client server secret IP addresses (quoted or not).
  for (const name of ['etc/ppp/chap-secrets', 'etc/ppp/pap-secrets']) {
    const [a, b, c] = [pw(0), pw(1), pw(2)];
    add(
      name,
      `# Secrets for authentication using ${name.endsWith('chap-secrets') ? 'CHAP' : 'PAP'}\n` +
        `# client\tserver\tsecret\t\t\tIP addresses\n"alice"\t*\t"${a}"\t*\nbob\tpptpd\t${b}\t10.0.0.2\n` +
        `vpnuser  *  ${c}  192.168.1.0/24\n`,
      [a, b, c],
      ['pptpd', '192.168.1.0/24'],
    );
  }
  {
    const [a, b] = [pw(1), pw(0)];
    add(
      'etc/postfix/sasl_passwd',
      `[smtp.gmail.com]:587 ${user}@gmail.com:${a}\n[smtp.sendgrid.net]:2525 apikey:${b}\n`,
      [a, b],
      [`${user}@gmail.com`, '[smtp.sendgrid.net]:2525'],
    );
  }
  {
    const [a, b] = [pw(2), pw(1)];
    add('etc/rsyncd.secrets', `backup:${a}\n# mirror account\nmirror:${b}\n`, [a, b]);
  }
  {
    const [a, b, c] = [pw(0), pw(1), `${r('alnum', 6)}:${r('alnum', 8)}`];
    add(
      '.pgpass',
      `${host}:5432:appdb:${user}:${a}\n*:*:*:postgres:${b}\nlocalhost:6432:analytics:report:${c.replace(':', '\\:')}\n`,
      [a, b, c],
      [host, user],
    );
  }
  {
    const a = pw(2);
    add('.my.cnf', `[client]\nuser=${user}\npassword="${a}"\nhost=${host}\n\n[mysqldump]\nquick\n`, [a], [host]);
  }
  for (const name of ['.netrc', '_netrc']) {
    const [heroku, a] = [uuidOf(r('hex', 32), true), pw(1)];
    add(
      name,
      `machine api.heroku.com\n  login ${user}@example.com\n  password ${heroku}\n` +
        `machine git.example.com login ${user} password ${a}\n`,
      [heroku, a],
      ['api.heroku.com', 'git.example.com'],
    );
  }
  {
    const [glpat, a] = [`glpat-${r('urlsafe', 20)}`, pw(1)];
    add(
      '.git-credentials',
      `https://${user}:${ghp}@github.com\nhttps://oauth2:${glpat}@gitlab.com\nhttps://${user}:${a}@git.example.com\n`,
      [ghp, glpat, a],
    );
  }
  for (const name of ['.htpasswd', 'htpasswd', 'nginx.htpasswd']) {
    const apr = `$apr1$${r('alnum', 8)}$${r('alnum', 22)}`;
    const bcrypt = `$2y$05$${r('alnum', 53)}`;
    const sha = `{SHA}${r('b64', 27)}=`;
    add(name, `alice:${apr}\nbob:${bcrypt}\ncarol:${sha}\n`, [apr, bcrypt, sha]);
  }
  {
    const [npm, internal, pw64] = [`npm_${r('alnum', 36)}`, r('alnum', 32), b64(pw(0))];
    add(
      '.npmrc',
      `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npm}\n` +
        `@acme:registry=https://npm.acme.example.com/\n//npm.acme.example.com/:_authToken=${internal}\n` +
        `//npm.legacy.example.com/:_password=${pw64}\nalways-auth=true\n`,
      [npm, internal, pw64],
      ['https://npm.acme.example.com/'],
    );
  }
  {
    const [tok, ident] = [r('alnum', 40), `${user}:${pw(2)}`];
    add(
      '.yarnrc.yml',
      `nodeLinker: node-modules\nnpmRegistries:\n  "https://npm.acme.example.com":\n    npmAuthToken: ${tok}\n` +
        `    npmAlwaysAuth: true\nnpmAuthIdent: "${ident}"\n`,
      [tok, ident],
    );
  }
  {
    const [pypi, a] = [`pypi-AgEIcHlwaS5vcmc${r('urlsafe', 120)}`, pw(0)];
    add(
      '.pypirc',
      `[distutils]\nindex-servers =\n    pypi\n    private\n\n[pypi]\nusername = __token__\npassword = ${pypi}\n\n` +
        `[private]\nrepository = https://pypi.acme.example.com/\nusername = ${user}\npassword = ${a}\n`,
      [pypi, a],
    );
  }
  {
    const [akia2, secret2, session] = [`ASIA${r('base32', 16)}`, r('b64', 40), r('b64', 300)];
    add(
      '.aws/credentials',
      `[default]\naws_access_key_id = ${akia}\naws_secret_access_key = ${awsSecret}\n\n[prod]\n` +
        `aws_access_key_id=${akia2}\naws_secret_access_key=${secret2}\naws_session_token=${session}\n`,
      [akia, awsSecret, akia2, secret2, session],
    );
    const secret3 = r('b64', 40);
    add(
      '.aws/config',
      `[default]\nregion = us-east-1\noutput = json\n\n[profile ci]\nregion = eu-west-1\n` +
        `aws_access_key_id = AKIA${r('base32', 16)}\naws_secret_access_key = ${secret3}\n`,
      [secret3],
      ['eu-west-1'],
    );
  }
  add('vault/passwords.kdbx', binary(r, [0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5]), []);
  for (const [name, kind] of [
    ['.ssh/id_ed25519', 'OPENSSH PRIVATE KEY'],
    ['keys/id_rsa', 'RSA PRIVATE KEY'],
    ['certs/server.key', 'PRIVATE KEY'],
    ['certs/tls.pem', 'EC PRIVATE KEY'],
  ] as const) {
    const block = pem(r, kind);
    add(name, block, [block.split('\n')[2]!], [], [block]);
  }
  for (const name of ['certs/client.p12', 'certs/client.pfx', 'android/release.jks', 'android/debug.keystore'])
    add(name, binary(r, [0x30, 0x82, 0x0a, 0x1b]), []);
  {
    const [a, b] = [pw(1), pw(0)];
    const auth1 = b64(`${user}:${a}`);
    const auth2 = b64(`${user}:${ghp}`);
    add('.dockercfg', `{"https://index.docker.io/v1/": {"auth": "${auth1}", "email": "${user}@example.com"}}\n`, [
      auth1,
      a,
    ]);
    const auth3 = b64(`deploy:${b}`);
    add(
      '.docker/config.json',
      JSON.stringify(
        {
          auths: { 'ghcr.io': { auth: auth2 }, 'registry.acme.example.com': { auth: auth3 } },
          credsStore: 'desktop',
        },
        null,
        '\t',
      ),
      [auth2, auth3, b],
    );
  }
  {
    const [psk, hexPsk, eap] = [pw(0), r('hex', 64), pw(1)];
    add(
      'etc/wpa_supplicant/wpa_supplicant.conf',
      `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=US\n\n` +
        `network={\n\tssid="HomeNet-${r('digits', 3)}"\n\tpsk="${psk}"\n\tkey_mgmt=WPA-PSK\n}\n\n` +
        `network={\n\tssid="Cabin"\n\tpsk=${hexPsk}\n}\n\nnetwork={\n\tssid="Office"\n\tkey_mgmt=WPA-EAP\n\teap=PEAP\n` +
        `\tidentity="${user}"\n\tpassword="${eap}"\n}\n`,
      [psk, hexPsk, eap],
    );
  }
  {
    const [psk, vpn] = [pw(2), pw(0)];
    const id = uuidOf(r('hex', 32), true);
    add(
      'etc/NetworkManager/system-connections/Home.nmconnection',
      `[connection]\nid=Home\nuuid=${id}\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=Home\n\n` +
        `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${psk}\n\n[ipv4]\nmethod=auto\n`,
      [psk],
      [id],
    );
    add(
      'etc/NetworkManager/system-connections/office-vpn.nmconnection',
      `[connection]\nid=office-vpn\ntype=vpn\n\n[vpn]\nservice-type=org.freedesktop.NetworkManager.openvpn\n` +
        `password-flags=0\n\n[vpn-secrets]\npassword=${vpn}\n`,
      [vpn],
    );
  }
  {
    const [mqtt, weather, router] = [pw(1), r('hex', 32), pw(0)];
    add(
      'homeassistant/secrets.yaml',
      `# Use this file to store secrets like usernames and passwords.\nhttp_password: ${mqtt}\n` +
        `openweathermap: ${weather}\nrouter_login: ${router}\nhome_latitude: 52.3731\n`,
      [mqtt, weather, router],
    );
    const [key, dbpw] = [`sk-proj-${r('urlsafe', 40)}T3BlbkFJ${r('urlsafe', 40)}`, pw(2)];
    add(
      '.streamlit/secrets.toml',
      `OPENAI_API_KEY = "${key}"\n\n[connections.postgresql]\ndialect = "postgresql"\nhost = "${host}"\n` +
        `port = "5432"\ndatabase = "appdb"\nusername = "${user}"\npassword = "${dbpw}"\n`,
      [key, dbpw],
      [host],
    );
  }
  {
    const [hvs, legacy] = [`hvs.${r('alnum', 24)}`, `s.${r('alnum', 24)}`];
    add('.vault-token', hvs, [hvs]);
    add('old/.vault-token', `${legacy}\n`, [legacy]);
  }
  {
    const [secret, refresh] = [r('b64', 40), `1//0${r('urlsafe', 100)}`];
    add(
      '.boto',
      `[Credentials]\naws_access_key_id = AKIA${r('base32', 16)}\naws_secret_access_key = ${secret}\n` +
        `gs_oauth2_refresh_token = ${refresh}\n\n[Boto]\nhttps_validate_certificates = True\n`,
      [secret, refresh],
    );
  }
  {
    const keyId = r('hex', 40);
    const block = pem(r, 'PRIVATE KEY');
    const project = `acme-data-${r('digits', 6)}`;
    const sa = JSON.stringify(
      {
        type: 'service_account',
        project_id: project,
        private_key_id: keyId,
        private_key: block,
        client_email: `loader@${project}.iam.gserviceaccount.com`,
        client_id: r('digits', 21),
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: 'https://oauth2.googleapis.com/token',
      },
      null,
      2,
    );
    add('gcp/service-account.json', sa, [keyId, block.split('\n')[3]!], [], [keyId, block]);
    add(`gcp/service-account-${project}.json`, sa.replace(keyId, r('hex', 40)), []);
  }
  {
    const [dbpw, cf, dd] = [pw(0), r('urlsafe', 40), r('hex', 32)];
    add(
      'infra/terraform.tfvars',
      `region        = "us-east-1"\ninstance_type = "t3.micro"\ndb_password   = "${dbpw}"\n` +
        `cloudflare_api_token = "${cf}"\ndatadog_api_key = "${dd}"\n`,
      [dbpw, cf, dd],
      ['t3.micro'],
    );
    const pw2 = pw(1);
    add('infra/prod.auto.tfvars', `admin_password = "${pw2}"\n`, [pw2]);
  }
  {
    const [a, b] = [pw(1), r('alnum', 32)];
    add('app/.env.production.local', `DATABASE_PASSWORD=${a}\nSTRIPE_WEBHOOK_SIGNING=${b}\n`, [a, b]);
  }
  {
    const [secret, refresh, access] = [
      `GOCSPX-${r('urlsafe', 28)}`,
      `1//0${r('urlsafe', 100)}`,
      `ya29.${r('urlsafe', 150)}`,
    ];
    const creds = JSON.stringify({
      client_id: `${r('digits', 12)}-${r('lowerAlnum', 32)}.apps.googleusercontent.com`,
      client_secret: secret,
      refresh_token: refresh,
      type: 'authorized_user',
    });
    add(
      '.config/gcloud/credentials.db',
      binary(r, [...Buffer.from('SQLite format 3\0')], [`${user}@example.com`, creds]),
      [secret, refresh],
    );
    add('.config/gcloud/access_tokens.db', binary(r, [...Buffer.from('SQLite format 3\0')], [access]), [access]);
  }
  {
    const [tok, keyData] = [r('alnum', 60), b64(pem(r, 'RSA PRIVATE KEY'))];
    add(
      '.kube/config',
      `apiVersion: v1\nclusters:\n- cluster:\n    server: https://k8s.acme.example.com:6443\n  name: prod\n` +
        `contexts:\n- context:\n    cluster: prod\n    user: admin\n  name: prod\ncurrent-context: prod\nkind: Config\n` +
        `users:\n- name: admin\n  user:\n    token: ${tok}\n- name: cert\n  user:\n    client-key-data: ${keyData}\n`,
      [tok, keyData],
      ['https://k8s.acme.example.com:6443'],
    );
  }
  {
    const [secret, gpg] = [r('b64', 40), pw(0)];
    add(
      '.s3cfg',
      `[default]\naccess_key = ${akia}\nsecret_key = ${secret}\nhost_base = s3.amazonaws.com\ngpg_passphrase = ${gpg}\n`,
      [secret, gpg, akia],
    );
  }
  {
    const [secret, obscured, refresh] = [r('b64', 40), r('urlsafe', 42), `1//0${r('urlsafe', 100)}`];
    add(
      '.config/rclone/rclone.conf',
      `[s3remote]\ntype = s3\nprovider = AWS\naccess_key_id = AKIA${r('base32', 16)}\n` +
        `secret_access_key = ${secret}\n\n[gdrive]\ntype = drive\nscope = drive\n` +
        `token = {"access_token":"ya29.${r('urlsafe', 120)}","token_type":"Bearer","refresh_token":"${refresh}",` +
        `"expiry":"2026-01-31T10:15:00.000Z"}\n\n[secret]\ntype = crypt\nremote = gdrive:vault\npassword = ${obscured}\n`,
      [secret, obscured, refresh],
      ['gdrive:vault'],
    );
  }
  {
    const gem = `rubygems_${r('hex', 48)}`;
    add('.gem/credentials', `---\n:rubygems_api_key: ${gem}\n:github: Bearer ${ghp}\n`, [gem, ghp]);
    const cio = `cio${r('alnum', 32)}`;
    const other = r('alnum', 40);
    add('.cargo/credentials.toml', `[registry]\ntoken = "${cio}"\n\n[registries.acme]\ntoken = "Bearer ${other}"\n`, [
      cio,
      other,
    ]);
    files[files.length - 1]!.leftOutAs = 'dependency tree or cache';
  }
  {
    add(
      '.config/gh/hosts.yml',
      `github.com:\n    users:\n        ${user}:\n            oauth_token: ${gho}\n` +
        `    oauth_token: ${gho}\n    user: ${user}\n    git_protocol: https\n`,
      [gho],
      [user],
    );
    const hub = r('hex', 40);
    add('.config/hub', `github.com:\n- user: ${user}\n  oauth_token: ${hub}\n  protocol: https\n`, [hub]);
  }
  {
    const jwt = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${b64(`{"aud":"https://management.core.windows.net/","oid":"${r('hex', 8)}"}`).replace(/=+$/, '')}.${r('urlsafe', 86)}`;
    const refresh = `0.A${r('urlsafe', 300)}`;
    const sp = `${r('alnum', 3)}8Q~${r('urlsafe', 34)}`;
    add(
      '.azure/msal_token_cache.json',
      JSON.stringify({
        AccessToken: { 'x-login.microsoftonline.com-accesstoken': { credential_type: 'AccessToken', secret: jwt } },
        RefreshToken: {
          'x-login.microsoftonline.com-refreshtoken': { credential_type: 'RefreshToken', secret: refresh },
        },
      }),
      [jwt, refresh],
    );
    add(
      '.azure/service_principal_entries.json',
      JSON.stringify([
        { client_id: uuidOf(r('hex', 32), true), tenant: uuidOf(r('hex', 32), true), client_secret: sp },
      ]),
      [sp],
    );
  }
  return files;
}

/**
 * Benign twins: the same names holding only comments, placeholders or settings (left out or not as the policy says,
 * teaching nothing), and other tools' files of the same names (`config`, `hosts.yml`, `hub`, a man page), which go out.
 */
export function benignFiles(r: Gen, dir: string): (NamedFile & { goesOut: boolean })[] {
  const p = (rel: string): string => (dir ? `${dir}/${rel}` : rel);
  const id = uuidOf(r('hex', 32), true);
  const project = `demo-app-${r('digits', 4)}`;
  const ca = b64(`-----BEGIN CERTIFICATE-----\n${r('b64', 64)}\n${r('b64', 64)}\n-----END CERTIFICATE-----\n`);
  const commit = r('hex', 40);
  const out = (rel: string, content: string, kept: string[] = []) => ({
    path: p(rel),
    content,
    secrets: [],
    kept,
    goesOut: true,
  });
  const held = (rel: string, content: string, kept: string[] = []) => ({ ...out(rel, content, kept), goesOut: false });
  return [
    held(
      'etc/ppp/chap-secrets',
      '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n',
    ),
    held('etc/postfix/sasl_passwd', '# [smtp.example.com]:587 username:password\n'),
    held('.pgpass', '# hostname:port:database:username:password\n'),
    held('.my.cnf', '[mysql]\nauto-rehash\ndefault-character-set = utf8mb4\n', ['utf8mb4']),
    held('.npmrc', `registry=https://registry.npmjs.org/\nsave-exact=true\ninit-module=${project}\n`, [project]),
    held('.yarnrc.yml', 'nodeLinker: node-modules\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n', ['yarn-4.1.0.cjs']),
    held('.pypirc', '[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\n'),
    held(
      'htpasswd',
      'HTPASSWD(1)\n\nNAME\n       htpasswd - Manage user files for basic authentication\n\nSYNOPSIS\n' +
        '       htpasswd [ -c ] [ -i ] [ -m | -B | -2 | -5 | -d | -s | -p ] [ -r rounds ] passwdfile username\n',
    ),
    held(
      '.docker/config.json',
      '{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {}\n\t},\n\t"credsStore": "desktop"\n}\n',
    ),
    held(
      'etc/wpa_supplicant/wpa_supplicant.conf',
      'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=US\n',
    ),
    held(
      'etc/NetworkManager/system-connections/Wired.nmconnection',
      `[connection]\nid=Wired connection 1\nuuid=${id}\ntype=ethernet\n\n[ipv4]\nmethod=auto\n`,
      [id],
    ),
    held(
      'homeassistant/secrets.yaml',
      '# Use this file to store secrets like usernames and passwords.\nsome_password: welcome\n',
    ),
    held('infra/terraform.tfvars', `region = "us-east-1"\ninstance_type = "t3.micro"\nproject_name = "${project}"\n`, [
      project,
      't3.micro',
    ]),
    held('.config/rclone/rclone.conf', '[local]\ntype = local\n'),
    held(
      '.kube/config',
      `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${ca}\n    server: https://10.0.0.1:6443\n` +
        `  name: dev\nkind: Config\n`,
      [ca],
    ),
    held('.gem/credentials', '---\n'),
    held('.aws/config', '[default]\nregion = us-east-1\noutput = json\n'),
    out(
      'app/config',
      `[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/acme/${project}.git\n`,
      [project],
    ),
    out('docs/config', `# The app reads its config from config.yaml.\nbuild: ${commit}\n`, [commit]),
    out(
      'inventory/hosts.yml',
      `all:\n  hosts:\n    web01:\n      ansible_host: 10.0.0.5\n      ansible_user: deploy\n  vars:\n    release: ${project}\n`,
      [project],
    ),
    out('docs/hub', 'The hub is the service every agent reports to.\n'),
    // A man page's section number reads as a rotation (`.env.1`): left out with the name it rotates.
    held(
      'docs/htpasswd.1',
      'htpasswd - Manage user files for basic authentication\n  htpasswd -nbB myName myPassword\n',
    ),
    out(
      'docs/htpasswd.md',
      '# htpasswd\n\nRun `htpasswd -c .htpasswd alice` to create the file; it prompts for the password.\n',
    ),
    out('docs/credentials.md', `# Credentials\n\nAsk the platform team; the ticket is ${project}.\n`, [project]),
  ];
}
