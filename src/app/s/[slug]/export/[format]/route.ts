import { summaryExport } from "@/server/public/summary-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  return summaryExport(request, slug, format);
}
