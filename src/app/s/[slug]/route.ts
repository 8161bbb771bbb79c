import { summaryPage } from "@/server/public/summary-routes";

export const dynamic = "force-dynamic";

/** The public summary: plain server-rendered HTML with no client script (see src/server/public). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return summaryPage(request, (await params).slug);
}
