// Accounts created by operators (staff, or partner users who register their partner after signing in).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { hashPassword } from "@/lib/auth/password";
import { emailSchema, passwordSchema } from "@/lib/partners/schemas";
import { z } from "zod";
import { ROLE_PERMISSIONS } from "@/lib/permissions";

export const createUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  roles: z.array(z.enum(Object.keys(ROLE_PERMISSIONS) as [Role, ...Role[]])).min(1),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/)
    .optional(),
  displayName: z.string().trim().min(1).max(128).optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export async function createUser(input: CreateUserInput, actor: AuditActor) {
  const parsed = createUserSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  return db.$transaction(async (tx) => {
    const clash = await tx.user.findFirst({
      where: { OR: [{ email: parsed.email }, ...(parsed.username ? [{ username: parsed.username }] : [])] },
      select: { email: true },
    });
    if (clash) throw new AppError("conflict", "USER_EXISTS", clash.email === parsed.email ? `An account with the email ${parsed.email} already exists.` : `The username ${parsed.username} is taken.`);
    const user = await tx.user.create({
      data: { email: parsed.email, username: parsed.username, passwordHash, roles: parsed.roles, displayName: parsed.displayName ?? parsed.email },
    });
    await writeAudit(tx, actor, { action: "user.created", entityType: "User", entityId: user.id, after: { email: user.email, roles: user.roles, username: user.username } });
    return user;
  });
}
