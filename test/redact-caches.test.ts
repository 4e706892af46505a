/**
 * The redactor's small caches (src/core/redact/caches.ts): each gives the answer `make` would give again, computed
 * only when the key (text, position, span) is not the one kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoundedAnswers, LastAnswer, SpanAnswer } from '../src/core/redact/caches.js';

describe('redactor caches', () => {
  it('LastAnswer keeps the answer for the last text and position only', () => {
    const last = new LastAnswer<number>();
    let made = 0;
    const make = (v: number) => () => (made++, v);
    assert.equal(last.get('a', make(1)), 1);
    assert.equal(last.get('a', make(2)), 1);
    assert.equal(made, 1);
    assert.equal(last.get('a', make(3), 5), 3);
    assert.equal(last.get('b', make(4), 5), 4);
    assert.equal(last.get('a', make(5)), 5);
    assert.equal(made, 4);
    // An empty text is a text like any other (the first question computes).
    assert.equal(
      new LastAnswer<string>().get('', () => 'x'),
      'x',
    );
  });

  it('SpanAnswer answers inside its span of the last text, both ends included', () => {
    const span = new SpanAnswer<number>();
    assert.equal(span.at('t', 0), undefined);
    assert.equal(span.keep('t', 3, 7, 42), 42);
    assert.deepEqual(
      [2, 3, 5, 7, 8].map((at) => span.at('t', at)),
      [undefined, 42, 42, 42, undefined],
    );
    assert.equal(span.at('u', 5), undefined);
    span.keep('t', 10, Infinity, -1);
    assert.equal(span.at('t', 1e9), -1);
    assert.equal(span.at('t', 5), undefined);
  });

  it('BoundedAnswers keeps answers by key and drops them all when full', () => {
    const table = new BoundedAnswers<string, boolean>(2);
    let made = 0;
    const make = (v: boolean) => () => (made++, v);
    assert.equal(table.get('a', make(true)), true);
    assert.equal(table.get('b', make(false)), false);
    assert.equal(table.get('a', make(false)), true);
    assert.equal(made, 2);
    table.get('c', make(true)); // full: a and b dropped
    assert.equal(table.get('a', make(false)), false);
    assert.equal(made, 4);
  });
});
