import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { logApiError } from "@/server/api/log-api-error";
import { appRouter } from "@/server/api/root";
import { createContextForRequest } from "@/server/api/request-context";
import { responseHeadersFor } from "@/server/api/response-meta";
import { isCrossSiteRequest } from "@/server/http/same-origin";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  if (req.method !== "GET" && isCrossSiteRequest(req.headers, req.url)) {
    return Response.json({ error: { message: "Requests from other sites are refused." } }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContextForRequest(req),
    onError: logApiError,
    responseMeta: ({ errors }) => ({ headers: responseHeadersFor(errors) }),
  });
}

export { handler as GET, handler as POST };
