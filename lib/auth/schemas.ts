// MOSIP authmanager request bodies.
import { z } from "zod";

export const useridPwdSchema = z.object({
  userName: z.string().min(1).max(254),
  password: z.string().min(1).max(128),
  appId: z.string().max(64).optional(),
});

export const clientIdSecretSchema = z.object({
  clientId: z.string().min(1).max(128),
  secretKey: z.string().min(1).max(256),
  appId: z.string().max(64).optional(),
});
