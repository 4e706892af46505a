/**
 * One maker of a fresh fake token per prefix family of src/core/redact/rules.ts, in the provider's documented shape,
 * from a seeded generator and fragments (no token-shaped literal is committed). Keys are rule ids (with a variant
 * after `/` where a rule has several prefixes).
 */
import { rng } from './fake-secrets.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const SETS: Record<string, string> = {
  alnum: LOWER + UPPER + DIGITS,
  url: LOWER + UPPER + DIGITS + '_-',
  hex: DIGITS + 'abcdef',
  low: LOWER + DIGITS,
  up: UPPER + DIGITS,
  b32: UPPER + '234567',
  b64: LOWER + UPPER + DIGITS + '+/',
  bech: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  dig: DIGITS,
};

export type Gen = (set: string, n: number) => string;

/** Random strings over a named set (SETS) or the characters given. */
export function gen(seed: number): Gen {
  const rand = rng(seed);
  return (set, n) => {
    const chars = SETS[set] ?? set;
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
    return s;
  };
}

const j = (...p: string[]): string => p.join('');

/** Base62 with a capital (the rules that need one: MIXED). */
const mixed = (r: Gen, n: number): string => `${r('alnum', n - 1)}${r(UPPER, 1)}`;

export function tokenMakers(seed: number): Record<string, () => string> {
  const r = gen(seed);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const sk = j('s', 'k');
  const eyJ = j('ey', 'J');
  return {
    'anthropic-api-key': () => j(sk, '-ant-', 'api03-', r('url', 93), 'AA'),
    'anthropic-api-key/admin': () => j(sk, '-ant-', 'admin01-', r('url', 93), 'AA'),
    'openrouter-api-key': () => j(sk, '-or-', 'v1-', r('hex', 64)),
    'langfuse-api-key': () => j(sk, '-lf-', uuid()),
    'helicone-api-key': () => j(sk, '-helicone-', r('low', 7), '-', r('low', 7), '-', r('low', 7), '-', r('low', 7)),
    'openai-api-key/proj': () => j(sk, '-proj-', r('url', 74), 'T3Bl', 'bkFJ', r('url', 74)),
    'openai-api-key/svcacct': () => j(sk, '-svcacct-', r('url', 74), 'T3Bl', 'bkFJ', r('url', 40)),
    'openai-api-key/legacy': () => j(sk, '-', r('alnum', 20), 'T3Bl', 'bkFJ', r('alnum', 20)),
    'sk-api-key': () => j(sk, '-', r('hex', 32)),
    'elevenlabs-api-key': () => j(sk, '_', r('hex', 48)),
    'google-api-key': () => j('AI', 'za', r('url', 35)),
    'google-oauth-client-secret': () => j('GOC', 'SPX-', r('url', 28)),
    'google-oauth-access-token': () => j('ya', '29.', r('url', 150)),
    'voyage-api-key': () => j('pa', '-', mixed(r, 43)),
    'jina-api-key': () => j('ji', 'na_', mixed(r, 60)),
    'firecrawl-api-key': () => j('f', 'c-', r('hex', 32)),
    'llamacloud-api-key': () => j('ll', 'x-', r('alnum', 48)),
    'e2b-api-key': () => j('e2', 'b_', r('hex', 40)),
    'browserbase-api-key': () => j('bb', '_live_', r('url', 27)),
    'modal-token': () => j('a', 'k-', mixed(r, 22)),
    'runpod-api-key': () => j('rp', 'a_', r('up', 40)),
    'anyscale-api-key': () => j('ese', 'cret_', r('alnum', 26)),
    'huggingface-token': () => j('h', 'f_', mixed(r, 34)),
    'openai-session-key': () => j('se', 'ss-', mixed(r, 40)),
    'groq-api-key': () => j('gs', 'k_', r('alnum', 52)),
    'xai-api-key': () => j('xa', 'i-', r('alnum', 80)),
    'together-api-key': () => j('tg', 'p_v1_', r('url', 43)),
    'perplexity-api-key': () => j('pp', 'lx-', r('alnum', 48)),
    'cerebras-api-key': () => j('cs', 'k-', r('low', 48)),
    'fireworks-api-key': () => j('f', 'w_', r('alnum', 24)),
    'replicate-api-token': () => j('r', '8_', r('alnum', 37)),
    'langsmith-api-key': () => j('lsv', '2_pt_', r('hex', 32), '_', r('hex', 10)),
    'tavily-api-key': () => j('tv', 'ly-', r('alnum', 32)),
    'pinecone-api-key': () => j('pc', 'sk_', r('alnum', 70)),
    'nvidia-api-key': () => j('nva', 'pi-', r('url', 64)),
    'brave-search-api-key': () => j('BS', 'A', r(LOWER, 1), mixed(r, 30)),
    'cartesia-api-key': () => j(sk, '_car_', r('alnum', 24)),
    'apify-api-token': () => j('apify', '_api_', r('alnum', 36)),
    'aws-access-key-id': () => j('AK', 'IA', r('b32', 16)),
    'aws-access-key-id/sts': () => j('AS', 'IA', r('b32', 16)),
    'aws-bedrock-api-key': () => j('AB', 'SK', r('b64', 128)),
    'alibaba-access-key-id': () => j('LT', 'AI', r('alnum', 20)),
    'tencent-secret-id': () => j('AK', 'ID', r('alnum', 32)),
    'yandex-cloud-api-key': () => j('AQ', 'VN', mixed(r, 36)),
    'scaleway-access-key': () => j('SC', 'W', r('up', 17)),
    'digitalocean-token': () => j('do', 'p_v1_', r('hex', 64)),
    'heroku-api-key': () => j('HR', 'KU-', r('url', 60)),
    'flyio-token': () => j('fo', '1_', r('url', 43)),
    'netlify-token': () => j('nf', 'p_', mixed(r, 36)),
    'vercel-token': () => j('vc', 'p_', mixed(r, 56)),
    'render-api-key': () => j('rn', 'd_', r('alnum', 32)),
    'supabase-token': () => j('sb', 'p_', r('hex', 40)),
    'planetscale-token': () => j('pscale', '_tkn_', r('alnum', 43)),
    'neon-api-key': () => j('na', 'pi_', r('low', 64)),
    'databricks-token': () => j('da', 'pi', r('hex', 32)),
    'cloudflare-api-token': () => j('cf', 'ut_', r('alnum', 48)),
    'cloudflare-origin-ca-key': () => j('v1', '.0-', r('hex', 24), '-', r('hex', 146)),
    'supabase-secret-key': () => j('sb', '_secret_', r('url', 32)),
    'dropbox-token': () => j('s', 'l.', r('url', 130)),
    'deno-deploy-token': () => j('dd', 'p_', r('alnum', 36)),
    'tailscale-key': () => j('tsk', 'ey-', 'auth-', r('alnum', 12), '-', r('alnum', 32)),
    'doppler-token': () => j('d', 'p.pt.', r('alnum', 43)),
    'vault-token': () => j('hv', 's.', mixed(r, 90)),
    'onepassword-service-account-token': () => j('ops', '_', eyJ, r('b64', 240)),
    'onepassword-secret-key': () =>
      j('A', '3-', r('up', 6), '-', r('up', 11), '-', r('up', 5), '-', r('up', 5), '-', r('up', 5)),
    'age-secret-key': () => j('AGE-SE', 'CRET-KEY-1', r('bech', 58)),
    'github-token': () => j('gh', 'p_', r('alnum', 36)),
    'github-token/oauth': () => j('gh', 'o_', r('alnum', 36)),
    'github-fine-grained-pat': () => j('github', '_pat_', r('alnum', 22), '_', r('alnum', 59)),
    'gitlab-token': () => j('gl', 'pat-', r('url', 20)),
    'sourcegraph-token': () => j('sg', 'p_', r('hex', 16), '_', r('hex', 40)),
    'artifactory-api-key': () => j('AK', 'Cp', r('alnum', 69)),
    'prefect-api-key': () => j('pn', 'u_', r('alnum', 36)),
    'bitbucket-app-password': () => j('AT', 'BB', r('alnum', 32)),
    'atlassian-api-token': () => j('ATA', 'TT3', r('url', 180)),
    'docker-hub-token': () => j('dckr', '_pat_', r('url', 27)),
    'circleci-token': () => j('CCI', 'PAT_', r('alnum', 22), '_', r('hex', 40)),
    'buildkite-token': () => j('bk', 'ua_', r('low', 40)),
    'sonarqube-token': () => j('sq', 'p_', r('hex', 40)),
    'postman-api-key': () => j('PM', 'AK-', r('hex', 24), '-', r('hex', 34)),
    'pulumi-token': () => j('pu', 'l-', r('hex', 40)),
    'npm-token': () => j('np', 'm_', r('alnum', 36)),
    'pypi-token': () => j('py', 'pi-', 'AgEIcHlwaS5vcmc', r('url', 70)),
    'rubygems-api-key': () => j('ruby', 'gems_', r('hex', 48)),
    'nuget-api-key': () => j('oy', '2', r('low', 43)),
    'crates-io-token': () => j('ci', 'o', r('alnum', 32)),
    'linear-api-key': () => j('lin', '_api_', r('alnum', 40)),
    'linear-api-key/oauth': () => j('lin', '_oauth_', r('alnum', 40)),
    'airtable-pat': () => j('pa', 't', r('alnum', 14), '.', r('hex', 64)),
    'clickup-token': () => j('p', 'k_', r('dig', 8), '_', r('up', 32)),
    'contentful-token': () => j('CF', 'PAT-', r('url', 43)),
    'readme-api-key': () => j('rd', 'me_', r('low', 70)),
    'infracost-api-key': () => j('ic', 'o-', mixed(r, 32)),
    'typeform-token': () => j('tf', 'p_', r('alnum', 44)),
    'notion-token': () => j('nt', 'n_', r('dig', 11), r('alnum', 35)),
    'notion-token/secret': () => j('sec', 'ret_', r('alnum', 43)),
    'figma-token': () => j('fi', 'gd_', r('url', 40)),
    'hubspot-token': () => j('pa', 't-na1-', uuid()),
    'sentry-token': () => j('sn', 'tryu_', r('hex', 64)),
    'grafana-token': () => j('gl', 'sa_', r('alnum', 32), '_', r('hex', 8)),
    'new-relic-key': () => j('NR', 'AK-', r('up', 27)),
    'dynatrace-token': () => j('dt', '0c01.', r('alnum', 24), '.', r('alnum', 64)),
    'posthog-personal-api-key': () => j('ph', 'x_', mixed(r, 43)),
    'honeycomb-key': () => j('hc', 'aik_', r('alnum', 40)),
    'logfire-token': () => j('pylf', '_v1_us_', r('alnum', 40)),
    'axiom-token': () => j('xa', 'at-', uuid()),
    'slack-token': () => j('xo', 'xb-', r('dig', 11), '-', r('dig', 12), '-', r('alnum', 24)),
    'slack-app-token': () => j('xa', 'pp-1-', 'A0', r('up', 9), '-', r('dig', 13), '-', r('hex', 64)),
    'discord-mfa-token': () => j('mf', 'a.', r('url', 84)),
    'stytch-secret': () => j('secret', '-live-', mixed(r, 36)),
    'stripe-secret-key': () => j(sk, '_live_', r('alnum', 32)),
    'stripe-secret-key/restricted': () => j('r', 'k_live_', r('alnum', 32)),
    'shopify-token': () => j('sh', 'pat_', r('hex', 32)),
    'square-token': () => j('EA', 'AA', r('url', 60)),
    'square-token/oauth': () => j('sq', '0csp-', r('url', 43)),
    'meta-access-token': () => j('EA', 'AB', r('alnum', 150)),
    'razorpay-key': () => j('rz', 'p_live_', r('alnum', 14)),
    'paddle-api-key': () => j('pdl', '_live_', 'apikey_', r('alnum', 40)),
    'flutterwave-secret-key': () => j('FLW', 'SECK-', r('hex', 32), '-X'),
    'plaid-access-token': () => j('access', '-sandbox-', uuid()),
    'shippo-api-token': () => j('shippo', '_live_', r('hex', 40)),
    'mapbox-secret-token': () => j(sk, '.', eyJ, r('url', 60), '.', r('url', 22)),
    'sendgrid-api-key': () => j('S', 'G.', r('url', 22), '.', r('url', 43)),
    'mailgun-api-key': () => j('ke', 'y-', r('hex', 32)),
    'resend-api-key': () => j('r', 'e_', mixed(r, 8), '_', mixed(r, 24)),
    'twilio-api-key': () => j('S', 'K', r('hex', 32)),
    'mailersend-api-token': () => j('ml', 'sn.', r('hex', 64)),
    'brevo-api-key': () => j('xkey', 'sib-', r('hex', 64), '-', r('alnum', 16)),
    'aws-session-token': () => j('IQoJb3', 'JpZ2luX2', r('b64', 300)),
    'stripe-webhook-secret': () => j('wh', 'sec_', r('alnum', 32)),
    'gitlab-token/runner': () => j('GR13', '48941', r('url', 20)),
  };
}
