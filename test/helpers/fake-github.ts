/**
 * A fake GitHub gist API on 127.0.0.1 that the real `gh` talks to, as an HTTP proxy target:
 * gh runs with GH_HOST=github.localhost, GH_TOKEN, HTTP_PROXY=http://127.0.0.1:PORT and sends
 * absolute-form requests for http://api.github.localhost/... (see ../shared/gist-backend.md A.2.6).
 * It serves REST create, get, list (with Link pagination), patch and delete, raw file content,
 * and the GraphQL viewer query of gh's auth check; it checks the Authorization header, records
 * every request (bodies included), and injects faults on demand.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GistFileRecord {
  content: string;
}
export interface GistRecord {
  id: string;
  description: string;
  public: boolean;
  files: Map<string, GistFileRecord>;
  created_at: string;
  updated_at: string;
  owner: string;
  /**
   * Fields that replace what the API shows for a file (a hostile gist: another raw_url, a wrong type); null shows the
   * file as null.
   */
  apiOverrides?: Record<string, Record<string, unknown> | null>;
}
export interface RecordedRequest {
  /** The host the request was for (gh sends absolute-form requests to its proxy). */
  host?: string;
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}
/** A fault for the next request that matches: an HTTP status (with Retry-After) or a dropped connection. */
export interface Fault {
  method?: string;
  /** Matched against the path (no query), e.g. /^\/gists$/ or /^\/gists\/\w+$/. */
  path?: RegExp;
  status?: number;
  retryAfter?: number;
  message?: string;
  drop?: boolean;
  /** Apply the request first (create the gist), then fail: the orphan case. */
  afterApplying?: boolean;
  /** Let this many matching requests through before failing. */
  skip?: number;
  /** How many requests to fail (default 1). */
  times?: number;
  /** Hold the request this long, then serve it normally (no failure). */
  delayMs?: number;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
  /** Answer 200 and then one blank every this many ms, never ending (a read that trickles: hostile 59). */
  trickleMs?: number;
  /** Apply the request this long after it arrived, whatever happened to the connection (GitHub finishing late). */
  applyAfterMs?: number;
  /**
   * Answer with this body as it is (status 200 unless `status` is given): a proxy's HTML page, JSON of the wrong shape.
   */
  body?: string;
  /** Headers sent with `body` (a Link header that never ends). */
  headers?: Record<string, string>;
}

const TOKEN = 'fake-token-for-tests';
const CONTENT_LIMIT = 1024 * 1024;

export class FakeGitHub {
  readonly gists = new Map<string, GistRecord>();
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private server: Server | undefined;
  private seq = 0;
  port = 0;
  login = 'octo-tester';
  /** The token's scopes, as GitHub tells them (gh's `auth status` wants `repo` and `read:org` besides `gist`). */
  scopes = 'gist, read:org, repo';

  static readonly token = TOKEN;

  /** The environment that points the real gh at this fake. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      GH_HOST: 'github.localhost',
      GH_TOKEN: TOKEN,
      HTTP_PROXY: `http://127.0.0.1:${this.port}`,
      http_proxy: `http://127.0.0.1:${this.port}`,
      NO_PROXY: '',
      no_proxy: '',
      GH_NO_UPDATE_NOTIFIER: '1',
      GH_PROMPT_DISABLED: '1',
      NO_COLOR: '1',
      ...extra,
    };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Adds gists directly (for list and delete tests). */
  seed(
    description: string,
    files: Record<string, string>,
    opts: { public?: boolean; owner?: string; ageSeconds?: number } = {},
  ): GistRecord {
    const id = this.newId();
    const at = new Date(Date.UTC(2026, 0, 1) + this.seq * 1000 - (opts.ageSeconds ?? 0) * 1000).toISOString();
    const g: GistRecord = {
      id,
      description,
      public: opts.public ?? false,
      files: new Map(Object.entries(files).map(([k, v]) => [k, { content: v }])),
      created_at: at,
      updated_at: at,
      owner: opts.owner ?? this.login,
    };
    this.gists.set(id, g);
    return g;
  }

  private newId(): string {
    this.seq++;
    return `f${String(this.seq).padStart(6, '0')}${'0123456789abcdef'.repeat(2).slice(0, 25)}`;
  }

  private gistJson(g: GistRecord, withContent: boolean) {
    const files: Record<string, unknown> = {};
    for (const [name, f] of g.files) {
      const size = Buffer.byteLength(f.content);
      const truncated = withContent && size > CONTENT_LIMIT;
      files[name] = {
        filename: name,
        type: 'text/plain',
        language: null,
        size,
        truncated,
        raw_url: `http://gist.github.localhost/raw/${g.id}/${encodeURIComponent(name)}`,
        ...(withContent ? { content: truncated ? f.content.slice(0, CONTENT_LIMIT) : f.content } : {}),
      };
      const o = g.apiOverrides?.[name];
      if (o === null) files[name] = null;
      else if (o) Object.assign(files[name] as object, o);
    }
    return {
      id: g.id,
      url: `http://api.github.localhost/gists/${g.id}`,
      html_url: `https://gist.github.com/${g.owner}/${g.id}`,
      description: g.description,
      public: g.public,
      files,
      created_at: g.created_at,
      updated_at: g.updated_at,
      owner: { login: g.owner },
      truncated: false,
      comments: 0,
    };
  }

  private takeFault(method: string, path: string): Fault | undefined {
    for (const f of this.faults) {
      if ((f.method && f.method !== method) || (f.path && !f.path.test(path))) continue;
      if ((f.skip ?? 0) > 0) {
        f.skip!--;
        return undefined;
      }
      f.times = (f.times ?? 1) - 1;
      if (f.times <= 0) this.faults.splice(this.faults.indexOf(f), 1);
      return f;
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url!, 'http://api.github.localhost');
    const host = url.hostname;
    const path = url.pathname.replace(/^\/api\/v3/, '');
    const method = req.method!;
    this.requests.push({ host, method, path: path + url.search, authorization: req.headers.authorization, body });
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}): void => {
      const text = data === undefined ? '' : typeof data === 'string' ? data : JSON.stringify(data);
      res.writeHead(status, {
        'Content-Type': typeof data === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
        'X-Oauth-Scopes': this.scopes,
        ...headers,
      });
      res.end(text);
    };
    // Raw files at /raw/<id>/<name> (GitHub's older form) and at /<owner>/<id>/raw/<revision>/<name> (its current one).
    const raw = /^\/(?:[^/]+\/([^/]+)\/raw\/[^/]+|raw\/([^/]+))\/([^/]+)$/.exec(path);
    if (host === 'gist.github.localhost' && method === 'GET' && raw) {
      const [id, name] = [raw[1] ?? raw[2], raw[3]];
      const f = this.gists.get(id!)?.files.get(decodeURIComponent(name!));
      return f ? send(200, f.content) : send(404, 'Not Found');
    }
    if (req.headers.authorization !== `token ${TOKEN}`)
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    const fault = this.takeFault(method, path);
    if (fault?.applyAfterMs !== undefined) setTimeout(() => this.route(method, path, url, body), fault.applyAfterMs);
    if (fault?.hang) return;
    if (fault?.trickleMs !== undefined) return this.trickle(res, fault.trickleMs);
    if (fault?.applyAfterMs !== undefined) return this.fail(res, fault, send);
    if (fault?.delayMs !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (res.destroyed || req.destroyed) return;
    } else if (fault && !fault.afterApplying) return this.fail(res, fault, send);
    const result = this.route(method, path, url, body);
    if (fault && fault.delayMs === undefined) return this.fail(res, fault, send);
    send(result.status, result.data, result.headers);
  }

  /** Headers, then a blank every `ms` until the client goes away. */
  private trickle(res: ServerResponse, ms: number): void {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Oauth-Scopes': this.scopes });
    res.write('{"id": "0", "files": {');
    const timer = setInterval(() => res.write(' '), ms);
    res.on('close', () => clearInterval(timer));
  }

  private fail(
    res: ServerResponse,
    fault: Fault,
    send: (s: number, d?: unknown, h?: Record<string, string>) => void,
  ): void {
    if (fault.body !== undefined) {
      res.writeHead(fault.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8', ...fault.headers });
      res.end(fault.body);
      return;
    }
    if (fault.drop) {
      res.socket?.destroy();
      return;
    }
    const headers: Record<string, string> =
      fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
    send(
      fault.status ?? 500,
      {
        message: fault.message ?? (fault.status === 403 ? 'You have exceeded a secondary rate limit' : 'Server Error'),
      },
      headers,
    );
  }

  private route(
    method: string,
    path: string,
    url: URL,
    body: string,
  ): { status: number; data?: unknown; headers?: Record<string, string> } {
    if (path === '/graphql' && method === 'POST')
      return { status: 200, data: { data: { viewer: { login: this.login } } } };
    if ((path === '/' || path === '') && method === 'GET')
      return { status: 200, data: { current_user_url: 'http://api.github.localhost/user' } };
    if (path === '/user' && method === 'GET') return { status: 200, data: { login: this.login } };
    if (path === '/gists' && method === 'POST') {
      const parsed = JSON.parse(body) as {
        description?: string;
        public?: boolean;
        files: Record<string, { content: string }>;
      };
      for (const [name, f] of Object.entries(parsed.files)) {
        if (name.includes('/') || !f.content || !/\S/.test(f.content))
          return {
            status: 422,
            data: {
              message: 'Validation Failed',
              errors: [{ resource: 'Gist', code: 'missing_field', field: 'files' }],
            },
          };
      }
      const id = this.newId();
      const now = new Date(Date.UTC(2026, 0, 1) + this.seq * 1000).toISOString();
      const g: GistRecord = {
        id,
        description: parsed.description ?? '',
        public: Boolean(parsed.public),
        files: new Map(Object.entries(parsed.files).map(([k, v]) => [k, { content: v.content }])),
        created_at: now,
        updated_at: now,
        owner: this.login,
      };
      this.gists.set(id, g);
      return { status: 201, data: this.gistJson(g, true) };
    }
    if (path === '/gists' && method === 'GET') {
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const mine = [...this.gists.values()]
        .filter((g) => g.owner === this.login)
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id));
      const slice = mine.slice((page - 1) * perPage, page * perPage);
      // As GitHub sends it: next and last while there are more pages, first and prev after the first.
      const at = (n: number, rel: string): string =>
        `<http://api.github.localhost/gists?per_page=${perPage}&page=${n}>; rel="${rel}"`;
      const links: string[] = [];
      if (page * perPage < mine.length) links.push(at(page + 1, 'next'), at(Math.ceil(mine.length / perPage), 'last'));
      if (page > 1) links.push(at(1, 'first'), at(page - 1, 'prev'));
      const headers: Record<string, string> = links.length ? { Link: links.join(', ') } : {};
      return { status: 200, data: slice.map((g) => this.gistJson(g, false)), headers };
    }
    const m = /^\/gists\/([^/]+)$/.exec(path);
    if (m) {
      const g = this.gists.get(m[1]!);
      if (!g || (method !== 'GET' && g.owner !== this.login))
        return { status: 404, data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      if (method === 'GET') return { status: 200, data: this.gistJson(g, true) };
      if (method === 'DELETE') {
        this.gists.delete(g.id);
        return { status: 204 };
      }
      if (method === 'PATCH') {
        const parsed = JSON.parse(body) as {
          description?: string;
          files?: Record<string, { content?: string; filename?: string } | null>;
        };
        for (const [name, f] of Object.entries(parsed.files ?? {})) {
          if (f === null) g.files.delete(name);
          else if (f.content !== undefined) {
            if (!/\S/.test(f.content)) return { status: 422, data: { message: 'Validation Failed' } };
            g.files.set(name, { content: f.content });
          }
        }
        if (parsed.description !== undefined) g.description = parsed.description;
        g.updated_at = new Date(Date.UTC(2026, 0, 1) + ++this.seq * 1000).toISOString();
        return { status: 200, data: this.gistJson(g, true) };
      }
    }
    return { status: 404, data: { message: 'Not Found' } };
  }
}
