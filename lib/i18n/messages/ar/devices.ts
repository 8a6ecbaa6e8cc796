// ar catalogue section "devices": same keys as the English section (checked by lib/i18n/catalogue.test.ts).
import en from "@/lib/i18n/messages/en/devices";

// Not yet translated: falls back to English until the translation lands.
const devices: typeof en = en;

export default devices;
