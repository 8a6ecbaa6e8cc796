// ar catalogue section "notifications": same keys as the English section (checked by lib/i18n/catalogue.test.ts).
import en from "@/lib/i18n/messages/en/notifications";

// Not yet translated: falls back to English until the translation lands.
const notifications: typeof en = en;

export default notifications;
