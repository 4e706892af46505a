/**
 * Attack 47: a React list item's key (`<li key="0b6eed4913bd5b104d2618ffdd1b6ecb">`, an md5 of the item) came out as
 * `key="[REDACTED:secret-key-value]"`: a bare `key` with a random value read as a credential. An element's `key`
 * attribute is a list item's id whatever its shape (hex digests, nanoids, UUIDs, numbers); a key under another
 * attribute (`apiKey=`), a .NET setting's value, and a provider's key anywhere are still redacted. Seeded
 * (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 4701);
const g = seededGen(SEED);

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe(`an element's key attribute (attack 47, seed ${SEED})`, () => {
  it('a list item id of any shape comes out byte for byte', () => {
    const ids = Array.from({ length: 24 }, (_, i) => {
      const seed = g.pick('alnum', 12);
      return [
        createHash('md5').update(seed).digest('hex'),
        createHash('sha1').update(seed).digest('hex'),
        createHash('sha256').update(seed).digest('hex'),
        g.pick('urlsafe', 21),
        [8, 4, 4, 4, 12].map((n) => g.pick('hex', n)).join('-'),
      ][i % 5]!;
    });
    const lines = ids.map((id, i) =>
      i % 3 === 0
        ? `        <li key="${id}" className="item">{items[${i}].name}</li>`
        : i % 3 === 1
          ? `        <MenuItem key='${id}' label={label} />`
          : `        <tr key="${id}"><td>{row.name}</td></tr>`,
    );
    const text = `export function Menu({ items }) {\n  return (\n      <ul>\n${lines.join('\n')}\n      </ul>\n  );\n}\n`;
    assert.equal(redact('web/Menu.jsx', text), text);
  });

  it('a key under another attribute, or a setting, is still redacted', () => {
    const v = g.pick('alnum', 32);
    for (const [rel, text] of [
      ['App.jsx', `<Provider apiKey="${v}" key="main" />\n`],
      ['web.config', `<add key="OpenAIApiKey" value="${v}" />\n`],
      ['App.jsx', `<Chat key="${g.pick('hex', 32)}" token="${v}" />\n`],
    ] as const)
      assert.ok(!redact(rel, text).includes(v), text);
  });
});
