import { useridPwdSchema } from "@/lib/auth/schemas";
import { issueUserToken, tokenCookie } from "@/lib/auth/token-service";
import { envelope, restRoute } from "@/lib/rest";

export const POST = restRoute({ auth: "none", body: useridPwdSchema }, async ({ body, request, envelopeMeta }) => {
  const { token, expiresAt } = await issueUserToken(body.userName, body.password, request);
  return Response.json(envelope({ status: "success", message: "Username and password combination had been validated successfully", token, expiryTime: expiresAt.toISOString() }, [], envelopeMeta), {
    headers: { "set-cookie": tokenCookie(token, expiresAt), "x-request-id": request.requestId },
  });
});
