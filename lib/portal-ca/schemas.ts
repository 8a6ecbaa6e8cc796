// Query of the public portal-CA download, shared by the route and the OpenAPI document.
import { z } from "zod";

export const portalCaQuerySchema = z.object({ partnerDomain: z.string().max(16).optional() });
