import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a call that must be refused, and returns the refusal for further checks. */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code, (error as Error).message).toBe(code);
    return error as TRPCError;
  }
  throw new Error(`expected the call to be refused with ${code}, but it succeeded`);
}
