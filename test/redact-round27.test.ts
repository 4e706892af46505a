/**
 * Issue 11, round 27, placements attack 25 and our own probes found leaking (seeded, REDACT_SEED replays):
 * - a secret's variable named in prose, then its value, either way round (`Configure \`ENCRYPTION_KEY\` as \`<hex>\``,
 *   `I used \`<base64>\` for \`SESSION_SECRET\``, `Set \`LDAP_BIND_PW\` to \`…\``): 22 of 40 keys leaked;
 * - a generator's password holding brackets, commas or semicolons in prose (read as code, or cut at `<`);
 * - code: a person's dotted password in a string constant, symbols in a compose file's `- NAME=…` and in an
 *   environment prefix before a command.
 * Twins: the same sentences and lines holding references, placeholders, hashes named so and code.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownValuesFromEnv } from '../src/core/redact/known-values.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { changedOutputs, filtered, leaksWindow } from './helpers/filtered.js';
import {
  CODE_TWINS,
  codePlants,
  fidelityTwins,
  mcpArgs,
  namedPlants,
  namedTwins,
  nextLineTwins,
  outputPlants,
  type Plant,
  PROSE_CODE_TWINS,
  prosePlants,
  QP_TWINS,
  qpPlants,
  reviewPlants,
  reviewTails,
  reviewTwins,
  webhookUrl,
  tailPlants,
} from './helpers/round27-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 2711);

/** The plants whose value survives (a 10-character window of it), each with what came out. */
function leaked(ps: Plant[]): string[] {
  const r = new Redactor();
  return ps.flatMap((p) => {
    const out = filtered(r, p.rel, p.text);
    return leaksWindow(out, p.value) ? [`${p.name}: ${out}`] : [];
  });
}

describe(`round 27: secrets named in prose, generators' symbols, dotted constants (seed ${SEED})`, () => {
  it("a secret's variable named in prose gives its value away: redacted", () => {
    const ps = namedPlants(SEED);
    assert.ok(ps.length >= 60, `${ps.length} plants`);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('sentences naming a variable with no secret beside it are kept', () => {
    const twins = namedTwins(SEED + 1).map((t) => ['answer.md', t] as const);
    assert.deepEqual(changedOutputs(new Redactor(), twins), []);
  });

  it("a generator's password with brackets, commas or semicolons in prose is redacted", () => {
    const ps = prosePlants(SEED + 2);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('code after the same words is kept', () => {
    const texts = PROSE_CODE_TWINS.flatMap((c) => [
      `Basic auth for staging: user \`admin\`, pass \`${c}\`\n`,
      `The staging DB password is ${c} for now.\n`,
      `Use \`${c}\` as the admin password.\n`,
    ]);
    assert.deepEqual(
      changedOutputs(
        new Redactor(),
        texts.map((t) => ['answer.md', t] as const),
      ),
      [],
    );
  });

  it("code's dotted constants and a compose file's or a prefix's symbols are redacted", () => {
    const ps = codePlants(SEED + 3);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('references, paths and lists in the same places are kept', () => {
    assert.deepEqual(changedOutputs(new Redactor(), CODE_TWINS), []);
  });

  it("a password's rest after the symbol a reading stopped at is redacted", () => {
    const ps = tailPlants(SEED + 4);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('what a generator or a secret store printed on the next line is redacted', () => {
    const ps = outputPlants(SEED + 5);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('paths, masks, a DSN with no credential and a PAM control are kept', () => {
    assert.deepEqual(changedOutputs(new Redactor(), fidelityTwins(SEED + 6)), []);
  });

  it('the sentence after a token that ends its line is kept, the token redacted', () => {
    const r = new Redactor();
    const bad = nextLineTwins(SEED + 7).flatMap((p) => {
      const out = filtered(r, p.rel, p.text);
      return leaksWindow(out, p.value) || !out.includes(`\n${p.after}\n`) ? [out] : [];
    });
    assert.deepEqual(bad, []);
  });

  it("an MCP server's other arguments are no pieces of the key its flag holds", () => {
    const r = new Redactor();
    const bad = mcpArgs(SEED + 8).flatMap((p) => {
      const out = filtered(r, 'execution_metadata.yaml', p.text);
      return leaksWindow(out, p.value) || !out.includes('args: ["-y", "firecrawl-mcp", "--api-key=') ? [out] : [];
    });
    assert.deepEqual(bad, []);
  });

  it('an assignment encoded quoted-printable (`NAME=3D…`) with no soft break is read decoded', () => {
    const ps = qpPlants(SEED + 9);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
    assert.deepEqual(changedOutputs(new Redactor(), QP_TWINS), []);
  });

  it("a webhook's URL from a .env is redacted whole where it is pasted, its ids too", () => {
    const url = webhookUrl(SEED + 10);
    const r = new Redactor({ knownValues: knownValuesFromEnv([['SLACK_WEBHOOK_URL', url]]) });
    const out = filtered(r, 'workspace/data/out.json', JSON.stringify({ result: `used ${url}` }));
    assert.ok(!leaksWindow(out, url.slice('https://hooks.slack.com/services/'.length)), out);
  });

  it('review: the next field, flags, commands, types, hashes and policies are kept; cut values are whole', () => {
    assert.deepEqual(changedOutputs(new Redactor(), reviewTwins(SEED + 11)), []);
    const ps = reviewPlants(SEED + 12);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
    const r = new Redactor();
    const emphasis = ps.find((p) => p.text.startsWith('**SMTP_PASS**'))!;
    assert.match(
      filtered(r, emphasis.rel, emphasis.text),
      /^\*\*SMTP_PASS\*\* should be \*\*\[REDACTED:[^\]]+\]\*\*\n$/,
    );
    for (const [rel, text, value, after] of reviewTails(SEED + 13)) {
      const out = filtered(r, rel, text);
      assert.ok(!out.includes(value) && out.includes(after), out);
    }
    const prefix = ps[0]!;
    assert.match(filtered(r, prefix.rel, prefix.text), /^ {4}DB_PASSWORD=\[REDACTED:[^\]]+\] node app\.js {2}\n$/);
  });

  describe('the new readings stay linear', () => {
    itIsLinear([
      ['named keys', 'Set `JWT_SECRET` to '],
      ['named passwords', 'Set `SMTP_PASS` to `a'],
      ['pw names', 'LDAP_BIND_PW is '],
      ['list items', '- DB_PASSWORD=x{'],
      ['code spans', 'pass `<'],
      ['symbol tails', 'password=Ab3dE5fG7hI9,'],
      ['generator lines', '$ openssl rand -base64 32\n'],
    ]);
  });
});
