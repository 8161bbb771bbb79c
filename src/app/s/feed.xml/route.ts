import { feed } from "@/server/public/index-routes";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feed(request);
}
