// نصوص رسائل البريد الإلكتروني بالعربية. المعاملات هي معاملات الإشعار (lib/notifications/kinds.ts)، والتواريخ تصل منسّقة.
import type { EmailCatalogue } from "@/lib/mail/templates/types";

const ar: EmailCatalogue = {
  greeting: "مرحبًا،",
  openPortal: "افتح في البوابة",
  footer: "أُرسلت هذه الرسالة من بوابة الشركاء التابعة للبرنامج الوطني للهوية الرقمية. يمكنك أيضًا الاطلاع على جميع إشعاراتك في البوابة.",
  generic: {
    subject: "إشعار من بوابة الشركاء: {type}",
    body: "هناك مستجدات تخص حساب الشريك الخاص بك:\n{details}",
  },
  entities: {
    PARTNER_CERTIFICATE: "شهادة الشريك",
    ROOT_CA_CERTIFICATE: "شهادة المرجع المصدِّق الجذر",
    INTERMEDIATE_CA_CERTIFICATE: "شهادة المرجع المصدِّق الوسيط",
    FTM_CHIP_CERTIFICATE: "شهادة شريحة FTM",
    SBI: "واجهة SBI",
    API_KEY: "مفتاح واجهة برمجة التطبيقات",
    MISP_KEY: "مفتاح ترخيص MISP",
  },
  types: {
    PARTNER_DEACTIVATED: {
      subject: "تم تعطيل الشريك {partnerId}",
      body: "قام مسؤول الشركاء بتعطيل الشريك {partnerId}. لم تعد مفاتيح واجهة برمجة التطبيقات ومفاتيح ترخيص MISP الخاصة به مقبولة، ولم يعد بإمكان مستخدميه القيام بأي إجراء في البوابة.\n\nتواصل مع البرنامج إذا كنت تعتقد أن ذلك خطأ.",
    },
    PARTNER_REACTIVATED: {
      subject: "تمت إعادة تفعيل الشريك {partnerId}",
      body: "أعاد مسؤول الشركاء تفعيل الشريك {partnerId}. يمكن لمستخدميه تسجيل الدخول والعمل من جديد.",
    },
    ORGANIZATION_RENAMED: {
      subject: "تصحيح اسم المؤسسة للشريك {partnerId}",
      body: "غيّر مسؤول الشركاء اسم المؤسسة المسجَّل للشريك {partnerId} إلى «{organizationName}».\n\nيجب أن تحمل الشهادات التي ترفعها من الآن فصاعدًا هذا الاسم في الحقل O=.",
    },
    POLICY_REQUEST_APPROVED: {
      subject: "تمت الموافقة على طلب السياسة: {policyName}",
      body: "تمت الموافقة على طلبك للسياسة «{policyName}» (الشريك {partnerId}).\n\nيمكنك الآن إنشاء مفتاح واجهة برمجة تطبيقات لهذه السياسة في البوابة.",
    },
    POLICY_REQUEST_REJECTED: {
      subject: "تم رفض طلب السياسة: {policyName}",
      body: "تم رفض طلبك للسياسة «{policyName}» (الشريك {partnerId}).\n\nتعليق مسؤول الشركاء: {comment}\n\nيمكنك تقديم طلب جديد.",
    },
    API_KEY_ISSUED: {
      subject: "تم إصدار مفتاح واجهة برمجة التطبيقات: {label}",
      body: "تم إصدار مفتاح واجهة برمجة التطبيقات «{label}» للسياسة «{policyName}». تنتهي صلاحيته في {expiresAt}.\n\nلا يُعرض المفتاح نفسه إلا مرة واحدة في البوابة عند إنشائه، ولا يُرسل أبدًا بالبريد الإلكتروني.",
    },
    API_KEY_DEACTIVATED: {
      subject: "تم تعطيل مفتاح واجهة برمجة التطبيقات: {label}",
      body: "تم تعطيل مفتاح واجهة برمجة التطبيقات «{label}». تُرفض من الآن فصاعدًا الطلبات التي تقدّمه.",
    },
    MISP_KEY_ISSUED: {
      subject: "تم إصدار مفتاح ترخيص MISP",
      body: "تم إصدار مفتاح ترخيص MISP للشريك {partnerId}. تنتهي صلاحيته في {expiresAt}.\n\nلم يعد أي مفتاح ترخيص سابق مقبولًا.",
    },
    MISP_KEY_DEACTIVATED: {
      subject: "تم تعطيل مفتاح ترخيص MISP",
      body: "تم تعطيل مفتاح ترخيص MISP الخاص بالشريك {partnerId}. تُرفض من الآن فصاعدًا طلبات المصادقة التي تقدّمه.",
    },
    PARTNER_CERTIFICATE_UPLOADED: {
      subject: "قُبلت شهادة الشريك {partnerId}",
      body: "قُبلت شهادة الشريك {partnerId} وأصدرت البوابة شهادته الموقَّعة، وهي صالحة حتى {notAfter}.\n\nيمكنك تنزيل الشهادتين من البوابة.",
    },
    PARTNER_CERTIFICATE_RENEWED: {
      subject: "جُدِّدت شهادة الشريك {partnerId}",
      body: "حلّت الشهادة الجديدة للشريك {partnerId} محل الشهادة السابقة. الشهادة الموقَّعة من البوابة صالحة حتى {notAfter}.\n\nسلّم الشهادة الموقَّعة الجديدة إلى الأنظمة التي تتحقق من شهادتك.",
    },
    POLICY_DEACTIVATED: {
      subject: "تم تعطيل السياسة: {policyName}",
      body: "قام مدير السياسات بتعطيل السياسة «{policyName}». لم تعد مفاتيح واجهة برمجة التطبيقات الصادرة بموجبها مقبولة.\n\nاطلب سياسة أخرى من مجموعتك إذا كنت لا تزال بحاجة إلى هذا الوصول.",
    },
    SBI_APPROVED: {
      subject: "تمت الموافقة على واجهة SBI: الإصدار {version}",
      body: "تمت الموافقة على واجهة SBI الخاصة بك، الإصدار {version}. يمكنك الآن إضافة أجهزة ضمنها.",
    },
    SBI_REJECTED: {
      subject: "تم رفض واجهة SBI: الإصدار {version}",
      body: "تم رفض واجهة SBI الخاصة بك، الإصدار {version}.\n\nتعليق مسؤول الشركاء: {comment}",
    },
    SBI_DEACTIVATED: {
      subject: "تم تعطيل واجهة SBI: الإصدار {version}",
      body: "تم تعطيل واجهة SBI الخاصة بك، الإصدار {version}. الأجهزة التي عُطّلت معها: {devicesDeactivated}؛ الأجهزة قيد الانتظار التي رُفضت: {devicesRejected}.",
    },
    DEVICE_APPROVED: {
      subject: "تمت الموافقة على الجهاز: {make} {model}",
      body: "تمت الموافقة على جهازك {make} {model}.",
    },
    DEVICE_REJECTED: {
      subject: "تم رفض الجهاز: {make} {model}",
      body: "تم رفض جهازك {make} {model}.\n\nتعليق مسؤول الشركاء: {comment}",
    },
    DEVICE_DEACTIVATED: {
      subject: "تم تعطيل الجهاز: {make} {model}",
      body: "تم تعطيل جهازك {make} {model}.",
    },
    FTM_CHIP_APPROVED: {
      subject: "تمت الموافقة على شريحة FTM: {make} {model}",
      body: "تمت الموافقة على شريحة FTM الخاصة بك {make} {model}.",
    },
    FTM_CHIP_REJECTED: {
      subject: "تم رفض شريحة FTM: {make} {model}",
      body: "تم رفض شريحة FTM الخاصة بك {make} {model}.\n\nتعليق مسؤول الشركاء: {comment}",
    },
    FTM_CHIP_DEACTIVATED: {
      subject: "تم تعطيل شريحة FTM: {make} {model}",
      body: "تم تعطيل شريحة FTM الخاصة بك {make} {model}.",
    },
    // The date rather than "in N days": Arabic counts nouns differently for 3–10 and 11+, and a date reads the same for all.
    EXPIRY_REMINDER: {
      subject: "تنبيه: تنتهي صلاحية {entity} «{name}» في {expiresAt}",
      body: "تنتهي صلاحية {entity} «{name}» في {expiresAt} (الأيام المتبقية: {days}).\n\nيُرجى التجديد أو الاستبدال قبل هذا التاريخ لتجنّب انقطاع الخدمة.",
      subjectOne: "تنبيه: تنتهي صلاحية {entity} «{name}» غدًا",
      bodyOne: "تنتهي صلاحية {entity} «{name}» غدًا، {expiresAt}.\n\nيُرجى التجديد أو الاستبدال الآن لتجنّب انقطاع الخدمة.",
      subjectToday: "تنبيه: تنتهي صلاحية {entity} «{name}» اليوم",
      bodyToday: "تنتهي صلاحية {entity} «{name}» اليوم، {expiresAt}.\n\nيُرجى التجديد أو الاستبدال الآن لتجنّب انقطاع الخدمة.",
    },
    WEEKLY_SUMMARY: {
      subject: "بوابة الشركاء: الملخص الأسبوعي، أسبوع {weekOf}",
      body: "بانتظار القرار:\n- طلبات السياسات: {pendingPolicyRequests}\n- واجهات SBI: {pendingSbis}\n- الأجهزة: {pendingDevices}\n- شرائح FTM: {pendingFtmChips}\n\nتنتهي صلاحيتها خلال 7 أيام:\n- الشهادات: {expiringCertificates}\n- مفاتيح واجهة برمجة التطبيقات: {expiringApiKeys}\n- واجهات SBI: {expiringSbis}",
    },
  },
};

export default ar;
