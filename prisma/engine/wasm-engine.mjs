// Loads @prisma/schema-engine-wasm by hand: its entry point does `import * as wasm from "./x.wasm"`,
// which Node 20 cannot do, so we instantiate the module with WebAssembly.instantiate instead.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** Receives the Rust panic message (the glue calls global.PRISMA_WASM_PANIC_REGISTRY.set_message). */
const panicRegistry = {
  message: undefined,
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

let bindingsPromise;

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} */
export function loadBindings() {
  bindingsPromise ??= (async () => {
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(pathToFileURL(gluePath).href);
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return bindingsPromise;
}

export async function engineVersion() {
  return (await loadBindings()).version();
}

/** A WebAssembly trap (Rust panic): the instance must not be used afterwards. */
export function isWasmPanic(error) {
  return Boolean(error) && error.name === "RuntimeError";
}

export function panicMessage(error) {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY?.message ?? String(error?.message ?? error);
}

/**
 * @param {{ datamodels?: [string, string][], adapterFactory: object, onLog?: (line: string) => void }} options
 */
export async function createSchemaEngine({ datamodels, adapterFactory, onLog }) {
  const { SchemaEngine } = await loadBindings();
  return SchemaEngine.new(
    // `datamodels` must be undefined or non-empty.
    { datamodels: datamodels && datamodels.length > 0 ? datamodels : undefined },
    (line) => onLog?.(String(line)),
    adapterFactory,
  );
}
