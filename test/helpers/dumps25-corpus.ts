/**
 * Round 25, issue 11: secrets inside debugger, runtime and network dumps a user pastes into a MassGen run or an agent
 * writes to its workspace: bitcoin-cli `dumpwallet` files and wallet exports, strings(1) of a heap or core dump and
 * V8 heap snapshots, gdb/lldb/pdb prints of a struct, `x/s` and hex dumps, Chrome net-export logs and HARs (headers,
 * query strings, forms, cookies), Sentry and structured-log events, OpenAI/LiteLLM call logs printed as Python reprs.
 * Values: provider keys with a prefix, prefix-less random keys, hex, base64 and passwords with symbols; valid WIF and
 * xprv keys for the wallets. Twins: the same dumps holding placeholders, references, masks, ids, hashes, UUIDs and
 * counters. Seeded (REDACT_SEED replays a run); a plant leaks when its value is still in the output.
 */
import { createHash } from 'node:crypto';
import { B58, base58 } from './encodings12-corpus.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export interface Plant25 {
  cat: string;
  name: string;
  rel: string;
  text: string;
  value: string;
}

export interface Twin25 {
  cat: string;
  rel: string;
  text: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2501);

/** Base58check: the payload and the first four bytes of its double SHA-256. */
function base58check(payload: Buffer): string {
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return base58(Buffer.concat([payload, sum.subarray(0, 4)]));
}

/** A compressed (K/L) or uncompressed (5) mainnet WIF key with a valid checksum. */
function wif(r: Gen, compressed: boolean): string {
  const body = Buffer.from(`80${r('hex', 64)}${compressed ? '01' : ''}`, 'hex');
  return base58check(body);
}

/**
 * A key of a WIF's shape whose checksum is not computed (`K`/`L`, testnet `c`, and 51 base58 characters): what a
 * generator that builds a key's look, or a user who retyped one, writes; its place in a wallet dump still says key.
 */
function wifShape(r: Gen, k: number): string {
  return `${'KLc'[k % 3]}${r(B58, 51)}`;
}

/** A BIP32 extended private key (`xprv…`, version 0x0488ADE4) with a valid checksum. */
function xprv(r: Gen): string {
  return base58check(Buffer.from(`0488ade4000000000000000000${r('hex', 64)}00${r('hex', 64)}`, 'hex'));
}

/** A value: prefix-less random keys, passwords with symbols, hex, base64, and prefixed provider keys. */
function valueMaker(seed: number): () => string {
  const r = gen(seed);
  const makers = tokenMakers(seed + 3);
  const named = [
    'openai-api-key/proj',
    'anthropic-api-key',
    'github-token',
    'google-api-key',
    'aws-access-key-id',
    'huggingface-token',
    'groq-api-key',
  ];
  const slack = (): string => `xo${'xb'}-${r('dig', 12)}-${r('dig', 13)}-${r('alnum', 24)}`;
  const shapes: (() => string)[] = [
    () => r('alnum', 32 + Number(r('dig', 1))),
    () => makers[named[Number(r('dig', 2)) % named.length]!]!(),
    () => r('hex', 40),
    () => `${r('alnum', 5)}${r('!#%^*~@', 1)}${r('alnum', 6)}${r('!#%^*~', 1)}${r('alnum', 5)}`,
    () => r('url', 43),
    slack,
    () => `${r('alnum', 20)}${r('b64', 20)}`,
  ];
  let i = 0;
  return () => shapes[i++ % shapes.length]!();
}

/** Helpers a shape draws benign fillers from. */
interface Ctx {
  r: Gen;
  uuid: () => string;
  addr: () => string;
  ptr: () => string;
}

function ctx(seed: number): Ctx {
  const r = gen(seed);
  return {
    r,
    uuid: () => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`,
    addr: () => `bc1q${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}`,
    ptr: () => `0x5555${r('hex', 8)}`,
  };
}

type Make = (v: string, c: Ctx) => string;
/** A shape: its category, the file it is in, how its text holds a value, and the kind of value it takes. */
interface Shape {
  cat: string;
  rel: string;
  make: Make;
  /** 'wif', 'wifu' (uncompressed), 'xprv', 'hex64', 'value' (the general makers). */
  kind?: string;
  /** The value must not hold these characters (a URL query, a cookie, a form). */
  urlSafe?: boolean;
}

const j = (o: unknown): string => `${JSON.stringify(o, null, 2)}\n`;
const jc = (o: unknown): string => `${JSON.stringify(o)}\n`;

const dumpHead = (c: Ctx): string =>
  `# Wallet dump created by Bitcoin Core v25.0.0\n# * Created on 2026-01-31T10:00:00Z\n` +
  `# * Best block at time of backup was 826001 (00000000000000000002${c.r('hex', 44)}),\n` +
  `#   mined on 2026-01-31T09:58:12Z\n\n`;

export const SHAPES: Record<string, Shape> = {
  // bitcoin-dumpwallet
  'dumpwallet-masterkey': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/wallet-dump.txt',
    kind: 'xprv',
    make: (v, c) => `${dumpHead(c)}# extended private masterkey: ${v}\n\n`,
  },
  'dumpwallet-hdseed': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/wallet-dump.txt',
    kind: 'wif',
    make: (v, c) => `${dumpHead(c)}${v} 2026-01-31T10:00:00Z hdseed=1 # addr=${c.addr()} hdkeypath=s\n`,
  },
  'dumpwallet-label': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/wallet-dump.txt',
    kind: 'wif',
    make: (v, c) =>
      `${v} 2026-01-31T10:00:01Z label=savings # addr=${c.addr()} hdkeypath=m/84h/0h/0h/0/${c.r('dig', 1)}\n`,
  },
  'dumpwallet-reserve': {
    cat: 'bitcoin-dumpwallet',
    rel: 'logs/agent_outputs/agent_a.txt',
    kind: 'wif',
    make: (v, c) => `${v} 1970-01-01T00:00:01Z reserve=1 # addr=${c.addr()} hdkeypath=m/0'/0'/${c.r('dig', 2)}'\n`,
  },
  'dumpwallet-change': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/wallet.txt',
    kind: 'wifu',
    make: (v, c) => `${v} 2026-01-31T10:00:02Z change=1 # addr=1${c.r(B58, 33)}\n`,
  },
  'dumpprivkey-cli': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/NOTES.md',
    kind: 'wif',
    make: (v, c) => `\`\`\`console\n$ bitcoin-cli -regtest dumpprivkey "${c.addr()}"\n${v}\n\`\`\`\n`,
  },
  'electrum-export': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/electrum-keys.json',
    kind: 'wif',
    make: (v, c) => j({ [c.addr()]: `p2wpkh:${v}` }),
  },
  'ethers-export': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/wallet.json',
    kind: 'hex64',
    make: (v, c) => j({ address: `0x${c.r('hex', 40)}`, privateKey: `0x${v}`, publicKey: `0x04${c.r('hex', 128)}` }),
  },
  'raw-privkey-label': {
    cat: 'bitcoin-dumpwallet',
    rel: 'logs/agent_outputs/agent_b.txt',
    kind: 'hex64',
    make: (v, c) => `Address: ${c.addr()}\nprivkey: ${v}\n`,
  },
  'raw-private-key-label': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/keys.txt',
    kind: 'hex64',
    make: (v) => `Private key (hex): ${v}\n`,
  },
  'raw-secret-exponent': {
    cat: 'bitcoin-dumpwallet',
    rel: 'workspace/keys.txt',
    kind: 'hex64',
    make: (v, c) => `Public address: ${c.addr()}\nSecret exponent: ${v}\n`,
  },
  // node-heap-strings
  'heap-strings-alone': {
    cat: 'node-heap-strings',
    rel: 'workspace/core.strings.txt',
    make: (v, c) =>
      `__proto__\nconstructor\nhasOwnProperty\n${c.uuid()}\nx-request-id\nAuthorization\nBearer ${v}\napplication/json\n`,
  },
  'heap-strings-auth-line': {
    cat: 'node-heap-strings',
    rel: 'workspace/heap.txt',
    make: (v, c) => `keep-alive\nauthorization: Bearer ${v}\nuser-agent: node-fetch\n${c.r('hex', 40)}\n`,
  },
  'heapsnapshot-strings': {
    cat: 'node-heap-strings',
    rel: 'workspace/Heap-20260131.heapsnapshot',
    make: (v, c) =>
      `{"snapshot":{"meta":{},"node_count":3},"nodes":[],"edges":[],"strings":["","(GC roots)","${c.uuid()}","system / Context","Authorization","Bearer ${v}","https://api.openai.com/v1"]}\n`,
  },
  'heapsnapshot-pretty': {
    cat: 'node-heap-strings',
    rel: 'workspace/dump.heapsnapshot',
    make: (v) =>
      `  "strings": [\n    "(GC roots)",\n    "headers",\n    "authorization",\n    "Bearer ${v}",\n    "get"\n  ]\n`,
  },
  'devtools-memory': {
    cat: 'node-heap-strings',
    rel: 'workspace/memory.txt',
    make: (v, c) => `(string) @${c.r('dig', 6)}   "Authorization: Bearer ${v}"   Shallow Size 56   Retained Size 56\n`,
  },
  'heap-strings-env': {
    cat: 'node-heap-strings',
    rel: 'workspace/core.strings.txt',
    make: (v) => `PATH=/usr/local/bin:/usr/bin\nHOME=/home/node\nOPENAI_API_KEY=${v}\nNODE_ENV=production\n`,
  },
  // gdb-print-struct
  'gdb-p-struct': {
    cat: 'gdb-print-struct',
    rel: 'workspace/gdb.log',
    make: (v, c) =>
      `(gdb) p *cfg\n$1 = {host = ${c.ptr()} "api.example.com", port = 443, api_key = ${c.ptr()} "${v}", retries = 3}\n`,
  },
  'gdb-p-password': {
    cat: 'gdb-print-struct',
    rel: 'workspace/gdb.log',
    make: (v) => `(gdb) print *conn\n$3 = {user = "svc_app", password = "${v}", timeout_ms = 5000, flags = 0}\n`,
  },
  'gdb-p-member': {
    cat: 'gdb-print-struct',
    rel: 'workspace/gdb.log',
    make: (v, c) => `(gdb) p cfg->token\n$2 = ${c.ptr()} "${v}"\n`,
  },
  'gdb-p-std-string': {
    cat: 'gdb-print-struct',
    rel: 'workspace/gdb.log',
    make: (v) => `(gdb) p client.secret_\n$4 = "${v}"\n`,
  },
  'gdb-pretty-nested': {
    cat: 'gdb-print-struct',
    rel: 'workspace/gdb.log',
    make: (v, c) =>
      `(gdb) p *ctx\n$5 = {\n  name = ${c.ptr()} "worker",\n  auth = {\n    kind = AUTH_BEARER,\n    access_token = ${c.ptr()} "${v}"\n  },\n  id = ${c.r('dig', 5)}\n}\n`,
  },
  'lldb-frame-variable': {
    cat: 'gdb-print-struct',
    rel: 'workspace/lldb.txt',
    make: (v, c) =>
      `(lldb) frame variable\n(int) port = 443\n(const char *) api_key = ${c.ptr()} "${v}"\n(Config *) cfg = ${c.ptr()}\n`,
  },
  'lldb-std-string': {
    cat: 'gdb-print-struct',
    rel: 'workspace/lldb.txt',
    make: (v) => `(lldb) v self.credentials\n(std::string) self.credentials.client_secret = "${v}"\n`,
  },
  'pdb-dict': {
    cat: 'gdb-print-struct',
    rel: 'workspace/pdb.txt',
    make: (v, c) =>
      `(Pdb) p self.__dict__\n{'base_url': 'https://api.example.com', 'api_key': '${v}', 'timeout': 30, 'request_id': '${c.uuid()}'}\n`,
  },
  'pdb-pp-vars': {
    cat: 'gdb-print-struct',
    rel: 'workspace/pdb.txt',
    make: (v) =>
      `(Pdb) pp vars(client)\n{'_client': <httpx.Client object at 0x7f3a2c1b4d90>,\n 'max_retries': 2,\n 'secret': '${v}',\n 'timeout': 600.0}\n`,
  },
  'pdb-p-attr': {
    cat: 'gdb-print-struct',
    rel: 'workspace/pdb.txt',
    make: (v) => `(Pdb) p client.api_key\n'${v}'\n`,
  },
  // gdb-x-s
  'gdb-x-s-named': {
    cat: 'gdb-x-s',
    rel: 'workspace/gdb.log',
    make: (v, c) => `(gdb) x/s cfg->api_key\n${c.ptr()}:\t"${v}"\n`,
  },
  'gdb-x-s-env': {
    cat: 'gdb-x-s',
    rel: 'workspace/gdb.log',
    make: (v, c) =>
      `(gdb) x/4s *environ\n${c.ptr()}:\t"HOME=/root"\n${c.ptr()}:\t"GITHUB_TOKEN=${v}"\n${c.ptr()}:\t"LANG=C.UTF-8"\n`,
  },
  'gdb-x-s-symbol': {
    cat: 'gdb-x-s',
    rel: 'workspace/gdb.log',
    make: (v, c) => `(gdb) x/s password\n${c.ptr()} <password>:\t"${v}"\n`,
  },
  'hexdump-split': {
    cat: 'gdb-x-s',
    rel: 'workspace/hexdump.txt',
    make: (v) => hexdumpC(`{"api_key":"${v}","model":"gpt-4o"}`),
  },
  'xxd-split': {
    cat: 'gdb-x-s',
    rel: 'workspace/xxd.txt',
    make: (v) => xxd(`Authorization: Bearer ${v}\r\n`),
  },
  // chrome-netlog
  'netlog-headers': {
    cat: 'chrome-netlog',
    rel: 'workspace/netlog.json',
    make: (v) =>
      jc({
        params: {
          headers: [':method: POST', ':path: /v1/chat', `authorization: Bearer ${v}`, 'content-type: application/json'],
        },
        phase: 0,
        source: { id: 1234, type: 1 },
        time: '123456',
        type: 151,
      }),
  },
  'netlog-http2': {
    cat: 'chrome-netlog',
    rel: 'workspace/chrome-net-export.json',
    make: (v) =>
      `{"params":{"exclusive":true,"fin":false,"has_priority":true,"headers":[":method: GET",":authority: api.example.com",":scheme: https","x-api-key: ${v}","accept: */*"],"stream_id":3,"weight":256},"phase":0,"source":{"id":88,"type":9},"time":"5520","type":"HTTP2_SESSION_SEND_HEADERS"}\n`,
  },
  'netlog-path-query': {
    cat: 'chrome-netlog',
    rel: 'workspace/netlog.json',
    urlSafe: true,
    make: (v) =>
      `{"params":{"headers":[":method: GET",":path: /maps/api/geocode/json?address=Paris&key=${v}",":scheme: https"]},"type":"HTTP2_SESSION_SEND_HEADERS"}\n`,
  },
  'har-request-headers': {
    cat: 'chrome-netlog',
    rel: 'workspace/session.har',
    make: (v) =>
      j({
        request: {
          method: 'POST',
          url: 'https://api.example.com/v1/messages',
          headers: [
            { name: 'content-type', value: 'application/json' },
            { name: 'x-api-key', value: v },
          ],
        },
      }),
  },
  'har-authorization': {
    cat: 'chrome-netlog',
    rel: 'workspace/session.har',
    make: (v) =>
      j({
        headers: [
          { name: 'Authorization', value: `Bearer ${v}` },
          { name: 'Accept', value: '*/*' },
        ],
      }),
  },
  'har-header-custom': {
    cat: 'chrome-netlog',
    rel: 'workspace/session.har',
    make: (v, c) =>
      j({
        headers: [
          { name: 'X-Request-Id', value: c.uuid() },
          { name: 'X-Auth-Token', value: v },
        ],
        cookies: [],
      }),
  },
  // har-querystring
  'har-querystring': {
    cat: 'har-querystring',
    rel: 'workspace/session.har',
    urlSafe: true,
    make: (v) =>
      j({
        queryString: [
          { name: 'q', value: 'weather' },
          { name: 'key', value: v },
        ],
      }),
  },
  'har-querystring-token': {
    cat: 'har-querystring',
    rel: 'workspace/run.har',
    urlSafe: true,
    make: (v, c) =>
      j({
        queryString: [
          { name: 'access_token', value: v },
          { name: 'page', value: c.r('dig', 1) },
        ],
      }),
  },
  'har-post-params': {
    cat: 'har-querystring',
    rel: 'workspace/run.har',
    urlSafe: true,
    make: (v) =>
      j({
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          params: [
            { name: 'grant_type', value: 'client_credentials' },
            { name: 'client_secret', value: v },
          ],
        },
      }),
  },
  'har-post-text': {
    cat: 'har-querystring',
    rel: 'workspace/run.har',
    urlSafe: true,
    make: (v) =>
      j({
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: `grant_type=password&username=alice&password=${v}&scope=openid`,
        },
      }),
  },
  'har-cookies': {
    cat: 'har-querystring',
    rel: 'workspace/run.har',
    urlSafe: true,
    make: (v, c) =>
      j({
        cookies: [
          { name: '_ga', value: `GA1.1.${c.r('dig', 9)}.${c.r('dig', 10)}` },
          { name: 'sessionid', value: v, httpOnly: true, secure: true },
        ],
      }),
  },
  'har-query-compact': {
    cat: 'har-querystring',
    rel: 'workspace/run.har',
    urlSafe: true,
    make: (v) => `"queryString": [{"name": "apikey", "value": "${v}"}, {"name": "format", "value": "json"}],\n`,
  },
  // sentry-event-extra
  'sentry-extra': {
    cat: 'sentry-event-extra',
    rel: 'workspace/sentry-event.json',
    make: (v, c) => j({ event_id: c.r('hex', 32), level: 'error', extra: { client_config: { api_key: v } } }),
  },
  'sentry-tags-pairs': {
    cat: 'sentry-event-extra',
    rel: 'workspace/sentry-event.json',
    make: (v) =>
      j({
        tags: [
          ['environment', 'production'],
          ['api_token', v],
        ],
      }),
  },
  'sentry-request-env': {
    cat: 'sentry-event-extra',
    rel: 'workspace/sentry-event.json',
    make: (v) =>
      j({
        request: {
          url: 'https://app.example.com/hook',
          env: { REMOTE_ADDR: '10.0.0.1', HTTP_AUTHORIZATION: `Bearer ${v}` },
        },
      }),
  },
  'sentry-request-headers-pairs': {
    cat: 'sentry-event-extra',
    rel: 'workspace/sentry-event.json',
    make: (v) =>
      j({
        request: {
          headers: [
            ['Host', 'app.example.com'],
            ['X-Api-Key', v],
          ],
        },
      }),
  },
  'sentry-breadcrumb': {
    cat: 'sentry-event-extra',
    rel: 'workspace/sentry-event.json',
    make: (v) =>
      j({
        breadcrumbs: {
          values: [{ category: 'http', data: { method: 'POST', url: 'https://api.example.com', token: v } }],
        },
      }),
  },
  'structlog-kwargs': {
    cat: 'sentry-event-extra',
    rel: 'logs/app.jsonl',
    make: (v) =>
      jc({ event: 'calling upstream', level: 'info', kwargs: { password: v, user: 'svc_app' }, logger: 'client' }),
  },
  'datadog-extra': {
    cat: 'sentry-event-extra',
    rel: 'logs/dd.jsonl',
    make: (v, c) => jc({ status: 'info', message: 'auth ok', extra: { secret: v }, dd: { trace_id: c.r('dig', 19) } }),
  },
  // meta-extra-body
  'litellm-params': {
    cat: 'meta-extra-body',
    rel: 'logs/massgen_debug.log',
    make: (v) =>
      `2026-01-31 10:00:00 | DEBUG | litellm_params={'api_key': '${v}', 'api_base': None, 'force_timeout': 600, 'stream': True}\n`,
  },
  'extra-body': {
    cat: 'meta-extra-body',
    rel: 'logs/massgen_debug.log',
    make: (v) =>
      `[agent_a] request kwargs: model='gpt-4o', extra_body={'provider': {'order': ['openai']}, 'api_key': '${v}'}, stream=True\n`,
  },
  'extra-headers': {
    cat: 'meta-extra-body',
    rel: 'logs/massgen_debug.log',
    make: (v) =>
      `DEBUG openai._base_client: Request options: {'method': 'post', 'url': '/chat/completions', 'headers': {'Authorization': 'Bearer ${v}'}, 'json_data': {'model': 'gpt-4o'}}\n`,
  },
  'extra-headers-x': {
    cat: 'meta-extra-body',
    rel: 'logs/massgen_debug.log',
    make: (v) =>
      `create(model="claude-3-5-sonnet", extra_headers={'x-api-key': '${v}', 'anthropic-beta': 'tools-2024'})\n`,
  },
  'optional-params': {
    cat: 'meta-extra-body',
    rel: 'logs/massgen_debug.log',
    make: (v) =>
      `optional_params={'temperature': 0.7, 'max_tokens': None, 'extra_body': {'secret_key': '${v}'}, 'stream': False}\n`,
  },
  'metadata-repr': {
    cat: 'meta-extra-body',
    rel: 'logs/trace.txt',
    make: (v, c) =>
      `metadata={'user_api_key': '${v}', 'user_api_key_user_id': '${c.uuid()}', 'requester_ip_address': '10.0.0.7'}\n`,
  },
  'litellm-multiline': {
    cat: 'meta-extra-body',
    rel: 'logs/massgen_debug.log',
    make: (v) =>
      `litellm_params:\n{'acompletion': True,\n 'api_base': 'https://openrouter.ai/api/v1',\n 'api_key': '${v}',\n 'custom_llm_provider': 'openrouter'}\n`,
  },
};

/** `hexdump -C` of text: 16 bytes a row, the offset, the bytes in two groups of eight, the ASCII column. */
export function hexdumpC(text: string): string {
  const b = Buffer.from(text);
  let out = '';
  for (let o = 0; o < b.length; o += 16) {
    const row = [...b.subarray(o, o + 16)];
    const hex = row.map((x) => x.toString(16).padStart(2, '0'));
    const left = hex.slice(0, 8).join(' ').padEnd(23);
    const right = hex.slice(8).join(' ').padEnd(23);
    const ascii = row.map((x) => (x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : '.')).join('');
    out += `${o.toString(16).padStart(8, '0')}  ${left}  ${right}  |${ascii}|\n`;
  }
  return `${out}${b.length.toString(16).padStart(8, '0')}\n`;
}

/** `xxd` of text: the offset, eight groups of two bytes, the ASCII column. */
export function xxd(text: string): string {
  const b = Buffer.from(text);
  let out = '';
  for (let o = 0; o < b.length; o += 16) {
    const row = [...b.subarray(o, o + 16)];
    const hex = row.map((x) => x.toString(16).padStart(2, '0'));
    const groups: string[] = [];
    for (let g = 0; g < hex.length; g += 2) groups.push(hex.slice(g, g + 2).join(''));
    const ascii = row.map((x) => (x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : '.')).join('');
    out += `${o.toString(16).padStart(8, '0')}: ${groups.join(' ').padEnd(39)}  ${ascii}\n`;
  }
  return out;
}

const PER_SHAPE = 5;

/** Every shape with PER_SHAPE values. */
export function plants(seed: number): Plant25[] {
  const out: Plant25[] = [];
  const next = valueMaker(seed);
  const r = gen(seed + 11);
  const c = ctx(seed + 13);
  for (const [name, s] of Object.entries(SHAPES))
    for (let i = 0; i < PER_SHAPE; i++) {
      let v: string;
      if (s.kind === 'wif') v = i % 2 === 1 ? wifShape(r, i) : wif(r, true);
      else if (s.kind === 'wifu') v = wif(r, false);
      else if (s.kind === 'xprv') v = xprv(r);
      else if (s.kind === 'hex64') v = r('hex', 64);
      else v = next();
      if (s.urlSafe) v = v.replace(/[^A-Za-z0-9_.-]/g, 'Q');
      out.push({ cat: s.cat, name, rel: s.rel, text: s.make(v, c), value: v });
    }
  return out;
}

/** Values a secret's slot holds in a dump that are no secret: placeholders, masks, a tool's own filter marks. */
const PLACEHOLDERS = [
  '<your-key>',
  'sk-...',
  'xxxxxxxxxxxxxxxx',
  '[Filtered]',
  '********',
  'YOUR_API_KEY',
  'REDACTED',
  '${API_TOKEN}',
  'changeme',
  '[REDACTED]',
  '<token>',
  'sk-proj-xxxxxxxxxxxx',
];
/**
 * References a printed config holds before it is resolved (LiteLLM's `os.environ/X`, a template's `${X}`, a setting's
 * name): in Python reprs and debugger prints, not in network traffic, which carries resolved values.
 */
const REFERENCES = [
  'os.environ/OPENAI_API_KEY',
  '${OPENAI_API_KEY}',
  'process.env.OPENAI_API_KEY',
  "os.environ['ANTHROPIC_API_KEY']",
  'env:GROQ_API_KEY',
];
const TAKES_REFERENCES = new Set(['meta-extra-body', 'gdb-print-struct']);

/** Whole dumps of the same tools that hold no secret: ids, hashes, UUIDs, counters, public keys. */
function benignDumps(seed: number): Twin25[] {
  const c = ctx(seed);
  const { r } = c;
  const out: Twin25[] = [];
  for (let i = 0; i < 4; i++) {
    const sha = r('hex', 40);
    const uuid = c.uuid();
    out.push(
      {
        cat: 'bitcoin-dumpwallet',
        rel: 'workspace/wallet.txt',
        text: `${dumpHead(c)}# End of dump\n`,
      },
      {
        cat: 'bitcoin-dumpwallet',
        rel: 'workspace/NOTES.md',
        text: `$ bitcoin-cli getnewaddress\n${c.addr()}\n$ bitcoin-cli getbestblockhash\n0000000000000000000${r('hex', 45)}\n`,
      },
      {
        cat: 'bitcoin-dumpwallet',
        rel: 'workspace/tx.txt',
        text: `txid: ${r('hex', 64)}\nblockhash: 00000000000000000001${r('hex', 44)}\nxpub: xpub${r(B58, 107)}\n`,
      },
      {
        cat: 'node-heap-strings',
        rel: 'workspace/core.strings.txt',
        text: `__proto__\nconstructor\n${uuid}\n${sha}\nx-request-id\ncontent-type\nAuthorization\nBearer\nnode:internal/streams/readable\n`,
      },
      {
        cat: 'node-heap-strings',
        rel: 'workspace/Heap.heapsnapshot',
        text: `{"snapshot":{"meta":{}},"strings":["","(GC roots)","${uuid}","${sha}","Authorization","Bearer","getToken","model","https://api.openai.com/v1"]}\n`,
      },
      {
        cat: 'gdb-print-struct',
        rel: 'workspace/gdb.log',
        text: `(gdb) p *cfg\n$1 = {host = ${c.ptr()} "api.example.com", port = 443, request_id = ${c.ptr()} "${uuid}", commit = "${sha}", api_key = 0x0}\n`,
      },
      {
        cat: 'gdb-print-struct',
        rel: 'workspace/gdb.log',
        text: `(gdb) p cfg->token_count\n$2 = ${r('dig', 4)}\n(gdb) p cfg->token\n$3 = 0x0\n`,
      },
      {
        cat: 'gdb-print-struct',
        rel: 'workspace/pdb.txt',
        text: `(Pdb) p self.__dict__\n{'base_url': 'https://api.example.com', 'api_key': None, 'timeout': 30, 'request_id': '${uuid}', 'sha': '${sha}'}\n`,
      },
      {
        cat: 'gdb-print-struct',
        rel: 'workspace/lldb.txt',
        text: `(lldb) frame variable\n(int) port = 443\n(const char *) api_key = 0x0000000000000000\n(const char *) trace_id = ${c.ptr()} "${r('hex', 32)}"\n`,
      },
      {
        cat: 'gdb-x-s',
        rel: 'workspace/gdb.log',
        text: `(gdb) x/3s *environ\n${c.ptr()}:\t"HOME=/root"\n${c.ptr()}:\t"GIT_COMMIT=${sha}"\n${c.ptr()}:\t"LANG=C.UTF-8"\n`,
      },
      {
        cat: 'gdb-x-s',
        rel: 'workspace/hexdump.txt',
        text: hexdumpC(`{"request_id":"${uuid}","model":"gpt-4o","sha":"${sha}"}`),
      },
      {
        cat: 'chrome-netlog',
        rel: 'workspace/netlog.json',
        text: jc({
          params: { headers: [':method: GET', `:path: /v1/items?page=${i + 2}&id=${uuid}`, `x-request-id: ${uuid}`] },
          type: 'HTTP2_SESSION_SEND_HEADERS',
        }),
      },
      {
        cat: 'chrome-netlog',
        rel: 'workspace/session.har',
        text: j({
          headers: [
            { name: 'X-Request-Id', value: uuid },
            { name: 'ETag', value: `"${sha}"` },
            { name: 'Authorization', value: 'Bearer <token>' },
          ],
        }),
      },
      {
        cat: 'har-querystring',
        rel: 'workspace/session.har',
        text: j({
          queryString: [
            { name: 'page', value: String(i + 2) },
            { name: 'id', value: uuid },
            { name: 'commit', value: sha },
            { name: 'key', value: 'value' },
          ],
          cookies: [{ name: '_ga', value: `GA1.1.${r('dig', 9)}.${r('dig', 10)}` }],
        }),
      },
      {
        cat: 'har-querystring',
        rel: 'workspace/session.har',
        text: j({ postData: { mimeType: 'application/x-www-form-urlencoded', text: `q=weather&page=${i}&sort=asc` } }),
      },
      {
        cat: 'sentry-event-extra',
        rel: 'workspace/sentry-event.json',
        text: j({
          event_id: r('hex', 32),
          tags: [
            ['release', sha],
            ['token_count', String(100 + i)],
          ],
          extra: { request_id: uuid, api_key: '[Filtered]' },
        }),
      },
      {
        cat: 'meta-extra-body',
        rel: 'logs/massgen_debug.log',
        text: `litellm_params={'api_key': None, 'api_base': None, 'litellm_call_id': '${uuid}', 'stream': True}\n`,
      },
      {
        cat: 'meta-extra-body',
        rel: 'logs/massgen_debug.log',
        text: `metadata={'user_api_key_hash': '${r('hex', 64)}', 'user_api_key_alias': 'team-a', 'trace_id': '${uuid}'}\n`,
      },
    );
  }
  return out;
}

/** Each shape of a general value given every placeholder in turn; the wallets' slots given public forms; the dumps. */
export function twins(seed: number): Twin25[] {
  const out: Twin25[] = [];
  const c = ctx(seed + 17);
  let k = 0;
  for (const s of Object.values(SHAPES)) {
    if (s.kind) continue;
    for (let i = 0; i < 3; i++, k++) {
      let p = PLACEHOLDERS[k % PLACEHOLDERS.length]!;
      if (s.urlSafe) p = ['YOUR_API_KEY', 'REDACTED', 'changeme', 'xxxxxxxxxxxxxxxx'][k % 4]!;
      else if (i === 2 && TAKES_REFERENCES.has(s.cat) && !s.make('MARK', c).includes('Bearer MARK'))
        p = REFERENCES[k % REFERENCES.length]!;
      out.push({ cat: s.cat, rel: s.rel, text: s.make(p, c) });
    }
  }
  out.push(...benignDumps(seed + 19));
  return out;
}
