// Drives one server with autocannon: POST /v1/partnermanager/keys/verify, cycling through the sample triples.
import autocannon from "autocannon";
import type { Triple } from "./seed";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  notValid: number;
}

export async function driveVerify(base: string, token: string, triples: Triple[], options: { connections: number; seconds: number }): Promise<LoadResult> {
  const bodies = triples.map((t) => JSON.stringify({ id: "mosip.keys.verify", version: "1.0", requesttime: new Date().toISOString(), request: t }));
  let next = 0;
  const result = await autocannon({
    url: `${base}/v1/partnermanager/keys/verify`,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    requests: [
      {
        method: "POST",
        path: "/v1/partnermanager/keys/verify",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
    // Every answer must say valid: a fast server that refuses everything would prove nothing.
    verifyBody: (body) => body.includes('"valid":true'),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    notValid: result.mismatches,
  };
}
