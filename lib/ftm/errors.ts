// The errors of the FTM domain, with MOSIP's codes where MOSIP has one (FoundationalTrustProviderErrorMessages, ErrorCode in PMS).
import { AppError } from "@/lib/errors";

export const chipNotFound = (chipId: string) => new AppError("not_found", "PMS_FTM_ERROR_005", `FTM chip ${chipId} was not found.`, { params: { chipId } });

export const ftmProviderNotActive = (partnerId: string) =>
  new AppError("unprocessable", "PMP_AUT_030", `Partner ${partnerId} must be an active FTM provider (with an accepted certificate) to do this.`, { params: { partnerId } });

export const ftmPartnerNotYours = (partnerId: string) =>
  new AppError("not_found", "PMS_DEVICE_ERROR_001", `Partner ${partnerId} is not associated with your account.`, { params: { partnerId } });

export const chipExists = (make: string, model: string) =>
  new AppError("conflict", "PMP_AUT_032", `An FTM chip ${make} ${model} is already registered and not rejected or deactivated.`, { field: "model", params: { make, model } });

export const chipCertificateNotAllowed = (status: string, chipId: string) =>
  status === "DEACTIVATED"
    ? new AppError("conflict", "PMP_AUT_039", `FTM chip ${chipId} is deactivated; its certificate cannot change.`, { params: { chipId } })
    : new AppError("conflict", "PMP_AUT_038", `FTM chip ${chipId} was rejected; its certificate cannot change. Register the chip again.`, { params: { chipId } });

export const chipCertificateMissing = (chipId: string) =>
  new AppError("unprocessable", "PMP_AUT_033", `FTM chip ${chipId} has no certificate yet; it cannot be approved.`, { params: { chipId } });

export const chipNotPending = (status: string, chipId: string) =>
  new AppError("conflict", "PMS_FTM_NOT_PENDING_APPROVAL", `FTM chip ${chipId} is not pending approval (it is ${status.toLowerCase().replace(/_/g, " ")}).`, {
    params: { chipId, status },
  });

export const chipCertificateExpired = (chipId: string, expiredOn: string) =>
  new AppError("unprocessable", "PMS_FTM_CERTIFICATE_EXPIRED", `The certificate of FTM chip ${chipId} expired on ${expiredOn}; it cannot be approved.`, {
    params: { chipId, expiredOn },
  });

export const chipNotDeactivatable = (status: string, chipId: string) =>
  status === "DEACTIVATED"
    ? new AppError("conflict", "PMS_FTM_ERROR_007", `FTM chip ${chipId} is already deactivated.`, { params: { chipId } })
    : new AppError("conflict", "PMS_FTM_ERROR_010", `FTM chip ${chipId} is not approved; only an approved chip can be deactivated.`, { params: { chipId } });

export const chipCertificateUnavailable = (status: string, chipId: string) =>
  status === "DEACTIVATED"
    ? new AppError("conflict", "PMS_FTM_ERROR_009", `FTM chip ${chipId} is deactivated; its certificates cannot be downloaded.`, { params: { chipId } })
    : new AppError("conflict", "PMS_FTM_ERROR_008", `FTM chip ${chipId} must be pending approval or approved to download its certificates.`, { params: { chipId } });

export const chipCertificateUsedElsewhere = (thumbprint: string) =>
  new AppError("conflict", "KER-PCM-003", `This certificate (SHA-256 ${thumbprint}) is already the certificate of another FTM chip.`, {
    field: "certificateData",
    params: { thumbprint },
  });
