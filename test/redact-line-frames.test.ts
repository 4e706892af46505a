import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Script } from 'node:vm';
import { parse as parseYaml } from 'yaml';
import { rng } from './helpers/fake-secrets.js';
import { leaksValue, redactAs } from './helpers/placements.js';

/**
 * A private key written as one string per line (a JSON array of lines, Python's implicit concatenation, a YAML list)
 * is replaced whole, and the quotes, commas and indentation between its lines stay: the file still parses.
 */
describe('a secret over several quoted lines', () => {
  const rand = rng(Number(process.env.REDACT_SEED ?? 7373));
  const body = (): string[] => {
    const b = Buffer.from([0x30, 0x82, 4, 0xa4, ...Array.from({ length: 270 }, () => Math.floor(rand() * 256))]);
    const s = b.toString('base64');
    return s.match(/.{1,64}/g)!;
  };
  const pem = (): string[] => ['-----BEGIN RSA PRIVATE KEY-----', ...body(), '-----END RSA PRIVATE KEY-----'];

  it('keeps a JSON array of lines valid JSON', () => {
    for (const indent of [1, 2, 4]) {
      const lines = pem();
      const out = redactAs('keys/key_lines.json', JSON.stringify({ key: lines, user: 'bot' }, null, indent));
      const parsed = JSON.parse(out) as { key: string[]; user: string };
      assert.equal(parsed.user, 'bot');
      assert.equal(parsed.key.length, lines.length);
      assert.ok(!lines.slice(1, -1).some((l) => leaksValue(out, l)), out);
    }
  });
  it('keeps a CRLF JSON array valid, with its CRLF line ends', () => {
    const lines = pem();
    const text = JSON.stringify(lines, null, 2).replace(/\n/g, '\r\n');
    const out = redactAs('key.json', text);
    assert.equal((JSON.parse(out) as string[]).length, lines.length);
    assert.equal(out.split('\r\n').length, text.split('\r\n').length);
  });
  it('keeps a YAML list of quoted lines valid YAML', () => {
    const lines = pem();
    const out = redactAs('deploy.yml', `key_lines:\n${lines.map((l) => `  - "${l}"`).join('\n')}\nname: bot\n`);
    const parsed = parseYaml(out) as { key_lines: string[]; name: string };
    assert.equal(parsed.name, 'bot');
    assert.equal(parsed.key_lines.length, lines.length);
  });
  it('keeps concatenated literals a concatenation', () => {
    const lines = pem();
    const py = `KEY = (\n${lines.map((l) => `    "${l}\\n"`).join('\n')}\n)\nprint(len(KEY))\n`;
    const out = redactAs('keys.py', py);
    assert.match(out, /^KEY = \(\n {4}"\[REDACTED:[^\]]+\]"\n( {4}""\n)+ {4}"\\n"\n\)\nprint/);
    const js = `const KEY =\n${lines.map((l) => `  '${l}\\n'`).join(' +\n')};\n`;
    const outJs = redactAs('keys.js', js);
    assert.equal(outJs.split('\n').length, js.split('\n').length);
    assert.doesNotThrow(() => new Script(outJs), outJs);
  });
  it('keeps a keypair file written as a JSON array of bytes valid JSON', () => {
    const bytes = Array.from({ length: 64 }, () => Math.floor(rand() * 256));
    for (const text of [JSON.stringify(bytes), `${JSON.stringify(bytes).replace(/,/g, ', ')}\n`]) {
      const out = redactAs('deployer.json', text);
      assert.notEqual(out, text);
      assert.deepEqual(JSON.parse(out), ['[REDACTED:solana-keypair]']);
    }
  });
});
