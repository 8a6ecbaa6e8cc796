// The errors of the devices domain, with MOSIP's codes where MOSIP has one (SecureBiometricInterfaceConstant,
// DeviceDetailExceptionsConstant, ErrorCode in PMS) so that MOSIP clients recognise them.
import { AppError } from "@/lib/errors";

export const sbiNotFound = (sbiId: string) => new AppError("not_found", "PMS_DEVICE_ERROR_005", `SBI ${sbiId} was not found.`, { params: { sbiId } });

export const deviceNotFound = (deviceId: string) =>
  new AppError("not_found", "PMS_DEVICE_ERROR_006", `Device ${deviceId} was not found.`, { params: { deviceId } });

export const providerNotActive = (partnerId: string) =>
  new AppError("unprocessable", "PMS_AUT_002", `Partner ${partnerId} must be an active device provider (with an accepted certificate) to do this.`, {
    params: { partnerId },
  });

export const partnerNotYours = (partnerId: string) =>
  new AppError("not_found", "PMS_DEVICE_ERROR_001", `Partner ${partnerId} is not associated with your account.`, { params: { partnerId } });

export const sbiVersionTaken = (version: string) =>
  new AppError("conflict", "PMS_AUT_512", `An SBI with version ${version} already exists for your organisation.`, { field: "version", params: { version } });

export const sbiAlreadyDecided = (status: string, sbiId: string) => {
  if (status === "APPROVED") return new AppError("conflict", "PMS_AUT_517", `SBI ${sbiId} has already been approved.`, { params: { sbiId } });
  if (status === "REJECTED") return new AppError("conflict", "PMS_AUT_518", `SBI ${sbiId} has already been rejected.`, { params: { sbiId } });
  return new AppError("conflict", "PMS_DEVICE_ERROR_020", `SBI ${sbiId} is already deactivated.`, { params: { sbiId } });
};

// MOSIP approves an expired pending SBI (MOSIP-38958); we refuse, with MOSIP's "SBI expired" code.
export const sbiExpired = (sbiId: string, expiredOn: string) =>
  new AppError("unprocessable", "PMS_AUT_513", `SBI ${sbiId} expired on ${expiredOn}; it cannot be approved and cannot take devices.`, {
    params: { sbiId, expiredOn },
  });

export const sbiCannotTakeDevices = (status: string, sbiId: string) => {
  if (status === "PENDING_APPROVAL") {
    return new AppError("unprocessable", "PMS_DEVICE_ERROR_009", `SBI ${sbiId} is not approved yet; devices can be added once it is.`, { params: { sbiId } });
  }
  if (status === "REJECTED") return new AppError("unprocessable", "PMS_DEVICE_ERROR_028", `SBI ${sbiId} was rejected; it cannot take devices.`, { params: { sbiId } });
  return new AppError("unprocessable", "PMS_DEVICE_ERROR_029", `SBI ${sbiId} is deactivated; it cannot take devices.`, { params: { sbiId } });
};

export const sbiAddDevicesExpired = (sbiId: string, expiredOn: string) =>
  new AppError("unprocessable", "PMS_DEVICE_ERROR_021", `SBI ${sbiId} expired on ${expiredOn}; it cannot take devices.`, { params: { sbiId, expiredOn } });

export const sbiNotDeactivatable = (status: string, sbiId: string) =>
  status === "DEACTIVATED"
    ? new AppError("conflict", "PMS_DEVICE_ERROR_020", `SBI ${sbiId} is already deactivated.`, { params: { sbiId } })
    : new AppError("conflict", "PMS_DEVICE_ERROR_022", `SBI ${sbiId} is not approved; only an approved SBI can be deactivated.`, { params: { sbiId } });

export const deviceNotPending = (deviceId: string) =>
  new AppError("conflict", "PMS_DEVICE_ERROR_010", `Device ${deviceId} is not pending approval.`, { params: { deviceId } });

export const deviceNotDeactivatable = (status: string, deviceId: string) =>
  status === "DEACTIVATED"
    ? new AppError("conflict", "PMS_DEVICE_ERROR_014", `Device ${deviceId} is already deactivated.`, { params: { deviceId } })
    : new AppError("conflict", "PMS_DEVICE_ERROR_023", `Device ${deviceId} is not approved; only an approved device can be deactivated.`, { params: { deviceId } });

export const deviceSbiNotApproved = (deviceId: string) =>
  new AppError("unprocessable", "PMS_DEVICE_ERROR_022", `The SBI of device ${deviceId} is not approved; the device cannot be approved.`, { params: { deviceId } });

export const unknownSubType = (typeCode: string, subTypeCode: string, field?: string) =>
  new AppError("invalid", "PMS_AUT_001", `Device type ${typeCode} has no subtype ${subTypeCode}.`, { field, params: { typeCode, subTypeCode } });

export const deviceExists = (fields: Record<string, string>, make: string, model: string) =>
  new AppError("conflict", "PMS_AUT_003", `A device ${make} ${model} of this type and subtype is already registered and not rejected or deactivated.`, {
    field: Object.keys(fields)[0],
    fieldErrors: fields,
    params: { make, model },
  });
