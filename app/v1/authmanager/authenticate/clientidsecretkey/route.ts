import { clientIdSecretSchema } from "@/lib/auth/schemas";
import { tokenCookie } from "@/lib/auth/token-service";
import { envelope, restRoute } from "@/lib/rest";
import { issueClientToken } from "@/lib/service-clients/service";

// MOSIP's service sign-in: the token is in the body, the Authorization cookie and (as MOSIP's authmanager sends it) the authorization header.
export const POST = restRoute({ auth: "none", body: clientIdSecretSchema }, async ({ body, request, envelopeMeta }) => {
  const { token, expiresAt } = await issueClientToken(body.clientId, body.secretKey, request);
  return Response.json(envelope({ status: "success", message: "Clientid and Secret key successful", token, expiryTime: expiresAt.toISOString() }, [], envelopeMeta), {
    headers: { "set-cookie": tokenCookie(token, expiresAt), authorization: token, "x-request-id": request.requestId },
  });
});
