// Email texts in English. Placeholders are the notification's params (lib/notifications/kinds.ts); dates arrive formatted.
import type { EmailCatalogue } from "@/lib/mail/templates/types";

const en: EmailCatalogue = {
  greeting: "Hello,",
  openPortal: "Open in the portal",
  footer: "This message was sent by the Partner Portal of the national digital ID programme. All your notifications are also listed in the portal.",
  generic: {
    subject: "Partner Portal notification: {type}",
    body: "There is news about your partner account:\n{details}",
  },
  entities: {
    PARTNER_CERTIFICATE: "Partner certificate",
    ROOT_CA_CERTIFICATE: "Root CA certificate",
    INTERMEDIATE_CA_CERTIFICATE: "Intermediate CA certificate",
    FTM_CHIP_CERTIFICATE: "FTM chip certificate",
    SBI: "SBI",
    API_KEY: "API key",
    MISP_KEY: "MISP license key",
  },
  types: {
    PARTNER_DEACTIVATED: {
      subject: "Your partner {partnerId} has been deactivated",
      body: "The partner admin has deactivated partner {partnerId}. Its API keys and MISP license keys no longer verify, and its users can no longer act in the portal.\n\nContact the programme if you think this is a mistake.",
    },
    PARTNER_REACTIVATED: {
      subject: "Your partner {partnerId} has been reactivated",
      body: "The partner admin has reactivated partner {partnerId}. Its users can sign in and act again.",
    },
    ORGANIZATION_RENAMED: {
      subject: "Organisation name corrected for {partnerId}",
      body: "The partner admin changed the registered organisation name of partner {partnerId} to “{organizationName}”.\n\nCertificates you upload from now on must carry this name in their O= field.",
    },
    POLICY_REQUEST_APPROVED: {
      subject: "Policy request approved: {policyName}",
      body: "Your request for the policy “{policyName}” (partner {partnerId}) has been approved.\n\nYou can now generate an API key for this policy in the portal.",
    },
    POLICY_REQUEST_REJECTED: {
      subject: "Policy request rejected: {policyName}",
      body: "Your request for the policy “{policyName}” (partner {partnerId}) has been rejected.\n\nComment from the partner admin: {comment}\n\nYou may submit a new request.",
    },
    API_KEY_ISSUED: {
      subject: "API key issued: {label}",
      body: "The API key “{label}” for the policy “{policyName}” has been issued. It expires on {expiresAt}.\n\nThe key itself is shown only once, in the portal, when it is created; it is never sent by email.",
    },
    API_KEY_DEACTIVATED: {
      subject: "API key deactivated: {label}",
      body: "The API key “{label}” has been deactivated. Requests that present it are refused from now on.",
    },
    MISP_KEY_ISSUED: {
      subject: "MISP license key issued",
      body: "A MISP license key has been issued to partner {partnerId}. It expires on {expiresAt}.\n\nAny earlier license key no longer verifies.",
    },
    MISP_KEY_DEACTIVATED: {
      subject: "MISP license key deactivated",
      body: "The MISP license key of partner {partnerId} has been deactivated. Authentication requests that present it are refused from now on.",
    },
    PARTNER_CERTIFICATE_UPLOADED: {
      subject: "Certificate accepted for {partnerId}",
      body: "The certificate of partner {partnerId} has been accepted and the portal has issued its signed certificate, valid until {notAfter}.\n\nYou can download both certificates in the portal.",
    },
    PARTNER_CERTIFICATE_RENEWED: {
      subject: "Certificate renewed for {partnerId}",
      body: "The new certificate of partner {partnerId} has replaced the previous one. The portal-signed certificate is valid until {notAfter}.\n\nGive the new signed certificate to the systems that check yours.",
    },
    POLICY_DEACTIVATED: {
      subject: "Policy deactivated: {policyName}",
      body: "The policy “{policyName}” has been deactivated by the policy manager. API keys issued under it no longer verify.\n\nRequest another policy of your group if you still need this access.",
    },
    SBI_APPROVED: {
      subject: "SBI approved: version {version}",
      body: "Your SBI version {version} has been approved. You can now add devices under it.",
    },
    SBI_REJECTED: {
      subject: "SBI rejected: version {version}",
      body: "Your SBI version {version} has been rejected.\n\nComment from the partner admin: {comment}",
    },
    SBI_DEACTIVATED: {
      subject: "SBI deactivated: version {version}",
      body: "Your SBI version {version} has been deactivated. Devices deactivated with it: {devicesDeactivated}; pending devices rejected: {devicesRejected}.",
    },
    DEVICE_APPROVED: {
      subject: "Device approved: {make} {model}",
      body: "Your device {make} {model} has been approved.",
    },
    DEVICE_REJECTED: {
      subject: "Device rejected: {make} {model}",
      body: "Your device {make} {model} has been rejected.\n\nComment from the partner admin: {comment}",
    },
    DEVICE_DEACTIVATED: {
      subject: "Device deactivated: {make} {model}",
      body: "Your device {make} {model} has been deactivated.",
    },
    FTM_CHIP_APPROVED: {
      subject: "FTM chip approved: {make} {model}",
      body: "Your FTM chip {make} {model} has been approved.",
    },
    FTM_CHIP_REJECTED: {
      subject: "FTM chip rejected: {make} {model}",
      body: "Your FTM chip {make} {model} has been rejected.\n\nComment from the partner admin: {comment}",
    },
    FTM_CHIP_DEACTIVATED: {
      subject: "FTM chip deactivated: {make} {model}",
      body: "Your FTM chip {make} {model} has been deactivated.",
    },
    EXPIRY_REMINDER: {
      subject: "{entity} “{name}” expires in {days} days",
      body: "{entity} “{name}” expires on {expiresAt}, in {days} days.\n\nRenew or replace it before then to avoid an interruption of service.",
      subjectOne: "{entity} “{name}” expires tomorrow",
      bodyOne: "{entity} “{name}” expires tomorrow, {expiresAt}.\n\nRenew or replace it now to avoid an interruption of service.",
      subjectToday: "{entity} “{name}” expires today",
      bodyToday: "{entity} “{name}” expires today, {expiresAt}.\n\nRenew or replace it now to avoid an interruption of service.",
    },
    WEEKLY_SUMMARY: {
      subject: "Partner Portal: weekly summary, week of {weekOf}",
      body: "Awaiting a decision:\n- policy requests: {pendingPolicyRequests}\n- SBIs: {pendingSbis}\n- devices: {pendingDevices}\n- FTM chips: {pendingFtmChips}\n\nExpiring within 7 days:\n- certificates: {expiringCertificates}\n- API keys: {expiringApiKeys}\n- SBIs: {expiringSbis}",
    },
  },
};

export default en;
