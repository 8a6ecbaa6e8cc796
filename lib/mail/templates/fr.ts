// Textes des courriels en français. Les paramètres sont ceux de la notification (lib/notifications/kinds.ts) ; les dates arrivent formatées.
import type { EmailCatalogue } from "@/lib/mail/templates/types";

const fr: EmailCatalogue = {
  greeting: "Bonjour,",
  openPortal: "Ouvrir dans le portail",
  footer: "Ce message vous est envoyé par le portail des partenaires du programme national d'identité numérique. Toutes vos notifications sont aussi consultables dans le portail.",
  generic: {
    subject: "Notification du portail des partenaires : {type}",
    body: "Du nouveau concernant votre compte partenaire :\n{details}",
  },
  entities: {
    PARTNER_CERTIFICATE: "Certificat du partenaire",
    ROOT_CA_CERTIFICATE: "Certificat d'AC racine",
    INTERMEDIATE_CA_CERTIFICATE: "Certificat d'AC intermédiaire",
    FTM_CHIP_CERTIFICATE: "Certificat de puce FTM",
    SBI: "SBI",
    API_KEY: "Clé d'API",
    MISP_KEY: "Clé de licence MISP",
  },
  types: {
    PARTNER_DEACTIVATED: {
      subject: "Votre partenaire {partnerId} a été désactivé",
      body: "L'administrateur des partenaires a désactivé le partenaire {partnerId}. Ses clés d'API et ses clés de licence MISP ne sont plus acceptées, et ses utilisateurs ne peuvent plus agir dans le portail.\n\nContactez le programme si vous pensez qu'il s'agit d'une erreur.",
    },
    PARTNER_REACTIVATED: {
      subject: "Votre partenaire {partnerId} a été réactivé",
      body: "L'administrateur des partenaires a réactivé le partenaire {partnerId}. Ses utilisateurs peuvent de nouveau se connecter et agir.",
    },
    ORGANIZATION_RENAMED: {
      subject: "Nom de l'organisation corrigé pour {partnerId}",
      body: "L'administrateur des partenaires a remplacé le nom d'organisation enregistré du partenaire {partnerId} par « {organizationName} ».\n\nLes certificats que vous téléverserez désormais doivent porter ce nom dans leur champ O=.",
    },
    POLICY_REQUEST_APPROVED: {
      subject: "Demande de politique approuvée : {policyName}",
      body: "Votre demande pour la politique « {policyName} » (partenaire {partnerId}) a été approuvée.\n\nVous pouvez maintenant générer une clé d'API pour cette politique dans le portail.",
    },
    POLICY_REQUEST_REJECTED: {
      subject: "Demande de politique refusée : {policyName}",
      body: "Votre demande pour la politique « {policyName} » (partenaire {partnerId}) a été refusée.\n\nCommentaire de l'administrateur des partenaires : {comment}\n\nVous pouvez soumettre une nouvelle demande.",
    },
    API_KEY_ISSUED: {
      subject: "Clé d'API émise : {label}",
      body: "La clé d'API « {label} » pour la politique « {policyName} » a été émise. Elle expire le {expiresAt}.\n\nLa clé elle-même n'est affichée qu'une seule fois, dans le portail, lors de sa création ; elle n'est jamais envoyée par courriel.",
    },
    API_KEY_DEACTIVATED: {
      subject: "Clé d'API désactivée : {label}",
      body: "La clé d'API « {label} » a été désactivée. Les requêtes qui la présentent sont désormais refusées.",
    },
    MISP_KEY_ISSUED: {
      subject: "Clé de licence MISP émise",
      body: "Une clé de licence MISP a été émise pour le partenaire {partnerId}. Elle expire le {expiresAt}.\n\nToute clé de licence antérieure n'est plus acceptée.",
    },
    MISP_KEY_DEACTIVATED: {
      subject: "Clé de licence MISP désactivée",
      body: "La clé de licence MISP du partenaire {partnerId} a été désactivée. Les demandes d'authentification qui la présentent sont désormais refusées.",
    },
    PARTNER_CERTIFICATE_UPLOADED: {
      subject: "Certificat accepté pour {partnerId}",
      body: "Le certificat du partenaire {partnerId} a été accepté et le portail a émis son certificat signé, valable jusqu'au {notAfter}.\n\nVous pouvez télécharger les deux certificats dans le portail.",
    },
    PARTNER_CERTIFICATE_RENEWED: {
      subject: "Certificat renouvelé pour {partnerId}",
      body: "Le nouveau certificat du partenaire {partnerId} a remplacé le précédent. Le certificat signé par le portail est valable jusqu'au {notAfter}.\n\nTransmettez le nouveau certificat signé aux systèmes qui vérifient le vôtre.",
    },
    POLICY_DEACTIVATED: {
      subject: "Politique désactivée : {policyName}",
      body: "La politique « {policyName} » a été désactivée par le gestionnaire des politiques. Les clés d'API émises sous cette politique ne sont plus acceptées.\n\nDemandez une autre politique de votre groupe si cet accès vous est toujours nécessaire.",
    },
    SBI_APPROVED: {
      subject: "SBI approuvé : version {version}",
      body: "Votre SBI version {version} a été approuvé. Vous pouvez maintenant y ajouter des appareils.",
    },
    SBI_REJECTED: {
      subject: "SBI refusé : version {version}",
      body: "Votre SBI version {version} a été refusé.\n\nCommentaire de l'administrateur des partenaires : {comment}",
    },
    SBI_DEACTIVATED: {
      subject: "SBI désactivé : version {version}",
      body: "Votre SBI version {version} a été désactivé. Appareils désactivés avec lui : {devicesDeactivated} ; appareils en attente refusés : {devicesRejected}.",
    },
    DEVICE_APPROVED: {
      subject: "Appareil approuvé : {make} {model}",
      body: "Votre appareil {make} {model} a été approuvé.",
    },
    DEVICE_REJECTED: {
      subject: "Appareil refusé : {make} {model}",
      body: "Votre appareil {make} {model} a été refusé.\n\nCommentaire de l'administrateur des partenaires : {comment}",
    },
    DEVICE_DEACTIVATED: {
      subject: "Appareil désactivé : {make} {model}",
      body: "Votre appareil {make} {model} a été désactivé.",
    },
    FTM_CHIP_APPROVED: {
      subject: "Puce FTM approuvée : {make} {model}",
      body: "Votre puce FTM {make} {model} a été approuvée.",
    },
    FTM_CHIP_REJECTED: {
      subject: "Puce FTM refusée : {make} {model}",
      body: "Votre puce FTM {make} {model} a été refusée.\n\nCommentaire de l'administrateur des partenaires : {comment}",
    },
    FTM_CHIP_DEACTIVATED: {
      subject: "Puce FTM désactivée : {make} {model}",
      body: "Votre puce FTM {make} {model} a été désactivée.",
    },
    EXPIRY_REMINDER: {
      subject: "{entity} « {name} » : expiration dans {days} jours",
      body: "{entity} « {name} » : expiration le {expiresAt}, dans {days} jours.\n\nProcédez au renouvellement ou au remplacement avant cette date pour éviter une interruption du service.",
      subjectOne: "{entity} « {name} » : expiration demain",
      bodyOne: "{entity} « {name} » : expiration demain, le {expiresAt}.\n\nProcédez dès maintenant au renouvellement ou au remplacement pour éviter une interruption du service.",
      subjectToday: "{entity} « {name} » : expiration aujourd'hui",
      bodyToday: "{entity} « {name} » : expiration aujourd'hui, le {expiresAt}.\n\nProcédez dès maintenant au renouvellement ou au remplacement pour éviter une interruption du service.",
    },
    WEEKLY_SUMMARY: {
      subject: "Portail des partenaires : synthèse hebdomadaire, semaine du {weekOf}",
      body: "En attente de décision :\n- demandes de politique : {pendingPolicyRequests}\n- SBI : {pendingSbis}\n- appareils : {pendingDevices}\n- puces FTM : {pendingFtmChips}\n\nExpiration dans les 7 jours :\n- certificats : {expiringCertificates}\n- clés d'API : {expiringApiKeys}\n- SBI : {expiringSbis}",
    },
  },
};

export default fr;
