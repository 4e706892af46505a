/**
 * Attack 57: a secret's name and value with no `=` or `:` between them went out: Erlang's and Elixir's tuples
 * (`{db_password, "*TUj5xXHJP7A"}`, `{password, <<"…">>}`, `{:password, …}`, aligned with blanks
 * or a tab), Clojure's and EDN's keywords
 * (`{:user "app" :password "mySxfnc-8c.C6"}`, `:db/password`) and Lisp's property lists (`(:token "…")`); and a
 * prose password reader took the `"}` closing such a map with the value. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5705);

const NAMES = ['db_password', 'password', 'admin_pass', 'api_key', 'secret', 'auth_token', 'smtp_passwd', 'passphrase'];

function value(g: SeededGen, name: string): string {
  if (/key|token|secret$/.test(name)) return `${g.pick('letters', 2)}${g.pick('alnum', 22 + g.int(10))}`;
  return g.one([
    () => `${g.one(['*', '!', '#'])}${g.pick('alnum', 11)}`,
    () => `${g.pick('lowerAlnum', 6)}-${g.pick('digits', 1)}${g.pick('letters', 1)}.${g.pick('alnum', 2)}`,
    () => `${g.one(['Falcon', 'Winter', 'Harbor'])}$${1960 + g.int(60)}`,
  ])();
}

function plants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 40 }, (_, i) => {
    const name = NAMES[i % NAMES.length]!;
    const v = value(g, name);
    const kw = name.replace(/_/g, '-');
    const pad = g.one([' ', '   ', '\t']);
    const [rel, text] = g.one<[string, string]>([
      ['workspace/config/sys.config', `[{app, [{db_host, "db"}, {${name},${pad}"${v}"}]}].\n`],
      ['workspace/config/sys.config', `{${name}, <<"${v}">>},\n`],
      ['workspace/config/runtime.exs', `config :app, [{:${name}, "${v}"}]\n`],
      ['workspace/config.edn', `{:user     "app"\n :${kw}${pad}"${v}"}\n`],
      ['workspace/config.edn', `{:db {:user "app" :${kw} "${v}"}}\n`],
      ['workspace/config.edn', `{:db/${kw} "${v}" :db/host "db"}\n`],
      ['workspace/init.el', `(setq creds '(:host "smtp.acme.dev" :${kw} "${v}"))\n`],
    ]);
    return { name: `${name} in ${rel}`, rel, text, value: v };
  });
}

const KEPT: [string, string][] = [
  ['workspace/config/sys.config', '[{app, [{password, ""}, {token, undefined}, {sort_key, "created_at"}]}].\n'],
  ['workspace/config/sys.config', '{api_key_env, "OPENAI_API_KEY"},\n{secret_file, "/run/secrets/db"},\n'],
  // A Python set of strings, which a quoted atom's tuple would read (CI's installed trees: oauthlib).
  ['workspace/grant.py', "proxied_attrs = {'refresh_token', 'credentials'}\nnames = {'api_key', 'token_type'}\n"],
  ['workspace/config.edn', '{:secret "${DB_SECRET}" :key "sort-order" :token-ttl "3600"}\n'],
  ['workspace/notes.md', 'The key "x" maps to the token "y" in the table.\n'],
];

describe("attack 57: a secret's name and value in tuples and keyword maps", () => {
  itRedacts(`Erlang's tuples, EDN's keywords and Lisp's plists (seed ${SEED})`, () => plants(SEED), 40);
  itKeeps('empty values, atoms, references, placeholders, sets of strings and prose stay', () => KEPT, 5);
});
