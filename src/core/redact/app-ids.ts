/**
 * Round 37: Photon's application ids (Unity's `PhotonServerSettings.asset`, Unreal's `DefaultEngine.ini`, code):
 * `AppIdRealtime`, `AppIdChat`, `AppIdVoice`, `AppIdFusion`, `AppIdQuantum`, `PhotonAppIdRealtime`, `PhotonAppId`,
 * `PHOTON_APP_ID`. Photon's app id is the credential a client connects with (anyone who has it spends the owner's
 * CCUs), and it is a UUID, which the key-name layer keeps under any name but a service key's. A UUID after such a name
 * is redacted; an `AppId` with no Photon word (Teams, Azure), an empty value and the nil UUID stay.
 *
 * Linear: one global regex of bounded parts, tried where the text holds `appid`.
 */
import { runPass, type Hit, type Pass } from './pass.js';
import { UUID } from './shapes.js';

const PRODUCT = '(?:realtime|chat|voice|fusion|quantum|pun|server|bolt)';
/** The names an `AppId` is Photon's by alone (`appIdServer`, `appIdPun` are Photon's only after its word). */
const OWN_PRODUCT = '(?:realtime|chat|voice|fusion|quantum)';
const APP_ID = String.raw`app[._-]?id`;
const PHOTON_APP_ID = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:${APP_ID}[._-]?${OWN_PRODUCT}|photon[._-]?${APP_ID}[._-]?${PRODUCT}|photon[._-]?(?:settings[._-]?)?${APP_ID}(?:[._-]?${PRODUCT})?)` +
    String.raw`(?![A-Za-z0-9])["']?[ \t]*(?:=>|=|:)[ \t]*(?:[A-Za-z]?["'])?(${UUID})(?![0-9A-Za-z-])`,
  'gi',
);

function appIdHits(text: string): Hit[] {
  if (!/app[._-]?id/i.test(text)) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(PHOTON_APP_ID)) {
    const id = m[1]!;
    if (/^[0-]+$/.test(id)) continue;
    const start = m.index + m[0].length - id.length;
    hits.push({ rule: 'photon-app-id', start, end: start + id.length });
  }
  return hits;
}

/** The pass of Photon's application ids (see the file's comment). */
export function appIdPass(): Pass {
  return runPass(appIdHits);
}
