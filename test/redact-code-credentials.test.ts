/**
 * Look-alikes of the credentials code builds (credential-pairs.ts, context.ts's constructors, key-names.ts's typed
 * declarations): code that names a user, reads a password from elsewhere, or passes an ordinary string must come out
 * byte-identical. (The placements themselves are in redact-corpus.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';

const KEPT = [
  'session.auth = (username, password)',
  'auth = ("admin", os.environ["DB_PASSWORD"])',
  'client = httpx.Client(auth=httpx.BasicAuth("admin", "${PASSWORD}"))',
  'const header = "Basic " + btoa(`${user}:${pass}`);',
  'const header = "Basic " + btoa("admin:" + password);',
  'u := NewUserService("users.json")',
  'r := bufio.NewReader(os.Stdin)',
  'var name string = "the quick brown fox jumps"',
  'var client = new HttpClient(new Uri("https://api.example.com/v1/models"));',
  'https://mastodon.social:443/@someone/109876543210',
  'postgres://app@db:5432/app?sslmode=require',
  'mysql://root:5432/db@host',
  "sed -i 's/localhost/db.internal.example.com/' config.yaml",
  "sed -i 's/version = 1.2.3/version = 1.2.4/' pyproject.toml",
  "printf 'MODEL=%s\\n' 'gpt-4o-mini-2024-07-18' >> .env",
  'api_key: str = os.environ["MISTRAL_API_KEY"]',
  'var apiKey string = os.Getenv("MISTRAL_API_KEY")',
];

describe('code that builds credentials: look-alikes survive', () => {
  it('leaves code that names, reads or passes no credential unchanged', () => {
    const r = new Redactor();
    for (const line of KEPT) assert.equal(r.redactString(line), line);
  });
});
