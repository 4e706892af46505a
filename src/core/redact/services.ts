/**
 * Providers (AI and developer APIs) and services whose keys people keep under the service's name alone (payment,
 * mail, maps, monitoring, CI, search and data APIs, webhooks): `"postmark": "<uuid>"`, `[cloudflare]` / `key = …`,
 * `- Paypal: …`.
 * SERVICE_WORDS are names that are also common words (`square`, `segment`, `make`): a bullet or a table row naming
 * them is read (labels.ts), a map key or a section named so is not.
 */

/** Providers whose names say which key a bare `key` is (`MISTRAL key`), and sections whose entries are theirs. */
export const PROVIDERS =
  'openai|azure(?:[._-]?openai)?|anthropic|claude|cohere|mistral|groq|gemini|google(?:ai)?|vertex|together|fireworks|deepseek|xai|grok|perplexity|cerebras|openrouter|huggingface|hf|replicate|exa|tavily|serper|serpapi|brave|jina|voyage(?:ai)?|elevenlabs|deepgram|assemblyai|pinecone|weaviate|qdrant|wandb|langfuse|langsmith|helicone|github|gitlab|slack|discord|telegram|stripe|twilio|sendgrid|resend|zai|zhipu|moonshot|kimi|qwen|dashscope|sambanova|nebius|novita|lepton|modal|firecrawl|notion|linear|sentry|datadog|' +
  'deepinfra|alibaba|aliyun|baidu|qianfan|minimax|baichuan|stepfun|siliconflow|hyperbolic|octoai|friendli|upstage|' +
  'nomic|mixedbread|llamacloud|stability|anyscale|watsonx|vercel|bing|searchapi|kagi|browserbase';
/** A provider's name ending the text (before a key's name: `Groq key`, `openai_key`). */
export const PROVIDER_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${PROVIDERS})[ _-]?$`, 'i');

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
  'docusign|calendly|typeform|shodan|virustotal|abuseipdb|opencage|geoapify|locationiq|tomtom|' +
  // The families of rules.ts (the test in redact-services.test.ts keeps them here) and their neighbours.
  'cartesia|aws|bedrock|ngrok|tencent|yandex|scaleway|flyio|fly\\.io|planetscale|databricks|deno|tailscale|doppler|' +
  'hashicorp|terraform|onepassword|1password|sourcegraph|artifactory|jfrog|prefect|dockerhub|sonarqube|postman|' +
  'pulumi|npm|pypi|rubygems|nuget|infracost|grafana|dynatrace|honeycomb|logfire|stytch|razorpay|flutterwave|shippo|' +
  'lightstep|signoz|betterstack|logtail|sumologic|loggly|coralogix|uptrace|checkly|paystack|mollie|adyen|' +
  'lemonsqueezy|chargebee|recurly|gocardless|xendit|mercadopago|sendpulse|smtp2go|mailtrap|customerio|mattermost|' +
  'zulip|ifttt|pipedream|ntfy|healthchecks|cloudflared|upcloud|ovhcloud|ovh|speechmatics|gladia|inngest|trigger\\.dev|upstash|' +
  'turso|appwrite|pocketbase|hygraph|strapi|kinde|workos|descope|clerk\\.dev|' +
  // Round 19's families (more-rules.ts).
  'adobe|clojars|definednetworking|duffel|easypost|frameio|intra42|maxmind|octopus(?:deploy)?|openshift|scalingo|' +
  'settlemint|clickhouse|' +
  // Round 20's (weak-prefix-rules.ts).
  'lambdacloud|lambdalabs|' +
  // Round 21's (more-rules.ts).
  'microsoft';
/** Service names that are common words too. */
export const SERVICE_WORDS =
  'square|maps|polygon|nasa|you|make|segment|hunter|nim|clerk|render|neon|paddle|axiom|vault|docker|meta|teams|convex|' +
  'harness';
/** The providers' and services' names that say whose key a value under them is (a map's key, a section's name). */
export const SERVICE_NAMES = `${PROVIDERS}|${SERVICES}`;
