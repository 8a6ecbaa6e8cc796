// Reads about service clients for the admin page: never the secret hash.
import "server-only";
import { db } from "@/lib/db";

export async function listServiceClients() {
  const clients = await db.serviceClient.findMany({ orderBy: [{ isActive: "desc" }, { createdAt: "desc" }], take: 200 });
  return clients.map((c) => ({ id: c.id, clientId: c.clientId, name: c.name, permissions: c.permissions, isActive: c.isActive, createdAt: c.createdAt }));
}
