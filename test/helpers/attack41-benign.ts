/**
 * Attack 41's false positives, as categories (issue 11), seeded: a test's expected digest cut into literals as a
 * call's argument; a call's keyword argument after an argument named like a login (read as a row's login and
 * password); Perl's and PHP's dereferences under a secret name; AWS's documented stand-ins (`…EXAMPLEKEY`) and the
 * values beside them; a Gerrit `Change-Id` under a commit message about secrets.
 */
import type { Plant } from './filtered.js';
import { gen } from './glue15-tokens.js';
import { pick, WS } from './planted.js';

/** The texts that must come out byte for byte. */
export function attack41Twins(seed: number): [string, string][] {
  const r = gen(seed);
  const hex = (n: number): string => r('hex', n);
  const algo = pick(r, ['sha384', 'sha512', 'sha3_512']);
  return [
    [
      `${WS}/test_hashlib.py`,
      `    def test_case_${algo}_0(self):\n        self.check('${algo}', b"",\n          "${hex(64)}"+\n          "${hex(32)}")\n`,
    ],
    [
      `${WS}/test_wsgi.py`,
      `        class WsgiHandler(NoLogRequestHandler):\n            pass\n\n        server = make_server(HOST, 0, app, handler_class=WsgiHandler)\n`,
    ],
    [
      `${WS}/fsmonitor-watchman.sample`,
      `\t\t$last_update_token = $o->{clock};\n\tmy $api_key = $cfg->{key};\n\t$password = $row[2];\n`,
    ],
    [
      `${WS}/examples-1.json`,
      `{"Credentials": {"AccessKeyId": "AKIAIOSFODNN7EXAMPLE", "SecretAccessKey": ` +
        `"wJalrXUtnFEMI/K7MDENG/bPxRfiCY${r('up', 2)}EXAMPLEKEY", "SessionToken": ` +
        `"AQoDYXdzEPT//////////wEXAMPLEtc764${r('alnum', 40)}", "Expiration": "2011-07-15T23:28:33.359Z"}}\n`,
    ],
    [`${WS}/get-bot.rst`, `            "SecurityToken": "AgoGb3JpZ2luENz...EXAMPLETOKEN==",\n`],
    [
      `${WS}/log.txt`,
      `commit ${hex(40)}\nAuthor: Dev <dev@example.com>\n\n    add secret scanning\n\nChange-Id: I${hex(40)}\n`,
    ],
  ];
}

/** Real secrets in the same places: still redacted. */
export function attack41Plants(seed: number): Plant[] {
  const r = gen(seed);
  const key = `${r('alnum', 30)}+${r('alnum', 9)}`;
  const pw = `Xq${r('alnum', 8)}#${r('dig', 3)}`;
  const id = `AKIA${r('up', 16)}`;
  return [
    {
      name: 'aws-pair',
      rel: `${WS}/creds.json`,
      value: key,
      text: `{"AccessKeyId": "${id}", "SecretAccessKey": "${key}"}\n`,
    },
    { name: 'perl-literal', rel: `${WS}/deploy.pl`, value: pw, text: `my $password = '${pw}';\n` },
    {
      name: 'kwarg-password',
      rel: `${WS}/db.py`,
      value: pw,
      text: `conn = connect(host, user="app", password="${pw}")\n`,
    },
  ];
}
