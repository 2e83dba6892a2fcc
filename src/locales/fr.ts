/*
 * react-hms-errors — French (fr) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood at
 * commit 1e83462 (with PERMISSION_GRANTED, DEVICE_FOUND, OFFLINE and the accessibility labels).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * "Vous", as the French UIs of Google Meet, Microsoft Teams and Zoom address the person (as far
 * as I know them; not re-checked for this file); "tu" would be out of place in a tool used at
 * work. Calm, no blame, no exclamation marks. Titles are short statements, often "Impossible de
 * …" as French UIs write failures; requests are plain imperatives ("Vérifiez votre réseau.");
 * buttons are infinitives ("Réessayer"). Button and menu names are written as the UI shows them,
 * capitalised, without quotes (as Spanish does). Typography: a no-break space (U+00A0) before
 * ":" and "?"; the straight apostrophe, as most French web apps type it.
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ appel (Meet and Teams: "appel"; a meeting is "réunion")
 *   link ............ lien              invite ........ invitation
 *   camera .......... caméra            microphone .... micro (Meet's and Teams' word)
 *   screen share .... partage d'écran / partager l'écran
 *   audio / video ... son / vidéo ("le son et la vidéo"); "audio" for Bluetooth audio
 *   host ............ organisateur (Meet and Teams; Zoom says "hôte")
 *   join ............ rejoindre l'appel    rejoin ........ rejoindre à nouveau
 *   reconnect ....... reconnecter; "Reconnexion" as a status, "Connexion rétablie"
 *   allow ........... autoriser (the browsers' button is "Autoriser")
 *   settings ........ paramètres (Windows, Chrome, Android); Apple's "Réglages" in Apple steps
 *   go home ......... retourner à l'accueil      support ....... l'assistance de l'app
 *   device .......... appareil (antecedent of "le"/"en" so they never agree with {device})
 *   app ............. app (Apple's French word; shorter than "application")
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * `{device}` is filled with the form `default`: the noun with "votre", which does not change
 * with gender: "votre caméra", "votre micro", "votre partage d'écran"; a pair shares one
 * "votre", as the two make one set: "votre caméra et micro", "votre caméra ou micro" (with two,
 * toast titles ran to 41–52 characters). It is never the subject of a verb and never starts a
 * sentence; participles agree with another noun ("Accès à {device} autorisé", "Mise en pause de
 * {device}"), and "it" is "l'appareil". "No {device} was found" is "Aucun appareil détecté" and
 * "the {device} you chose" is "l'appareil choisi", so no "aucun/aucune" or "choisi/choisie" has to
 * agree either. No other form is needed; an app that passes the kit's plain `deviceNames`
 * should pass "votre caméra"-style words.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * French has one (0 and 1), many (millions: "1 000 000 de secondes") and other.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'fr';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Vérifiez votre Wi-Fi ou votre réseau.';
const LINK_HINT = "Demandez un nouveau lien à l'organisateur.";
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: "Vous n'y êtes pour rien. L'app n'a pas pu vérifier votre invitation.",
  hint: "Contactez l'assistance de l'app.",
};
const LEFT = { hint: "Retournez à l'accueil, puis rejoignez l'appel dans un instant." };
const LEFT_REJOIN = { hint: "Sélectionnez {action} ou retournez à l'accueil." };
const SUPPORT_HINT = "Si cela se reproduit, contactez l'assistance de l'app.";
const WAIT_HINT = 'Réessayez dans un instant.';
const WAIT_ACTION = { hint: 'Sélectionnez {action} dans un instant.' };
const QUIET = 'Aucune action requise.';
const OPEN_AGAIN_HINT = "Rouvrez le lien ou demandez-en un nouveau à l'organisateur.";
const STILL_MISSING_HINT = "Si quelqu'un manque toujours, rejoignez l'appel à nouveau.";
const CHECK_NETWORK_REJOIN = "Vérifiez votre réseau, puis rejoignez l'appel à nouveau.";

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: "Impossible de se connecter à l'appel",
    message: "La connexion n'a pas pu s'établir.",
    hint: NETWORK_HINT,
    dialog: { message: "La connexion n'a pas pu s'établir. Vous n'avez pas rejoint l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Impossible de vous reconnecter',
    message: "Votre connexion n'est pas revenue.",
    hint: NETWORK_HINT,
    dialog: { message: "Votre connexion n'est pas revenue. Vous n'êtes plus dans l'appel.", hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: "Impossible de rejoindre l'appel",
    message: "La connexion s'est fermée pendant que vous rejoigniez l'appel.",
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: "La connexion s'est fermée avant que vous ne rejoigniez l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: "Impossible de préparer l'appel",
    message: "Nous n'avons pas pu préparer l'appel.",
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: "Impossible de préparer l'appel",
    message: "Un problème dans les paramètres de l'app a bloqué l'appel.",
    hint: "Contactez l'assistance de l'app.",
  },
  '2003': {
    title: "Impossible d'accéder à l'appel",
    message: "Nous n'avons pas pu joindre le serveur de l'appel.",
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Ce lien ne fonctionne pas',
    message: "Votre invitation n'a pas pu être lue.",
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problème avec {device}',
    message: "Une erreur s'est produite avec {device}.",
    hint: 'Désactivez puis réactivez {device}.',
    action: { hint: 'Sélectionnez {action}.' },
  },
  '3001': {
    title: 'Aucun accès à {device}',
    message: "Ce site n'est pas autorisé à accéder à {device}.",
    hint: 'Autorisez-le dans les paramètres du site du navigateur.',
    action: { hint: 'Sélectionnez {action} pour voir les étapes.' },
  },
  '3001.screen': {
    title: "Le partage d'écran n'a pas démarré",
    message: 'Le partage a été annulé ou bloqué.',
    hint: 'Relancez le partage et choisissez un onglet, une fenêtre ou un écran.',
    action: { hint: 'Sélectionnez {action} et choisissez un onglet, une fenêtre ou un écran.' },
  },
  '3002': {
    title: 'Aucun appareil détecté',
    message: 'Impossible de trouver {device}.',
    hint: 'Branchez un appareil ou choisissez-en un autre dans les paramètres.',
  },
  '3003': {
    title: 'Démarrage échoué\u00a0: {device}',
    message: "L'appareil est peut-être utilisé par une autre app, ou ne répond pas.",
    hint: 'Fermez les autres apps, puis réessayez.',
    action: { hint: 'Fermez les autres apps, puis sélectionnez {action}.' },
  },
  '3004': {
    title: 'Accès à {device} perdu',
    message: "Nous n'avons plus accès à {device}.",
    hint: "Reconnectez l'appareil ou choisissez-en un autre dans les paramètres.",
  },
  '3005': {
    title: 'Rien à activer',
    message: "Aucune caméra ni aucun micro n'est sélectionné.",
    hint: 'Activez votre caméra ou votre micro.',
  },
  '3006': {
    title: 'Impossible de démarrer votre vidéo',
    message: "Un problème dans les paramètres vidéo de l'app a arrêté votre caméra.",
    hint: "Contactez l'assistance de l'app.",
  },
  '3007': {
    title: 'Modification impossible pendant un appel',
    message: 'Ce réglage vidéo ne peut pas changer pendant un appel.',
    hint: "Il s'appliquera à votre prochaine connexion.",
  },
  '3008': {
    title: "Vous n'entendez pas encore les autres",
    message: 'Votre navigateur a mis le son en pause.',
    hint: 'Cliquez ou touchez la page pour les entendre.',
    action: { hint: 'Sélectionnez {allowAudio} pour les entendre.' },
  },
  '3009': {
    title: 'Impossible avec {device}',
    message: "L'appareil n'offre pas la qualité requise pour cet appel.",
    hint: 'Choisissez un autre appareil dans les paramètres.',
  },
  '3010': {
    title: 'Aucun son de votre micro',
    message: "Il est activé, mais nous n'entendons rien.",
    hint: "Vérifiez qu'il est branché et non coupé, ou choisissez-en un autre.",
  },
  '3011': {
    title: 'Aucun accès à {device}',
    message: 'Accès bloqué par le système, ou appareil débranché.',
    hint: 'Autorisez le navigateur dans la section Confidentialité du système.',
    action: { hint: 'Sélectionnez {action} pour voir les étapes.' },
  },
  '3011.screen': {
    title: 'Impossible de partager votre écran',
    message: "Le système bloque la capture d'écran.",
    // macOS 15: "Enregistrement de l'écran et de l'audio du système"; macOS 13–14: "Enregistrement
    // de l'écran" (both unverified in a French macOS).
    hint: "Autorisez votre navigateur dans Enregistrement de l'écran et de l'audio du système.",
  },
  '3xxx.screen': {
    title: "Partage d'écran interrompu",
    message: "Votre partage d'écran n'a pas pu démarrer ou s'est arrêté.",
    hint: 'Relancez le partage.',
    action: { hint: 'Sélectionnez {action} pour réessayer.' },
  },
  '3012.web': {
    title: 'Partagez cet onglet pour continuer',
    message: 'Cet appel exige que vous partagiez cet onglet.',
    hint: 'Relancez le partage et choisissez cet onglet.',
  },
  '3012.flutter': {
    title: "Impossible d'utiliser l'audio Bluetooth",
    message: "Cette app n'a pas accès au Bluetooth.",
    // Android's permission is "Appareils à proximité" in French (unverified wording).
    hint: 'Autorisez Appareils à proximité pour cette app dans les paramètres du téléphone.',
  },
  '3013.web': {
    title: "Impossible de lire le son de l'appel",
    message: "Votre navigateur n'a pas pu lire le son de l'appel.",
    hint: 'Vérifiez votre haut-parleur ou casque, ou choisissez-en un autre.',
  },
  '3013.flutter': {
    title: "L'audio Bluetooth est indisponible",
    message: "Cette app ne peut pas utiliser l'audio Bluetooth.",
    hint: 'Utilisez le haut-parleur du téléphone ou un casque filaire.',
  },
  '3014': {
    title: 'Déconnexion de {device}',
    message: "L'appareil choisi n'est plus détecté.",
    hint: "Reconnectez l'appareil ou choisissez-en un autre dans les paramètres.",
  },
  '3015': {
    title: 'Aucun signal de {device}',
    message: "Une autre app ou un appel téléphonique l'utilise peut-être.",
    hint: "Terminez l'autre appel, puis redémarrez l'appareil.",
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: "Impossible d'envoyer votre son et vidéo",
    message: "La connexion de votre son et de votre vidéo a échoué.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "La connexion de votre son et de votre vidéo a échoué. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Impossible de recevoir son et vidéo',
    message: 'La connexion au son et à la vidéo des autres a échoué.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "La connexion au son et à la vidéo des autres a échoué. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Impossible de préparer son et vidéo',
    message: 'La préparation de votre son et de votre vidéo a échoué.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "La préparation de votre son et de votre vidéo a échoué. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Impossible de connecter son et vidéo',
    message: "Votre son et votre vidéo n'ont pas fini de se connecter.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Votre son et votre vidéo ne se sont pas connectés. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Connexion perdue',
    message: 'Votre connexion son et vidéo a échoué.',
    hint: NETWORK_HINT,
    dialog: { message: "Votre connexion a échoué. Vous n'êtes plus dans l'appel.", hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Connexion instable',
    message: 'Votre connexion a été coupée un instant. Reconnexion en cours.',
    hint: 'Si cela se reproduit, changez de réseau.',
    dialog: { message: "Votre connexion a été coupée. Vous n'êtes plus dans l'appel.", hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: "Détails de qualité d'appel indisponibles",
    message: "Votre appel n'est pas concerné.",
    hint: QUIET,
  },
  '4008': {
    title: 'Actualisation de votre connexion',
    message: 'Cela devrait vite se stabiliser.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Vous êtes déjà dans cet appel',
    message: "Vous avez déjà rejoint l'appel ici.",
    hint: "Poursuivez l'appel.",
  },
  '5002': {
    title: 'Préparation en cours',
    message: "L'aperçu de votre caméra et de votre micro démarre.",
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Aucune connexion',
    message: "L'appel est inaccessible pour le moment.",
    hint: NETWORK_HINT,
    dialog: { message: "La connexion à l'appel est perdue.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: "Impossible de terminer l'opération",
    message: "L'appel n'a pas répondu comme prévu.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: "Un problème s'est produit",
    message: "Un problème inattendu s'est produit dans l'appel.",
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Un problème inattendu a mis fin à l'appel pour vous.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: "Impossible de mettre à jour l'appel",
    message: 'La mise à jour de votre connexion son et vidéo a échoué.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "La mise à jour de votre connexion a échoué. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Pas encore prêt',
    message: "L'appel n'est pas encore prêt pour cela.",
    hint: WAIT_HINT,
  },
  '6004': {
    title: "Réponse inattendue de l'appel",
    message: "Nous avons reçu une réponse incompréhensible.",
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Du son ou de la vidéo peut manquer',
    message: "Du son ou de la vidéo n'a pas été relié à son participant.",
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Du son ou de la vidéo peut manquer',
    message: "Du son ou de la vidéo n'est pas arrivé.",
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: "Quelqu'un peut s'afficher mal",
    message: "Des informations manquent sur quelqu'un dans l'appel.",
    hint: "Si un nom ou une vidéo s'affiche mal, rejoignez l'appel à nouveau.",
  },
  '6008': {
    title: 'Impossible de rejoindre avec ce lien',
    message: "Cet appel n'accepte pas votre invitation.",
    hint: LINK_HINT,
  },
  '6009': {
    title: "L'aperçu démarre déjà",
    message: "L'aperçu de votre caméra et de votre micro démarre.",
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Appels indisponibles sur cette page',
    message: "Cette page n'a pas été ouverte via une connexion sécurisée.",
    hint: "Ouvrez l'appel via un lien https.",
  },
  '6011': {
    title: 'Ce navigateur ne gère pas les appels',
    message: 'Il est peut-être obsolète, ou une extension bloque les appels.',
    hint: 'Mettez-le à jour ou essayez un autre navigateur.',
  },
  '6012': {
    title: 'Vos réglages ne seront pas enregistrés',
    message: "Votre navigateur bloque le stockage du site. L'appel continue.",
    hint: 'Autorisez les cookies de ce site pour garder vos réglages.',
  },
  '6013': {
    title: "Cela n'a pas fonctionné",
    message: "L'appel n'a pas pu accepter une demande de l'app.",
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effet non pris en charge ici',
    message: 'Votre navigateur ou appareil ne peut pas exécuter cet effet.',
    hint: 'Continuez sans lui ou essayez un autre navigateur.',
  },
  '7002': {
    title: "Impossible d'activer l'effet",
    message: "L'effet n'a pas pu démarrer.",
    hint: 'Continuez sans lui ou réessayez.',
    action: { hint: 'Sélectionnez {action} ou continuez sans lui.' },
  },
  '7003': {
    title: "L'effet ne fonctionne plus",
    message: "L'effet n'a pas pu s'appliquer.",
    hint: 'Désactivez-le puis réactivez-le, ou continuez sans lui.',
  },
  '7004': {
    title: "L'effet est en cours d'activation",
    message: 'Nous ajoutons déjà cet effet.',
    hint: QUIET,
  },
  '7005': {
    title: 'Effet non compatible avec cet appareil',
    message: 'Cet appareil ne peut pas exécuter cet effet.',
    hint: 'Continuez sans lui ou essayez un autre appareil.',
  },
  '7006': {
    title: 'Effet indisponible dans cet appel',
    message: "Cet effet n'est pas activé pour cet appel.",
    hint: 'Continuez sans lui.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Fin de la playlist',
    message: 'Il ne reste rien à lire.',
    hint: 'Choisissez autre chose ou recommencez.',
  },
  '8002': {
    title: 'Aucune lecture en cours',
    message: "Rien n'est en cours de lecture.",
    hint: "Lancez d'abord un élément de la playlist.",
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: "Impossible de rejoindre l'appel",
    message: "L'appel n'a pas pu accepter la demande pour le rejoindre.",
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Ce lien a expiré',
    message: "Nous n'avons pas pu confirmer votre invitation.",
    hint: LINK_HINT,
  },
  '403': {
    title: "Vous n'avez pas accès à cet appel",
    message: 'Votre invitation ne vous permet pas de le rejoindre.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Appel introuvable',
    message: "Nous n'avons pas trouvé cet appel.",
    hint: "Vérifiez le lien ou demandez-en un nouveau à l'organisateur.",
  },
  '410': {
    title: "Cet appel n'est plus disponible",
    message: "L'appel est terminé ou a été fermé.",
    hint: "Demandez un nouveau lien à l'organisateur pour revenir dans l'appel.",
  },
  '429': {
    title: 'Trop de tentatives',
    message: "Le service d'appel est surchargé en ce moment.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: "Le service d'appel a un problème",
    message: "Un problème s'est produit sur le serveur de l'appel.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: "Le service d'appel ne gère pas cela",
    message: "Le serveur de l'appel ne gère pas cette demande.",
    hint: "Contactez l'assistance de l'app.",
  },
  '502': {
    title: "Service d'appel inaccessible",
    message: "Le serveur de l'appel n'a pas répondu correctement.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: "Service d'appel indisponible",
    message: "Le service d'appel est momentanément indisponible.",
    hint: 'Réessayez dans quelques minutes.',
    action: { hint: 'Sélectionnez {action} dans quelques minutes.' },
  },
  '504': {
    title: "Délai dépassé pour le service d'appel",
    message: "Le serveur de l'appel a mis trop de temps à répondre.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: "Ce lien n'est pas valide",
    message: "L'appel de ce lien n'existe pas.",
    hint: LINK_HINT,
  },
  '40002': {
    title: "Ce lien ne correspond pas à l'appel",
    message: 'Votre invitation concerne un autre appel.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Appel déjà ouvert ailleurs',
    message: 'Vous êtes dans cet appel depuis un autre onglet ou appareil.',
    hint: "Quittez-le là-bas, puis rejoignez l'appel ici.",
  },
  '40100': { title: "Impossible de vérifier l'invitation", ...APP_SIDE },
  '40101': { title: "Impossible de vérifier l'invitation", ...APP_SIDE },
  '40102': {
    title: "Ce lien n'est pas valide",
    message: "Votre invitation mène à un appel qui n'existe pas.",
    hint: LINK_HINT,
  },
  '40103': { title: "Impossible de vérifier l'invitation", ...APP_SIDE },
  '40104': { title: "Impossible de vérifier l'invitation", ...APP_SIDE },
  '40105': { title: "Impossible de vérifier l'invitation", ...APP_SIDE },
  '40107': { title: "Impossible de vérifier l'invitation", ...APP_SIDE },
  '40108': {
    title: 'Impossible de rejoindre avec ce lien',
    message: 'Votre invitation ne correspond pas aux paramètres de cet appel.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Ce lien ne fonctionne pas',
    message: 'Votre invitation est endommagée ou incomplète.',
    hint: LINK_HINT,
  },
  '41001': {
    title: "Vous n'êtes plus dans l'appel",
    message: "L'appel vous a perdu après une coupure de connexion.",
    hint: "Rejoignez l'appel à nouveau pour y revenir.",
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Cet appel est complet',
    message: "L'appel n'accepte plus personne pour le moment.",
    hint: "Demandez une place à l'organisateur, puis rejoignez l'appel à nouveau.",
  },
  ROOM_ENDED: {
    title: "L'appel est terminé",
    message:
      "{requestedBy, select, none {L'appel est terminé pour tous.} other {{requestedBy} a mis fin à l'appel pour tous.}}" +
      '{reason, select, none {} other { Motif\u00a0: {reason}}}',
    hint: "Vous pouvez retourner à l'accueil ou fermer cette page.",
  },
  REMOVED_FROM_ROOM: {
    title: "Fin de votre participation à l'appel",
    message:
      "{requestedBy, select, none {On a mis fin à votre participation à l'appel.} other {{requestedBy} a mis fin à votre participation à l'appel.}}" +
      '{reason, select, none {} other { Motif\u00a0: {reason}}}',
    hint: "En cas d'erreur, demandez à l'organisateur de vous réinviter.",
  },
  RECONNECTING: {
    title: 'Reconnexion…',
    message: 'Votre connexion a été coupée. Nous vous reconnectons.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Connexion rétablie',
    message: 'Votre connexion est revenue.',
    hint: 'Reprenez là où vous en étiez.',
  },
  TRACK_INTERRUPTED: {
    title: 'Mise en pause de {device}',
    message: "Une autre app ou un appel téléphonique utilise l'appareil.",
    hint: "L'appareil reprendra quand l'autre app le libérera.",
  },
  TRACK_RESUMED: {
    title: 'Reprise de {device}',
    message: 'Vous pouvez à nouveau utiliser {device}.',
    hint: 'Reprenez là où vous en étiez.',
  },
  TIMEOUT: {
    title: "L'appel n'a pas démarré à temps",
    message: 'La connexion prend bien plus de temps que prévu.',
    hint: "Vérifiez votre connexion, puis retournez à l'accueil.",
    action: { hint: 'Vérifiez votre connexion, puis sélectionnez {action}.' },
  },
  SLOW: {
    title: 'Connexion toujours en cours…',
    message: "La connexion prend plus de temps que d'habitude.",
    hint: "Vous pouvez patienter. Nous vous préviendrons en cas d'échec.",
  },
  NETWORK: {
    title: 'Problème de connexion',
    message: "Nous n'avons pas pu joindre le service d'appel.",
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: "Un problème s'est produit",
    message: "Un problème inattendu s'est produit.",
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Un problème inattendu a mis fin à l'appel pour vous.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Accès à {device} autorisé',
    message: 'Ce site peut maintenant utiliser {device}.',
    hint: "Activez l'appareil quand vous le souhaitez.",
    action: { hint: "Sélectionnez {action} pour l'utiliser." },
  },
  DEVICE_FOUND: {
    title: 'Connexion de {device}',
    message: 'Vous pouvez à nouveau utiliser {device}.',
    hint: "Activez l'appareil quand vous le souhaitez.",
    action: { hint: "Sélectionnez {action} pour l'utiliser." },
  },
  OFFLINE: {
    title: 'Vous êtes hors connexion',
    message: 'Votre appareil a perdu sa connexion Internet.',
    hint: 'Nous vous reconnecterons dès son retour.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Problème de connexion',
    message: 'La connexion a eu du mal à tenir.',
    hint: NETWORK_HINT,
    dialog: { message: "Votre connexion a échoué. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: "Impossible de préparer l'appel",
    message: "La préparation de l'appel a échoué.",
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Problème avec {device}',
    message: "Un problème s'est produit avec {device}.",
    hint: "Reconnectez l'appareil et fermez les apps qui l'utilisent.",
  },
  'range.4xxx': {
    title: 'Problème de connexion',
    message: "Un problème s'est produit avec votre son et votre vidéo.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Votre connexion son et vidéo a échoué. Vous n'êtes plus dans l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: "Impossible de rejoindre l'appel",
    message: "Un problème s'est produit pendant la connexion à l'appel.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Un problème s'est produit. Vous n'avez pas rejoint l'appel.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: "Un problème s'est produit",
    message: "Un problème inattendu s'est produit dans l'appel.",
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Un problème inattendu a mis fin à l'appel pour vous.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Un effet ne fonctionne pas',
    message: "Un problème s'est produit avec un effet.",
    hint: 'Désactivez-le puis réactivez-le, ou continuez sans lui.',
  },
  'range.8xxx': {
    title: 'Problème de playlist',
    message: "Un problème s'est produit avec la playlist.",
    hint: 'Relancez la lecture.',
  },
  'range.http4xx': {
    title: "Impossible de rejoindre l'appel",
    message: "L'appel n'a pas pu accepter la demande.",
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: "Le service d'appel a un problème",
    message: "Un problème s'est produit sur le serveur de l'appel.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Ce lien ne fonctionne pas',
    message: "Nous n'avons pas pu vous faire entrer avec ce lien.",
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const labels: Record<LabelKey, string> = {
  goHome: "Retour à l'accueil",
  tryAgain: 'Réessayer',
  rejoin: 'Rejoindre à nouveau',
  turnCameraOn: 'Activer la caméra',
  turnMicrophoneOn: 'Activer le micro',
  shareAgain: 'Partager à nouveau',
  errorCode: 'Erreur {code}',
  copyDetails: 'Copier les détails',
  copied: 'Copié',
  copyFailed: 'Copie automatique impossible. Détails ci-dessous.',
  details: 'Détails techniques',
  countdown: "Retour à l'accueil dans {seconds} s",
  countdownStarted: "Retour automatique à l'accueil dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.",
  countdownPaused: "Le retour automatique à l'accueil est en pause.",
  pause: 'Mettre en pause',
  resume: 'Reprendre',
  region: 'Notifications\u00a0: {hotkey}',
  dismiss: 'Fermer\u00a0: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count} fois',
  more: '+{count, plural, one {# autre} other {# autres}}',
  allowAudio: 'Autoriser le son',
  howToFix: 'Comment résoudre',
  stepsInBrowser: 'Dans {browser}',
  stepsOnSystem: 'Sur {system}',
  fallbackTitle: "L'appel est terminé",
  useAnotherCamera: 'Utiliser une autre caméra',
  useAnotherMicrophone: 'Utiliser un autre micro',
  chooseCamera: 'Choisissez une caméra',
  chooseMicrophone: 'Choisissez un micro',
  unnamedCamera: 'Caméra {count}',
  unnamedMicrophone: 'Micro {count}',
  switchDevice: 'Changer',
  cancel: 'Annuler',
  noOtherDevice: 'Aucun autre appareil trouvé.',
  keepTrying: 'Nous réessayons pendant {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}} au maximum.',
  severityError: 'Erreur\u00a0:',
  severityWarning: 'Avertissement\u00a0:',
  severityInfo: 'Info\u00a0:',
  severitySuccess: 'Terminé\u00a0:',
  recent: 'Notifications récentes',
  recentEmpty: 'Aucune notification récente.',
  respond: 'Appuyez sur {hotkey} pour agir.',
  stillHappening: 'Toujours en cours, {count} fois',
  moreText: "{count, plural, one {# autre notification} many {# d'autres notifications} other {# autres notifications}} en attente",
};

// ── Device forms (see the header) ────────────────────────────────────────────────────────────

const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'votre micro' },
  video: { default: 'votre caméra' },
  'audio, video': { default: 'votre caméra et micro' },
  screen: { default: "votre partage d'écran" },
  unknown: { default: 'votre caméra ou micro' },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = "Quelqu'un";

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in French. None was checked in a French
 * build for this file; the notes say what a public source confirmed, the rest is unverified:
 * - Chrome: "Paramètres du site" (the name French help pages of third parties give for Chrome's
 *   site settings); options "Autoriser" / "Bloquer"; reload is "Actualiser".
 * - Edge: "Autorisations pour ce site".
 * - Firefox: the blocked entry reads "Bloqué" (or "Bloqué temporairement").
 * - Safari on Mac: Safari > "Réglages pour ce site web…"; iPhone/iPad: page menu (aA) >
 *   "Réglages du site web"; the Settings app is "Réglages".
 * - macOS 13+: menu Pomme > Réglages Système > Confidentialité et sécurité (confirmed by Apple's
 *   French help) > "Caméra" / "Micro" (pane names unverified).
 * - Windows 11: Démarrer > Paramètres > Confidentialité et sécurité, "Autorisations des
 *   applications", "Caméra" / "Microphone" (Windows writes "Microphone", not "Micro").
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      "Sélectionnez l'icône à gauche de la barre d'adresse.",
      "Activez l'accès à {device}.",
      'Sinon, choisissez Paramètres du site et réglez {device} sur Autoriser.',
      'Actualisez la page et réessayez.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      "Sélectionnez l'icône de cadenas à gauche de la barre d'adresse.",
      'Choisissez Autorisations pour ce site.',
      'Réglez {device} sur Autoriser.',
      'Actualisez la page et réessayez.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      "Sélectionnez l'icône d'autorisation barrée dans la barre d'adresse.",
      'Levez le blocage avec le X à côté de Bloqué.',
      "Actualisez la page, puis autorisez l'accès à {device} quand Firefox le demande.",
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Sur Mac, choisissez Safari > Réglages pour ce site web dans la barre des menus.',
      "Sur iPhone ou iPad, touchez aA près de l'adresse, puis Réglages du site web.",
      'Réglez {device} sur Autoriser, puis actualisez la page.',
      "Toujours bloqué sur iPhone ou iPad\u00a0? Dans Réglages, touchez votre navigateur et autorisez l'accès à {device}.",
    ],
  },
  other: {
    browser: 'votre navigateur',
    steps: [
      "Ouvrez les paramètres de votre navigateur pour ce site, souvent via l'icône près de l'adresse.",
      "Autorisez l'accès à {device}.",
      'Actualisez la page et réessayez.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Ouvrez le menu Pomme > Réglages Système > Confidentialité et sécurité.',
      'Sélectionnez Caméra ou Micro, selon le besoin.',
      "Activez l'interrupteur à côté de votre navigateur.",
      "Quittez et rouvrez votre navigateur, puis rejoignez l'appel à nouveau.",
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Ouvrez Démarrer > Paramètres > Confidentialité et sécurité.',
      'Sous Autorisations des applications, sélectionnez Caméra ou Microphone.',
      "Activez l'accès des apps, dont les apps de bureau comme votre navigateur.",
      'Actualisez la page et réessayez.',
    ],
  },
  other: {
    system: 'votre appareil',
    steps: [
      'Ouvrez les paramètres de votre appareil.',
      'Accédez à Confidentialité ou Autorisations des applications.',
      "Autorisez votre navigateur à accéder à {device}.",
      "Revenez à l'appel et réessayez.",
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Code',
  name: 'Nom',
  action: 'Action',
  message: "Message d'erreur",
  description: 'Descriptif',
  shownAs: 'Affiché comme',
  catalogKey: 'Clé du catalogue',
  kind: 'Type',
  terminal: "Met fin à l'appel",
  platform: 'Plateforme',
  time: 'Heure',
  count: 'Nombre',
  sources: 'Origines',
  userAgent: 'Agent utilisateur',
  developerNote: 'Note développeur',
  yes: 'oui',
  no: 'non',
  none: 'aucun',
};

const punctuation = { sentence: '. ', field: '\u00a0: ', list: ', ' };

/** Everything above as one object of the kit's `HMSLocale` shape. */
const locale: HMSLocale = {
  tag,
  dir,
  catalog,
  labels,
  devices: deviceForms,
  someone,
  permissionSteps: { browser: permissionSteps, system: systemPermissionSteps },
  diagnostics,
  punctuation,
};

export default locale;
