// Prisma CLI configuration (Prisma 7). The CLI loads this before anything else.
import "dotenv/config"; // loads .env from the working directory if there is one (quietly)
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The CLI would otherwise download a native schema engine from a host that offline and air-gapped
// machines cannot reach. This Node script speaks the same protocol on top of
// @prisma/schema-engine-wasm. See docs/decisions/001-prisma-offline-schema-engine.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/engine/schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Not env("DATABASE_URL"): that throws when the variable is unset, and `prisma generate`
    // must work without a database.
    url: process.env.DATABASE_URL,
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
