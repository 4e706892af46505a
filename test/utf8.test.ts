import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkDecoder, utf8Bytes, utf8Text } from '../src/core/content/utf8.js';

describe('UTF-8 in and out (content/utf8.ts)', () => {
  const text = `${'ascii line\n'.repeat(50)}héllo — 日本語 😀 end\n${'more ascii\n'.repeat(50)}`;
  const bytes = Buffer.from(text, 'utf8');
  it('decodes chunks cut anywhere (inside a multi-byte character too) to the same text, ASCII chunks first', () => {
    for (const size of [1, 2, 3, 7, 64, 549, 551, 553, bytes.length]) {
      const decode = chunkDecoder();
      let out = '';
      for (let i = 0; i < bytes.length; i += size) out += decode(bytes.subarray(i, i + size), i + size < bytes.length);
      out += decode(Buffer.alloc(0), false);
      assert.equal(out, text, `chunks of ${size}`);
    }
  });
  it('keeps a byte order mark, and refuses invalid UTF-8 after ASCII chunks and a cut-off last character', () => {
    const decode = chunkDecoder();
    assert.equal(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), false), '\ufeffA');
    const bad = chunkDecoder();
    assert.equal(bad(Buffer.from('plain ascii'), true), 'plain ascii');
    assert.throws(() => bad(Buffer.from([0x41, 0xc3, 0x28]), true));
    const cut = chunkDecoder();
    cut(Buffer.from([0x41, 0xe6, 0x97]), true);
    assert.throws(() => cut(Buffer.alloc(0), false));
  });
  it('encodes as Buffer.from does (lone surrogates too) and reads ASCII and UTF-8 back', () => {
    for (const s of [text, 'a\ud800b', '\udc00', '', 'plain']) assert.deepEqual(utf8Bytes(s), Buffer.from(s, 'utf8'));
    assert.equal(utf8Text(bytes), text);
    assert.equal(utf8Text(Buffer.from('plain')), 'plain');
  });
});

describe('identical texts redacted once (redact/memo.ts)', () => {
  it('a copy gives the same output, counts and findings; after a value is learned it is redacted again', async () => {
    const { Redactor } = await import('../src/core/redact/redactor.js');
    const r = new Redactor({ learn: true });
    r.active(true);
    const value = 'Qx7pLm2Vz9Rt4Kw8Yb3Nf6Hd1Jc5';
    // A provider key found by its shape (shapes are not learned): redacted, and the version stays.
    const shaped = ['gh', 'p_'].join('') + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5';
    const text = `notes\nusing ${value} for the run\nGITHUB ${shaped}\n`;
    const bytes = Buffer.from(text);
    const whole = (rel: string, t: string, b: Buffer) => r.filter.whole!(rel, t, b);
    const first = whole('a/notes.md', text, bytes);
    const again = whole('b/notes.md', text, bytes);
    assert.equal(again.out, first.out);
    assert.equal(again.filter, first.filter, 'the same result, not redacted again');
    assert.ok(first.out.includes(value) && !first.out.includes(shaped), first.out);
    r.learn([{ name: 'MISTRAL_API_KEY', value }]);
    const after = whole('c/notes.md', text, bytes);
    assert.notEqual(after.filter, first.filter);
    assert.ok(!after.out.includes(value), after.out);
    // Another file name is another reading (code, YAML, .env): not shared.
    assert.notEqual(whole('c/notes.py', text, bytes).filter, after.filter);
  });
});
