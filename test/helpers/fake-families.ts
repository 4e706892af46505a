/**
 * Fakes for the provider families of src/core/redact/rules.ts beyond ../shared/secrets.md §B.4:
 * one or more per family, built at test time from fragments and a seeded generator (no
 * token-shaped literal is committed), each with the rule that must name it and look-alikes that
 * share its prefix, length or charset and must come out byte for byte.
 */
import { CHARSETS, rng } from './fake-secrets.js';

export interface FamilyFake {
  family: string;
  /** The rule id the placeholder must carry. */
  rule: string;
  /** The secret: no 10-character window of it may survive. */
  value: string;
  /** The text planted; the value itself unless the family is only recognised in context. */
  text: string;
  /**
   * Look-alikes: same prefix inside a word, wrong length or charset. They must survive. A wrong length is shorter than
   * sixteen random characters: more after a key's prefix are a key's part (stubs.ts, round 31). (Drawn at the
   * length they had, then cut: the values after them stay those of the seed.)
   */
  alikes: string[];
}

/** Strings over a charset, from a seeded generator. */
function strings(seed: number): (set: keyof typeof CHARSETS | (string & {}), n: number) => string {
  const rand = rng(seed);
  return (set, n) => {
    const chars = set in CHARSETS ? CHARSETS[set as keyof typeof CHARSETS] : set;
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
    return s;
  };
}

/** Joins fragments: a prefix written whole in a test file would be a token shape to a scanner. */
const j = (...parts: string[]): string => parts.join('');

export function familyFakes(seed = 20261130): FamilyFake[] {
  const r = strings(seed);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const bech32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
  const plain = (family: string, rule: string, value: string, alikes: string[]): FamilyFake => ({
    family,
    rule,
    value,
    text: value,
    alikes,
  });
  const inContext = (family: string, rule: string, value: string, text: string, alikes: string[]): FamilyFake => ({
    family,
    rule,
    value,
    text,
    alikes,
  });

  // Discord: the bot's user id (18 or 19 digits) in unpadded base64, a 6-character timestamp, the HMAC.
  const discordId = Buffer.from(`1${r('digits', 18)}`)
    .toString('base64')
    .replace(/=+$/, '');
  const discord = `${discordId}.${r('urlsafe', 6)}.${r('urlsafe', 38)}`;
  const notDigits = Buffer.from('agent_b_workspace_x').toString('base64').replace(/=+$/, '');

  const ppkPrivate = [r('b64', 64), r('b64', 64), r('b64', 20)].join('\n');
  const ppk = [
    `${j('PuTTY-User-', 'Key-File-3')}: ssh-rsa`,
    'Encryption: none',
    'Comment: rsa-key-20260101',
    'Public-Lines: 2',
    `AAAAB3NzaC1yc2E${r('b64', 49)}`,
    r('b64', 40),
    'Private-Lines: 3',
    ppkPrivate,
    `Private-MAC: ${r('hex', 64)}`,
  ].join('\n');
  const pgpBody = [r('b64', 64), r('b64', 64), r('b64', 64), `=${r('b64', 4)}`].join('\n');
  const pgp = `${j('-----BEGIN PGP PRIV', 'ATE KEY BLOCK-----')}\n\nlQOYBG${r('b64', 58)}\n${pgpBody}\n${j('-----END PGP PRIV', 'ATE KEY BLOCK-----')}`;

  const teamsUrl = `https://contoso.${j('webhook.', 'office.com')}/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${r('hex', 32)}/${uuid()}`;
  const sig = r('urlsafe', 43);
  const zapier = `${r('digits', 7)}/${r('lowerAlnum', 6)}`;
  const azure = `${r('alnum', 3)}${r('digits', 1)}Q~${r('urlsafe', 34)}`;

  return [
    // LLM and tool APIs
    plain('elevenlabs', 'elevenlabs-api-key', j('sk', '_', r('hex', 48)), [
      j('sk', '_', r('hex', 47)),
      j('task', '_', r('hex', 48)),
      j('sk', '_', r('hex', 47), 'g'),
    ]),
    inContext('elevenlabs-header', 'api-key-header', r('hex', 32), '', []),
    plain('voyage', 'voyage-api-key', j('pa', '-', r('urlsafe', 43)), [
      j('spa', '-', r('alnum', 43)),
      j('pa', '-', r('alnum', 20)),
      'pa-tools-and-utilities-for-the-agent-system-v2',
    ]),
    plain('stability', 'sk-api-key', j('sk', '-', r('alnum', 48)), [
      j('risk', '-', r('alnum', 48)),
      j('sk', '-', r('alnum', 20)),
    ]),
    // Langfuse's public key (pk-lf-) is meant for browser SDKs, like PostHog's phc_: a look-alike that stays.
    plain('langfuse-secret', 'langfuse-api-key', j('sk', '-lf-', uuid()), [
      `sk-lf-${r('hex', 8)}`,
      j('pk', '-lf-', uuid()),
    ]),
    plain('helicone', 'helicone-api-key', j('sk', '-helicone-', [1, 2, 3, 4].map(() => r('lowerAlnum', 7)).join('-')), [
      'sk-helicone-docs',
    ]),
    plain('jina', 'jina-api-key', j('jina', '_', r('alnum', 60)), [
      'jina_embeddings_v3',
      j('jina', '_', r('alnum', 20).slice(0, 12)),
      'jina_embeddings_v2_base_en_model_config_path',
    ]),
    plain('firecrawl', 'firecrawl-api-key', j('fc', '-', r('hex', 32)), [
      j('sfc', '-', r('hex', 32)),
      j('fc', '-', r('hex', 31)),
      j('fc', '-', r('hex', 31), 'z'),
    ]),
    plain('llamacloud', 'llamacloud-api-key', j('llx', '-', r('alnum', 48)), [j('llx', '-', r('alnum', 12))]),
    plain('e2b', 'e2b-api-key', j('e2b', '_', r('hex', 40)), [j('e2b', '_', r('hex', 39), 'q')]),
    plain('browserbase', 'browserbase-api-key', j('bb', '_live_', r('urlsafe', 27)), [
      j('bb', '_live_', r('alnum', 8)),
    ]),
    plain('modal-id', 'modal-token', j('ak', '-', r('alnum', 22)), [
      j('has', '-', r('alnum', 22)),
      j('ak', '-', r('alnum', 10)),
      'as-averyveryverylongidentifier',
    ]),
    plain('modal-secret', 'modal-token', j('as', '-', r('alnum', 22)), [j('alias', '-', r('alnum', 22))]),
    plain('runpod', 'runpod-api-key', j('rpa', '_', r('upperAlnum', 40)), [j('rpa', '_', r('upperAlnum', 12))]),
    plain('anyscale', 'anyscale-api-key', j('esecret', '_', r('alnum', 26)), [j('esecret', '_', r('alnum', 8))]),
    plain('google-oauth-client-secret', 'google-oauth-client-secret', j('GOC', 'SPX-', r('urlsafe', 28)), [
      j('GOC', 'SPX-', r('alnum', 10)),
    ]),
    plain('google-oauth-access-token', 'google-oauth-access-token', j('ya', '29.', r('urlsafe', 150)), [
      j('maya', '29.', r('urlsafe', 40)),
      j('ya', '29.', r('alnum', 10)),
    ]),
    plain('google-oauth-refresh-token', 'google-oauth-refresh-token', j('1/', '/0', r('alnum', 1), r('urlsafe', 100)), [
      j('21/', '/0', r('alnum', 40)),
      'https://example.test/1//0/x',
    ]),
    // Cloud and infrastructure
    plain('azure-ad-client-secret', 'azure-ad-client-secret', azure, [
      'use the Q~ operator',
      j(r('alnum', 2), '8Q~', r('alnum', 34)),
      j('x_', azure),
    ]),
    plain('alibaba', 'alibaba-access-key-id', j('LT', 'AI', r('alnum', 20)), [j('LT', 'AI', r('alnum', 6))]),
    plain('tencent', 'tencent-secret-id', j('AK', 'ID', r('alnum', 32)), [j('AK', 'ID', r('alnum', 10))]),
    plain('scaleway', 'scaleway-access-key', j('SC', 'W', r('upperAlnum', 17)), [
      j('SC', 'W', r('upperAlnum', 5)),
      j('SC', 'W', r('lowerAlnum', 17)),
    ]),
    plain('heroku', 'heroku-api-key', j('HR', 'KU-', 'AA', r('urlsafe', 58)), [j('HR', 'KU-', 'docs')]),
    plain('flyio', 'flyio-token', j('fo', '1_', r('urlsafe', 43)), [j('fo', '1_', r('alnum', 10))]),
    inContext('flyio-macaroon', 'flyio-token', j('fm', '2_', r('alnum', 300)), '', []),
    plain('netlify', 'netlify-token', j('nf', 'p_', r('alnum', 36)), [
      j('nf', 'p_', r('alnum', 12)),
      'nfp_settings_for_the_preview_deploy_context',
    ]),
    plain('vercel', 'vercel-token', j('vc', 'p_', r('alnum', 56)), [
      j('vc', 'p_', r('alnum', 8)),
      'vcr_cassette_library_directory_default',
    ]),
    plain('render', 'render-api-key', j('rn', 'd_', r('alnum', 32)), [j('rn', 'd_', r('alnum', 8))]),
    plain('doppler-personal', 'doppler-token', j('dp', '.pt.', r('alnum', 43)), [j('dp', '.pt.', r('alnum', 12))]),
    plain('doppler-service', 'doppler-token', j('dp', '.st.', 'dev.', r('alnum', 40)), []),
    plain('vault-service', 'vault-token', j('hv', 's.', r('urlsafe', 90)), [
      j('hv', 's.', 'short'),
      'hvs.some_long_lowercase_name_of_a_setting',
    ]),
    plain('vault-batch', 'vault-token', j('hv', 'b.', r('urlsafe', 140)), []),
    plain('terraform-cloud', 'terraform-cloud-token', j(r('alnum', 14), '.atlas', 'v1.', r('urlsafe', 67)), [
      'the atlasv1 API',
      j(r('alnum', 10), '.atlas', 'v1.', r('alnum', 20)),
    ]),
    plain('1password-service-account', 'onepassword-service-account-token', j('ops', '_eyJ', r('alnum', 300)), [
      j('ops', '_eyJ', r('alnum', 20).slice(0, 12)),
    ]),
    plain(
      '1password-secret-key',
      'onepassword-secret-key',
      j(
        'A',
        '3-',
        r('upperAlnum', 6),
        '-',
        r('upperAlnum', 11),
        '-',
        r('upperAlnum', 5),
        '-',
        r('upperAlnum', 5),
        '-',
        r('upperAlnum', 5),
      ),
      [j('A', '3-', 'PAPER')],
    ),
    plain('planetscale-token', 'planetscale-token', j('pscale', '_tkn_', r('alnum', 43)), [
      j('pscale', '_tkn_', r('alnum', 10)),
    ]),
    plain('planetscale-password', 'planetscale-token', j('pscale', '_pw_', r('alnum', 43)), []),
    plain('neon', 'neon-api-key', j('na', 'pi_', r('lowerAlnum', 64)), [
      j('na', 'pi_', r('lowerAlnum', 20).slice(0, 12)),
    ]),
    plain('cloudflare', 'cloudflare-api-token', j('cf', 'ut_', r('alnum', 40), r('hex', 8)), [
      j('cf', 'ut_', r('alnum', 10)),
    ]),
    plain('age', 'age-secret-key', j('AGE-SECRET', '-KEY-1', r(bech32, 58)), [
      j('AGE-SECRET', '-KEY-1', r(bech32, 20).slice(0, 12)),
      j('age', '1', r('lowerAlnum', 58)),
    ]),
    inContext('putty', 'putty-private-key', ppkPrivate, ppk, [
      'a PuTTY-User-Key-File-3 header opens a .ppk file',
      'Public-Lines: 2',
    ]),
    inContext('pgp', 'private-key', pgpBody, pgp, [
      j('-----BEGIN PGP PUB', 'LIC KEY BLOCK-----'),
      `mQINBG${r('b64', 58)}`,
      j('-----END PGP PUB', 'LIC KEY BLOCK-----'),
    ]),
    // Code hosting, CI, registries
    plain('aws-bedrock-long-lived', 'aws-bedrock-api-key', j('AB', 'SK', r('b64', 130), '='), [
      j('AB', 'SK', r('alnum', 20)),
    ]),
    plain(
      'aws-bedrock-short-lived',
      'aws-bedrock-api-key',
      j('bedrock-api', '-key-', Buffer.from('bedrock.amazonaws.com/').toString('base64').slice(0, 28), r('b64', 200)),
      ['bedrock-api-key-docs'],
    ),
    plain('gitlab-feed', 'gitlab-token', j('gl', 'ft-', r('urlsafe', 20)), [j('gl', 'ft-', r('alnum', 8))]),
    plain('gitlab-runner-registration', 'gitlab-token', j('GR13', '48941', r('urlsafe', 20)), [
      j('GR13', '48941', r('alnum', 6)),
    ]),
    plain('sourcegraph', 'sourcegraph-token', j('sg', 'p_', r('hex', 16), '_', r('hex', 40)), [
      j('sg', 'p_', r('hex', 20).slice(0, 12)),
    ]),
    plain('artifactory', 'artifactory-api-key', j('AK', 'Cp', r('alnum', 69)), [j('AK', 'Cp', r('alnum', 20))]),
    plain('prefect', 'prefect-api-key', j('pn', 'u_', r('alnum', 36)), [j('pn', 'u_', r('alnum', 12))]),
    plain('docker-hub', 'docker-hub-token', j('dckr', '_pat_', r('urlsafe', 27)), [j('dckr', '_pat_', r('alnum', 8))]),
    plain('bitbucket', 'bitbucket-app-password', j('AT', 'BB', r('alnum', 32), r('hex', 8)), [
      j('AT', 'BB', r('alnum', 10)),
    ]),
    plain('atlassian', 'atlassian-api-token', j('ATA', 'TT3', r('urlsafe', 180), '=', r('hex', 8)), [
      j('ATA', 'TT3', r('alnum', 20)),
    ]),
    plain('circleci', 'circleci-token', j('CCI', 'PAT_', r('alnum', 22), '_', r('hex', 40)), [
      j('CCI', 'PAT_', r('alnum', 22)),
    ]),
    plain('buildkite', 'buildkite-token', j('bk', 'ua_', r('hex', 40)), [j('bk', 'ua_', r('hex', 20).slice(0, 12))]),
    plain('sonarqube', 'sonarqube-token', j('sq', 'p_', r('hex', 40)), [j('sq', 'p_', r('hex', 39), 'x')]),
    plain('postman', 'postman-api-key', j('PM', 'AK-', r('hex', 24), '-', r('hex', 34)), [
      j('PM', 'AK-', r('hex', 24)),
    ]),
    plain('pulumi', 'pulumi-token', j('pu', 'l-', r('hex', 40)), [
      j('pu', 'l-', r('hex', 20)),
      j('pul', 'l-', r('hex', 40)),
    ]),
    plain('rubygems', 'rubygems-api-key', j('rubygems', '_', r('hex', 48)), ['rubygems_org_mirror']),
    plain('nuget', 'nuget-api-key', j('oy', '2', r('lowerAlnum', 43)), [
      j('toy', '2', r('lowerAlnum', 43)),
      j('oy', '2', r('lowerAlnum', 20)),
    ]),
    plain('crates-io', 'crates-io-token', j('ci', 'o', r('alnum', 32)), [
      j('precio', 'us', r('alnum', 30)),
      j('spe', 'cio', r('alnum', 32)),
    ]),
    plain('figma', 'figma-token', j('fig', 'd_', r('urlsafe', 40)), [j('fig', 'd_', r('alnum', 8))]),
    plain('hubspot', 'hubspot-token', j('pat', '-na1-', uuid()), ['pat-na1-docs', `pattern-${uuid()}`]),
    // Observability
    plain('sentry-user', 'sentry-token', j('sntry', 'u_', r('hex', 64)), [j('sntry', 'u_', r('hex', 20).slice(0, 12))]),
    plain('sentry-org', 'sentry-token', j('sntry', 's_eyJ', r('alnum', 150), '_', r('alnum', 43)), []),
    plain('grafana-cloud', 'grafana-token', j('gl', 'c_', r('alnum', 80)), [j('gl', 'c_', r('alnum', 10))]),
    plain('grafana-service-account', 'grafana-token', j('gl', 'sa_', r('alnum', 32), '_', r('hex', 8)), []),
    plain('new-relic-user', 'new-relic-key', j('NR', 'AK-', r('upperAlnum', 27)), [j('NR', 'AK-', r('upperAlnum', 8))]),
    plain('new-relic-license', 'new-relic-key', j(r('hex', 36), 'NR', 'AL'), [
      j('x', r('hex', 36), 'NR', 'AL'),
      j(r('hex', 20), 'NR', 'AL'),
    ]),
    plain('dynatrace', 'dynatrace-token', j('dt0', 'c01.', r('upperAlnum', 24), '.', r('upperAlnum', 64)), [
      j('dt0', 'c01.', r('upperAlnum', 24)),
    ]),
    plain('posthog', 'posthog-personal-api-key', j('ph', 'x_', r('alnum', 43)), [
      j('ph', 'c_', r('alnum', 43)),
      'phx_update_ignore_reference_verification_x',
    ]),
    // Chat and webhooks
    plain('discord-bot', 'discord-bot-token', discord, [
      `${notDigits}.${r('urlsafe', 6)}.${r('urlsafe', 38)}`,
      `x${discord}`,
      discordId,
    ]),
    plain('slack-config', 'slack-config-token', j('xo', 'xe.', 'xo', 'xp-1-', r('upperAlnum', 160)), []),
    inContext('teams-webhook', 'teams-webhook', teamsUrl.slice(teamsUrl.indexOf('/webhookb2/') + 11), teamsUrl, [
      'https://contoso.webhook.office.com/ is the host',
    ]),
    inContext(
      'teams-workflow',
      'teams-workflow-webhook',
      sig,
      `https://prod-12.westus.${j('logic.', 'azure.com')}:443/workflows/${r('hex', 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
      [],
    ),
    inContext(
      'zapier-webhook',
      'zapier-webhook',
      zapier,
      `https://${j('hooks.', 'zapier.com')}/hooks/catch/${zapier}/`,
      [],
    ),
    plain(
      'twitter-bearer',
      'twitter-bearer-token',
      j('A'.repeat(22), r('alnum', 20), '%2B', r('alnum', 30), '%3D', r('alnum', 40)),
      [`${'A'.repeat(90)}==`],
    ),
    // Payment and mail
    plain('square-access', 'square-token', j('EA', 'AA', r('urlsafe', 60)), [
      j('EA', 'AA', r('alnum', 60), '+', r('b64', 40)),
    ]),
    plain('square-oauth-secret', 'square-token', j('sq', '0csp-', r('urlsafe', 43)), [j('sq', '0csp-', r('alnum', 8))]),
    plain('meta', 'meta-access-token', j('EA', 'AB', r('alnum', 150)), [
      j('EA', 'AB', r('alnum', 100), '/', r('b64', 60)),
    ]),
    plain(
      'braintree',
      'braintree-access-token',
      j('access_token', '$production$', r('lowerAlnum', 16), '$', r('hex', 32)),
      ['access_token$production$docs'],
    ),
    plain('mapbox-secret', 'mapbox-secret-token', j('sk', '.eyJ', r('urlsafe', 60), '.', r('urlsafe', 22)), [
      j('pk', '.eyJ', r('urlsafe', 60), '.', r('urlsafe', 22)),
    ]),
    plain('mailgun', 'mailgun-api-key', j('ke', 'y-', r('hex', 32)), [
      j('monke', 'y-', r('hex', 32)),
      j('ke', 'y-', r('hex', 31), 'x'),
    ]),
    plain('mailchimp', 'mailchimp-api-key', j(r('hex', 32), '-u', 's21'), [
      j(r('hex', 32), '-usa'),
      j(r('hex', 31), 'z-us21'),
    ]),
    plain('resend', 'resend-api-key', j('re', '_', r('alnum', 8), '_', r('alnum', 24)), [
      j('sto', 're_', r('alnum', 8), '_', r('alnum', 24)),
      're_compile_pattern',
      're_download_somethinglongidentifier9',
    ]),
    plain('brevo', 'brevo-api-key', j('xkey', 'sib-', r('hex', 64), '-', r('alnum', 16)), [
      j('xkey', 'sib-', r('hex', 20)),
    ]),
    // Added last: the values drawn before them stay the same (corpora built from this list keep their plants).
    plain('fcm-server-key', 'firebase-fcm-server-key', j('AAAA', r('urlsafe', 7), ':APA9', '1b', r('urlsafe', 134)), [
      j('AAAA', r('urlsafe', 7), ':', r('urlsafe', 20)),
    ]),
    plain(
      'jwe-dir',
      'jwe',
      j(
        Buffer.from('{"alg":"dir","enc":"A256GCM"}').toString('base64url'),
        '..',
        r('urlsafe', 22),
        '.',
        r('urlsafe', 180),
        '.',
        r('urlsafe', 22),
      ),
      [j('ey', 'J', r('urlsafe', 6), '..', r('urlsafe', 5), '.x.y')],
    ),
  ].map((f) => {
    // Header-borne families: the value only counts in its header.
    if (f.family === 'elevenlabs-header')
      return { ...f, text: `curl -H 'xi-api-key: ${f.value}' https://api.elevenlabs.test/v1/voices` };
    if (f.family === 'flyio-macaroon') return { ...f, text: `Authorization: FlyV1 ${f.value}` };
    return f;
  });
}

/** Look-alikes every family's document carries: hashes, UUIDs, base64, and words that start like prefixes. */
export function commonAlikes(seed = 11): string[] {
  const r = strings(seed);
  return [
    `commit ${r('hex', 40)} and sha256 ${r('hex', 64)}`,
    `request ${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-b${r('hex', 3)}-${r('hex', 12)}`,
    `"data": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="`,
    `"blob": "EAAA${r('alnum', 80)}+${r('b64', 80)}"`,
    'patterns, store_results, monkey-patch, en-us, precious, has-many, alias-name, task_list',
    `MTAwMDAwMDAw ${Buffer.from('123456789012345678').toString('base64')} node.version.string`,
    'const re_ = /x/; path.join(a, b); key-value store; phc_ is public',
  ];
}
