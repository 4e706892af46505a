/**
 * Round 37: Photon's application ids (Unity's `PhotonServerSettings.asset`, Unreal's `DefaultEngine.ini`, code):
 * `AppIdRealtime`, `AppIdChat`, `AppIdVoice`, `AppIdFusion`, `AppIdQuantum`, `PhotonAppIdRealtime`, `PhotonAppId`,
 * `PHOTON_APP_ID`, and (round 38) `PhotonChatAppId`. Photon's app id is the credential a client connects with
 * (anyone who has it spends the owner's CCUs), and it is a UUID, which the key-name layer keeps under any name but a
 * service key's. A UUID after such a name is redacted; an `AppId` with no Photon word (Teams, Azure), an empty value
 * and the nil UUID stay.
 *
 * Round 38: a UUID under a service key's name with a suffix or a prefix (`ApiKeyET`, `SdkKeyLive`, `LicenseKeyUS`,
 * `<add key="SubscriptionKeyWest" value="…"/>`), which the key-name layer keeps (its `*_KEY` is the name's last word
 * only); an id's suffix (`ApiKeyId`, `api_key_uuid`, `request_id`) stays. Read here, beside the other UUID credentials,
 * not in a new pass.
 *
 * Linear: global regexes of bounded parts, tried where the text holds `appid`, or `key` and a UUID.
 */
import { runPass, type Hit, type Pass } from './pass.js';
import { UUID } from './shapes.js';

const PRODUCT = '(?:realtime|chat|voice|fusion|quantum|pun|server|bolt)';
/** The names an `AppId` is Photon's by alone (`appIdServer`, `appIdPun` are Photon's only after its word). */
const OWN_PRODUCT = '(?:realtime|chat|voice|fusion|quantum)';
const APP_ID = String.raw`app[._-]?id`;
const PHOTON_APP_ID = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:${APP_ID}[._-]?${OWN_PRODUCT}|photon[._-]?${APP_ID}[._-]?${PRODUCT}|photon[._-]?(?:${PRODUCT}[._-]?|settings[._-]?)?${APP_ID}(?:[._-]?${PRODUCT})?)` +
    String.raw`(?![A-Za-z0-9])["']?[ \t]*(?:=>|=|:)[ \t]*(?:[A-Za-z]?["'])?(${UUID})(?![0-9A-Za-z-])`,
  'gi',
);

/** The words after `…Key` that make the name an id's or a reference's, not the key's. */
const NOT_KEY =
  '(?:ids?|identifier|uuid|guid|names?|type|hash|ref|version|index|path|file|header|field|prefix|len|count)';
const SUFFIXED_KEY = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,12}[._-]?)??(?:api|sdk|license|licence|subscription|server|master|secret|access|client|app)[._-]?key` +
    String.raw`(?:[._-]?(?!${NOT_KEY}(?![a-z]))[A-Za-z0-9]{1,12})?` +
    String.raw`(?![A-Za-z0-9])["']?(?:[ 	]*(?:=>|=|:)|[ 	]+value[ 	]*=)[ 	]*(?:[A-Za-z]?["'])?(${UUID})(?![0-9A-Za-z-])`,
  'gi',
);

function appIdHits(text: string): Hit[] {
  const photon = /app[._-]?id/i.test(text);
  const keyed = /key/i.test(text) && /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text);
  if (!photon && !keyed) return [];
  const hits: Hit[] = [];
  const found = (regex: RegExp, rule: string): void => {
    for (const m of text.matchAll(regex)) {
      const id = m[1]!;
      if (/^[0-]+$/.test(id)) continue;
      const start = m.index + m[0].length - id.length;
      hits.push({ rule, start, end: start + id.length });
    }
  };
  if (photon) found(PHOTON_APP_ID, 'photon-app-id');
  if (keyed) found(SUFFIXED_KEY, 'uuid-service-key');
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass of Photon's application ids (see the file's comment). */
export function appIdPass(): Pass {
  return runPass(appIdHits);
}
