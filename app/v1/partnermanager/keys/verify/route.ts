// Key verification for downstream services. Not built on restRoute: the caller's token is checked inside the same
// single statement as the keys (one round trip on the hot path); lib/key-verification/http.ts keeps the envelope and errors identical.
import { answerVerifyRequest } from "@/lib/key-verification/http";

export async function POST(request: Request): Promise<Response> {
  const answer = await answerVerifyRequest({
    body: await request.text(),
    authorization: request.headers.get("authorization"),
    cookie: request.headers.get("cookie"),
    requestId: request.headers.get("x-request-id"),
  });
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "application/json", "x-request-id": answer.requestId } });
}
