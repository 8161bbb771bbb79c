import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createContextForRequest } from "@/server/api/request-context";
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
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
