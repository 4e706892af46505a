/**
 * Services beyond context.ts's providers whose keys people keep under the service's name alone (payment, mail, maps,
 * monitoring, CI, search and data APIs, webhooks): `"postmark": "<uuid>"`, `[cloudflare]` / `key = …`, `- Paypal: …`.
 * SERVICE_WORDS are names that are also common words (`square`, `segment`, `make`): a bullet or a table row naming
 * them is read (labels.ts), a map key or a section named so is not.
 */
import { PROVIDERS } from './context.js';

const SERVICES =
  'paypal|braintree|plaid|coinbase|binance|kraken|shopify|mailgun|mailchimp|mandrill|postmark|mailjet|mailersend|' +
  'sparkpost|brevo|sendinblue|algolia|typesense|meilisearch|airtable|mapbox|googlemaps|youtube|spotify|twitch|' +
  'openweather(?:map)?|weatherapi|newsapi|alphavantage|finnhub|tiingo|coinmarketcap|coingecko|etherscan|infura|' +
  'alchemy|moralis|pinata|rapidapi|scrapingbee|zenrows|browserless|scraperapi|apify|e2b|ai21|nvidia|runpod|' +
  'mixpanel|amplitude|posthog|launchdarkly|statsig|cloudflare|fastly|netlify|heroku|digitalocean|linode|vultr|' +
  'hetzner|backblaze|supabase|firebase|auth0|okta|twitter|reddit|unsplash|pexels|giphy|ipinfo|abstractapi|' +
  'clearbit|zapier|n8n|webhooks?|zendesk|freshdesk|intercom|hubspot|salesforce|bitly|figma|miro|asana|trello|' +
  'clickup|jira|atlassian|bitbucket|circleci|travis|buildkite|codecov|snyk|sonarcloud|contentful|sanity|' +
  'storyblok|cloudinary|imgix|uploadcare|mux|pagerduty|opsgenie|newrelic|bugsnag|rollbar|honeybadger|logdna|' +
  'papertrail|splunk|pusher|ably|onesignal|vonage|nexmo|plivo|messagebird|dropbox|recaptcha|hcaptcha|' +
  'docusign|calendly|typeform|shodan|virustotal|abuseipdb|opencage|geoapify|locationiq|tomtom';
/** Service names that are common words too. */
export const SERVICE_WORDS = 'square|maps|polygon|nasa|you|make|segment|hunter|nim|clerk';
/** The providers' and services' names that say whose key a value under them is (a map's key, a section's name). */
export const SERVICE_NAMES = `${PROVIDERS}|${SERVICES}`;
