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
