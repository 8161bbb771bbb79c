import type { Role } from "@/generated/prisma/enums";
import type { RatingScale } from "@/features/verdicts/rating-scale";

/** What every part of the article page needs to know about the desk and the person using it. */
export type DeskContext = {
  workspaceId: string;
  userId: string;
  role: Role;
  twoPersonRule: boolean;
  scale: RatingScale;
  members: { userId: string; name: string; role: Role }[];
};

/** The person using the page, as a claim's holder is shown. */
export function currentPerson(desk: DeskContext): { id: string; name: string } {
  return { id: desk.userId, name: desk.members.find((m) => m.userId === desk.userId)?.name ?? "you" };
}
