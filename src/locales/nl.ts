/*
 * react-hms-errors — Dutch (nl) locale.
 *
 * Translated from /work/main/src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood
 * at commit 1e83462 (the keys of PERMISSION_GRANTED, DEVICE_FOUND and OFFLINE included).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Standard Dutch for the Netherlands and Flanders, addressing the person as "je" (unstressed,
 * never "jij"/"u"), as Google Meet's Dutch UI does ("Je microfoon staat uit", "Opnieuw
 * deelnemen") and as Apple (FaceTime, macOS: "je Mac") and WhatsApp do; "u" would sound like a
 * letter from an office in a toast that appears mid-call. Requests are imperatives without a
 * pronoun ("Controleer je wifi", "Vraag de organisator…"); titles that say something failed are
 * "Kan … niet …", the Dutch UI pattern ("Kan geen verbinding maken"). Buttons are infinitives
 * ("Opnieuw proberen", "Opnieuw deelnemen"). Calm, no blame, no exclamation marks. Dutch
 * participles and "je" do not change with gender, so sentences about the person need no care
 * there; being dropped is "je bent niet meer in het gesprek" (not "je hebt het gesprek verlaten").
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ gesprek (Meet's word; a phone call is "telefoongesprek"); call service:
 *                     gespreksdienst
 *   link ............ link               invite ........ uitnodiging
 *   camera .......... camera             microphone .... microfoon
 *   screen share .... scherm delen (Zoom's Dutch button "Scherm delen"); as the {device} noun:
 *                     "schermdeling"
 *   host ............ organisator (Meet's term; Zoom says "host")
 *   join ............ deelnemen (aan het gesprek)   rejoin ........ opnieuw deelnemen
 *   reconnect ....... opnieuw verbinden / opnieuw verbinding maken; "Verbinding hersteld"; a
 *                     device: "opnieuw aansluiten"
 *   allow ........... toestaan (the browsers' own option is "Toestaan")
 *   turn on / off ... aanzetten / uitzetten
 *   settings ........ instellingen (Apple: "Systeeminstellingen", "Instellingen")
 *   go home ......... naar de startpagina            support ....... support van de app
 *   tab ............. tabblad            Wi-Fi ......... wifi (the Woordenlijst's spelling, as
 *                                                         Google writes it in Dutch)
 *   device .......... apparaat (a het-word: the antecedent of "het", "een ander")
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * One form, the bare noun (`deviceForms` below): "camera", "microfoon", "camera en microfoon",
 * "schermdeling", "camera of microfoon". Dutch "je" does not change with the noun, so sentences
 * write "je {device}" ("Probleem met je {device}", "Toegestaan: je {device}"), and "Geen
 * {device} gevonden" uses the same word; the title of 3001 and 3011 leaves "je" out to stay within
 * 40 characters ("Kan {device} niet gebruiken"); past participles do not agree either. The screen share
 * is the noun "schermdeling", not "je gedeelde scherm", whose adjective would need "-e" after
 * "je" but not after "geen". Because the form is the plain word, an app that passes the kit's
 * `deviceNames` option gets the same grammar. {device} is never the subject of a verb (whose
 * number would differ: "is"/"zijn"); "het"/"hem" refer to "het apparaat" or to a de-word the
 * sentence itself names (microfoon → "hij"); 3014 says "het gekozen apparaat" after the title has
 * named the device.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Intl.PluralRules('nl'): one and other ("1 seconde", "2 seconden"); "keer" does not change
 * ("1 keer", "3 keer"). The kit formats `#`.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'nl';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Controleer je wifi of netwerkverbinding.';
const LINK_HINT = 'Vraag de organisator om een nieuwe link.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  title: 'Kan je uitnodiging niet verifiëren',
  message: 'Dit ligt niet aan jou. De app kon je uitnodiging niet verifiëren.',
  hint: 'Neem contact op met de support van de app.',
};
const LEFT = { hint: 'Ga naar de startpagina en neem zo opnieuw deel.' };
const LEFT_REJOIN = { hint: 'Selecteer {action} of ga naar de startpagina.' };
const SUPPORT_HINT = 'Blijft het gebeuren? Neem contact op met de support van de app.';
const WAIT_HINT = 'Probeer het zo opnieuw.';
const WAIT_ACTION = { hint: 'Selecteer zo meteen {action}.' };
const QUIET = 'Je hoeft niets te doen.';
const OPEN_AGAIN_HINT = 'Open de link opnieuw of vraag de organisator om een nieuwe.';
const STILL_MISSING_HINT = 'Ontbreekt er nog iemand? Neem dan opnieuw deel.';
const CHECK_NETWORK_REJOIN = 'Controleer je netwerk en neem opnieuw deel.';
const RECONNECT_OR_CHOOSE = 'Sluit het apparaat opnieuw aan of kies een ander in de instellingen.';
/** Appended to a clause: the call is over for the person (dialog). */
const LEFT_CALL = '. Je bent niet meer in het gesprek.';
/** Appended to a clause: the person never got in (dialog). */
const NOT_JOINED = '. Je neemt niet deel aan het gesprek.';
const EFFECT_OFF_ON = 'Zet het effect uit en weer aan, of ga verder zonder effect.';
const CARRY_ON = 'Ga verder waar je gebleven was.';
const AGAIN = 'Je kunt je {device} weer gebruiken.';
const TURN_ON = { hint: 'Zet het apparaat aan wanneer je wilt.', action: { hint: 'Selecteer {action} om het te gebruiken.' } };
const STEPS_ACTION = { hint: 'Selecteer {action} voor de stappen.' };
const CANT_JOIN = 'Kan niet deelnemen aan het gesprek';
const CANT_PREPARE = 'Kan het gesprek niet voorbereiden';
/** An audio/video connection that failed: a retry in the toast; in the dialog, the call is over. */
const failed = (title: string, what: string): Entry => ({
  title,
  message: what + '.',
  hint: WAIT_HINT,
  action: WAIT_ACTION,
  dialog: { message: what + LEFT_CALL, ...LEFT },
  dialogAction: LEFT_REJOIN,
});
const UNEXPECTED = {
  title: 'Er is iets misgegaan',
  message: 'Er trad een onverwacht probleem op in het gesprek.',
  hint: SUPPORT_HINT,
  action: WAIT_ACTION,
  dialog: { message: 'Door een onverwacht probleem is het gesprek voor je beëindigd.', ...LEFT },
  dialogAction: LEFT_REJOIN,
};
const SERVER_PROBLEM = {
  title: 'De gespreksdienst had een probleem',
  message: 'Er ging iets mis op de gespreksserver.',
  hint: WAIT_HINT,
  action: WAIT_ACTION,
};

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Geen verbinding met het gesprek',
    message: 'We konden geen verbinding maken.',
    hint: NETWORK_HINT,
    dialog: { message: 'We konden geen verbinding maken' + NOT_JOINED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'We konden je niet opnieuw verbinden',
    message: 'Je verbinding is niet hersteld.',
    hint: NETWORK_HINT,
    dialog: { message: 'Je verbinding is niet hersteld' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: CANT_JOIN,
    message: 'De verbinding werd verbroken terwijl je deelnam.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'De verbinding werd verbroken terwijl je deelnam' + NOT_JOINED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: CANT_PREPARE,
    message: 'We konden het gesprek niet klaarzetten.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: CANT_PREPARE,
    message: 'Een probleem in de app-instellingen hield het gesprek tegen.',
    hint: APP_SIDE.hint,
  },
  '2003': {
    title: 'Kan het gesprek niet bereiken',
    message: 'We konden de gespreksserver niet bereiken.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Deze link werkt niet',
    message: 'Je uitnodiging kan niet worden gelezen.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Probleem met je {device}',
    message: 'Er ging iets mis met je {device}.',
    hint: 'Zet je {device} uit en weer aan.',
    action: { hint: 'Selecteer {action}.' },
  },
  '3001': {
    title: 'Kan {device} niet gebruiken',
    message: 'Deze site heeft geen toestemming voor je {device}.',
    hint: 'Sta de toegang toe in de site-instellingen van je browser.',
    action: STEPS_ACTION,
  },
  '3001.screen': {
    title: 'Scherm delen is niet gestart',
    message: 'Het delen is geannuleerd of geblokkeerd.',
    hint: 'Deel opnieuw en kies een tabblad, venster of scherm.',
    action: { hint: 'Selecteer {action} en kies een tabblad, venster of scherm.' },
  },
  '3002': {
    title: 'Kan je {device} niet vinden',
    message: 'Geen {device} gevonden.',
    hint: 'Sluit een apparaat aan of kies een ander in de instellingen.',
  },
  '3003': {
    title: 'Kan je {device} niet starten',
    message: 'Mogelijk gebruikt een andere app het apparaat, of reageert het niet.',
    hint: 'Sluit apps die het gebruiken en probeer het opnieuw.',
    action: { hint: 'Sluit andere apps en selecteer {action}.' },
  },
  '3004': {
    title: 'Geen toegang tot je {device}',
    message: 'We zijn de toegang tot je {device} kwijt.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'Niets om aan te zetten',
    message: 'Er is geen camera of microfoon geselecteerd.',
    hint: 'Zet je camera of microfoon aan.',
  },
  '3006': {
    title: 'Kan je video niet starten',
    message: 'Een probleem in de video-instellingen van de app hield je camera tegen.',
    hint: APP_SIDE.hint,
  },
  '3007': {
    title: 'Niet te wijzigen tijdens een gesprek',
    message: 'Deze video-instelling kan niet veranderen tijdens een gesprek.',
    hint: 'Dit geldt vanaf de volgende keer dat je deelneemt.',
  },
  '3008': {
    title: 'Je hoort de anderen nog niet',
    message: 'Je browser heeft het geluid gepauzeerd.',
    hint: 'Klik of tik ergens op de pagina om ze te horen.',
    action: { hint: 'Selecteer {allowAudio} om ze te horen.' },
  },
  '3009': {
    title: 'Niet mogelijk met je {device}',
    message: 'Het apparaat haalt de kwaliteit niet die dit gesprek nodig heeft.',
    hint: 'Kies een ander apparaat in de instellingen.',
  },
  '3010': {
    title: 'Geen geluid van je microfoon',
    message: 'Hij staat aan, maar we horen er niets van.',
    hint: 'Controleer of hij is aangesloten en niet gedempt, of kies een andere.',
  },
  '3011': {
    title: 'Kan {device} niet gebruiken',
    message: 'Geblokkeerd door je systeem, of niet aangesloten.',
    hint: 'Sta je browser toe in de privacyinstellingen van je systeem.',
    action: STEPS_ACTION,
  },
  '3011.screen': {
    title: 'Kan je scherm niet delen',
    message: 'Je systeem blokkeert schermopname.',
    // macOS 15's pane in Dutch (not checked on a Mac; macOS 13–14 call it "Schermopname").
    hint: 'Sta je browser toe bij Scherm- en systeemaudio-opname.',
  },
  '3xxx.screen': {
    title: 'Scherm delen is gestopt',
    message: 'Scherm delen kon niet starten of is gestopt.',
    hint: 'Deel je scherm opnieuw.',
    action: { hint: 'Selecteer {action} om het nog eens te proberen.' },
  },
  '3012.web': {
    title: 'Deel dit tabblad om verder te gaan',
    message: 'Voor dit gesprek moet je dit tabblad delen.',
    hint: 'Deel opnieuw en kies dit tabblad.',
  },
  '3012.flutter': {
    title: 'Geen verbinding met Bluetooth-audio',
    message: 'Deze app mag geen Bluetooth-apparaten gebruiken.',
    // Android's "Nearby devices" permission in Dutch (not checked on a device).
    hint: 'Sta Apparaten in de buurt toe voor deze app in je telefooninstellingen.',
  },
  '3013.web': {
    title: 'Kan geluid van het gesprek niet afspelen',
    message: 'Je browser kon de audio van het gesprek niet afspelen.',
    hint: 'Controleer je luidspreker of koptelefoon, of kies een andere.',
  },
  '3013.flutter': {
    title: 'Kan Bluetooth-audio niet gebruiken',
    message: 'Deze app kan geen Bluetooth-audio gebruiken.',
    hint: 'Gebruik de luidspreker van je telefoon of een bedrade headset.',
  },
  '3014': {
    title: 'Niet verbonden: je {device}',
    message: 'We vinden het gekozen apparaat niet meer.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: 'Geen signaal van je {device}',
    message: 'Een andere app of telefoongesprek gebruikt het apparaat mogelijk.',
    hint: 'Beëindig dat gesprek en zet het apparaat uit en aan.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': failed('Kan je audio en video niet versturen', 'Het verbinden van je audio en video is mislukt'),
  '4002': failed('Kan audio en video niet ontvangen', 'Het verbinden met de audio en video van anderen is mislukt'),
  '4003': failed('Kan audio en video niet instellen', 'Het instellen van je audio en video is mislukt'),
  '4004': failed('Kan audio en video niet verbinden', 'Je audio en video zijn niet volledig verbonden'),
  '4005': {
    title: 'Verbinding verbroken',
    message: 'Je audio- en videoverbinding is mislukt.',
    hint: NETWORK_HINT,
    dialog: { message: 'Je verbinding is mislukt' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Verbinding instabiel',
    message: 'Je verbinding viel even weg. We maken opnieuw verbinding.',
    hint: 'Blijft het gebeuren? Kies dan een ander netwerk.',
    dialog: { message: 'Je verbinding viel weg' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Gesprekskwaliteit: geen gegevens',
    message: 'Dit heeft geen invloed op je gesprek.',
    hint: QUIET,
  },
  '4008': {
    title: 'Je verbinding wordt vernieuwd',
    message: 'Dit zou zo stabiel moeten worden.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Je zit al in dit gesprek',
    message: 'Je hebt hier al deelgenomen.',
    hint: 'Ga gewoon verder met het gesprek.',
  },
  '5002': {
    title: 'Nog bezig met voorbereiden',
    message: 'Het voorbeeld van je camera en microfoon wordt gestart.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Je bent niet verbonden',
    message: 'Het gesprek is nu niet bereikbaar.',
    hint: NETWORK_HINT,
    dialog: { message: 'Je bent niet meer verbonden met het gesprek.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Dat is niet gelukt',
    message: 'Het gesprek reageerde niet zoals verwacht.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': UNEXPECTED,
  '6002.flutter': failed('Kan het gesprek niet bijwerken', 'Het bijwerken van je audio- en videoverbinding is mislukt'),
  '6003': {
    title: 'Nog niet klaar',
    message: 'Het gesprek is daar nog niet klaar voor.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Onverwacht antwoord van het gesprek',
    message: 'We kregen een antwoord dat we niet begrijpen.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Er ontbreekt mogelijk video of audio',
    message: 'Sommige audio of video is niet aan de juiste persoon gekoppeld.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Er ontbreekt mogelijk video of audio',
    message: 'Sommige audio of video is niet aangekomen.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Iemand wordt mogelijk niet goed getoond',
    message: 'We missen gegevens over iemand in het gesprek.',
    hint: 'Ziet een naam of video er verkeerd uit? Neem dan opnieuw deel.',
  },
  '6008': {
    title: 'Kan niet deelnemen met deze link',
    message: 'Dit gesprek staat deelnemen met je uitnodiging niet toe.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Voorbeeld wordt al gestart',
    message: 'Het voorbeeld van je camera en microfoon wordt gestart.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Geen gesprekken mogelijk op deze pagina',
    message: 'Deze pagina is niet via een beveiligde verbinding geopend.',
    hint: 'Open het gesprek via een link die met https begint.',
  },
  '6011': {
    title: 'Gesprekken werken niet in deze browser',
    message: 'Hij is misschien verouderd, of een extensie blokkeert gesprekken.',
    hint: 'Werk hem bij of probeer een andere browser.',
  },
  '6012': {
    title: 'Je instellingen worden niet opgeslagen',
    message: 'Je browser blokkeert siteopslag. Het gesprek werkt gewoon.',
    hint: 'Sta cookies toe voor deze site om ze te bewaren.',
  },
  '6013': {
    title: 'Dat werkte niet',
    message: 'Het gesprek kon een verzoek van de app niet accepteren.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effect hier niet ondersteund',
    message: 'Je browser of apparaat kan dit effect niet uitvoeren.',
    hint: 'Ga verder zonder effect of probeer een andere browser.',
  },
  '7002': {
    title: 'Kan het effect niet aanzetten',
    message: 'Het effect kon niet starten.',
    hint: 'Ga verder zonder effect of probeer het opnieuw.',
    action: { hint: 'Selecteer {action} of ga verder zonder effect.' },
  },
  '7003': {
    title: 'Het effect werkt niet meer',
    message: 'Het toepassen van het effect is mislukt.',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'Het effect wordt nog aangezet',
    message: 'We voegen dit effect al toe.',
    hint: QUIET,
  },
  '7005': {
    title: 'Effect niet ondersteund op dit apparaat',
    message: 'Dit apparaat kan dit effect niet uitvoeren.',
    hint: 'Ga verder zonder effect of probeer een ander apparaat.',
  },
  '7006': {
    title: 'Effect niet beschikbaar in dit gesprek',
    message: 'Dit effect staat niet aan voor dit gesprek.',
    hint: 'Ga verder zonder effect.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Einde van de afspeellijst',
    message: 'Er is niets meer om af te spelen.',
    hint: 'Kies iets anders of begin opnieuw.',
  },
  '8002': {
    title: 'Er wordt niets afgespeeld',
    message: 'Er speelt nu niets.',
    hint: 'Start eerst iets uit de afspeellijst.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: CANT_JOIN,
    message: 'Het gesprek kon het deelnameverzoek niet accepteren.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Deze link is verlopen',
    message: 'We konden je uitnodiging niet bevestigen.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Je hebt geen toegang tot dit gesprek',
    message: 'Met je uitnodiging kun je niet deelnemen.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Gesprek niet gevonden',
    message: 'We konden dit gesprek niet vinden.',
    hint: 'Controleer de link of vraag de organisator om een nieuwe.',
  },
  '410': {
    title: 'Dit gesprek is niet meer beschikbaar',
    message: 'Het gesprek is beëindigd of gesloten.',
    hint: 'Vraag de organisator om een nieuwe link om opnieuw deel te nemen.',
  },
  '429': {
    title: 'Te veel pogingen',
    message: 'De gespreksdienst is nu erg druk.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': SERVER_PROBLEM,
  '501': {
    title: 'De gespreksdienst kan dat niet',
    message: 'De gespreksserver ondersteunt dit verzoek niet.',
    hint: APP_SIDE.hint,
  },
  '502': {
    title: 'Gespreksdienst onbereikbaar',
    message: 'De gespreksserver gaf geen goed antwoord.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Gespreksdienst niet beschikbaar',
    message: 'De gespreksdienst is even niet beschikbaar.',
    hint: 'Probeer het over een paar minuten opnieuw.',
    action: { hint: 'Selecteer over een paar minuten {action}.' },
  },
  '504': {
    title: 'De gespreksdienst reageerde te laat',
    message: 'De gespreksserver reageerde te traag.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Deze link is ongeldig',
    message: 'Het gesprek van deze link bestaat niet.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Deze link hoort niet bij het gesprek',
    message: 'Je uitnodiging is voor een ander gesprek.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Al ergens anders deelgenomen',
    message: 'Je zit in dit gesprek via een ander tabblad of apparaat.',
    hint: 'Verlaat het daar en neem hier opnieuw deel.',
  },
  '40100': APP_SIDE,
  '40101': APP_SIDE,
  '40102': {
    title: 'Deze link is ongeldig',
    message: 'Je uitnodiging verwijst naar een gesprek dat niet bestaat.',
    hint: LINK_HINT,
  },
  '40103': APP_SIDE,
  '40104': APP_SIDE,
  '40105': APP_SIDE,
  '40107': APP_SIDE,
  '40108': {
    title: 'Kan niet deelnemen met deze link',
    message: 'Je uitnodiging past niet bij hoe dit gesprek is ingesteld.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Deze link werkt niet',
    message: 'Je uitnodiging is beschadigd of onvolledig.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Je bent niet meer in het gesprek',
    message: 'Na een verbroken verbinding is het gesprek je kwijtgeraakt.',
    hint: 'Neem opnieuw deel om terug te komen.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Dit gesprek is vol',
    message: 'Er kan nu niemand meer aan dit gesprek deelnemen.',
    hint: 'Vraag de organisator om ruimte te maken en neem opnieuw deel.',
  },
  ROOM_ENDED: {
    title: 'Het gesprek is beëindigd',
    message:
      '{requestedBy, select, none {Dit gesprek is voor iedereen beëindigd.} other {{requestedBy} heeft het gesprek voor iedereen beëindigd.}}' +
      '{reason, select, none {} other { Reden: {reason}}}',
    hint: 'Je kunt naar de startpagina gaan of deze pagina sluiten.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Je bent uit het gesprek verwijderd',
    message:
      '{requestedBy, select, none {Je bent uit het gesprek verwijderd.} other {{requestedBy} heeft je uit het gesprek verwijderd.}}' +
      '{reason, select, none {} other { Reden: {reason}}}',
    hint: 'Was dit een vergissing? Vraag de organisator je opnieuw uit te nodigen.',
  },
  RECONNECTING: {
    title: 'Opnieuw verbinden',
    message: 'Je verbinding viel weg. We brengen je terug.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Verbinding hersteld',
    message: 'Je verbinding is terug.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: 'Gepauzeerd: je {device}',
    message: 'Een andere app of een telefoongesprek gebruikt het apparaat.',
    hint: 'Het komt terug zodra de andere app het vrijgeeft.',
  },
  TRACK_RESUMED: {
    title: 'Weer beschikbaar: je {device}',
    message: AGAIN,
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'Het gesprek is niet op tijd begonnen',
    message: 'Deelnemen duurt veel langer dan normaal.',
    hint: 'Controleer je verbinding en ga naar de startpagina.',
    action: { hint: 'Controleer je verbinding en selecteer {action}.' },
  },
  SLOW: {
    title: 'Nog steeds bezig met verbinden…',
    message: 'Deelnemen duurt langer dan normaal.',
    hint: 'Je kunt blijven wachten; we melden het als het mislukt.',
  },
  NETWORK: {
    title: 'Verbindingsprobleem',
    message: 'We konden de gespreksdienst niet bereiken.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: { ...UNEXPECTED, message: 'Er trad een onverwacht probleem op.' },
  PERMISSION_GRANTED: {
    title: 'Toegestaan: je {device}',
    message: 'Deze site kan je {device} nu gebruiken.',
    ...TURN_ON,
  },
  DEVICE_FOUND: {
    title: 'Aangesloten: je {device}',
    message: AGAIN,
    ...TURN_ON,
  },
  OFFLINE: {
    title: 'Je bent offline',
    message: 'Je apparaat heeft geen internetverbinding meer.',
    hint: 'We maken opnieuw verbinding zodra die terug is.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Verbindingsprobleem',
    message: 'We konden de verbinding niet goed vasthouden.',
    hint: NETWORK_HINT,
    dialog: { message: 'Je verbinding is mislukt' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: CANT_PREPARE,
    message: 'Het klaarzetten van het gesprek is mislukt.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Probleem met je {device}',
    message: 'Er ging iets mis met je {device}.',
    hint: 'Sluit het apparaat opnieuw aan en stop andere apps die het gebruiken.',
  },
  'range.4xxx': {
    title: 'Verbindingsprobleem',
    message: 'Er ging iets mis met je audio en video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Je audio- en videoverbinding is mislukt' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: CANT_JOIN,
    message: 'Er ging iets mis bij het deelnemen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Er ging iets mis' + NOT_JOINED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': UNEXPECTED,
  'range.7xxx': {
    title: 'Een effect werkt niet',
    message: 'Er ging iets mis met een effect.',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'Probleem met de afspeellijst',
    message: 'Er ging iets mis met de afspeellijst.',
    hint: 'Probeer hem opnieuw af te spelen.',
  },
  'range.http4xx': {
    title: CANT_JOIN,
    message: 'Het gesprek kon het verzoek niet accepteren.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': SERVER_PROBLEM,
  'range.server4xxxx': {
    title: 'Deze link werkt niet',
    message: 'We konden je met deze link niet binnenlaten.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const SECONDS = '{seconds, plural, one {# seconde} other {# seconden}}';
const TIMES = '{count, plural, one {# keer} other {# keer}}';

const labels: Record<LabelKey, string> = {
  goHome: 'Naar startpagina',
  tryAgain: 'Opnieuw proberen',
  rejoin: 'Opnieuw deelnemen',
  turnCameraOn: 'Camera aanzetten',
  turnMicrophoneOn: 'Microfoon aanzetten',
  shareAgain: 'Opnieuw delen',
  errorCode: 'Fout {code}',
  copyDetails: 'Details kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Automatisch kopiëren is niet gelukt. De details staan hieronder.',
  details: 'Technische details',
  countdown: 'Naar startpagina over {seconds} s',
  countdownStarted: `Je gaat over ${SECONDS} automatisch naar de startpagina.`,
  countdownPaused: 'Automatisch naar de startpagina gaan is gepauzeerd.',
  pause: 'Pauzeren',
  resume: 'Hervatten',
  region: 'Meldingen ({hotkey})',
  dismiss: 'Sluiten: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count} wachtend',
  allowAudio: 'Audio toestaan',
  howToFix: 'Zo los je het op',
  stepsInBrowser: 'In {browser}',
  stepsOnSystem: 'Op {system}',
  fallbackTitle: 'Het gesprek is beëindigd',
  useAnotherCamera: 'Andere camera gebruiken',
  useAnotherMicrophone: 'Andere microfoon gebruiken',
  chooseCamera: 'Kies een camera',
  chooseMicrophone: 'Kies een microfoon',
  unnamedCamera: 'Camera {count}',
  unnamedMicrophone: 'Microfoon {count}',
  switchDevice: 'Wisselen',
  cancel: 'Annuleren',
  noOtherDevice: 'Geen ander apparaat gevonden.',
  keepTrying: `We blijven het maximaal ${SECONDS} proberen.`,
  severityError: 'Fout:',
  severityWarning: 'Waarschuwing:',
  severityInfo: 'Informatie:',
  severitySuccess: 'Gelukt:',
  recent: 'Recente meldingen',
  recentEmpty: 'Geen recente meldingen.',
  respond: 'Druk op {hotkey} om te reageren.',
  stillHappening: `Gebeurt nog steeds, ${TIMES}`,
  moreText: 'Nog {count, plural, one {# melding} other {# meldingen}} in de wachtrij',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** Plain words, as `defaultDeviceNames` (the kit's `deviceNames` option). */
const deviceNames: Record<DeviceKey, string> = {
  audio: 'microfoon',
  video: 'camera',
  'audio, video': 'camera en microfoon',
  screen: 'schermdeling',
  unknown: 'camera of microfoon',
};

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'microfoon' },
  video: { default: 'camera' },
  'audio, video': { default: 'camera en microfoon' },
  screen: { default: 'schermdeling' },
  unknown: { default: 'camera of microfoon' },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Iemand';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Dutch:
 * - Chrome: the icon's tooltip is "Sitegegevens bekijken"; its panel links to
 *   "Site-instellingen", whose options are "Vragen", "Toestaan", "Blokkeren"; the reload button
 *   is "Opnieuw laden".
 * - Edge: "Machtigingen voor deze site" (not checked in a Dutch Edge).
 * - Firefox: the blocked entry reads "Geblokkeerd" (or "Tijdelijk geblokkeerd").
 * - Safari on Mac: "Safari > Instellingen voor deze website…" — NOT verified against a Dutch
 *   Safari.
 * - iPhone/iPad: the Settings app is "Instellingen"; the page menu's item "Website-instellingen"
 *   — not verified on a device.
 * - macOS: Apple-menu > "Systeeminstellingen" > "Privacy en beveiliging" (Apple's Dutch support
 *   pages).
 * - Windows 11: "Start > Instellingen > Privacy en beveiliging", "App-machtigingen", "Camera" /
 *   "Microfoon" (not checked on a Dutch Windows).
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Selecteer het icoon links van de adresbalk.',
      'Zet de toegang tot je {device} aan.',
      'Zie je dat daar niet? Kies Site-instellingen en zet je {device} op Toestaan.',
      'Laad de pagina opnieuw en probeer het nog eens.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Selecteer het slotje links van de adresbalk.',
      'Kies Machtigingen voor deze site.',
      'Zet je {device} op Toestaan.',
      'Laad de pagina opnieuw en probeer het nog eens.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Selecteer het doorgestreepte toestemmingsicoon in de adresbalk.',
      'Selecteer het kruisje naast Geblokkeerd om de blokkering op te heffen.',
      'Laad de pagina opnieuw en sta je {device} toe als Firefox erom vraagt.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Kies op een Mac in de menubalk Safari > Instellingen voor deze website.',
      'Tik op iPhone of iPad op het paginamenu (aA) naast het adres en dan op Website-instellingen.',
      'Zet je {device} op Toestaan en laad de pagina opnieuw.',
      'Nog steeds geblokkeerd op iPhone of iPad? Open de app Instellingen, zoek je browser en sta je {device} toe.',
    ],
  },
  other: {
    browser: 'je browser',
    steps: [
      'Open de site-instellingen van je browser, vaak via het icoon naast het adres.',
      'Sta je {device} toe.',
      'Laad de pagina opnieuw en probeer het nog eens.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Open het Apple-menu > Systeeminstellingen > Privacy en beveiliging.',
      'Selecteer Camera of Microfoon, wat je nodig hebt.',
      'Zet de schakelaar naast je browser aan.',
      'Stop je browser, open hem opnieuw en neem opnieuw deel.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Open Start > Instellingen > Privacy en beveiliging.',
      'Selecteer onder App-machtigingen Camera of Microfoon.',
      'Zet de toegang voor apps aan, ook voor desktop-apps zoals je browser.',
      'Laad de pagina opnieuw en probeer het nog eens.',
    ],
  },
  other: {
    system: 'je apparaat',
    steps: [
      'Open de instellingen van je apparaat.',
      'Ga naar Privacy of App-machtigingen.',
      'Sta je browser toe je {device} te gebruiken.',
      'Ga terug naar het gesprek en probeer het opnieuw.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Code',
  name: 'Naam',
  action: 'Actie',
  message: 'Bericht',
  description: 'Beschrijving',
  shownAs: 'Getoond als',
  catalogKey: 'Catalogussleutel',
  kind: 'Soort',
  terminal: 'Beëindigt het gesprek',
  platform: 'Platform',
  time: 'Tijd',
  count: 'Aantal',
  sources: 'Bronnen',
  userAgent: 'User-agent',
  developerNote: 'Notitie voor ontwikkelaars',
  yes: 'ja',
  no: 'nee',
  none: 'geen',
};

const punctuation = { sentence: '. ', field: ': ', list: ', ' };

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
