// The lean verification server: bare node:http serving POST /v1/partnermanager/keys/verify through the very same code as
// the portal's route (lib/key-verification/http.ts → service.ts). Deploy it beside the portal, on the same database and
// environment, and route that one path to it when verification traffic is heavy (ADR 004).
import http from "node:http";
import { log } from "@/lib/log";
import { answerVerifyRequest, VERIFY_PATH } from "@/lib/key-verification/http";

const MAX_BODY_BYTES = 64 * 1024;

function send(response: http.ServerResponse, status: number, body: string, requestId?: string) {
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(requestId ? { "x-request-id": requestId } : {}) });
  response.end(body);
}

function errorBody(errorCode: string, message: string) {
  return JSON.stringify({ id: null, version: null, responsetime: new Date().toISOString(), metadata: null, response: null, errors: [{ errorCode, message }] });
}

export function createVerifyServer(): http.Server {
  return http.createServer((request, response) => {
    const path = request.url?.split("?")[0];
    if (request.method === "GET" && path === "/health") {
      send(response, 200, JSON.stringify({ status: "ok" }));
      return;
    }
    if (path !== VERIFY_PATH) {
      send(response, 404, errorBody("PMS_COR_404", "Only POST /v1/partnermanager/keys/verify is served here."));
      return;
    }
    if (request.method !== "POST") {
      send(response, 405, errorBody("PMS_COR_405", "Use POST."));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on("end", () => {
      if (tooLarge) {
        send(response, 413, errorBody("PMS_REQUEST_ERROR_413", `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
        return;
      }
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] ?? null : value ?? null;
      };
      answerVerifyRequest({
        body: Buffer.concat(chunks).toString("utf8"),
        authorization: header("authorization"),
        cookie: header("cookie"),
        requestId: header("x-request-id"),
      }).then(
        (answer) => send(response, answer.status, answer.body, answer.requestId),
        (error: unknown) => {
          log.error("verify server failed", { error: error instanceof Error ? error.stack : String(error) });
          send(response, 500, errorBody("PMS_COR_500", "Internal error."));
        },
      );
    });
    request.on("error", () => response.destroy());
  });
}
