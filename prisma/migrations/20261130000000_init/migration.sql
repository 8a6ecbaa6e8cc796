-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PARTNER_ADMIN', 'POLICY_MANAGER', 'AUTH_PARTNER', 'ONLINE_VERIFICATION_PARTNER', 'CREDENTIAL_PARTNER', 'DEVICE_PROVIDER', 'FTM_PROVIDER', 'MANUAL_ADJUDICATION', 'ABIS_PARTNER', 'MISP_PARTNER');

-- CreateEnum
CREATE TYPE "PartnerTypeCode" AS ENUM ('AUTH_PARTNER', 'ONLINE_VERIFICATION_PARTNER', 'CREDENTIAL_PARTNER', 'DEVICE_PROVIDER', 'FTM_PROVIDER', 'MANUAL_ADJUDICATION', 'ABIS_PARTNER', 'MISP_PARTNER');

-- CreateEnum
CREATE TYPE "CertDomain" AS ENUM ('AUTH', 'DEVICE', 'FTM', 'MISP');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('PENDING_CERTIFICATE', 'ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "PolicyType" AS ENUM ('AUTH', 'DATA_SHARE', 'CREDENTIAL_ISSUANCE', 'MISP');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "PolicyRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "KeyStatus" AS ENUM ('ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "CaCertKind" AS ENUM ('ROOT', 'INTERMEDIATE');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "ChipStatus" AS ENUM ('PENDING_CERTIFICATE', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('UNREAD', 'READ', 'DISMISSED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'fr', 'ar');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "username" TEXT,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "roles" "Role"[],
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID,
    "serviceClientId" UUID,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceClient" (
    "id" UUID NOT NULL,
    "clientId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "permissions" TEXT[],
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "ServiceClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PartnerType" (
    "code" "PartnerTypeCode" NOT NULL,
    "mosipCode" TEXT NOT NULL,
    "domain" "CertDomain" NOT NULL,
    "isPolicyRequired" BOOLEAN NOT NULL,

    CONSTRAINT "PartnerType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" VARCHAR(36) NOT NULL,
    "organizationName" VARCHAR(128) NOT NULL,
    "address" VARCHAR(2000) NOT NULL,
    "contactNumber" VARCHAR(16) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "typeCode" "PartnerTypeCode" NOT NULL,
    "policyGroupId" UUID,
    "langCode" "Locale" NOT NULL DEFAULT 'en',
    "status" "PartnerStatus" NOT NULL DEFAULT 'PENDING_CERTIFICATE',
    "hasCertificate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerMembership" (
    "userId" UUID NOT NULL,
    "partnerId" VARCHAR(36) NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'OWNER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerMembership_pkey" PRIMARY KEY ("userId","partnerId")
);

-- CreateTable
CREATE TABLE "PolicyGroup" (
    "id" UUID NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "description" VARCHAR(256) NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "policyGroupId" UUID NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "description" VARCHAR(256) NOT NULL,
    "type" "PolicyType" NOT NULL,
    "policyJson" JSONB NOT NULL,
    "status" "PolicyStatus" NOT NULL DEFAULT 'DRAFT',
    "version" VARCHAR(8) NOT NULL DEFAULT '1.0',
    "clonedFromId" UUID,
    "publishedAt" TIMESTAMP(3),
    "deactivatedAt" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyRequest" (
    "id" UUID NOT NULL,
    "partnerId" VARCHAR(36) NOT NULL,
    "policyId" UUID NOT NULL,
    "useCaseDescription" VARCHAR(4000) NOT NULL,
    "status" "PolicyRequestStatus" NOT NULL DEFAULT 'PENDING',
    "adminComment" VARCHAR(4000),
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BiometricExtractor" (
    "id" UUID NOT NULL,
    "partnerId" VARCHAR(36) NOT NULL,
    "policyId" UUID NOT NULL,
    "attributeName" VARCHAR(128) NOT NULL,
    "biometricModality" VARCHAR(32) NOT NULL,
    "biometricSubTypes" VARCHAR(256),
    "provider" VARCHAR(128) NOT NULL,
    "providerVersion" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BiometricExtractor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CredentialTypeMapping" (
    "partnerId" VARCHAR(36) NOT NULL,
    "credentialType" VARCHAR(32) NOT NULL,
    "policyId" UUID NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CredentialTypeMapping_pkey" PRIMARY KEY ("partnerId","credentialType")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "partnerId" VARCHAR(36) NOT NULL,
    "policyId" UUID NOT NULL,
    "label" VARCHAR(64) NOT NULL,
    "keyHash" VARCHAR(64) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "lastFour" VARCHAR(4) NOT NULL,
    "status" "KeyStatus" NOT NULL DEFAULT 'ACTIVE',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MispLicenseKey" (
    "id" UUID NOT NULL,
    "partnerId" VARCHAR(36) NOT NULL,
    "keyHash" VARCHAR(64) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "lastFour" VARCHAR(4) NOT NULL,
    "status" "KeyStatus" NOT NULL DEFAULT 'ACTIVE',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "MispLicenseKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaCertificate" (
    "id" UUID NOT NULL,
    "domain" "CertDomain" NOT NULL,
    "kind" "CaCertKind" NOT NULL,
    "subject" VARCHAR(1024) NOT NULL,
    "issuer" VARCHAR(1024) NOT NULL,
    "issuedTo" VARCHAR(256) NOT NULL,
    "issuedBy" VARCHAR(256) NOT NULL,
    "serialNumber" VARCHAR(128) NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "thumbprint" VARCHAR(64) NOT NULL,
    "der" BYTEA NOT NULL,
    "issuerCertId" UUID,
    "keyType" VARCHAR(32) NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" UUID,

    CONSTRAINT "CaCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerCertificate" (
    "id" UUID NOT NULL,
    "partnerId" VARCHAR(36) NOT NULL,
    "domain" "CertDomain" NOT NULL,
    "subject" VARCHAR(1024) NOT NULL,
    "issuer" VARCHAR(1024) NOT NULL,
    "serialNumber" VARCHAR(128) NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "thumbprint" VARCHAR(64) NOT NULL,
    "originalDer" BYTEA NOT NULL,
    "signedDer" BYTEA NOT NULL,
    "signedNotAfter" TIMESTAMP(3) NOT NULL,
    "organizationName" VARCHAR(128) NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalCaKey" (
    "id" UUID NOT NULL,
    "domain" "CertDomain" NOT NULL,
    "certificateDer" BYTEA NOT NULL,
    "encryptedPrivateKey" BYTEA NOT NULL,
    "keyAlgorithm" VARCHAR(32) NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalCaKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sbi" (
    "id" UUID NOT NULL,
    "providerId" VARCHAR(36) NOT NULL,
    "version" VARCHAR(64) NOT NULL,
    "binaryHash" VARCHAR(128) NOT NULL,
    "swCreatedAt" TIMESTAMP(3) NOT NULL,
    "swExpiresAt" TIMESTAMP(3) NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING_APPROVAL',
    "adminComment" VARCHAR(1024),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sbi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceType" (
    "code" VARCHAR(36) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" VARCHAR(256) NOT NULL,

    CONSTRAINT "DeviceType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "DeviceSubType" (
    "typeCode" VARCHAR(36) NOT NULL,
    "code" VARCHAR(36) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" VARCHAR(256) NOT NULL,

    CONSTRAINT "DeviceSubType_pkey" PRIMARY KEY ("typeCode","code")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" UUID NOT NULL,
    "providerId" VARCHAR(36) NOT NULL,
    "sbiId" UUID NOT NULL,
    "typeCode" VARCHAR(36) NOT NULL,
    "subTypeCode" VARCHAR(36) NOT NULL,
    "make" VARCHAR(36) NOT NULL,
    "model" VARCHAR(36) NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING_APPROVAL',
    "adminComment" VARCHAR(1024),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FtmChip" (
    "id" UUID NOT NULL,
    "providerId" VARCHAR(36) NOT NULL,
    "make" VARCHAR(36) NOT NULL,
    "model" VARCHAR(36) NOT NULL,
    "status" "ChipStatus" NOT NULL DEFAULT 'PENDING_CERTIFICATE',
    "adminComment" VARCHAR(1024),
    "certSubject" VARCHAR(1024),
    "certThumbprint" VARCHAR(64),
    "certNotAfter" TIMESTAMP(3),
    "certOriginalDer" BYTEA,
    "certSignedDer" BYTEA,
    "certificateUploadedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FtmChip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "partnerId" VARCHAR(36),
    "type" VARCHAR(64) NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'UNREAD',
    "params" JSONB NOT NULL,
    "dedupeKey" VARCHAR(256),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorLabel" VARCHAR(256) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entityType" VARCHAR(64) NOT NULL,
    "entityId" VARCHAR(128) NOT NULL,
    "partnerId" VARCHAR(36),
    "before" JSONB,
    "after" JSONB,
    "requestId" VARCHAR(64),
    "ip" VARCHAR(64),
    "prevHash" VARCHAR(64),
    "hash" VARCHAR(64),

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" BIGSERIAL NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "topic" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_serviceClientId_idx" ON "Session"("serviceClientId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceClient_clientId_key" ON "ServiceClient"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerType_mosipCode_key" ON "PartnerType"("mosipCode");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_email_key" ON "Partner"("email");

-- CreateIndex
CREATE INDEX "Partner_organizationName_idx" ON "Partner"("organizationName");

-- CreateIndex
CREATE INDEX "Partner_typeCode_createdAt_idx" ON "Partner"("typeCode", "createdAt");

-- CreateIndex
CREATE INDEX "Partner_status_createdAt_idx" ON "Partner"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Partner_policyGroupId_idx" ON "Partner"("policyGroupId");

-- CreateIndex
CREATE INDEX "Partner_createdAt_idx" ON "Partner"("createdAt");

-- CreateIndex
CREATE INDEX "Partner_hasCertificate_createdAt_idx" ON "Partner"("hasCertificate", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerMembership_partnerId_idx" ON "PartnerMembership"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyGroup_name_key" ON "PolicyGroup"("name");

-- CreateIndex
CREATE INDEX "Policy_status_createdAt_idx" ON "Policy"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Policy_type_createdAt_idx" ON "Policy"("type", "createdAt");

-- CreateIndex
CREATE INDEX "Policy_name_idx" ON "Policy"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_policyGroupId_name_key" ON "Policy"("policyGroupId", "name");

-- CreateIndex
CREATE INDEX "PolicyRequest_status_createdAt_idx" ON "PolicyRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PolicyRequest_partnerId_createdAt_idx" ON "PolicyRequest"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "PolicyRequest_policyId_status_idx" ON "PolicyRequest"("policyId", "status");

-- CreateIndex
CREATE INDEX "PolicyRequest_createdAt_idx" ON "PolicyRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BiometricExtractor_partnerId_policyId_attributeName_key" ON "BiometricExtractor"("partnerId", "policyId", "attributeName");

-- CreateIndex
CREATE INDEX "CredentialTypeMapping_policyId_idx" ON "CredentialTypeMapping"("policyId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_partnerId_createdAt_idx" ON "ApiKey"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiKey_policyId_createdAt_idx" ON "ApiKey"("policyId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiKey_status_createdAt_idx" ON "ApiKey"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ApiKey_expiresAt_idx" ON "ApiKey"("expiresAt");

-- CreateIndex
CREATE INDEX "ApiKey_createdAt_idx" ON "ApiKey"("createdAt");

-- CreateIndex
CREATE INDEX "ApiKey_label_idx" ON "ApiKey"("label");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_partnerId_policyId_label_key" ON "ApiKey"("partnerId", "policyId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "MispLicenseKey_keyHash_key" ON "MispLicenseKey"("keyHash");

-- CreateIndex
CREATE INDEX "MispLicenseKey_partnerId_createdAt_idx" ON "MispLicenseKey"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "CaCertificate_domain_kind_notAfter_idx" ON "CaCertificate"("domain", "kind", "notAfter");

-- CreateIndex
CREATE INDEX "CaCertificate_notAfter_idx" ON "CaCertificate"("notAfter");

-- CreateIndex
CREATE INDEX "CaCertificate_uploadedAt_idx" ON "CaCertificate"("uploadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaCertificate_thumbprint_domain_key" ON "CaCertificate"("thumbprint", "domain");

-- CreateIndex
CREATE INDEX "PartnerCertificate_partnerId_isCurrent_idx" ON "PartnerCertificate"("partnerId", "isCurrent");

-- CreateIndex
CREATE INDEX "PartnerCertificate_notAfter_idx" ON "PartnerCertificate"("notAfter");

-- CreateIndex
CREATE INDEX "PortalCaKey_domain_isCurrent_idx" ON "PortalCaKey"("domain", "isCurrent");

-- CreateIndex
CREATE INDEX "Sbi_status_createdAt_idx" ON "Sbi"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Sbi_swExpiresAt_idx" ON "Sbi"("swExpiresAt");

-- CreateIndex
CREATE INDEX "Sbi_createdAt_idx" ON "Sbi"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Sbi_providerId_version_key" ON "Sbi"("providerId", "version");

-- CreateIndex
CREATE INDEX "Device_sbiId_status_idx" ON "Device"("sbiId", "status");

-- CreateIndex
CREATE INDEX "Device_providerId_createdAt_idx" ON "Device"("providerId", "createdAt");

-- CreateIndex
CREATE INDEX "Device_status_createdAt_idx" ON "Device"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Device_createdAt_idx" ON "Device"("createdAt");

-- CreateIndex
CREATE INDEX "FtmChip_providerId_createdAt_idx" ON "FtmChip"("providerId", "createdAt");

-- CreateIndex
CREATE INDEX "FtmChip_status_createdAt_idx" ON "FtmChip"("status", "createdAt");

-- CreateIndex
CREATE INDEX "FtmChip_createdAt_idx" ON "FtmChip"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_status_createdAt_idx" ON "Notification"("userId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_partnerId_status_createdAt_idx" ON "Notification"("partnerId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_partnerId_at_idx" ON "AuditEvent"("partnerId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_at_idx" ON "AuditEvent"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_serviceClientId_fkey" FOREIGN KEY ("serviceClientId") REFERENCES "ServiceClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_typeCode_fkey" FOREIGN KEY ("typeCode") REFERENCES "PartnerType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_policyGroupId_fkey" FOREIGN KEY ("policyGroupId") REFERENCES "PolicyGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerMembership" ADD CONSTRAINT "PartnerMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerMembership" ADD CONSTRAINT "PartnerMembership_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_policyGroupId_fkey" FOREIGN KEY ("policyGroupId") REFERENCES "PolicyGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_clonedFromId_fkey" FOREIGN KEY ("clonedFromId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyRequest" ADD CONSTRAINT "PolicyRequest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyRequest" ADD CONSTRAINT "PolicyRequest_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BiometricExtractor" ADD CONSTRAINT "BiometricExtractor_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BiometricExtractor" ADD CONSTRAINT "BiometricExtractor_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialTypeMapping" ADD CONSTRAINT "CredentialTypeMapping_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialTypeMapping" ADD CONSTRAINT "CredentialTypeMapping_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MispLicenseKey" ADD CONSTRAINT "MispLicenseKey_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaCertificate" ADD CONSTRAINT "CaCertificate_issuerCertId_fkey" FOREIGN KEY ("issuerCertId") REFERENCES "CaCertificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerCertificate" ADD CONSTRAINT "PartnerCertificate_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sbi" ADD CONSTRAINT "Sbi_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceSubType" ADD CONSTRAINT "DeviceSubType_typeCode_fkey" FOREIGN KEY ("typeCode") REFERENCES "DeviceType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_sbiId_fkey" FOREIGN KEY ("sbiId") REFERENCES "Sbi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_typeCode_subTypeCode_fkey" FOREIGN KEY ("typeCode", "subTypeCode") REFERENCES "DeviceSubType"("typeCode", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FtmChip" ADD CONSTRAINT "FtmChip_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules Prisma's schema language cannot express: partial unique indexes.

-- At most one PENDING or APPROVED request per (partner, policy); a new one is allowed after a rejection.
CREATE UNIQUE INDEX "PolicyRequest_open_per_partner_policy" ON "PolicyRequest" ("partnerId", "policyId") WHERE "status" IN ('PENDING', 'APPROVED');

-- One active MISP license key per MISP partner.
CREATE UNIQUE INDEX "MispLicenseKey_one_active_per_partner" ON "MispLicenseKey" ("partnerId") WHERE "status" = 'ACTIVE';

-- A device model or chip is unique per provider among rows that are not rejected or deactivated (MOSIP's rule).
CREATE UNIQUE INDEX "Device_unique_live_model" ON "Device" ("providerId", "typeCode", "subTypeCode", "make", "model") WHERE "status" NOT IN ('REJECTED', 'DEACTIVATED');
CREATE UNIQUE INDEX "FtmChip_unique_live_model" ON "FtmChip" ("providerId", "make", "model") WHERE "status" NOT IN ('REJECTED', 'DEACTIVATED');

-- One current certificate per partner and one current issuing CA per domain.
CREATE UNIQUE INDEX "PartnerCertificate_one_current" ON "PartnerCertificate" ("partnerId") WHERE "isCurrent";
CREATE UNIQUE INDEX "PortalCaKey_one_current_per_domain" ON "PortalCaKey" ("domain") WHERE "isCurrent";

-- The audit log is append-only: updates and deletes are refused by the database itself.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- Reference data every installation needs (SPEC 1 partner types; MOSIP's device types and subtypes).
INSERT INTO "PartnerType" ("code", "mosipCode", "domain", "isPolicyRequired") VALUES
  ('AUTH_PARTNER', 'Auth_Partner', 'AUTH', true),
  ('ONLINE_VERIFICATION_PARTNER', 'Online_Verification_Partner', 'AUTH', true),
  ('CREDENTIAL_PARTNER', 'Credential_Partner', 'AUTH', true),
  ('DEVICE_PROVIDER', 'Device_Provider', 'DEVICE', false),
  ('FTM_PROVIDER', 'FTM_Provider', 'FTM', false),
  ('MANUAL_ADJUDICATION', 'Manual_Adjudication', 'AUTH', true),
  ('ABIS_PARTNER', 'ABIS_Partner', 'AUTH', true),
  ('MISP_PARTNER', 'MISP_Partner', 'MISP', false);

INSERT INTO "DeviceType" ("code", "name", "description") VALUES
  ('Finger', 'Finger', 'Fingerprint capture devices'),
  ('Iris', 'Iris', 'Iris capture devices'),
  ('Face', 'Face', 'Face capture devices');

INSERT INTO "DeviceSubType" ("typeCode", "code", "name", "description") VALUES
  ('Finger', 'Slap', 'Slap', 'Four-finger slap scanner'),
  ('Finger', 'Single', 'Single', 'Single-finger scanner'),
  ('Finger', 'Touchless', 'Touchless', 'Touchless finger capture'),
  ('Iris', 'Single', 'Single', 'Single-iris camera'),
  ('Iris', 'Double', 'Double', 'Dual-iris camera'),
  ('Face', 'Full face', 'Full face', 'Full-face camera');
