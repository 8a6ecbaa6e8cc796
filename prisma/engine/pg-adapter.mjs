// PostgreSQL driver-adapter factory for the WASM schema engine.
//
// Wraps @prisma/adapter-pg 7.10 and works around what breaks on the schema-engine path:
//  - the engine wants result objects ({ ok, value } / { ok: false, error }) instead of throws;
//  - errors that are not DriverAdapterErrors reach the engine as "External error id#N", so
//    every error is turned into a mapped error that carries its message;
//  - adapter-pg cannot read Postgres' internal "char" type (and a few other catalog types) that
//    the schema describer queries: such columns are reported as text;
//  - connectToShadowDb() spreads { ...config, database } but a connectionString wins (the
//    "shadow" database would be the main one) and drops the shadow database before closing its
//    pool: we create and drop the shadow database ourselves, after the pool has closed;
//  - executeScript() splits scripts on ";" (breaks string literals and function bodies): we send
//    the whole script as one simple query, as the native engine does.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/** OIDs that adapter-pg 7.10 maps to a column type (fieldToColumnType); others below 16384 throw. */
const SUPPORTED_OIDS = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184,
  1266, 1560, 1562, 1700, 2950, 3802,
  // arrays
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115,
  1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);
const FIRST_NORMAL_OBJECT_ID = 16384;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

export class ConfigError extends Error {}

export function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

/**
 * Turns a postgres:// URL into separate pg connection fields (never a connectionString, so that
 * overriding `database` works) plus the Prisma-specific `schema` parameter.
 */
export function parseDatabaseUrl(url) {
  if (typeof url !== "string" || url.trim() === "") {
    throw new ConfigError(
      "No database URL is configured. Set DATABASE_URL (prisma.config.ts passes it to the schema engine).",
    );
  }
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError("The database URL is not a valid URL (expected postgresql://user:password@host:port/database).");
  }
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:") {
    throw new ConfigError(
      `The offline schema engine only supports postgresql:// URLs, got "${u.protocol}//". ` +
        "See docs/decisions/001-prisma-offline-schema-engine.md.",
    );
  }
  const params = u.searchParams;
  const config = {
    host: params.get("host") || decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    application_name: params.get("application_name") || "prisma-schema-engine",
    max: 4,
  };
  // IPv6 literals come back in brackets from URL.hostname.
  if (config.host.startsWith("[") && config.host.endsWith("]")) config.host = config.host.slice(1, -1);
  if (!config.database) config.database = config.user;

  const schema = params.get("schema") || undefined;
  const options = [];
  if (params.get("options")) options.push(params.get("options"));
  if (schema) options.push(`-c search_path=${quoteIdent(schema)}`);
  if (options.length) config.options = options.join(" ");

  // Prisma's default connect_timeout is 5 s (0 disables it); pg would otherwise wait for the OS.
  const timeout = params.has("connect_timeout") ? Number(params.get("connect_timeout")) : 5;
  if (Number.isFinite(timeout) && timeout > 0) config.connectionTimeoutMillis = timeout * 1000;

  const sslmode = params.get("sslmode");
  if (sslmode === "require" || sslmode === "prefer") {
    config.ssl = { rejectUnauthorized: params.get("sslaccept") === "strict" };
  } else if (sslmode === "verify-ca" || sslmode === "verify-full") {
    config.ssl = { rejectUnauthorized: true };
  }
  return { config, schema };
}

/** Describes where a database lives, for messages (no credentials). */
export function describeLocation(config) {
  return `${config.host}:${config.port}`;
}

/** Runs statements on a short-lived client (not a pool), e.g. CREATE/DROP DATABASE. */
export async function withClient(config, fn) {
  const client = new pg.Client({ ...config, max: undefined });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Config for an administrative connection: same server and credentials, another database. */
export function adminConfig(config, database) {
  return { ...config, database, options: undefined };
}

/** CREATE/DROP DATABASE must run while connected to another database: "postgres", else "template1". */
export async function maintenanceConfig(config) {
  let lastError;
  for (const database of ["postgres", "template1"]) {
    if (database === config.database) continue;
    const admin = adminConfig(config, database);
    try {
      await withClient(admin, (client) => client.query("SELECT 1"));
      return admin;
    } catch (error) {
      lastError = error;
      if (error?.code !== "3D000") throw error; // only try the next one when this database is missing
    }
  }
  throw lastError;
}

export async function dropDatabase(config, name) {
  await withClient(config, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (e) {
      // PostgreSQL < 13 has no WITH (FORCE).
      if (e && e.code === "42601") await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      else throw e;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Result objects

function toMappedError(error) {
  if (error && error.name === "DriverAdapterError" && error.cause && typeof error.cause === "object") {
    return error.cause;
  }
  // A kind the engine renders with its message (unlike GenericJs, which becomes "External error id#N").
  return {
    kind: "postgres",
    code: (error && typeof error.code === "string" && error.code) || "N/A",
    severity: "ERROR",
    message: (error && error.message) || String(error),
    detail: error && typeof error.detail === "string" ? error.detail : undefined,
    column: undefined,
    hint: error && typeof error.hint === "string" ? error.hint : undefined,
  };
}

const okResult = (value) => ({ ok: true, value });
const errResult = (error) => ({ ok: false, error: toMappedError(error) });

function wrapAsync(fn) {
  return async (...args) => {
    try {
      return okResult(await fn(...args));
    } catch (e) {
      return errResult(e);
    }
  };
}

function wrapSync(fn) {
  return (...args) => {
    try {
      return okResult(fn(...args));
    } catch (e) {
      return errResult(e);
    }
  };
}

function bindTransaction(tx) {
  const bound = {
    adapterName: tx.adapterName,
    provider: tx.provider,
    options: tx.options,
    queryRaw: wrapAsync(tx.queryRaw.bind(tx)),
    executeRaw: wrapAsync(tx.executeRaw.bind(tx)),
    commit: wrapAsync(tx.commit.bind(tx)),
    rollback: wrapAsync(tx.rollback.bind(tx)),
  };
  for (const name of ["createSavepoint", "rollbackToSavepoint", "releaseSavepoint"]) {
    if (typeof tx[name] === "function") bound[name] = wrapAsync(tx[name].bind(tx));
  }
  return bound;
}

function bindAdapter(adapter) {
  const bound = {
    adapterName: adapter.adapterName,
    provider: adapter.provider,
    queryRaw: wrapAsync(adapter.queryRaw.bind(adapter)),
    executeRaw: wrapAsync(adapter.executeRaw.bind(adapter)),
    executeScript: wrapAsync(adapter.executeScript.bind(adapter)),
    dispose: wrapAsync(adapter.dispose.bind(adapter)),
    startTransaction: wrapAsync(async (...args) => bindTransaction(await adapter.startTransaction(...args))),
  };
  if (typeof adapter.getConnectionInfo === "function") {
    bound.getConnectionInfo = wrapSync(adapter.getConnectionInfo.bind(adapter));
  }
  return bound;
}

// ---------------------------------------------------------------------------------------------
// adapter-pg fixes (instance-level, so nothing in node_modules is modified)

function fixFields(result) {
  if (!result || !Array.isArray(result.fields)) return result;
  result.fields.forEach((field, i) => {
    const oid = field.dataTypeID;
    if (oid >= FIRST_NORMAL_OBJECT_ID || SUPPORTED_OIDS.has(oid)) return;
    const isArray = result.rows.some((row) => Array.isArray(row[i]));
    field.dataTypeID = isArray ? TEXT_ARRAY_OID : TEXT_OID;
    const toText = (v) => (v === null || v === undefined || typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v));
    for (const row of result.rows) {
      row[i] = Array.isArray(row[i]) ? row[i].map(toText) : toText(row[i]);
    }
  });
  return result;
}

function patchQueryable(queryable) {
  const performIO = queryable.performIO;
  if (typeof performIO !== "function") {
    throw new Error("@prisma/adapter-pg changed: performIO() not found; review prisma/engine/pg-adapter.mjs");
  }
  queryable.performIO = async (query) => fixFields(await performIO.call(queryable, query));
  return queryable;
}

function patchAdapter(adapter) {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction;
  adapter.startTransaction = async (...args) => patchQueryable(await startTransaction.apply(adapter, args));
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error); // throws a DriverAdapterError
    }
  };
  return adapter;
}

async function connectAdapter(config, schema) {
  const factory = new PrismaPg(config, schema ? { schema } : undefined);
  return patchAdapter(await factory.connect());
}

// ---------------------------------------------------------------------------------------------

/**
 * Creates the migration-aware adapter factory the WASM engine expects.
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource
 */
export function createAdapterFactory(datasource) {
  const { config, schema } = parseDatabaseUrl(datasource.url);
  const liveShadowDatabases = new Set();

  async function connectToShadowDb() {
    if (datasource.shadowDatabaseUrl) {
      const shadow = parseDatabaseUrl(datasource.shadowDatabaseUrl);
      if (
        shadow.config.host === config.host &&
        shadow.config.port === config.port &&
        shadow.config.database === config.database
      ) {
        throw new Error("The shadow database URL points at the main database. Use a separate, disposable database.");
      }
      // The engine expects an empty shadow database: clear the target schema first.
      const target = shadow.schema || "public";
      await withClient(adminConfig(shadow.config, shadow.config.database), async (client) => {
        await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(target)} CASCADE; CREATE SCHEMA ${quoteIdent(target)}`);
      });
      return connectAdapter(shadow.config, shadow.schema);
    }

    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const admin = adminConfig(config, config.database);
    await withClient(admin, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    liveShadowDatabases.add(name);
    let adapter;
    try {
      adapter = await connectAdapter({ ...config, database: name }, schema);
    } catch (e) {
      await dropDatabase(admin, name).catch(() => {});
      liveShadowDatabases.delete(name);
      throw e;
    }
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose(); // closes the pool first...
      } finally {
        await dropDatabase(admin, name); // ...then drops the database
        liveShadowDatabases.delete(name);
      }
    };
    return adapter;
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    errorRegistry: { consumeError: () => undefined },
    connect: wrapAsync(async () => bindAdapter(await connectAdapter(config, schema))),
    connectToShadowDb: wrapAsync(async () => bindAdapter(await connectToShadowDb())),
    /** Drops shadow databases the engine did not dispose of (e.g. after an error). */
    async cleanup() {
      const admin = adminConfig(config, config.database);
      for (const name of [...liveShadowDatabases]) {
        await dropDatabase(admin, name).catch(() => {});
        liveShadowDatabases.delete(name);
      }
    },
  };
}

/**
 * A factory for commands that need no database (e.g. `migrate diff --from-empty --to-schema`):
 * answers the engine's start-up probe and refuses everything else with a readable message.
 */
export function createOfflineAdapterFactory() {
  const refuse = async () => {
    throw new Error("This command needs a database connection; set DATABASE_URL.");
  };
  const adapter = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw(query) {
      if (/current_setting\('server_version_num'\)/.test(query.sql)) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [5, 7, 0], // Boolean, Text, Int32
          rows: [[true, "PostgreSQL 15.0 (offline: no database connection)", 150000]],
        };
      }
      return refuse();
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    async dispose() {},
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    errorRegistry: { consumeError: () => undefined },
    connect: wrapAsync(async () => bindAdapter(adapter)),
    connectToShadowDb: wrapAsync(async () => refuse()),
    async cleanup() {},
  };
}
