// fr catalogue section "policies": same keys as the English section (checked by lib/i18n/catalogue.test.ts).
import en from "@/lib/i18n/messages/en/policies";

// Not yet translated: falls back to English until the translation lands.
const policies: typeof en = en;

export default policies;
