import type { Role } from "@/generated/prisma/enums";

/** The demo desk's people, one per role. Also listed in README.md; keep both in step. */
export const DEMO_PASSWORD = "factdesk-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.org", name: "Farida Ahmadi", role: "ADMIN" },
  { email: "editor@example.org", name: "Amina Rahimi", role: "EDITOR" },
  { email: "reviewer@example.org", name: "Omar Haidari", role: "REVIEWER" },
  { email: "viewer@example.org", name: "Lena Fischer", role: "VIEWER" },
];

export const DEMO_WORKSPACE = { name: "Kabul Fact Desk", slug: "kabul-fact-desk" } as const;
