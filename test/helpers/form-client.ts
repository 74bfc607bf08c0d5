// A small cookie-keeping client over app.inject: GET a page, read its CSRF token, POST its form, the
// way a browser without JavaScript does.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class FormClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies) {
      if (
        c.value === '' ||
        (c.maxAge !== undefined && c.maxAge <= 0) ||
        (c.expires && c.expires.getTime() < Date.now())
      )
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.app.inject({
        method: 'GET',
        url,
        headers: { ...this.headers, cookie: this.cookieHeader(), ...headers },
      }),
    );
  }

  /** Posts a form; `csrfFrom` is the page whose token to send (by default the last page fetched). */
  async post(
    url: string,
    form: Record<string, string | string[]>,
    opts: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    if (opts.csrf !== null) body.set('_csrf', opts.csrf ?? this.lastToken ?? '');
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: {
          ...this.headers,
          cookie: this.cookieHeader(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: body.toString(),
      }),
    );
  }

  /** Posts a form with files (multipart/form-data), as a browser does for `enctype="multipart/form-data"`. */
  async postMultipart(
    url: string,
    form: Record<string, string>,
    files: readonly { name: string; fileName: string; bytes: Buffer }[],
    opts: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new FormData();
    if (opts.csrf !== null) body.append('_csrf', opts.csrf ?? this.lastToken ?? '');
    for (const [k, v] of Object.entries(form)) body.append(k, v);
    for (const f of files) body.append(f.name, new Blob([new Uint8Array(f.bytes)]), f.fileName);
    const req = new Request('http://localhost/', { method: 'POST', body });
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: {
          ...this.headers,
          cookie: this.cookieHeader(),
          'content-type': req.headers.get('content-type')!,
        },
        payload: Buffer.from(await req.arrayBuffer()),
      }),
    );
  }

  lastToken: string | null = null;

  /** GETs a page and remembers its form's CSRF token. */
  async open(url: string): Promise<LightMyRequestResponse> {
    const res = await this.get(url);
    this.lastToken = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? null;
    return res;
  }
}

/** The text of the page with tags removed and entities decoded enough for assertions. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** A client signed in as `login` (with the seed password) in the given page language. */
export async function signedInClient(
  app: FastifyInstance,
  login: string,
  password: string,
  lang = 'kk',
): Promise<FormClient> {
  const c = new FormClient(app);
  await c.open(`/${lang}/staff/sign-in`);
  const res = await c.post(`/${lang}/staff/sign-in`, { login, password });
  if (res.statusCode !== 303) throw new Error(`sign-in of ${login} answered ${res.statusCode}`);
  return c;
}
