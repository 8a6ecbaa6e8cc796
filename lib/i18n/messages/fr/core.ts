// fr catalogue section "core": same keys as the English section (checked by lib/i18n/catalogue.test.ts).
import en from "@/lib/i18n/messages/en/core";

// Not yet translated: falls back to English until the translation lands.
const core: typeof en = en;

export default core;
