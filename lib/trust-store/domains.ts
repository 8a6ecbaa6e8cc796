// The four certificate domains (SPEC 3), in a module without zod so that client components can import it cheaply.
export const CERT_DOMAIN_VALUES = ["AUTH", "DEVICE", "FTM", "MISP"] as const;
export type CertDomainValue = (typeof CERT_DOMAIN_VALUES)[number];
