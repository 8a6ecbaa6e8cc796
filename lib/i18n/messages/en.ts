// English: the reference catalogue, assembled from one section per domain so that domains can grow independently.
import { mergeSections } from "@/lib/i18n/merge";
import core from "@/lib/i18n/messages/en/core";
import policies from "@/lib/i18n/messages/en/policies";
import certificates from "@/lib/i18n/messages/en/certificates";
import keys from "@/lib/i18n/messages/en/keys";
import devices from "@/lib/i18n/messages/en/devices";
import notifications from "@/lib/i18n/messages/en/notifications";

const en = mergeSections(core, policies, certificates, keys, devices, notifications);

export default en;
export type Messages = typeof en;
