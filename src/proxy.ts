import { type NextRequest, NextResponse } from "next/server";

/**
 * Passes the requested path to server components (x-pathname), so a page that
 * needs a signed-in user can send people to sign-in and back to where they were.
 * Not an authorization layer: every page and procedure checks on its own.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
