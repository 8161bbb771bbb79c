import { getSessionUserId } from "@/server/auth";
import { clientIp } from "@/server/http/client-ip";
import { createContextInner } from "./context";

export async function createContextForRequest(req: Request) {
  return createContextInner({ userId: await getSessionUserId(), ip: clientIp(req.headers) });
}
