import type { AnyProcedure } from "@trpc/server";
import type { ProcedureMeta } from "@/server/api/trpc";
import { appRouter } from "@/server/api/root";

export type ProcedureInfo = { path: string; type: string; meta: ProcedureMeta };

/** Every procedure in the app router, read from the router itself so new ones are covered automatically. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    meta: (procedure._def.meta ?? {}) as ProcedureMeta,
  }));
}

/** Calls a procedure by its dotted path through a caller. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}
