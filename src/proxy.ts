import { type NextRequest, NextResponse } from "next/server";
import { appPageCsp, newNonce } from "@/server/http/content-security-policy";

const isPublicSummary = (path: string) => path === "/s" || path.startsWith("/s/");

/**
 * Runs before every page:
 * - passes the requested path to server components (x-pathname), so a page that
 *   needs a signed-in user can send people to sign-in and back to where they were;
 * - gives each page response a fresh script nonce and its Content-Security-Policy.
 *   Next reads the nonce from the request's policy header and puts it on its own
 *   scripts. Public summaries (/s) set their own policy (they carry no script).
 * Not an authorization layer: every page and procedure checks on its own.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  if (isPublicSummary(request.nextUrl.pathname)) return NextResponse.next({ request: { headers } });
  const policy = appPageCsp(newNonce(), { development: process.env.NODE_ENV === "development" });
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
