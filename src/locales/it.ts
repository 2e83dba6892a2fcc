/*
 * react-hms-errors — Italian (it) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood at
 * commit 1e83462 (with PERMISSION_GRANTED, DEVICE_FOUND, OFFLINE and the accessibility labels).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Informal "tu", as Italian software addresses the person: Google (Meet), Microsoft (Teams,
 * Windows) and Apple write "tu" in Italian ("il tuo account", "Riprova"), as far as I know their
 * UIs (not re-checked for this file); "Lei" would read as a formal letter, not an app. Calm, no
 * blame, no exclamation marks. Titles are short statements, often "Impossibile …" as Italian
 * UIs write failures; buttons are imperatives as Italian UIs write them ("Riprova", "Partecipa di
 * nuovo"). Button and menu names are written as the UI shows them, capitalised, without quotes
 * (as Spanish does). The person's gender is unknown, so no participle or adjective refers to
 * them ("Non sei più nella chiamata", not "sei uscito"; "Ti hanno rimosso", where agreement
 * with "ti" is optional).
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ chiamata (Meet and Teams: "chiamata"; a meeting is "riunione")
 *   link ............ link              invite ........ invito
 *   camera .......... videocamera (Meet's word; the macOS and Windows panes say "Fotocamera")
 *   microphone ...... microfono
 *   screen share .... condivisione schermo / condividere lo schermo
 *   host ............ organizzatore (Meet and Teams; Zoom says "host")
 *   join ............ partecipare       rejoin ........ partecipare di nuovo
 *   reconnect ....... riconnettere (the network; "Riconnessione…" as a status, "Connessione
 *                     ripristinata"); ricollegare for a device, which is plugged back in
 *   allow ........... consentire (the browsers' button is "Consenti")
 *   settings ........ impostazioni      go home ....... tornare alla home
 *   support ......... l'assistenza dell'app      device ........ dispositivo
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Italian joins "di"/"a" with the article and makes participles agree, so (see `deviceForms`):
 *   default   noun with its article: "la videocamera", "il microfono", "la condivisione
 *             schermo" (Italian UIs rarely say "your": "Attiva la videocamera"); a pair drops
 *             the articles, as Italian does for paired nouns: "videocamera e microfono",
 *             "videocamera o microfono" (with articles, toast titles ran to 42–52 characters).
 *   di        "della videocamera", "del microfono", "di videocamera e microfono"…
 *   a         "alla videocamera", "al microfono", "a videocamera e microfono"…
 * {device} is never the subject of a verb and never starts a sentence; participles agree with
 * another noun ("Accesso {device:a} perso", "Uso {device:di} in pausa"), and "it" is "il
 * dispositivo" ("Nessun dispositivo rilevato", "il dispositivo scelto"), so nothing agrees with
 * the gender or number of {device}. An app that passes the kit's plain `deviceNames` gets its
 * word in every form; the sentences stay readable.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Italian has one, many (millions: "1.000.000 di secondi") and other.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. The headings
 * "In {browser}" / "Su {system}" are filled with "questo browser" / "questo dispositivo" for the
 * generic steps ("In questo browser"), because "In il tuo browser" is not Italian.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'it';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Controlla il Wi-Fi o la rete.';
const LINK_HINT = "Chiedi un nuovo link all'organizzatore.";
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: "Non dipende da te. L'app non è riuscita a verificare il tuo invito.",
  hint: "Contatta l'assistenza dell'app.",
};
const LEFT = { hint: 'Torna alla home, poi partecipa di nuovo tra poco.' };
const LEFT_REJOIN = { hint: 'Seleziona {action} o torna alla home.' };
const SUPPORT_HINT = "Se succede ancora, contatta l'assistenza dell'app.";
const WAIT_HINT = 'Riprova tra poco.';
const WAIT_ACTION = { hint: 'Seleziona {action} tra poco.' };
const QUIET = 'Non devi fare nulla.';
const OPEN_AGAIN_HINT = "Riapri il link o chiedine uno nuovo all'organizzatore.";
const STILL_MISSING_HINT = 'Se manca ancora qualcuno, partecipa di nuovo.';
const CHECK_NETWORK_REJOIN = 'Controlla la rete, poi partecipa di nuovo.';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Impossibile connettersi alla chiamata',
    message: 'Non siamo riusciti ad aprire una connessione.',
    hint: NETWORK_HINT,
    dialog: { message: 'Non siamo riusciti ad aprire una connessione. Non hai potuto partecipare alla chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Impossibile riconnetterti',
    message: 'La connessione non è tornata.',
    hint: NETWORK_HINT,
    dialog: { message: 'La connessione non è tornata. Non sei più nella chiamata.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'Impossibile partecipare alla chiamata',
    message: 'La connessione si è chiusa mentre entravi nella chiamata.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'La connessione si è chiusa prima che entrassi nella chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Impossibile preparare la chiamata',
    message: 'Non siamo riusciti a preparare la chiamata.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Impossibile preparare la chiamata',
    message: "Un problema nelle impostazioni dell'app ha bloccato la chiamata.",
    hint: "Contatta l'assistenza dell'app.",
  },
  '2003': {
    title: 'Impossibile raggiungere la chiamata',
    message: 'Non riusciamo a raggiungere il server della chiamata.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Questo link non funziona',
    message: 'Non è stato possibile leggere il tuo invito.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problema con {device}',
    message: 'Si è verificato un errore con {device}.',
    hint: 'Disattiva e riattiva {device}.',
    action: { hint: 'Seleziona {action}.' },
  },
  '3001': {
    title: 'Nessun accesso {device:a}',
    message: 'Questo sito non ha accesso {device:a}.',
    hint: "Consenti l'accesso nelle impostazioni del sito del browser.",
    action: { hint: 'Seleziona {action} per vedere i passaggi.' },
  },
  '3001.screen': {
    title: 'La condivisione schermo non è partita',
    message: 'La condivisione è stata annullata o bloccata.',
    hint: 'Condividi di nuovo e scegli una scheda, una finestra o uno schermo.',
    action: { hint: 'Seleziona {action} e scegli una scheda, una finestra o uno schermo.' },
  },
  '3002': {
    title: 'Nessun dispositivo rilevato',
    message: 'Impossibile trovare {device}.',
    hint: 'Collega un dispositivo o scegline un altro nelle impostazioni.',
  },
  '3003': {
    title: 'Errore di avvio: {device}',
    message: "Il dispositivo potrebbe essere in uso da un'altra app o non rispondere.",
    hint: 'Chiudi le altre app, poi riprova.',
    action: { hint: 'Chiudi le altre app, poi seleziona {action}.' },
  },
  '3004': {
    title: 'Accesso {device:a} perso',
    message: 'Non abbiamo più accesso {device:a}.',
    hint: 'Ricollega il dispositivo o scegline un altro nelle impostazioni.',
  },
  '3005': {
    title: 'Niente da attivare',
    message: 'Nessuna videocamera o microfono selezionato.',
    hint: 'Attiva la videocamera o il microfono.',
  },
  '3006': {
    title: 'Impossibile avviare il video',
    message: "Un problema nelle impostazioni video dell'app ha fermato la videocamera.",
    hint: "Contatta l'assistenza dell'app.",
  },
  '3007': {
    title: 'Non modificabile durante una chiamata',
    message: 'Questa impostazione video non può cambiare durante una chiamata.',
    hint: 'Verrà applicata la prossima volta che partecipi.',
  },
  '3008': {
    title: 'Non senti ancora gli altri',
    message: "Il browser ha messo in pausa l'audio.",
    hint: 'Fai clic o tocca la pagina per sentirli.',
    action: { hint: 'Seleziona {allowAudio} per sentirli.' },
  },
  '3009': {
    title: 'Impossibile con {device}',
    message: 'Il dispositivo non offre la qualità richiesta da questa chiamata.',
    hint: 'Scegli un altro dispositivo nelle impostazioni.',
  },
  '3010': {
    title: 'Nessun suono dal microfono',
    message: 'È attivo, ma non sentiamo nulla.',
    hint: 'Controlla che sia collegato e non in muto, o scegline un altro.',
  },
  '3011': {
    title: 'Nessun accesso {device:a}',
    message: 'Accesso bloccato dal sistema o dispositivo scollegato.',
    hint: 'Consenti il browser nelle impostazioni della privacy del sistema.',
    action: { hint: 'Seleziona {action} per vedere i passaggi.' },
  },
  '3011.screen': {
    title: 'Impossibile condividere lo schermo',
    message: 'Il sistema blocca la registrazione dello schermo.',
    // macOS 15's pane in Italian is "Registrazione schermo e audio di sistema" (unverified; on
    // macOS 13–14 it is "Registrazione schermo").
    hint: 'Consenti il browser in Registrazione schermo e audio di sistema.',
  },
  '3xxx.screen': {
    title: 'Condivisione schermo interrotta',
    message: 'La condivisione dello schermo non è partita o si è interrotta.',
    hint: 'Condividi di nuovo lo schermo.',
    action: { hint: 'Seleziona {action} per riprovare.' },
  },
  '3012.web': {
    title: 'Condividi questa scheda per continuare',
    message: 'Questa chiamata richiede di condividere questa scheda.',
    hint: 'Condividi di nuovo e scegli questa scheda.',
  },
  '3012.flutter': {
    title: "Impossibile collegare l'audio Bluetooth",
    message: "Quest'app non ha accesso al Bluetooth.",
    // Android's permission is "Dispositivi nelle vicinanze" in Italian (unverified wording).
    hint: "Consenti Dispositivi nelle vicinanze a quest'app nelle impostazioni del telefono.",
  },
  '3013.web': {
    title: 'Audio della chiamata non riproducibile',
    message: "Il browser non è riuscito a riprodurre l'audio della chiamata.",
    hint: 'Controlla altoparlante o cuffie, o scegline altri.',
  },
  '3013.flutter': {
    title: "Impossibile usare l'audio Bluetooth",
    message: "Quest'app non può usare l'audio Bluetooth.",
    hint: "Usa l'altoparlante del telefono o cuffie con filo.",
  },
  '3014': {
    title: 'Scollegamento {device:di}',
    message: 'Il dispositivo scelto non viene più rilevato.',
    hint: 'Ricollega il dispositivo o scegline un altro nelle impostazioni.',
  },
  '3015': {
    title: 'Nessun segnale: {device}',
    message: "Un'altra app o una telefonata potrebbe usare il dispositivo.",
    hint: "Chiudi l'altra chiamata, poi riavvia il dispositivo.",
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'Impossibile inviare audio e video',
    message: 'La connessione del tuo audio e video non è riuscita.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'La connessione del tuo audio e video non è riuscita. Non sei più nella chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Impossibile ricevere audio e video',
    message: "La connessione all'audio e al video degli altri non è riuscita.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "La connessione all'audio e al video degli altri non è riuscita. Non sei più nella chiamata.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Impossibile preparare audio e video',
    message: 'La preparazione del tuo audio e video non è riuscita.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'La preparazione del tuo audio e video non è riuscita. Non sei più nella chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Impossibile collegare audio e video',
    message: 'Il tuo audio e video non hanno finito di collegarsi.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Il tuo audio e video non si sono collegati. Non sei più nella chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Connessione persa',
    message: 'La connessione audio e video non è riuscita.',
    hint: NETWORK_HINT,
    dialog: { message: 'La connessione non è riuscita. Non sei più nella chiamata.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Connessione instabile',
    message: 'La connessione si è interrotta per un attimo. Ti stiamo riconnettendo.',
    hint: 'Se succede ancora, cambia rete.',
    dialog: { message: 'La connessione si è interrotta. Non sei più nella chiamata.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Dati qualità chiamata non disponibili',
    message: 'La tua chiamata non ne risente.',
    hint: QUIET,
  },
  '4008': {
    title: 'Aggiornamento della connessione',
    message: 'Dovrebbe stabilizzarsi tra poco.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Sei già in questa chiamata',
    message: 'Partecipi già da qui.',
    hint: 'Continua con la chiamata.',
  },
  '5002': {
    title: 'Ancora in preparazione',
    message: "L'anteprima di videocamera e microfono si sta avviando.",
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Nessuna connessione',
    message: 'La chiamata non è raggiungibile al momento.',
    hint: NETWORK_HINT,
    dialog: { message: 'La connessione alla chiamata si è interrotta.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Operazione non completata',
    message: 'La chiamata non ha risposto come previsto.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Si è verificato un problema',
    message: 'Si è verificato un problema imprevisto nella chiamata.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Un problema imprevisto ha chiuso la chiamata per te.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'Impossibile aggiornare la chiamata',
    message: "L'aggiornamento della connessione audio e video non è riuscito.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "L'aggiornamento della connessione non è riuscito. Non sei più nella chiamata.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Non è ancora tutto pronto',
    message: 'La chiamata non è ancora pronta per questo.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Risposta imprevista dalla chiamata',
    message: 'Abbiamo ricevuto una risposta incomprensibile.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Potrebbe mancare audio o video',
    message: "Parte dell'audio o del video non è stata associata al suo partecipante.",
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Potrebbe mancare audio o video',
    message: "Parte dell'audio o del video non è arrivata.",
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Qualcuno potrebbe non vedersi bene',
    message: 'Mancano dati su qualcuno nella chiamata.',
    hint: 'Se un nome o un video sembra errato, partecipa di nuovo.',
  },
  '6008': {
    title: 'Impossibile partecipare con questo link',
    message: 'Questa chiamata non accetta il tuo invito.',
    hint: LINK_HINT,
  },
  '6009': {
    title: "L'anteprima si sta già avviando",
    message: "L'anteprima di videocamera e microfono si sta avviando.",
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Chiamate non possibili su questa pagina',
    message: 'Questa pagina non è stata aperta con una connessione sicura.',
    hint: 'Apri la chiamata da un link https.',
  },
  '6011': {
    title: 'Questo browser non supporta le chiamate',
    message: "Potrebbe essere obsoleto, o un'estensione blocca le chiamate.",
    hint: 'Aggiornalo o prova un altro browser.',
  },
  '6012': {
    title: 'Le impostazioni non verranno salvate',
    message: 'Il browser blocca i dati del sito. La chiamata funziona comunque.',
    hint: 'Consenti i cookie di questo sito per conservarle.',
  },
  '6013': {
    title: 'Non ha funzionato',
    message: "La chiamata non ha potuto accettare una richiesta dell'app.",
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effetto non supportato qui',
    message: 'Il browser o il dispositivo non può eseguire questo effetto.',
    hint: 'Continua senza effetto o prova un altro browser.',
  },
  '7002': {
    title: "Impossibile attivare l'effetto",
    message: "L'effetto non è partito.",
    hint: 'Continua senza effetto o riprova.',
    action: { hint: 'Seleziona {action} o continua senza effetto.' },
  },
  '7003': {
    title: "L'effetto non funziona più",
    message: "Non è stato possibile applicare l'effetto.",
    hint: 'Disattivalo e riattivalo, o continua senza effetto.',
  },
  '7004': {
    title: "L'effetto si sta ancora attivando",
    message: 'Stiamo già aggiungendo questo effetto.',
    hint: QUIET,
  },
  '7005': {
    title: 'Effetto non supportato dal dispositivo',
    message: "Questo dispositivo non può eseguire l'effetto.",
    hint: 'Continua senza effetto o prova un altro dispositivo.',
  },
  '7006': {
    title: 'Effetto non disponibile nella chiamata',
    message: 'Questo effetto non è attivo per questa chiamata.',
    hint: 'Continua senza effetto.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Fine della playlist',
    message: 'Non resta niente da riprodurre.',
    hint: 'Scegli altro o ricomincia.',
  },
  '8002': {
    title: 'Nessuna riproduzione in corso',
    message: 'Al momento non si sta riproducendo nulla.',
    hint: 'Avvia prima qualcosa dalla playlist.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'Impossibile partecipare alla chiamata',
    message: 'La chiamata non ha accettato la richiesta di partecipazione.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Questo link è scaduto',
    message: 'Non siamo riusciti a confermare il tuo invito.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Non hai accesso a questa chiamata',
    message: 'Il tuo invito non ti permette di partecipare.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Chiamata non trovata',
    message: 'Non siamo riusciti a trovare questa chiamata.',
    hint: "Controlla il link o chiedine uno nuovo all'organizzatore.",
  },
  '410': {
    title: 'Questa chiamata non è più disponibile',
    message: 'La chiamata è terminata o è stata chiusa.',
    hint: "Chiedi un nuovo link all'organizzatore per partecipare di nuovo.",
  },
  '429': {
    title: 'Troppi tentativi',
    message: 'Il servizio di chiamata è occupato al momento.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'Problema del servizio di chiamata',
    message: 'Si è verificato un problema sul server della chiamata.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'Il servizio di chiamata non lo supporta',
    message: 'Il server della chiamata non supporta questa richiesta.',
    hint: "Contatta l'assistenza dell'app.",
  },
  '502': {
    title: 'Servizio di chiamata non raggiungibile',
    message: 'Il server della chiamata non ha risposto correttamente.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Servizio di chiamata non disponibile',
    message: 'Il servizio di chiamata è momentaneamente non disponibile.',
    hint: 'Riprova tra qualche minuto.',
    action: { hint: 'Seleziona {action} tra qualche minuto.' },
  },
  '504': {
    title: 'Timeout del servizio di chiamata',
    message: 'Il server della chiamata ha impiegato troppo a rispondere.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Questo link non è valido',
    message: 'La chiamata di questo link non esiste.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Il link non corrisponde alla chiamata',
    message: "Il tuo invito è per un'altra chiamata.",
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Chiamata già aperta altrove',
    message: "Sei in questa chiamata da un'altra scheda o un altro dispositivo.",
    hint: 'Esci da lì, poi partecipa di nuovo qui.',
  },
  '40100': { title: 'Impossibile verificare il tuo invito', ...APP_SIDE },
  '40101': { title: 'Impossibile verificare il tuo invito', ...APP_SIDE },
  '40102': {
    title: 'Questo link non è valido',
    message: 'Il tuo invito rimanda a una chiamata che non esiste.',
    hint: LINK_HINT,
  },
  '40103': { title: 'Impossibile verificare il tuo invito', ...APP_SIDE },
  '40104': { title: 'Impossibile verificare il tuo invito', ...APP_SIDE },
  '40105': { title: 'Impossibile verificare il tuo invito', ...APP_SIDE },
  '40107': { title: 'Impossibile verificare il tuo invito', ...APP_SIDE },
  '40108': {
    title: 'Impossibile partecipare con questo link',
    message: 'Il tuo invito non corrisponde alle impostazioni di questa chiamata.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Questo link non funziona',
    message: 'Il tuo invito è danneggiato o incompleto.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Non sei più nella chiamata',
    message: "Dopo un'interruzione di rete, la chiamata ti ha perso.",
    hint: 'Partecipa di nuovo per rientrare.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Questa chiamata è al completo',
    message: 'Al momento nessun altro può partecipare alla chiamata.',
    hint: "Chiedi un posto all'organizzatore, poi partecipa di nuovo.",
  },
  ROOM_ENDED: {
    title: 'La chiamata è terminata',
    message:
      '{requestedBy, select, none {La chiamata è terminata per tutti.} other {{requestedBy} ha terminato la chiamata per tutti.}}' +
      '{reason, select, none {} other { Motivo: {reason}}}',
    hint: 'Puoi tornare alla home o chiudere questa pagina.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Ti hanno rimosso dalla chiamata',
    message:
      '{requestedBy, select, none {Ti hanno rimosso dalla chiamata.} other {{requestedBy} ti ha rimosso dalla chiamata.}}' +
      '{reason, select, none {} other { Motivo: {reason}}}',
    hint: "Se è un errore, chiedi all'organizzatore di invitarti di nuovo.",
  },
  RECONNECTING: {
    title: 'Riconnessione…',
    message: 'La connessione si è interrotta. Ti stiamo riportando nella chiamata.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Connessione ripristinata',
    message: 'La connessione è tornata.',
    hint: 'Continua da dove avevi lasciato.',
  },
  TRACK_INTERRUPTED: {
    title: 'Uso {device:di} in pausa',
    message: "Un'altra app o una telefonata sta usando il dispositivo.",
    hint: "Riprenderà quando l'altra app lo rilascerà.",
  },
  TRACK_RESUMED: {
    title: 'Uso {device:di} ripreso',
    message: 'Ora puoi usare di nuovo {device}.',
    hint: 'Continua da dove avevi lasciato.',
  },
  TIMEOUT: {
    title: 'La chiamata non è partita in tempo',
    message: "L'ingresso nella chiamata richiede molto più tempo del previsto.",
    hint: 'Controlla la connessione, poi torna alla home.',
    action: { hint: 'Controlla la connessione, poi seleziona {action}.' },
  },
  SLOW: {
    title: 'Connessione ancora in corso…',
    message: "L'ingresso nella chiamata richiede più tempo del solito.",
    hint: 'Puoi continuare ad aspettare; ti avviseremo se non riesce.',
  },
  NETWORK: {
    title: 'Problema di connessione',
    message: 'Non riusciamo a raggiungere il servizio di chiamata.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Si è verificato un problema',
    message: 'Si è verificato un problema imprevisto.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Un problema imprevisto ha chiuso la chiamata per te.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Accesso consentito',
    message: 'Ora questo sito può usare {device}.',
    hint: 'Attiva il dispositivo quando vuoi.',
    action: { hint: 'Seleziona {action} per usare il dispositivo.' },
  },
  DEVICE_FOUND: {
    title: 'Collegamento {device:di}',
    message: 'Ora puoi usare di nuovo {device}.',
    hint: 'Attiva il dispositivo quando vuoi.',
    action: { hint: 'Seleziona {action} per usare il dispositivo.' },
  },
  OFFLINE: {
    title: 'Sei offline',
    message: 'Il dispositivo ha perso la connessione a Internet.',
    hint: 'Ti riconnetteremo appena torna.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Problema di connessione',
    message: 'Abbiamo avuto difficoltà a mantenere la connessione.',
    hint: NETWORK_HINT,
    dialog: { message: 'La connessione non è riuscita. Non sei più nella chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Impossibile preparare la chiamata',
    message: 'La preparazione della chiamata non è riuscita.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Problema con {device}',
    message: 'Si è verificato un problema con {device}.',
    hint: 'Ricollega il dispositivo e chiudi le app che lo usano.',
  },
  'range.4xxx': {
    title: 'Problema di connessione',
    message: 'Si è verificato un problema con audio e video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'La connessione audio e video non è riuscita. Non sei più nella chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'Impossibile partecipare alla chiamata',
    message: "Si è verificato un problema durante l'ingresso nella chiamata.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Si è verificato un problema. Non hai potuto partecipare alla chiamata.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Si è verificato un problema',
    message: 'Si è verificato un problema imprevisto nella chiamata.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Un problema imprevisto ha chiuso la chiamata per te.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Un effetto non funziona',
    message: 'Si è verificato un problema con un effetto.',
    hint: 'Disattivalo e riattivalo, o continua senza effetto.',
  },
  'range.8xxx': {
    title: 'Problema con la playlist',
    message: 'Si è verificato un problema con la playlist.',
    hint: 'Prova a riprodurla di nuovo.',
  },
  'range.http4xx': {
    title: 'Impossibile partecipare alla chiamata',
    message: 'La chiamata non ha potuto accettare la richiesta.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'Problema del servizio di chiamata',
    message: 'Si è verificato un problema sul server della chiamata.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Questo link non funziona',
    message: 'Non siamo riusciti a farti entrare con questo link.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const labels: Record<LabelKey, string> = {
  goHome: 'Torna alla home',
  tryAgain: 'Riprova',
  rejoin: 'Partecipa di nuovo',
  turnCameraOn: 'Attiva videocamera',
  turnMicrophoneOn: 'Attiva microfono',
  shareAgain: 'Condividi di nuovo',
  errorCode: 'Errore {code}',
  copyDetails: 'Copia dettagli',
  copied: 'Copiato',
  copyFailed: 'Copia automatica non riuscita. I dettagli sono qui sotto.',
  details: 'Dettagli tecnici',
  countdown: 'Ritorno alla home tra {seconds} s',
  countdownStarted: 'Tornerai automaticamente alla home tra {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}}.',
  countdownPaused: 'Il ritorno automatico alla home è in pausa.',
  pause: 'Pausa',
  resume: 'Riprendi',
  region: 'Notifiche ({hotkey})',
  dismiss: 'Chiudi: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count, plural, one {# volta} many {# di volte} other {# volte}}',
  more: '+{count, plural, one {# altra} other {# altre}}',
  allowAudio: 'Consenti audio',
  howToFix: 'Come risolvere',
  stepsInBrowser: 'In {browser}',
  stepsOnSystem: 'Su {system}',
  fallbackTitle: 'La chiamata è terminata',
  useAnotherCamera: "Usa un'altra videocamera",
  useAnotherMicrophone: 'Usa un altro microfono',
  chooseCamera: 'Scegli una videocamera',
  chooseMicrophone: 'Scegli un microfono',
  unnamedCamera: 'Videocamera {count}',
  unnamedMicrophone: 'Microfono {count}',
  switchDevice: 'Cambia',
  cancel: 'Annulla',
  noOtherDevice: 'Nessun altro dispositivo trovato.',
  keepTrying: 'Continueremo a provare per {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}} al massimo.',
  severityError: 'Errore:',
  severityWarning: 'Avviso:',
  severityInfo: 'Info:',
  severitySuccess: 'Fatto:',
  recent: 'Notifiche recenti',
  recentEmpty: 'Nessuna notifica recente.',
  respond: 'Premi {hotkey} per rispondere.',
  stillHappening: 'Succede ancora, {count, plural, one {# volta} many {# di volte} other {# volte}}',
  moreText: '{count, plural, one {# altra notifica} many {# di altre notifiche} other {# altre notifiche}} in attesa',
};

// ── Device forms (see the header) ────────────────────────────────────────────────────────────

const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'il microfono', di: 'del microfono', a: 'al microfono' },
  video: { default: 'la videocamera', di: 'della videocamera', a: 'alla videocamera' },
  'audio, video': { default: 'videocamera e microfono', di: 'di videocamera e microfono', a: 'a videocamera e microfono' },
  screen: { default: 'la condivisione schermo', di: 'della condivisione schermo', a: 'alla condivisione schermo' },
  unknown: { default: 'videocamera o microfono', di: 'di videocamera o microfono', a: 'a videocamera o microfono' },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Qualcuno';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Italian. None was checked in an Italian
 * build for this file; the notes say what a public source confirmed, the rest is unverified:
 * - Chrome: the site icon's panel links to "Impostazioni sito" (a 2026 Italian guide names the
 *   panel so); options "Consenti" / "Blocca"; reload is "Ricarica".
 * - Edge: "Autorizzazioni per questo sito".
 * - Firefox: the blocked entry reads "Bloccato" (or "Bloccato temporaneamente").
 * - Safari on Mac: Safari > "Impostazioni per questo sito web…" (Apple's Italian guide confirms
 *   "Safari > Impostazioni"; the per-site item is unverified); options "Consenti" / "Rifiuta" /
 *   "Chiedi". iPhone/iPad: page menu (aA) > "Impostazioni sito web"; Settings is "Impostazioni".
 * - macOS 13+: menu Apple > Impostazioni di Sistema > Privacy e sicurezza (confirmed by Apple's
 *   Italian help) > "Fotocamera" / "Microfono" (the pane was "Fotocamera" in macOS 10.15 per the
 *   Italian press; its current name is unverified).
 * - Windows 11: Start > Impostazioni > Privacy e sicurezza, "Autorizzazioni app", "Fotocamera" /
 *   "Microfono".
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      "Seleziona l'icona a sinistra della barra degli indirizzi.",
      "Attiva l'accesso {device:a}.",
      'Se non lo vedi, scegli Impostazioni sito e imposta {device} su Consenti.',
      'Ricarica la pagina e riprova.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      "Seleziona l'icona del lucchetto a sinistra della barra degli indirizzi.",
      'Scegli Autorizzazioni per questo sito.',
      'Imposta {device} su Consenti.',
      'Ricarica la pagina e riprova.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      "Seleziona l'icona del permesso barrata nella barra degli indirizzi.",
      'Accanto a Bloccato, seleziona la X per rimuovere il blocco.',
      'Ricarica la pagina e consenti {device} quando Firefox lo chiede.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Su Mac, scegli Safari > Impostazioni per questo sito web nella barra dei menu.',
      "Su iPhone o iPad, tocca il menu della pagina (aA) accanto all'indirizzo, poi Impostazioni sito web.",
      'Imposta {device} su Consenti e ricarica la pagina.',
      "Ancora bloccato su iPhone o iPad? Apri l'app Impostazioni, tocca il tuo browser e consenti {device}.",
    ],
  },
  other: {
    browser: 'questo browser',
    steps: [
      "Apri le impostazioni del browser per questo sito, spesso dall'icona accanto all'indirizzo.",
      'Consenti {device}.',
      'Ricarica la pagina e riprova.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Apri il menu Apple > Impostazioni di Sistema > Privacy e sicurezza.',
      'Seleziona Fotocamera o Microfono, in base a ciò che ti serve.',
      "Attiva l'interruttore accanto al tuo browser.",
      'Chiudi e riapri il browser, poi partecipa di nuovo.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Apri Start > Impostazioni > Privacy e sicurezza.',
      'In Autorizzazioni app, seleziona Fotocamera o Microfono.',
      "Attiva l'accesso per le app, incluse le app desktop come il tuo browser.",
      'Ricarica la pagina e riprova.',
    ],
  },
  other: {
    system: 'questo dispositivo',
    steps: [
      'Apri le impostazioni del dispositivo.',
      'Vai a Privacy o Autorizzazioni app.',
      'Consenti al browser di usare {device}.',
      'Torna alla chiamata e riprova.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Codice',
  name: 'Nome',
  action: 'Azione',
  message: 'Messaggio',
  description: 'Descrizione',
  shownAs: 'Mostrato come',
  catalogKey: 'Chiave del catalogo',
  kind: 'Tipo',
  terminal: 'Termina la chiamata',
  platform: 'Piattaforma',
  time: 'Ora',
  count: 'Conteggio',
  sources: 'Origini',
  userAgent: 'User-Agent',
  developerNote: 'Nota per sviluppatori',
  yes: 'sì',
  no: 'no',
  none: 'nessuno',
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
