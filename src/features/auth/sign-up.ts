import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { hashPassword } from "./password";
import type { TSignUp } from "./schemas";

const TAKEN = "An account with this e-mail already exists. Sign in instead.";

export async function signUp(db: Db, input: TSignUp): Promise<{ id: string; email: string; name: string }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw AppError.validation({ email: TAKEN });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw AppError.validation({ email: TAKEN });
    }
    throw error;
  }
}
