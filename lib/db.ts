// The one Prisma client of the server. Secret columns are omitted unless a query asks for them.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true },
      serviceClient: { secretHash: true },
      apiKey: { keyHash: true },
      mispLicenseKey: { keyHash: true },
      portalCaKey: { encryptedPrivateKey: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { portalDb?: Db };

function client(): Db {
  globalForDb.portalDb ??= createClient();
  return globalForDb.portalDb;
}

// Created on first use, so that building the app needs no database configuration.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
