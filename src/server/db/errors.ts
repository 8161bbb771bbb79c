import { Prisma } from "@/generated/prisma/client";

/** A unique index refused the write: two requests raced for the same key. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
