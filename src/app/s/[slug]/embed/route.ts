import { embedPage } from "@/server/public/summary-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return embedPage(request, (await params).slug);
}
