/**
 * Attack 60's damage: values public by their shape or name beside a secret (an SSH public key's body, Stripe's ids and
 * publishable key, PostHog's project key, Bitcoin and Ethereum addresses, an IPFS CID, an SRI digest, go.sum's `h1:`,
 * a slug, a font's base64, a minifier's strings) were replaced with it, learned and replaced in every file; a learned
 * value starting inside a JSON escape broke the file; a `.env`'s page cursor was learned; quoted-printable's
 * `f=C3=BCr` was read as a password; `mfa` inside `streamfatal` started a TOTP seed; a whole Resend key took the next
 * line's `My`; a Grafana token the next line's batch id. Each text comes out with every benign value whole. Seeded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { filtered, itKeeps, learningRedactor } from './helpers/filtered.js';
import { Redactor } from '../src/core/redact/redactor.js';

const SEED = Number(process.env.REDACT_SEED ?? 6011);

/** A secret, then public values beside it: [rel, text, the public values]. */
function beside(g: SeededGen): [string, string, string[]][] {
  const key = `sk-proj-${g.pick('alnum', 40)}`;
  const ssh = `AAAAC3NzaC1lZDI1NTE5AAAAI${g.pick('b64', 43)}`;
  const pi = `pi_${g.pick('alnum', 24)}`;
  const cus = `cus_${g.pick('alnum', 14)}`;
  const phc = `phc_${g.pick('alnum', 43)}`;
  const pk = `pk_live_${g.pick('alnum', 40)}`;
  const eth = `0x${g.pick('hex', 40)}`;
  const btc = `bc1q${g.pick('lowerAlnum', 38).replace(/[1bio]/g, 'q')}`;
  const cid = `Qm${g.pick('alnum', 44).replace(/[0OIl]/g, 'x')}`;
  const sri = `sha512-${g.pick('b64', 86)}==`;
  const h1 = `h1:${g.pick('b64', 43)}=`;
  const slug = g.pick('urlsafe', 21);
  const font = g.pick('b64', 120);
  const v = g.pick('alnum', 24);
  return [
    [
      'workspace/config.yaml',
      `openai_key: ${key}\npublic_key: "ssh-ed25519 ${ssh} dev@laptop"\ncustomer: ${cus}\n`,
      [ssh, cus],
    ],
    ['agent_a/answer.md', `Use ${key} for the API; the payment is ${pi} and the customer ${cus}.\n`, [pi, cus]],
    ['workspace/app.py', `OPENAI_API_KEY = "${key}"\nPOSTHOG_KEY = "${phc}"\nSTRIPE_PK = "${pk}"\n`, [phc, pk]],
    ['workspace/wallet.md', `Deployer key ${key} pays to ${eth}; payout_address: "${btc}"\n`, [eth, btc]],
    ['workspace/data.json', `{"api_key": "${key}", "cid": "${cid}", "integrity": "${sri}"}\n`, [cid, sri]],
    [
      'workspace/notes.md',
      `token ${key}\ngosum = "${h1}"\nThe slug is ${slug}.\nThe font_data is ${font}.\n`,
      [h1, slug, font],
    ],
    ['workspace/dist/app.min.js', `var k="${key}";!function(){var qd="${v}";return qd}();\n`, [v]],
  ];
}

/** Texts that once took a value they do not hold. */
const KEPT: [string, string][] = [
  [
    'workspace/mail/onboarding.eml',
    'Content-Transfer-Encoding: quoted-printable\n\ndein Passwort f=C3=BCr das Portal\n',
  ],
  ['workspace/docs/api.html', '<a href="#textdecoderstreamfatal" id="textdecoderstreamfatal">#</a>\n'],
  ['workspace/http.py', '# timeout: double, The timeout in seconds to pass to asynclib2.\n'],
  ['workspace/main.py', 'api_nyckel = "sua-chave"\n'],
  ['workspace/notes.md', '- api_nyckel: claude-3-5-sonnet-20241022\n'],
  ['agent_a/answer.md', 'The request ids were fd2fe37f8388563e423c83dec391b9a4, YOUR_SECRET_KEY.\n'],
  ['workspace/about.md', 'Ask the distro community, cloud provider support channels, etc.\n'],
];

describe('attack 60: public values beside a secret, and texts that hold none', () => {
  it(`values public by shape or name beside a secret stay, in that file and in the next (seed ${SEED})`, () => {
    const r = learningRedactor();
    const cases = beside(seededGen(SEED));
    const damaged: string[] = [];
    for (const [rel, text, kept] of cases) {
      const out = filtered(r, rel, text);
      for (const k of kept) if (!out.includes(k)) damaged.push(`${rel}: ${k} in ${out}`);
    }
    // What was learned is replaced in every file: the same public values alone, in a file with no secret.
    const alone = cases.flatMap(([, , kept]) => kept).join('\n');
    const out = filtered(r, 'workspace/other.txt', `${alone}\n`);
    if (out !== `${alone}\n`) damaged.push(`learned: ${out}`);
    assert.deepEqual(damaged, []);
  });

  it('a learned value that starts inside a JSON escape is replaced after it: the JSON still parses', () => {
    const r = new Redactor({ learn: true });
    r.active(true);
    const body = `AAAAC3NzaC1lZDI1NTE5AAAAIL${'x7Qk2Zp9'.repeat(5)}`;
    r.learn([{ name: 'companion-token', value: `n${body}` }]);
    const text = `{"a": "Public-Lines: 2\\n${body}\\nCBZu"}\n`;
    const out = filtered(r, 'turn_1/attempt_1/coordination_events.json', text);
    assert.doesNotThrow(() => JSON.parse(out), out);
    assert.ok(!out.includes(body.slice(0, 20)), out);
  });

  it("a .env's page cursor is not learned; its key is", () => {
    const r = learningRedactor();
    const cursor = 'CAES_EkK_wb5vfigGI0eMf_OUmesH4oh';
    r.harvest('workspace/.env', `NEXTPAGETOKEN='${cursor}'\nAPI_TOKEN=Zq7vLm2Rk9Wx4Tn8Hc3Jp6Ys1Bd5\n`);
    const out = filtered(r, 'workspace/notes.md', `next: ${cursor}\ntoken Zq7vLm2Rk9Wx4Tn8Hc3Jp6Ys1Bd5\n`);
    assert.ok(out.includes(cursor) && !out.includes('Zq7vLm2Rk9Wx'), out);
  });

  it('a whole fixed-length or variable token takes no word or id of the next line', () => {
    const r = new Redactor();
    const resend = `re_${'Ab3dEf9h'}_${'Ij2kLm4nOp6qRs8tUv0wXy1zQ'}`;
    const out1 = filtered(r, 'agent_a/answer.md', `The mailer key is ${resend}\nMy notes follow here.\n`);
    assert.ok(out1.includes('\nMy notes follow here.') && !out1.includes('Ab3dEf9h'), out1);
    const glsa = `glsa_${'Ab3dEf9hIj2kLm4nOp6qRs8tUv0wXy1z'}_1a2b3c4d`;
    const batch = 'batch_6745ab12cd34ef56ab78cd90ef12';
    const out2 = filtered(r, 'workspace/deploy.md', `fly secrets set GRAFANA_TOKEN=${glsa}\n${batch}\n`);
    assert.ok(out2.includes(batch) && !out2.includes('Ab3dEf9hIj'), out2);
  });

  itKeeps('texts that once took a value they do not hold', () => KEPT, KEPT.length);
});
