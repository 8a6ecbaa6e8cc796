import type { ParsedCertificate } from "./certificate";
import { verifySignature, type SignatureCheck } from "./signature";

// Path building may evaluate the same link in several candidate paths; verify each link once.
// Keyed weakly on the parsed objects, so the memo lives exactly as long as the certificates.

const memo = new WeakMap<ParsedCertificate, Map<string, Promise<SignatureCheck>>>();

export function verifySignatureCached(child: ParsedCertificate, issuer: ParsedCertificate): Promise<SignatureCheck> {
  // loadCertificate already verified every self-signature it could.
  if (child === issuer && child.selfSigned) return Promise.resolve("valid");
  return verifySignatureOnce(child, issuer);
}

function verifySignatureOnce(child: ParsedCertificate, issuer: ParsedCertificate): Promise<SignatureCheck> {
  let byIssuer = memo.get(child);
  if (!byIssuer) {
    byIssuer = new Map();
    memo.set(child, byIssuer);
  }
  let result = byIssuer.get(issuer.thumbprint);
  if (!result) {
    result = verifySignature(child, issuer);
    byIssuer.set(issuer.thumbprint, result);
  }
  return result;
}
