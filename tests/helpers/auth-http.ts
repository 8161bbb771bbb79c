/**
 * Drives Auth.js (src/server/auth) through its HTTP handlers as a browser
 * would: fetch a CSRF token, post the credentials form, carry the cookies.
 * Import after setting AUTH_SECRET: Auth.js reads it when the module loads.
 */
type Handler = (req: Request) => Promise<Response>;
export type AuthHandlers = { GET: Handler; POST: Handler };

const ORIGIN = "http://localhost:3000";

export type Jar = Map<string, string>;

function keep(jar: Jar, res: Response): Response {
  for (const cookie of res.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return res;
}

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** A browser session: a cookie jar with a CSRF token in it. */
export async function openBrowser(handlers: AuthHandlers, ip: string): Promise<{ jar: Jar; csrfToken: string; ip: string }> {
  const jar: Jar = new Map();
  const res = keep(jar, await handlers.GET(new Request(`${ORIGIN}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } })));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { jar, csrfToken, ip };
}

/** Posts the sign-in form; returns where Auth.js redirects (an `error=` in it on failure). */
export async function postSignIn(
  handlers: AuthHandlers,
  browser: { jar: Jar; csrfToken: string; ip: string },
  form: { email: string; password: string; csrfToken?: string },
): Promise<string> {
  const body = new URLSearchParams({ email: form.email, password: form.password, csrfToken: form.csrfToken ?? browser.csrfToken, callbackUrl: `${ORIGIN}/` });
  const req = new Request(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(browser.jar), "x-forwarded-for": browser.ip },
    body,
  });
  const res = keep(browser.jar, await handlers.POST(req));
  return res.headers.get("location") ?? `(status ${res.status})`;
}

/** The session Auth.js reads from the cookies (null when there is none, or it cannot be read). */
export async function readSession(handlers: AuthHandlers, jar: Jar): Promise<{ user?: { id?: string } } | null> {
  const res = await handlers.GET(new Request(`${ORIGIN}/api/auth/session`, { headers: { cookie: cookieHeader(jar) } }));
  return (await res.json()) as { user?: { id?: string } } | null;
}

export const SESSION_COOKIE = "authjs.session-token";
