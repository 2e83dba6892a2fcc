/*
 * react-hms-errors — German (de) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood at
 * commit 1e83462 (with PERMISSION_GRANTED, DEVICE_FOUND, OFFLINE and the accessibility labels).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Formal "Sie": the German UIs of Zoom, Microsoft Teams and Google Meet address the person with
 * "Sie" (as far as I know them; not re-checked for this file), and a call is often a work
 * setting, where "du" would read as a chat app. Calm, no blame, no exclamation marks, and no
 * "Bitte" in front of every request (the plain "Prüfen Sie …" imperative, as those apps write).
 * Titles are short headlines, often without a finite verb ("Verbindung instabil"); buttons are
 * infinitives ("Erneut versuchen"); permission steps are infinitive checklists ("Seite neu laden
 * und erneut versuchen."), as German help pages write numbered steps. Button and setting names
 * are quoted „…“; menu paths with ">" are not (Apple's German help writes them that way).
 * German UIs say "WLAN", not "Wi-Fi". A pronoun that could be read as "Sie" (you) never starts
 * a sentence about a thing ("Die Freigabe wurde …", not "Sie wurde …").
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ Anruf (Teams' and Meet's word for a call; "Besprechung" is a meeting)
 *   link ............ Link              invite ........ Einladung
 *   camera .......... Kamera            microphone .... Mikrofon
 *   screen share .... Bildschirmfreigabe / den Bildschirm freigeben (Meet, Teams)
 *   audio / video ... Audio / Video
 *   host ............ Host (Zoom's German term; Meet and Teams say "Organisator")
 *   join ............ beitreten         rejoin ........ erneut beitreten
 *   reconnect ....... neu verbinden; "Verbindung wiederhergestellt" as a status
 *   allow ........... zulassen (the browsers' button is „Zulassen“)
 *   settings ........ Einstellungen     go home ....... zur Startseite
 *   support ......... Support der App   device ........ Gerät (antecedent of "es")
 *   effect .......... Effekt            call service .. Anrufdienst
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * The kit fills `{device}` with the form `default` and `{device:form}` with the others. German
 * needs case and gender, so (see `deviceForms`):
 *   default   nominative = accusative with "Ihr(e)": "Ihre Kamera", "Ihr Mikrofon", "Ihre Kamera
 *             und Ihr Mikrofon", "Ihre Bildschirmfreigabe", "Ihre Kamera oder Ihr Mikrofon"
 *             (feminine and neuter have the same nominative and accusative).
 *   title     the bare noun of headlines, the same in every case: "Kamera", "Mikrofon", "Kamera
 *             und Mikrofon", "Bildschirmfreigabe", "Kamera oder Mikrofon" (headline style, like
 *             "Kamera getrennt"); every title that names the device uses it.
 * No verb, adjective or pronoun agrees with {device}: the device is an object ("Schalten Sie
 * {device} aus"), follows a preposition ("Problem mit {device:title}"), or heads a verbless
 * headline ("{device:title} pausiert", "… nicht startbar"); "it" is "das Gerät" / "es" (3002's
 * "No {device} was found" is "kein passendes Gerät", 3014's "the {device} you chose" is "das
 * ausgewählte Gerät", so no "kein/keine" or "der/die/das" has to agree either). An app that passes the kit's plain
 * `deviceNames` gets its word in both forms; the sentences stay grammatical.
 * Lengths: the toast test fills {device} with every device word; titles use `title` because
 * "Ihre Kamera oder Ihr Mikrofon" (German needs both possessives) made them 41–55 characters.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * German has one / other ("1 Sekunde", "2 Sekunden"); "Mal" does not change.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'de';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Prüfen Sie Ihr WLAN oder Netzwerk.';
const LINK_HINT = 'Bitten Sie den Host um einen neuen Link.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'Das liegt nicht an Ihnen. Die App konnte Ihre Einladung nicht prüfen.',
  hint: 'Wenden Sie sich an den Support der App.',
};
const LEFT = { hint: 'Gehen Sie zur Startseite und treten Sie gleich erneut bei.' };
const LEFT_REJOIN = { hint: 'Wählen Sie „{action}“ oder gehen Sie zur Startseite.' };
const SUPPORT_HINT = 'Passiert das öfter, wenden Sie sich an den Support der App.';
const WAIT_HINT = 'Versuchen Sie es gleich erneut.';
const WAIT_ACTION = { hint: 'Wählen Sie gleich „{action}“.' };
const QUIET = 'Sie müssen nichts tun.';
const OPEN_AGAIN_HINT = 'Öffnen Sie den Link erneut oder bitten Sie den Host um einen neuen.';
const STILL_MISSING_HINT = 'Fehlt weiter jemand, treten Sie erneut bei.';
const CHECK_NETWORK_REJOIN = 'Prüfen Sie Ihr Netzwerk und treten Sie erneut bei.';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Keine Verbindung zum Anruf',
    message: 'Wir konnten keine Verbindung herstellen.',
    hint: NETWORK_HINT,
    dialog: { message: 'Wir konnten keine Verbindung herstellen. Sie sind dem Anruf nicht beigetreten.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Wir konnten Sie nicht neu verbinden',
    message: 'Ihre Verbindung kam nicht zurück.',
    hint: NETWORK_HINT,
    dialog: { message: 'Ihre Verbindung kam nicht zurück. Sie sind nicht mehr im Anruf.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'Beitritt zum Anruf fehlgeschlagen',
    message: 'Die Verbindung brach beim Beitritt ab.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Die Verbindung brach beim Beitritt ab. Sie sind dem Anruf nicht beigetreten.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Anruf konnte nicht vorbereitet werden',
    message: 'Wir konnten den Anruf nicht vorbereiten.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Anruf konnte nicht vorbereitet werden',
    message: 'Ein Fehler in den Einstellungen der App verhinderte den Anruf.',
    hint: 'Wenden Sie sich an den Support der App.',
  },
  '2003': {
    title: 'Anruf nicht erreichbar',
    message: 'Wir konnten den Server des Anrufs nicht erreichen.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Dieser Link funktioniert nicht',
    message: 'Ihre Einladung ist nicht lesbar.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problem mit {device:title}',
    message: 'Beim Gerät ist ein Fehler aufgetreten.',
    hint: 'Schalten Sie {device} aus und wieder ein.',
    action: { hint: 'Wählen Sie „{action}“.' },
  },
  '3001': {
    title: 'Kein Zugriff auf {device:title}',
    message: 'Die Website darf {device} nicht nutzen.',
    hint: 'Erlauben Sie ihn in den Website-Einstellungen des Browsers.',
    action: { hint: 'Wählen Sie „{action}“, um die Schritte zu sehen.' },
  },
  '3001.screen': {
    title: 'Bildschirmfreigabe nicht gestartet',
    message: 'Die Freigabe wurde abgebrochen oder blockiert.',
    hint: 'Geben Sie erneut frei und wählen Sie Tab, Fenster oder Bildschirm.',
    action: { hint: 'Wählen Sie „{action}“ und dann Tab, Fenster oder Bildschirm.' },
  },
  '3002': {
    title: '{device:title} nicht gefunden',
    message: 'Wir haben kein passendes Gerät gefunden.',
    hint: 'Schließen Sie ein Gerät an oder wählen Sie in den Einstellungen ein anderes.',
  },
  '3003': {
    title: '{device:title} nicht startbar',
    message: 'Vielleicht nutzt eine andere App das Gerät oder es reagiert nicht.',
    hint: 'Schließen Sie andere Apps und versuchen Sie es erneut.',
    action: { hint: 'Schließen Sie andere Apps und wählen Sie „{action}“.' },
  },
  '3004': {
    title: '{device:title} ausgefallen',
    message: 'Kein Zugriff mehr auf das Gerät.',
    hint: 'Verbinden Sie das Gerät neu oder wählen Sie in den Einstellungen ein anderes.',
  },
  '3005': {
    title: 'Nichts zum Einschalten',
    message: 'Weder Kamera noch Mikrofon ist ausgewählt.',
    hint: 'Schalten Sie Kamera oder Mikrofon ein.',
  },
  '3006': {
    title: 'Ihr Video startet nicht',
    message: 'Ein Fehler in den Videoeinstellungen der App stoppte Ihre Kamera.',
    hint: 'Wenden Sie sich an den Support der App.',
  },
  '3007': {
    title: 'Im Anruf nicht änderbar',
    message: 'Diese Videoeinstellung ist im Anruf nicht änderbar.',
    hint: 'Das gilt ab dem nächsten Beitritt.',
  },
  '3008': {
    title: 'Sie hören die anderen noch nicht',
    message: 'Ihr Browser hat den Ton pausiert.',
    hint: 'Klicken oder tippen Sie auf die Seite, um sie zu hören.',
    action: { hint: 'Wählen Sie „{allowAudio}“, um die anderen zu hören.' },
  },
  '3009': {
    title: 'Mit {device:title} nicht möglich',
    message: 'Das Gerät liefert nicht die Qualität, die dieser Anruf braucht.',
    hint: 'Wählen Sie in den Einstellungen ein anderes.',
  },
  '3010': {
    title: 'Kein Ton von Ihrem Mikrofon',
    message: 'Es ist eingeschaltet, aber wir hören nichts.',
    hint: 'Prüfen Sie Anschluss und Stummschaltung oder wählen Sie ein anderes.',
  },
  '3011': {
    title: 'Kein Zugriff auf {device:title}',
    message: 'Vom System blockiert oder nicht angeschlossen.',
    hint: 'Erlauben Sie Ihren Browser in den Datenschutzeinstellungen des Systems.',
    action: { hint: 'Wählen Sie „{action}“, um die Schritte zu sehen.' },
  },
  '3011.screen': {
    title: 'Bildschirmfreigabe nicht möglich',
    message: 'Ihr System blockiert die Bildschirmaufnahme.',
    // macOS 15: "Bildschirm- & Systemaudioaufnahme"; macOS 13–14: "Bildschirmaufnahme" (unverified).
    hint: 'Erlauben Sie Ihren Browser unter Bildschirm- & Systemaudioaufnahme.',
  },
  '3xxx.screen': {
    title: 'Bildschirmfreigabe beendet',
    message: 'Die Freigabe startete nicht oder wurde beendet.',
    hint: 'Geben Sie den Bildschirm erneut frei.',
    action: { hint: 'Wählen Sie „{action}“ für einen neuen Versuch.' },
  },
  '3012.web': {
    title: 'Tab freigeben, um fortzufahren',
    message: 'Für diesen Anruf müssen Sie diesen Tab freigeben.',
    hint: 'Geben Sie erneut frei und wählen Sie diesen Tab.',
  },
  '3012.flutter': {
    title: 'Keine Verbindung zu Bluetooth-Audio',
    message: 'Diese App darf kein Bluetooth nutzen.',
    // Android's permission is "Geräte in der Nähe" in German.
    hint: 'Erlauben Sie der App „Geräte in der Nähe“ in den Telefoneinstellungen.',
  },
  '3013.web': {
    title: 'Ton des Anrufs nicht abspielbar',
    message: 'Ihr Browser konnte den Ton des Anrufs nicht abspielen.',
    hint: 'Prüfen Sie Lautsprecher oder Kopfhörer oder wählen Sie andere.',
  },
  '3013.flutter': {
    title: 'Bluetooth-Audio nicht nutzbar',
    message: 'Diese App kann kein Bluetooth-Audio nutzen.',
    hint: 'Nutzen Sie den Telefonlautsprecher oder ein Kabel-Headset.',
  },
  '3014': {
    title: '{device:title} getrennt',
    message: 'Das ausgewählte Gerät wird nicht erkannt.',
    hint: 'Verbinden Sie das Gerät neu oder wählen Sie in den Einstellungen ein anderes.',
  },
  '3015': {
    title: '{device:title} ohne Signal',
    message: 'Vielleicht nutzt eine App oder ein Telefonat das Gerät.',
    hint: 'Beenden Sie den anderen Anruf und starten Sie das Gerät neu.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'Ihr Audio und Video nicht gesendet',
    message: 'Die Verbindung für Ihr Audio und Video ist fehlgeschlagen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Die Verbindung für Ihr Audio und Video ist fehlgeschlagen. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Audio und Video kommen nicht an',
    message: 'Die Verbindung zu Audio und Video der anderen ist fehlgeschlagen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Die Verbindung zu Audio und Video der anderen ist fehlgeschlagen. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Audio und Video nicht eingerichtet',
    message: 'Das Einrichten von Audio und Video ist fehlgeschlagen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Das Einrichten von Audio und Video ist fehlgeschlagen. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Audio und Video nicht verbunden',
    message: 'Ihr Audio und Video wurde nicht fertig verbunden.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ihr Audio und Video wurde nicht fertig verbunden. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Verbindung verloren',
    message: 'Ihre Audio- und Videoverbindung ist abgebrochen.',
    hint: NETWORK_HINT,
    dialog: { message: 'Ihre Verbindung ist abgebrochen. Sie sind nicht mehr im Anruf.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Verbindung instabil',
    message: 'Ihre Verbindung ist kurz abgebrochen. Wir verbinden Sie neu.',
    hint: 'Passiert das öfter, wechseln Sie das Netzwerk.',
    dialog: { message: 'Ihre Verbindung ist abgebrochen. Sie sind nicht mehr im Anruf.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Keine Daten zur Anrufqualität',
    message: 'Ihr Anruf ist davon nicht betroffen.',
    hint: QUIET,
  },
  '4008': {
    title: 'Verbindung wird aufgefrischt',
    message: 'Das sollte sich gleich legen.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Sie sind schon in diesem Anruf',
    message: 'Sie sind hier bereits beigetreten.',
    hint: 'Machen Sie mit dem Anruf weiter.',
  },
  '5002': {
    title: 'Wird noch vorbereitet',
    message: 'Die Vorschau von Kamera und Mikrofon startet.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Keine Verbindung',
    message: 'Der Anruf ist gerade nicht erreichbar.',
    hint: NETWORK_HINT,
    dialog: { message: 'Sie sind nicht mehr mit dem Anruf verbunden.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Das hat nicht geklappt',
    message: 'Der Anruf hat nicht wie erwartet reagiert.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Etwas ist schiefgelaufen',
    message: 'Im Anruf ist ein unerwartetes Problem aufgetreten.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ein unerwartetes Problem hat den Anruf für Sie beendet.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'Anruf konnte nicht aktualisiert werden',
    message: 'Ihre Audio- und Videoverbindung ließ sich nicht aktualisieren.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ihre Verbindung ließ sich nicht aktualisieren. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Noch nicht bereit',
    message: 'Der Anruf ist dafür noch nicht bereit.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Unerwartete Antwort vom Anruf',
    message: 'Wir verstehen die Antwort nicht.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Audio oder Video fehlt möglicherweise',
    message: 'Audio oder Video ließ sich keiner Person zuordnen.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Audio oder Video fehlt möglicherweise',
    message: 'Audio oder Video kam teils nicht an.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Jemand wird vielleicht falsch angezeigt',
    message: 'Uns fehlen Daten zu jemandem im Anruf.',
    hint: 'Sieht ein Name oder Video falsch aus, treten Sie erneut bei.',
  },
  '6008': {
    title: 'Beitritt mit diesem Link nicht möglich',
    message: 'Dieser Anruf erlaubt keinen Beitritt mit Ihrer Einladung.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Vorschau startet bereits',
    message: 'Die Vorschau von Kamera und Mikrofon startet.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Anrufe auf dieser Seite nicht möglich',
    message: 'Diese Seite nutzt keine sichere Verbindung.',
    hint: 'Öffnen Sie den Anruf über einen https-Link.',
  },
  '6011': {
    title: 'Browser unterstützt keine Anrufe',
    message: 'Er ist vielleicht veraltet, oder eine Erweiterung blockiert Anrufe.',
    hint: 'Aktualisieren Sie ihn oder nehmen Sie einen anderen.',
  },
  '6012': {
    title: 'Einstellungen werden nicht gespeichert',
    message: 'Ihr Browser blockiert Websitedaten. Der Anruf läuft trotzdem.',
    hint: 'Erlauben Sie Cookies, um Einstellungen zu behalten.',
  },
  '6013': {
    title: 'Das hat nicht funktioniert',
    message: 'Der Anruf konnte eine Anfrage der App nicht annehmen.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effekt hier nicht unterstützt',
    message: 'Ihr Browser oder Gerät kann ihn nicht ausführen.',
    hint: 'Machen Sie ohne ihn weiter oder nutzen Sie einen anderen Browser.',
  },
  '7002': {
    title: 'Effekt nicht eingeschaltet',
    message: 'Der Effekt ließ sich nicht starten.',
    hint: 'Machen Sie ohne ihn weiter oder versuchen Sie es erneut.',
    action: { hint: 'Wählen Sie „{action}“ oder machen Sie ohne ihn weiter.' },
  },
  '7003': {
    title: 'Der Effekt funktioniert nicht mehr',
    message: 'Der Effekt ließ sich nicht anwenden.',
    hint: 'Schalten Sie ihn aus und wieder ein oder machen Sie ohne ihn weiter.',
  },
  '7004': {
    title: 'Effekt wird noch eingeschaltet',
    message: 'Wir fügen diesen Effekt bereits hinzu.',
    hint: QUIET,
  },
  '7005': {
    title: 'Effekt auf diesem Gerät nicht möglich',
    message: 'Dieses Gerät kann den Effekt nicht ausführen.',
    hint: 'Machen Sie ohne ihn weiter oder nutzen Sie ein anderes Gerät.',
  },
  '7006': {
    title: 'Effekt in diesem Anruf nicht verfügbar',
    message: 'Dieser Effekt ist für diesen Anruf nicht aktiviert.',
    hint: 'Machen Sie ohne ihn weiter.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Ende der Playlist',
    message: 'Es ist nichts mehr abzuspielen.',
    hint: 'Wählen Sie etwas anderes oder starten Sie neu.',
  },
  '8002': {
    title: 'Es wird nichts abgespielt',
    message: 'Gerade läuft nichts.',
    hint: 'Starten Sie erst etwas aus der Playlist.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'Beitritt zum Anruf fehlgeschlagen',
    message: 'Der Anruf konnte die Beitrittsanfrage nicht annehmen.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Dieser Link ist abgelaufen',
    message: 'Wir konnten Ihre Einladung nicht bestätigen.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Kein Zugang zu diesem Anruf',
    message: 'Ihre Einladung erlaubt keinen Beitritt.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Anruf nicht gefunden',
    message: 'Wir konnten diesen Anruf nicht finden.',
    hint: 'Prüfen Sie den Link oder bitten Sie den Host um einen neuen.',
  },
  '410': {
    title: 'Dieser Anruf ist nicht mehr verfügbar',
    message: 'Der Anruf ist beendet oder wurde geschlossen.',
    hint: 'Bitten Sie den Host um einen neuen Link, um erneut beizutreten.',
  },
  '429': {
    title: 'Zu viele Versuche',
    message: 'Der Anrufdienst ist gerade ausgelastet.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'Problem beim Anrufdienst',
    message: 'Auf dem Server des Anrufs ist etwas schiefgelaufen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'Der Anrufdienst kann das nicht',
    message: 'Der Server des Anrufs unterstützt diese Anfrage nicht.',
    hint: 'Wenden Sie sich an den Support der App.',
  },
  '502': {
    title: 'Anrufdienst nicht erreichbar',
    message: 'Der Server des Anrufs antwortete nicht richtig.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Anrufdienst nicht verfügbar',
    message: 'Der Anrufdienst ist kurzzeitig nicht verfügbar.',
    hint: 'Versuchen Sie es in ein paar Minuten erneut.',
    action: { hint: 'Wählen Sie in ein paar Minuten „{action}“.' },
  },
  '504': {
    title: 'Zeitüberschreitung beim Anrufdienst',
    message: 'Der Server des Anrufs antwortete zu langsam.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Dieser Link ist ungültig',
    message: 'Der Anruf dieses Links existiert nicht.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Link passt nicht zum Anruf',
    message: 'Ihre Einladung gilt für einen anderen Anruf.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Bereits anderswo beigetreten',
    message: 'Sie sind über einen anderen Tab oder ein anderes Gerät im Anruf.',
    hint: 'Verlassen Sie ihn dort und treten Sie hier erneut bei.',
  },
  '40100': { title: 'Ihre Einladung ließ sich nicht prüfen', ...APP_SIDE },
  '40101': { title: 'Ihre Einladung ließ sich nicht prüfen', ...APP_SIDE },
  '40102': {
    title: 'Dieser Link ist ungültig',
    message: 'Der Anruf Ihrer Einladung existiert nicht.',
    hint: LINK_HINT,
  },
  '40103': { title: 'Ihre Einladung ließ sich nicht prüfen', ...APP_SIDE },
  '40104': { title: 'Ihre Einladung ließ sich nicht prüfen', ...APP_SIDE },
  '40105': { title: 'Ihre Einladung ließ sich nicht prüfen', ...APP_SIDE },
  '40107': { title: 'Ihre Einladung ließ sich nicht prüfen', ...APP_SIDE },
  '40108': {
    title: 'Beitritt mit diesem Link nicht möglich',
    message: 'Ihre Einladung passt nicht zu den Einstellungen des Anrufs.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Dieser Link funktioniert nicht',
    message: 'Ihre Einladung ist beschädigt oder unvollständig.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Sie sind nicht mehr im Anruf',
    message: 'Nach einem Verbindungsabbruch hat der Anruf Sie verloren.',
    hint: 'Treten Sie erneut bei.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Dieser Anruf ist voll',
    message: 'Gerade kann niemand mehr dem Anruf beitreten.',
    hint: 'Bitten Sie den Host um Platz und treten Sie erneut bei.',
  },
  ROOM_ENDED: {
    title: 'Der Anruf wurde beendet',
    message:
      '{requestedBy, select, none {Der Anruf wurde für alle beendet.} other {{requestedBy} hat den Anruf für alle beendet.}}' +
      '{reason, select, none {} other { Grund: {reason}}}',
    hint: 'Sie können zur Startseite gehen oder diese Seite schließen.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Sie wurden aus dem Anruf entfernt',
    message:
      '{requestedBy, select, none {Sie wurden aus dem Anruf entfernt.} other {{requestedBy} hat Sie aus dem Anruf entfernt.}}' +
      '{reason, select, none {} other { Grund: {reason}}}',
    hint: 'War das ein Versehen, bitten Sie den Host um eine neue Einladung.',
  },
  RECONNECTING: {
    title: 'Verbindung wird wiederhergestellt …',
    message: 'Ihre Verbindung ist abgebrochen. Wir holen Sie zurück.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Verbindung wiederhergestellt',
    message: 'Ihre Verbindung ist wieder da.',
    hint: 'Sie können nahtlos weitermachen.',
  },
  TRACK_INTERRUPTED: {
    title: '{device:title} pausiert',
    message: 'Eine andere App oder ein Telefonat nutzt das Gerät.',
    hint: 'Es geht weiter, sobald die andere App es freigibt.',
  },
  TRACK_RESUMED: {
    title: '{device:title} wieder verfügbar',
    message: 'Sie können {device} wieder verwenden.',
    hint: 'Sie können nahtlos weitermachen.',
  },
  TIMEOUT: {
    title: 'Der Anruf hat nicht rechtzeitig begonnen',
    message: 'Der Beitritt dauert viel zu lange.',
    hint: 'Prüfen Sie Ihre Verbindung und gehen Sie zur Startseite.',
    action: { hint: 'Prüfen Sie Ihre Verbindung und wählen Sie „{action}“.' },
  },
  SLOW: {
    title: 'Verbindung wird noch hergestellt …',
    message: 'Der Beitritt dauert länger als üblich.',
    hint: 'Sie können warten; schlägt es fehl, melden wir uns.',
  },
  NETWORK: {
    title: 'Verbindungsproblem',
    message: 'Wir konnten den Anrufdienst nicht erreichen.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Etwas ist schiefgelaufen',
    message: 'Ein unerwartetes Problem ist aufgetreten.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ein unerwartetes Problem hat den Anruf für Sie beendet.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Zugriff auf {device:title} erlaubt',
    message: 'Diese Website darf {device} jetzt verwenden.',
    hint: 'Schalten Sie das Gerät ein, wenn Sie bereit sind.',
    action: { hint: 'Wählen Sie „{action}“, um das Gerät zu verwenden.' },
  },
  DEVICE_FOUND: {
    title: '{device:title} verbunden',
    message: 'Sie können {device} wieder verwenden.',
    hint: 'Schalten Sie das Gerät ein, wenn Sie bereit sind.',
    action: { hint: 'Wählen Sie „{action}“, um das Gerät zu verwenden.' },
  },
  OFFLINE: {
    title: 'Sie sind offline',
    message: 'Ihr Gerät hat keine Internetverbindung mehr.',
    hint: 'Wir verbinden Sie neu, sobald sie wieder da ist.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Verbindungsproblem',
    message: 'Die Verbindung ließ sich nicht halten.',
    hint: NETWORK_HINT,
    dialog: { message: 'Ihre Verbindung ist abgebrochen. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Anruf konnte nicht vorbereitet werden',
    message: 'Die Vorbereitung des Anrufs ist fehlgeschlagen.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Problem mit {device:title}',
    message: 'Mit dem Gerät ist etwas schiefgelaufen.',
    hint: 'Verbinden Sie das Gerät neu und schließen Sie Apps, die es nutzen.',
  },
  'range.4xxx': {
    title: 'Verbindungsproblem',
    message: 'Mit Ihrem Audio und Video ist etwas schiefgelaufen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ihre Audio- und Videoverbindung ist abgebrochen. Sie sind nicht mehr im Anruf.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'Beitritt zum Anruf fehlgeschlagen',
    message: 'Beim Beitritt ist etwas schiefgelaufen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Etwas ist schiefgelaufen. Sie sind dem Anruf nicht beigetreten.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Etwas ist schiefgelaufen',
    message: 'Im Anruf ist ein unerwartetes Problem aufgetreten.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ein unerwartetes Problem hat den Anruf für Sie beendet.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Ein Effekt funktioniert nicht',
    message: 'Mit einem Effekt ist etwas schiefgelaufen.',
    hint: 'Schalten Sie ihn aus und wieder ein oder machen Sie ohne ihn weiter.',
  },
  'range.8xxx': {
    title: 'Problem mit der Playlist',
    message: 'Mit der Playlist ist etwas schiefgelaufen.',
    hint: 'Spielen Sie sie erneut ab.',
  },
  'range.http4xx': {
    title: 'Beitritt zum Anruf fehlgeschlagen',
    message: 'Der Anruf konnte die Anfrage nicht annehmen.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'Problem beim Anrufdienst',
    message: 'Auf dem Server des Anrufs ist etwas schiefgelaufen.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Dieser Link funktioniert nicht',
    message: 'Wir konnten Sie mit diesem Link nicht einlassen.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────


const labels: Record<LabelKey, string> = {
  goHome: 'Zur Startseite',
  tryAgain: 'Erneut versuchen',
  rejoin: 'Erneut beitreten',
  turnCameraOn: 'Kamera einschalten',
  turnMicrophoneOn: 'Mikrofon einschalten',
  shareAgain: 'Erneut freigeben',
  errorCode: 'Fehler {code}',
  copyDetails: 'Details kopieren',
  copied: 'Kopiert',
  copyFailed: 'Automatisches Kopieren nicht möglich. Die Details stehen unten.',
  details: 'Technische Details',
  countdown: 'Zur Startseite in {seconds} s',
  countdownStarted: 'In {seconds, plural, one {# Sekunde} other {# Sekunden}} geht es automatisch zur Startseite.',
  countdownPaused: 'Automatische Weiterleitung zur Startseite pausiert.',
  pause: 'Pausieren',
  resume: 'Fortsetzen',
  region: 'Benachrichtigungen ({hotkey})',
  dismiss: 'Schließen: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count} Mal',
  more: '+{count} weitere',
  allowAudio: 'Audio zulassen',
  howToFix: 'Problem beheben',
  stepsInBrowser: 'In {browser}',
  stepsOnSystem: 'Auf {system}',
  fallbackTitle: 'Der Anruf wurde beendet',
  useAnotherCamera: 'Andere Kamera verwenden',
  useAnotherMicrophone: 'Anderes Mikrofon verwenden',
  chooseCamera: 'Kamera auswählen',
  chooseMicrophone: 'Mikrofon auswählen',
  unnamedCamera: 'Kamera {count}',
  unnamedMicrophone: 'Mikrofon {count}',
  switchDevice: 'Wechseln',
  cancel: 'Abbrechen',
  noOtherDevice: 'Kein anderes Gerät gefunden.',
  keepTrying: 'Wir versuchen es bis zu {seconds, plural, one {# Sekunde} other {# Sekunden}} weiter.',
  severityError: 'Fehler:',
  severityWarning: 'Warnung:',
  severityInfo: 'Hinweis:',
  severitySuccess: 'Erledigt:',
  recent: 'Letzte Benachrichtigungen',
  recentEmpty: 'Keine aktuellen Benachrichtigungen.',
  respond: 'Drücken Sie {hotkey}, um zu reagieren.',
  stillHappening: 'Tritt weiterhin auf, {count} Mal',
  moreText: '{count, plural, one {# weitere Benachrichtigung wartet} other {# weitere Benachrichtigungen warten}}',
};

// ── Device forms (see the header) ────────────────────────────────────────────────────────────

const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'Ihr Mikrofon', title: 'Mikrofon' },
  video: { default: 'Ihre Kamera', title: 'Kamera' },
  'audio, video': {
    default: 'Ihre Kamera und Ihr Mikrofon',
    title: 'Kamera und Mikrofon',
  },
  screen: {
    default: 'Ihre Bildschirmfreigabe',
    title: 'Bildschirmfreigabe',
  },
  unknown: {
    default: 'Ihre Kamera oder Ihr Mikrofon',
    title: 'Kamera oder Mikrofon',
  },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Jemand';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in German. None was checked in a German
 * build for this file; the notes say what a public source confirmed, the rest is unverified:
 * - Chrome: "Website-Einstellungen" (confirmed by Google's German Chrome help), options
 *   "Zulassen" / "Blockieren"; the site icon's tooltip is "Websiteinformationen anzeigen".
 * - Edge: "Berechtigungen für diese Website" — unverified.
 * - Firefox: the blocked entry reads "Blockiert" (or "Vorübergehend blockiert") — unverified.
 * - Safari on Mac: Safari > "Einstellungen für diese Website …"; its options are "Erlauben" /
 *   "Ablehnen" / "Fragen" (Safari says "Erlauben" where Chrome says "Zulassen") — unverified.
 *   iPhone/iPad: page menu (aA) > "Website-Einstellungen"; the Settings app is "Einstellungen".
 * - macOS 13+: Apple-Menü > Systemeinstellungen > Datenschutz & Sicherheit (confirmed by Apple's
 *   German help) > "Kamera" / "Mikrofon"; macOS 15's screen pane "Bildschirm- &
 *   Systemaudioaufnahme" (13–14: "Bildschirmaufnahme") — unverified.
 * - Windows 11: Start > Einstellungen > Datenschutz und Sicherheit, "App-Berechtigungen",
 *   "Kamera" / "Mikrofon" — unverified wording of the desktop-apps switch.
 * - Android: the permission "Geräte in der Nähe" (3012.flutter) — unverified.
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Symbol links neben der Adressleiste wählen.',
      'Zugriff auf {device} einschalten.',
      'Falls nicht da: „Website-Einstellungen“ wählen und {device} auf „Zulassen“ stellen.',
      'Seite neu laden und erneut versuchen.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Schloss-Symbol links neben der Adressleiste wählen.',
      '„Berechtigungen für diese Website“ wählen.',
      '{device} auf „Zulassen“ stellen.',
      'Seite neu laden und erneut versuchen.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Durchgestrichenes Berechtigungssymbol in der Adressleiste wählen.',
      'Die Sperre neben „Blockiert“ mit dem X aufheben.',
      'Seite neu laden und {device} erlauben, wenn Firefox fragt.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Mac: In der Menüleiste Safari > Einstellungen für diese Website wählen.',
      'iPhone oder iPad: Neben der Adresse auf „aA“ und dann „Website-Einstellungen“ tippen.',
      '{device} auf „Erlauben“ stellen und die Seite neu laden.',
      'iPhone oder iPad weiter blockiert? In „Einstellungen“ Ihren Browser wählen und {device} erlauben.',
    ],
  },
  other: {
    browser: 'Ihrem Browser',
    steps: [
      'Website-Einstellungen des Browsers öffnen, oft über das Symbol neben der Adresse.',
      '{device} erlauben.',
      'Seite neu laden und erneut versuchen.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Apple-Menü > Systemeinstellungen > Datenschutz & Sicherheit öffnen.',
      'Je nach Bedarf „Kamera“ oder „Mikrofon“ wählen.',
      'Den Schalter neben Ihrem Browser einschalten.',
      'Browser beenden, neu öffnen und erneut beitreten.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Start > Einstellungen > Datenschutz und Sicherheit öffnen.',
      'Unter „App-Berechtigungen“ „Kamera“ oder „Mikrofon“ wählen.',
      'Zugriff für Apps und Desktop-Apps wie Ihren Browser einschalten.',
      'Seite neu laden und erneut versuchen.',
    ],
  },
  other: {
    system: 'Ihrem Gerät',
    steps: [
      'Einstellungen des Geräts öffnen.',
      'Zu „Datenschutz“ oder „App-Berechtigungen“ gehen.',
      'Ihrem Browser erlauben, {device} zu verwenden.',
      'Zum Anruf zurückkehren und erneut versuchen.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Code',
  name: 'Name',
  action: 'Aktion',
  message: 'Meldung',
  description: 'Beschreibung',
  shownAs: 'Angezeigt als',
  catalogKey: 'Katalogschlüssel',
  kind: 'Art',
  terminal: 'Beendet den Anruf',
  platform: 'Plattform',
  time: 'Zeit',
  count: 'Anzahl',
  sources: 'Quellen',
  userAgent: 'User-Agent',
  developerNote: 'Hinweis für Entwickler',
  yes: 'ja',
  no: 'nein',
  none: 'keiner',
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
