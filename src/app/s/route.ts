import { indexPage } from "@/server/public/index-routes";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return indexPage(request);
}
