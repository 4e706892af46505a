/**
 * Provider-shape rules for secrets a URL carries in its path or in a query parameter whose name says nothing to the
 * key-name layer, and for secrets tools print under a fixed label. Written from each service's documented URL:
 * - IFTTT Webhooks: `https://maker.ifttt.com/trigger/{event}/with/key/{key}` (also `/json/with/key/`);
 * - Make (formerly Integromat): `https://hook.<zone>.make.com/<32 lowercase letters and digits>`;
 * - Pipedream HTTP sources: `https://<endpoint id>.m.pipedream.net`;
 * - n8n and other webhook endpoints: `/webhook/<uuid>` (`/webhook-test/` while testing), `/webhooks/<token>`;
 * - Microsoft 365 connectors: `https://outlook.office.com/webhook/<uuid>@<uuid>/IncomingWebhook/<hex>/<uuid>`;
 * - ntfy: `https://ntfy.sh/<topic>` (the topic is the only secret a public server has);
 * - Healthchecks.io: `https://hc-ping.com/<uuid>` and `https://hc-ping.com/<ping key>/<slug>`;
 * - Sentry (and Sentry-compatible GlitchTip) DSNs: `https://<32 hex public key>[:<32 hex secret>]@<host>/<project>`;
 * - the Telegram Bot API: `https://api.telegram.org/bot<id>:<token>/<method>`;
 * - Azure Functions' `?code=<function key>` and OpenWeather's `?appid=<key>` query parameters;
 * - `vault operator init`'s `Unseal Key N:`, `Recovery Key N:` and `Initial Root Token:` lines;
 * - `cloudflared service install <token>` (base64 of a JSON object: `eyJ…`, no dots, so no JWT);
 * - Google Authenticator's export, `otpauth-migration://offline?data=<base64 of the accounts' secrets>`;
 * - a Wi-Fi network's QR code, `WIFI:T:WPA;S:<ssid>;P:<password>;;`.
 * A value must mix letters and digits (a word, a placeholder such as `YOUR_KEY` or `xxxxxxxx` is kept).
 */
import { END, UUID, type ShapeRule } from './shapes.js';

/** A random value of URL-safe characters: a digit and a letter in it (no word, no number, no placeholder). */
const RANDOM = '(?=[A-Za-z_-]*\\d)(?=[0-9_-]*[A-Za-z])';
/** Not a UUID (an app's or a tenant's id, public). */
const NOT_UUID = `(?!${UUID}(?![A-Za-z0-9_-]))`;

/**
 * A token as a whole path segment: letters and digits only (no slug of words: `rotate-keys-2024`), or a UUID with a
 * two-letter prefix or none (Anaconda's).
 */
const PATH_TOKEN = `(?:[a-z0-9]{2}-)?${UUID}|${RANDOM}[A-Za-z0-9]{20,128}`;

export const URL_RULES: readonly ShapeRule[] = [
  {
    id: 'ifttt-webhook-key',
    keywords: ['ifttt.com/'],
    source: `ifttt\\.com/trigger/[^/\\s?#"'<>]{1,100}/(?:json/)?with/key/(?<s>${RANDOM}[A-Za-z0-9_-]{16,64})${END}`,
  },
  {
    id: 'make-webhook',
    keywords: ['make.com/', 'integromat.com/'],
    source: `hook\\.(?:[a-z]{2,4}\\d{1,2}\\.)?(?:make|integromat)\\.com/(?<s>(?=[a-z]*\\d)[a-z0-9]{20,64})${END}`,
  },
  // The literal first, the endpoint before it read by a bounded lookbehind (a leading group would be tried at every
  // position).
  {
    id: 'pipedream-endpoint',
    keywords: ['.m.pipedream.net'],
    source: `\\.m\\.pipedream\\.net(?<=(?<![A-Za-z0-9_-])(?<s>(?=[a-z]*\\d)[a-z0-9]{10,40})\\.m\\.pipedream\\.net)`,
  },
  {
    id: 'webhook-path',
    keywords: ['/webhook'],
    source: `/webhooks?(?:-test)?/(?<s>${UUID}|${RANDOM}[A-Za-z0-9_-]{24,128})${END}`,
  },
  {
    id: 'teams-office-webhook',
    keywords: ['outlook.office'],
    source: `outlook\\.office(?:365)?\\.com/webhook/(?<s>[A-Za-z0-9@/-]{40,400})`,
  },
  { id: 'ntfy-topic', keywords: ['ntfy.sh/'], source: `ntfy\\.sh/(?<s>${RANDOM}[A-Za-z0-9_-]{12,64})${END}` },
  {
    id: 'healthchecks-ping',
    keywords: ['hc-ping.com/'],
    source: `hc-ping\\.com/(?<s>${UUID}|${RANDOM}[A-Za-z0-9_-]{22}(?=/))${END}`,
  },
  {
    id: 'sentry-dsn',
    keywords: ['sentry', 'Sentry', 'SENTRY', 'dsn', 'DSN'],
    source: `://(?<s>[0-9a-f]{32}:[0-9a-f]{32})@[A-Za-z0-9.-]{1,200}(?::\\d{1,5})?/`,
  },
  // A secret that does not start `AA` (those are rules.ts's telegram-bot-token, which names the id too), or whatever
  // the segment after `bot` holds (`/botsk-…/sendMessage`, `/bot<32 hex>/`: attack 58).
  {
    id: 'telegram-bot-url',
    keywords: ['api.telegram.org/'],
    source: `api\\.telegram\\.org/(?:file/)?bot\\d{5,12}:(?<s>(?!AA)[A-Za-z0-9_-]{30,64})${END}`,
  },
  {
    id: 'telegram-bot-path',
    keywords: ['api.telegram.org/'],
    source: `api\\.telegram\\.org/(?:file/)?bot(?!\\d{5,12}:)(?<s>${RANDOM}[A-Za-z0-9_.-]{16,256})(?=/)`,
  },
  {
    id: 'url-function-key',
    keywords: ['code=', 'appid='],
    // A dotted token's parts too (an Airtable PAT's `pat….<64 hex>`: attack 48; a URL's value holds `.` unescaped).
    source: `[?&](?:code|appid)=${NOT_UUID}(?<s>(?=[A-Za-z_.-]*\\d)(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,200}(?:\\.[A-Za-z0-9_-]{1,200}){0,4}(?:={1,2}|(?:%3[Dd]){1,2})?)(?![A-Za-z0-9_%-])`,
  },
  {
    id: 'vault-unseal-key',
    keywords: ['Unseal Key ', 'Recovery Key '],
    source: `(?:Unseal|Recovery) Key \\d{1,2}: {1,4}(?<s>[A-Za-z0-9+/]{20,}={0,2})(?![A-Za-z0-9+/=])`,
  },
  // Its root token (`hvs.…`, before Vault 1.10 `s.…`): found by its shape after `hvs.`, here under the label too.
  {
    id: 'vault-root-token',
    keywords: ['Root Token: '],
    source: `Initial Root Token: {1,4}(?<s>(?:hvs\\.|s\\.)?[A-Za-z0-9_-]{20,200})${END}`,
  },
  {
    id: 'cloudflared-token',
    keywords: ['cloudflared'],
    source: `cloudflared [^\\n]{0,120}?(?<![A-Za-z0-9+/=_-])(?<s>eyJ[A-Za-z0-9+/_-]{50,}={0,2})(?![A-Za-z0-9+/=_.-])`,
  },
  {
    id: 'otpauth-migration',
    keywords: ['otpauth-migration:'],
    source: `otpauth-migration://offline\\?data=(?<s>[A-Za-z0-9+/%_=-]{16,})`,
  },
  // A token as a URL's path segment after a segment that names it: Anaconda's `https://conda.anaconda.org/t/<token>/…`
  // (also a private channel's `channel_alias`), `/api_key/<k>`; read inside a URL only (the URL's start is looked
  // back for once the rest matched). Not `/token/` (an explorer's `/token/0x…` is a contract's public address).
  {
    id: 'url-path-token',
    keywords: ['/t/', '/apikey/', '/api-key/', '/api_key/', '/apikeys/', '/api-keys/', '/api_keys/'],
    source: `/(?:t|api[_-]?keys?)/(?<s>(?:${PATH_TOKEN}))${END}(?<=://[^\\s/"'<>]{1,253}(?:/[^\\s/"'<>?#]{0,128}){2,7})`,
  },
  // An MCP server's URL that holds its key as the segment before its transport's (`https://host/<key>/sse`, `/mcp`):
  // letters and digits only (a UUID there is a job's or a session's).
  {
    id: 'mcp-url-key',
    keywords: ['/sse', '/mcp'],
    source: `/(?<s>${RANDOM}[A-Za-z0-9]{20,128})/(?:sse|mcp)${END}(?<=://[^\\s/"'<>]{1,253}(?:/[^\\s/"'<>?#]{0,128}){2,7})`,
  },
  {
    // A Wi-Fi network's QR code (`WIFI:T:WPA;S:HomeNet;P:…;;`, ZXing's format): the password after `P:`, `\;` escaped.
    id: 'wifi-password',
    keywords: ['WIFI:'],
    source: `WIFI:(?:[TSHE]:(?:\\\\.|[^;\\\\\\r\\n]){0,64};){0,4}P:(?<s>(?:\\\\.|[^;\\\\\\r\\n]){4,63});`,
  },
];
