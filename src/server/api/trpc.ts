import { initTRPC, TRPCError } from "@trpc/server";
import { transformer } from "@/lib/transformer";
import { z, ZodError } from "zod";
import { type Role } from "@/generated/prisma/enums";
import { isAppError } from "@/lib/app-error";
import { AppError } from "@/lib/app-error";
import { findMembershipAtPosition } from "@/features/workspaces/membership";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import type { Context } from "./context";
import { toTRPCError } from "./errors";

/** Who may call a procedure, as built; tests/helpers/access-matrix.ts states and checks what each caller gets. */
export type ProcedureMeta = { access: "public" | "user" | "workspace"; minRole?: Role };

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    // Live feeds: a ping keeps proxies from closing an idle stream, and the
    // browser reconnects (resuming from the last event id) if pings stop.
    // Streams also end after a while and the browser reopens them, so a
    // connection never outlives a deploy or a load balancer's idle limit
    // by much (the browser tests shorten it to exercise reconnecting).
    sse: {
      ping: { enabled: true, intervalMs: 10_000 },
      client: { reconnectAfterInactivityMs: 25_000 },
      maxDurationMs: Number(process.env.FACTDESK_LIVE_MAX_DURATION_MS) || 10 * 60_000,
    },
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const zodFields = cause instanceof ZodError ? flattenZod(cause) : undefined;
      const appFields = isAppError(cause) ? cause.fieldErrors : undefined;
      return {
        ...shape,
        message: cause instanceof ZodError ? firstZodMessage(cause) : shape.message,
        data: {
          ...shape.data,
          // Stack traces stay on the server.
          stack: undefined,
          appCode: isAppError(cause) ? cause.code : null,
          fieldErrors: appFields ?? zodFields ?? null,
        },
      };
    },
  });

function flattenZod(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

function firstZodMessage(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input.";
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/**
 * Domain code throws AppError, and a lost database surfaces as driver errors;
 * convert both once, here, for every procedure (see errors.ts). Outermost, so
 * it also covers the membership lookup that runs before the procedure.
 */
const errorConversion = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const converted = toTRPCError(result.error.cause);
    if (converted !== result.error.cause) throw converted;
  }
  return result;
});

/** True when any string in the value (keys included) holds U+0000, which PostgreSQL text cannot store. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, v]) => key.includes("\u0000") || containsNul(v, depth + 1));
}

/**
 * Refuses input with a NUL character anywhere, in one place, before it reaches
 * a query: PostgreSQL rejects it in text (including ids in a WHERE clause),
 * which would otherwise surface as a server error.
 */
const rejectNulInput = t.middleware(async ({ getRawInput, next }) => {
  if (containsNul(await getRawInput())) {
    throw new AppError("VALIDATION", "This does not look like text: it contains a NUL character (\\0), which text cannot hold. Remove it, or paste the text itself.");
  }
  return next();
});

const baseProcedure = t.procedure.use(errorConversion).use(rejectNulInput);

export const publicProcedure = baseProcedure.meta({ access: "public" });

export const authedProcedure = baseProcedure
  .meta({ access: "user" })
  .use(({ ctx, next }) => {
    if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
    return next({ ctx: { userId: ctx.userId } });
  });

/**
 * A procedure scoped to one workspace: the input carries `workspaceId`, and the
 * caller's membership and role are read from the database on every call, never
 * from the session token (which may be stale after a role change or removal).
 * Non-members get NOT_FOUND, so the existence of a workspace does not leak.
 */
export function workspaceProcedure(minRole: Role) {
  return authedProcedure
    .meta({ access: "workspace", minRole })
    .input(z.object({ workspaceId: z.string().min(1).max(64) }))
    .use(async ({ ctx, input, next, type }) => {
      const found = await findMembershipAtPosition(ctx.db, input.workspaceId, ctx.userId);
      if (!found) throw toTRPCError(new AppError("NOT_FOUND", "Workspace not found."));
      const { membership, workspaceSeq } = found;
      if (!hasRoleAtLeast(membership.role, minRole)) {
        throw toTRPCError(
          new AppError("FORBIDDEN", `This needs the ${minRole.toLowerCase()} role or higher in this workspace.`),
        );
      }
      const result = await next({ ctx: { membership, workspaceId: input.workspaceId, workspaceSeq } });
      // After the change has committed, nudge live viewers of this workspace to read it.
      if (result.ok && type === "mutation") await ctx.bus.publish({ workspaceId: input.workspaceId, kind: "changes" }).catch(() => {});
      return result;
    });
}
