// The ar catalogue, assembled like the English one.
import { mergeSections } from "@/lib/i18n/merge";
import core from "@/lib/i18n/messages/ar/core";
import policies from "@/lib/i18n/messages/ar/policies";
import certificates from "@/lib/i18n/messages/ar/certificates";
import keys from "@/lib/i18n/messages/ar/keys";
import devices from "@/lib/i18n/messages/ar/devices";
import notifications from "@/lib/i18n/messages/ar/notifications";

const ar = mergeSections(core, policies, certificates, keys, devices, notifications);

export default ar;
