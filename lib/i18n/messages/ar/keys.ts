// ar catalogue section "keys": same keys as the English section (checked by lib/i18n/catalogue.test.ts).
import en from "@/lib/i18n/messages/en/keys";

// Not yet translated: falls back to English until the translation lands.
const keys: typeof en = en;

export default keys;
