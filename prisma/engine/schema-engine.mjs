#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma 7 CLI downloads from a host
// that offline and air-gapped machines cannot reach. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here. It speaks the binary's protocol:
//   schema-engine --version
//   schema-engine --datasource '{"url":...}' cli can-connect-to-database|create-database|drop-database
//   schema-engine [--datamodels <file>]... [--datasource <json>]   (JSON-RPC 2.0, one message per line
//                                                                  on stdin/stdout)
// and delegates to @prisma/schema-engine-wasm over @prisma/adapter-pg (PostgreSQL only).
// See docs/decisions/001-prisma-offline-schema-engine.md.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";

// stdout carries the protocol only: anything a library logs goes to stderr.
for (const level of ["log", "info", "debug", "warn"]) console[level] = console.error;

const RPC_ERROR_CODE = 4466; // what the native engine uses for "check the data field"
const SHADOW_CACHE_METHODS = new Set(["evaluateDataLoss", "createMigration"]);
const MISSING_SHADOW_FACTORY = /shadow DB must be provided through an external factory/i;

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const { engineVersion } = await import("./wasm-engine.mjs");
    process.stdout.write(`schema-engine-cli ${await engineVersion()}\n`);
    return;
  }
  if (args.help) {
    process.stdout.write(
      "Usage: schema-engine [--datamodels <path>]... [--datasource <json>] [cli <can-connect-to-database|create-database|drop-database>]\n",
    );
    return;
  }
  if (args.cli) {
    process.exitCode = await runCliCommand(args);
    return;
  }
  await serveJsonRpc(args);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`Missing value for ${arg}`);
      return argv[++i];
    };
    switch (arg) {
      case "--version":
      case "-V":
        args.version = true;
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--datamodels":
      case "-d":
      case "--datamodel":
        args.datamodels.push(value());
        break;
      case "--datasource":
        args.datasource = JSON.parse(value()) ?? {};
        break;
      case "--enabled-preview-features":
      case "--extension-types":
        value(); // not used by the WASM engine
        break;
      case "cli":
        args.cli = argv[i + 1] ?? "";
        i = argv.length;
        break;
      default:
        // Unknown flags are ignored so that a newer CLI does not break the shim outright.
        break;
    }
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// One-shot commands: errors go to stderr as JSON log lines. The CLI drops the first stderr line,
// then looks for { level: "ERROR", target: "schema_engine::logger", fields: { error_code, message } }.

function logLine(level, fields) {
  return `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" })}\n`;
}

async function runCliCommand(args) {
  const { parseDatabaseUrl, withClient, maintenanceConfig, dropDatabase, quoteIdent, describeLocation } =
    await import("./pg-adapter.mjs");
  process.stderr.write(logLine("INFO", { message: `Starting schema engine shim (cli ${args.cli})` }));
  let config;
  try {
    ({ config } = parseDatabaseUrl(args.datasource.url));
    switch (args.cli) {
      case "can-connect-to-database":
        await withClient(config, (client) => client.query("SELECT 1"));
        return 0;
      case "create-database": {
        const admin = await maintenanceConfig(config);
        await withClient(admin, (client) => client.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
        return 0;
      }
      case "drop-database":
        await dropDatabase(await maintenanceConfig(config), config.database);
        return 0;
      default:
        process.stderr.write(logLine("ERROR", { is_panic: false, message: `Unknown cli command "${args.cli}"` }));
        return 1;
    }
  } catch (error) {
    process.stderr.write(logLine("ERROR", { is_panic: false, ...describeConnectionError(error, config, describeLocation) }));
    return 1;
  }
}

/** Maps connection errors to the native engine's user-facing codes and messages. */
function describeConnectionError(error, config, describeLocation) {
  const location = config ? describeLocation(config) : "the database server";
  switch (error?.code) {
    case "3D000":
      return {
        error_code: "P1003",
        message: `Database \`${config?.database}\` does not exist on the database server at \`${location}\`.`,
      };
    case "28P01":
    case "28000":
      return {
        error_code: "P1000",
        message:
          `Authentication failed against database server at \`${config?.host}\`, the provided database credentials for \`${config?.user}\` are not valid.\n\n` +
          `Please make sure to provide valid database credentials for the database server at \`${config?.host}\`.`,
      };
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
      return {
        error_code: "P1001",
        message: `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      };
    case "ETIMEDOUT":
      return { error_code: "P1002", message: `The database server at \`${location}\` was reached but timed out.` };
    case "42P04":
      return { error_code: "P1009", message: `Database \`${config?.database}\` already exists on the database server at \`${location}\`` };
    case "42501":
      return { error_code: "P1010", message: `User \`${config?.user}\` was denied access on the database \`${config?.database}\`: ${error.message}` };
    default:
      if (/timeout/i.test(error?.message ?? "")) {
        return {
          error_code: "P1001",
          message: `Can't reach database server at \`${location}\` (connection timed out)\n\nPlease make sure your database server is running at \`${location}\`.`,
        };
      }
      return { message: error?.message ?? String(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server

async function serveJsonRpc(args) {
  const wasm = await import("./wasm-engine.mjs");
  const adapters = await import("./pg-adapter.mjs");

  const datamodels = await Promise.all(args.datamodels.map(async (path) => [path, await readFile(path, "utf8")]));
  const onLog = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);

  const engines = new Map(); // "db" | "offline" -> Promise<{ engine, factory }>
  let poisoned = null; // set after a WASM panic: the instance cannot be used any more

  function getEngine(kind) {
    if (!engines.has(kind)) {
      const promise = (async () => {
        const factory =
          kind === "offline" ? adapters.createOfflineAdapterFactory() : adapters.createAdapterFactory(args.datasource);
        const engine = await wasm.createSchemaEngine({ datamodels, adapterFactory: factory, onLog });
        return { engine, factory };
      })();
      promise.catch(() => engines.delete(kind)); // let a later request retry
      engines.set(kind, promise);
    }
    return engines.get(kind);
  }

  // Requests we send to the CLI (only "print"), awaiting its response.
  let nextOutgoingId = 1;
  const outgoing = new Map();
  function callClient(method, params) {
    const id = nextOutgoingId++;
    return new Promise((resolve, reject) => {
      outgoing.set(id, { resolve, reject });
      send({ jsonrpc: "2.0", id, method, params });
    });
  }

  function send(message) {
    process.stdout.write(`${JSON.stringify(message)}\n`);
  }

  const DIRECT_METHODS = new Set([
    "applyMigrations",
    "createMigration",
    "dbExecute",
    "debugPanic",
    "devDiagnostic",
    "diagnoseMigrationHistory",
    "ensureConnectionValidity",
    "evaluateDataLoss",
    "introspect",
    "introspectSql",
    "markMigrationApplied",
    "markMigrationRolledBack",
    "reset",
    "schemaPush",
  ]);

  async function handle(method, params) {
    if (poisoned) throw new Error(`The schema engine crashed earlier and cannot continue: ${poisoned}`);

    if (method === "diff") {
      const needsDatabase = [params?.from, params?.to].some((t) => t && !["empty", "schemaDatamodel"].includes(t.tag));
      const { engine } = await getEngine(needsDatabase ? "db" : "offline");
      const result = await engine.diff(params);
      // The CLI prints what the engine sends in a "print" request; it ignores result.stdout.
      if (result?.stdout) await callClient("print", { content: result.stdout.replace(/\n$/, "") });
      return { exitCode: result?.exitCode ?? 0, stdout: null };
    }
    if (method === "getDatabaseVersion") {
      const { engine } = await getEngine("db");
      return engine.version(params ?? undefined);
    }
    if (method === "createDatabase") {
      const url = params?.datasource?.url ?? args.datasource.url;
      const { config } = adapters.parseDatabaseUrl(url);
      await adapters.withClient(await adapters.maintenanceConfig(config), (client) =>
        client.query(`CREATE DATABASE ${adapters.quoteIdent(config.database)}`),
      );
      return { databaseName: config.database };
    }
    if (DIRECT_METHODS.has(method)) {
      const { engine, factory } = await getEngine("db");
      try {
        // Call through the instance: detaching the method loses the wasm-bindgen pointer.
        return await engine[method](params);
      } catch (error) {
        // In this WASM build, evaluateDataLoss and createMigration get no shadow-database factory:
        // they only work when the schema of the migrations is already in the engine's cache.
        // diagnoseMigrationHistory (which has the factory) fills that cache; then retry once.
        if (!SHADOW_CACHE_METHODS.has(method) || !MISSING_SHADOW_FACTORY.test(error?.message ?? "")) throw error;
        await engine.diagnoseMigrationHistory({
          migrationsList: params.migrationsList,
          optInToShadowDatabase: true,
          filters: params.filters ?? { externalTables: [], externalEnums: [] },
        });
        await factory.cleanup();
        return await engine[method](params);
      } finally {
        await factory.cleanup();
      }
    }
    throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
  }

  function toRpcError(error) {
    if (error?.rpcCode) return { code: error.rpcCode, message: error.message };
    if (wasm.isWasmPanic(error)) {
      poisoned = wasm.panicMessage(error);
      // Reported as an ordinary error: the CLI's panic path offers to upload a report, which cannot work offline.
      return {
        code: RPC_ERROR_CODE,
        message: "An error happened. Check the data field for details.",
        data: { is_panic: false, message: `The schema engine (WASM) panicked: ${poisoned}` },
      };
    }
    const message = error?.message ?? String(error);
    const data = { is_panic: false, message };
    if (typeof error?.code === "string" && /^P\d{4}$/.test(error.code)) {
      data.error_code = error.code;
      data.meta = error.meta ?? {};
    }
    return { code: RPC_ERROR_CODE, message: "An error happened. Check the data field for details.", data };
  }

  // Requests run one at a time (the WASM engine is single-threaded and takes &mut self).
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });

  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined && message.id !== undefined && outgoing.has(message.id)) {
      const pending = outgoing.get(message.id);
      outgoing.delete(message.id);
      if (message.error) pending.reject(new Error(message.error.message ?? "client error"));
      else pending.resolve(message.result);
      return;
    }
    if (typeof message.method !== "string") return;
    const { id, method, params } = message;
    queue = queue.then(async () => {
      try {
        const result = await handle(method, params);
        if (id !== undefined) send({ jsonrpc: "2.0", id, result: result === undefined ? null : result });
      } catch (error) {
        if (id !== undefined) send({ jsonrpc: "2.0", id, error: toRpcError(error) });
      }
    });
  });

  let shuttingDown = false;
  async function shutdown(code) {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const pending of outgoing.values()) pending.reject(new Error("stdin closed"));
    const timer = setTimeout(() => process.exit(code), 3000);
    timer.unref();
    for (const promise of engines.values()) {
      try {
        const { factory } = await promise;
        await factory.cleanup();
      } catch {
        // engine never started
      }
    }
    process.exit(code);
  }

  // The CLI closes stdin when it is done with us: finish in-flight work, then exit.
  lines.on("close", () => {
    queue.then(() => shutdown(0));
  });
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGINT", () => shutdown(130));
}
