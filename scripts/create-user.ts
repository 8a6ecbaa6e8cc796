// npm run user:create -- --email E --password P --role R [--role R2 ...] [--username U] [--name "Display name"]
import "dotenv/config";
import { parseArgs } from "node:util";
import { createUser } from "../lib/users/service";
import { systemActor } from "../lib/system-actor";
import { AppError } from "../lib/errors";
import { ZodError } from "zod";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string", multiple: true },
    username: { type: "string" },
    name: { type: "string" },
  },
});

if (!values.email || !values.password || !values.role?.length) {
  console.error("Usage: npm run user:create -- --email E --password P --role R [--role R2 ...] [--username U] [--name N]");
  console.error("Roles: PARTNER_ADMIN, POLICY_MANAGER, AUTH_PARTNER, ONLINE_VERIFICATION_PARTNER, CREDENTIAL_PARTNER, DEVICE_PROVIDER, FTM_PROVIDER, MANUAL_ADJUDICATION, ABIS_PARTNER, MISP_PARTNER");
  process.exit(2);
}

createUser(
  { email: values.email, password: values.password, roles: values.role as never, username: values.username, displayName: values.name },
  systemActor("user:create"),
)
  .then((user) => {
    console.log(`Created ${user.email} (${user.roles.join(", ")})${user.username ? `, username ${user.username}` : ""}.`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    if (error instanceof AppError) console.error(error.message);
    else if (error instanceof ZodError) console.error(error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
    else console.error(error);
    process.exit(1);
  });
