import "server-only";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/context";
import { getSessionUserId } from "@/server/auth";

/** Server components call procedures directly, with the same authorization as over HTTP. */
export const getServerCaller = cache(async () => createCaller(await createContextInner({ userId: await getSessionUserId() })));
