// TanStack Query keys of the notifications domain, in one place so that invalidations match the queries.
export const notificationKeys = {
  all: ["notifications"] as const,
  bell: () => [...notificationKeys.all, "bell"] as const,
};
