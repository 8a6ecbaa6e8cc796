// The fr catalogue, assembled like the English one.
import { mergeSections } from "@/lib/i18n/merge";
import core from "@/lib/i18n/messages/fr/core";
import policies from "@/lib/i18n/messages/fr/policies";
import certificates from "@/lib/i18n/messages/fr/certificates";
import keys from "@/lib/i18n/messages/fr/keys";
import devices from "@/lib/i18n/messages/fr/devices";
import notifications from "@/lib/i18n/messages/fr/notifications";

const fr = mergeSections(core, policies, certificates, keys, devices, notifications);

export default fr;
