// fr catalogue section "certificates": same keys as the English section (checked by lib/i18n/catalogue.test.ts).
import en from "@/lib/i18n/messages/en/certificates";

// Not yet translated: falls back to English until the translation lands.
const certificates: typeof en = en;

export default certificates;
