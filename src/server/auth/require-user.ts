import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { getSessionUserId } from "./index";

/** For pages that need a user: sends everyone else to sign-in, and back here afterwards. */
export async function requireUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (userId) return userId;
  const here = (await headers()).get("x-pathname") ?? "/";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(here))}`);
}
