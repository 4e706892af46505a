import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { benignIds, sessionCookies } from './helpers/ids19-corpus.js';

describe('ids under session and request names, and session cookies (hostile19)', () => {
  const r = new Redactor();
  it('keeps ids in logs, JSON, headers, prose and curl (uuid, hex, ULID, KSUID), a cookie word elsewhere too', () => {
    const changed: string[] = [];
    for (const seed of [1, 2]) for (const t of benignIds(seed, 360)) if (r.redactString(t) !== t) changed.push(t);
    assert.deepEqual(changed.slice(0, 5), [], `${changed.length} of 720 changed`);
  });
  it('still redacts session cookies: signed, connect.sid, sessionid, __Secure- and __Host-, in headers and curl', () => {
    const leaked: string[] = [];
    for (const seed of [1, 2])
      for (const { text, value } of sessionCookies(seed, 320))
        if (r.redactString(text).includes(value)) leaked.push(text);
    assert.deepEqual(leaked.slice(0, 5), [], `${leaked.length} of 640 leaked`);
  });
});
