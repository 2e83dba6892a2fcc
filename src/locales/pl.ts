/*
 * react-hms-errors — Polish (pl) locale.
 *
 * Translated from /work/main/src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood
 * at commit 1e83462 (the keys of PERMISSION_GRANTED, DEVICE_FOUND and OFFLINE included).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Second person singular, imperatives for requests and buttons ("Sprawdź połączenie", "Spróbuj
 * ponownie", "Dołącz ponownie"), as Google Meet, Zoom and Microsoft Teams write Polish; never
 * "Pan/Pani", which no video app uses. Forms of "Ty" are capitalised ("Cię", "Twoje", "z Tobą"), the
 * courtesy Polish UIs (Google, Apple) keep. Polish past tense in the 2nd person shows gender
 * ("dołączyłeś/dołączyłaś", "zostałeś usunięty/usunięta"), so the person is never the subject of
 * a past verb or participle: impersonal "-no/-to" forms ("Usunięto Cię z rozmowy", "Połączono
 * ponownie"), "Nie udało się …" for "Couldn't …", and the present ("Nie jesteś już w rozmowie",
 * never "opuściłeś rozmowę", which would say you left). A named person ({requestedBy}) is
 * introduced as "Osoba {requestedBy}", so the verb agrees with "osoba" (feminine) whatever the
 * name: "Osoba ⁨Jan⁩ zakończyła rozmowę" — the construction Google's Polish notifications use.
 * Calm, no blame, no exclamation marks.
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ rozmowa (all cases: rozmowy, rozmowie, rozmowę, rozmów); a phone call is
 *                     "rozmowa telefoniczna"; call service: usługa rozmów
 *   link ............ link               invite ........ zaproszenie
 *   camera .......... kamera             microphone .... mikrofon
 *   audio / video ... audio / wideo (indeclinable, so "audio i wideo" needs no case endings)
 *   screen share .... udostępnianie ekranu / udostępnić ekran (Meet's "Udostępnij ekran")
 *   host ............ organizator (Meet's and Teams' term)
 *   join ............ dołączyć (do rozmowy)        rejoin ........ dołączyć ponownie
 *   reconnect ....... ponownie połączyć; "Ponowne łączenie", "Połączono ponownie"; a device:
 *                     "podłączyć ponownie"
 *   allow ........... zezwolić (the browsers' option is "Zezwalaj")
 *   settings ........ ustawienia (site: ustawienia witryny; Apple: Ustawienia systemowe)
 *   go home ......... przejść do strony głównej    support ....... pomoc techniczna aplikacji
 *   tab ............. karta              device ........ urządzenie (neuter: "go", "je", "inne")
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * kamera is feminine, mikrofon masculine, udostępnianie neuter, and the pairs are plural, so the
 * device is never the subject of a verb or the head of an adjective; it is a noun in the case its
 * preposition or verb governs, and impersonal titles name it through a noun ("Wstrzymano
 * użycie {device}", "Brak połączenia z {device:ins}"). Forms (`deviceForms` below):
 *   default   genitive, the case most sentences need: after "do", "z" (from), "dla", "używać",
 *             "działanie", "użycie", "jakość", and after a negated verb ("Nie można użyć
 *             kamery", "Brak sygnału z kamery", "dostęp do kamery i mikrofonu", "Dla kamery ustaw
 *             Zezwalaj").
 *   ins       instrumental after "z" (with): "Problem z kamerą", "z kamerą i mikrofonem".
 * No sentence needs the nominative or the accusative of {device} (the accusative "kamerę" would
 * be the only other distinct form). Pronouns refer to "urządzenie" (neuter: "go", "je"), never to
 * {device}. If an app passes the kit's plain `deviceNames` (nominative words), both forms fall back
 * to them ("Nie można użyć kamera"): pass `devices` forms instead.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Intl.PluralRules('pl'): one (1), few (2–4, 22–24…), many (0, 5–21, 25…) and other (fractions):
 * "za 1 sekundę / 2 sekundy / 5 sekund / 1,5 sekundy", "1 raz / 2 razy / 5 razy",
 * "1 powiadomienie / 2 powiadomienia / 5 powiadomień". Where "few" has the same word as "other",
 * the branch is left out and the formatter falls back to "other" ("2 razy", "2 sekundy"). The kit
 * formats `#`.
 *
 * ── Size ─────────────────────────────────────────────────────────────────────────────────────
 * Shipped packed (see src/core/copy/pack.ts): 4648 B gzip, within the 6 kB budget of
 * `.size-limit.js`. Measured there with UTF-8 output, as bundlers ship text.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. The headings put
 * {browser} and {system} after "W" / "W systemie", so the generic names are declined to fit
 * ("W Twojej przeglądarce", "W systemie Twojego urządzenia").
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'pl';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Sprawdź Wi-Fi lub sieć.';
const LINK_HINT = 'Poproś organizatora o nowy link.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  title: 'Nie udało się zweryfikować zaproszenia',
  message: 'To nie Twój błąd. Aplikacja nie mogła zweryfikować zaproszenia.',
  hint: 'Skontaktuj się z obsługą aplikacji.',
};
const LEFT = { hint: 'Wróć na stronę główną i za chwilę dołącz ponownie.' };
const LEFT_REJOIN = { hint: 'Wybierz {action} lub wróć na stronę główną.' };
const SUPPORT_HINT = 'Jeśli to się powtarza, skontaktuj się z obsługą aplikacji.';
const WAIT_HINT = 'Spróbuj ponownie za chwilę.';
const WAIT_ACTION = { hint: 'Za chwilę wybierz {action}.' };
const QUIET = 'Nie musisz nic robić.';
const OPEN_AGAIN_HINT = 'Otwórz link ponownie lub poproś organizatora o nowy.';
const STILL_MISSING_HINT = 'Jeśli nadal kogoś brakuje, dołącz ponownie.';
const CHECK_NETWORK_REJOIN = 'Sprawdź sieć i dołącz ponownie.';
const RECONNECT_OR_CHOOSE = 'Podłącz urządzenie ponownie lub wybierz inne w ustawieniach.';
/** Appended to a clause: the call is over for the person (dialog). */
const LEFT_CALL = '. Nie jesteś już w rozmowie.';
/** Appended to a clause: the person never got in (dialog). */
const NOT_JOINED = '. Nie jesteś w rozmowie.';
const DROPPED = 'Połączenie zostało przerwane';
const EFFECT_OFF_ON = 'Wyłącz i włącz efekt lub kontynuuj bez niego.';
const CARRY_ON = 'Możesz kontynuować rozmowę.';
const AGAIN = 'Możesz znów używać {device}.';
const TURN_ON = { hint: 'Włącz urządzenie, gdy zechcesz.', action: { hint: 'Wybierz {action}, aby włączyć urządzenie.' } };
const STEPS_ACTION = { hint: 'Wybierz {action}, aby zobaczyć kroki.' };
const CANT_JOIN = 'Nie udało się dołączyć do rozmowy';
const CANT_PREPARE = 'Nie udało się przygotować rozmowy';
const OTHER_APP = 'Urządzenia może używać inna aplikacja lub rozmowa telefoniczna.';
/** The SDK's reason, when it gives one. */
const REASON = '{reason, select, none {} other { Powód: {reason}}}';
const PREVIEW = 'Uruchamia się podgląd kamery i mikrofonu.';
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
  title: 'Coś poszło nie tak',
  message: 'Wystąpił nieoczekiwany problem z rozmową.',
  hint: SUPPORT_HINT,
  action: WAIT_ACTION,
  dialog: { message: 'Nieoczekiwany problem zakończył dla Ciebie rozmowę.', ...LEFT },
  dialogAction: LEFT_REJOIN,
};
const NOT_READY = {
  title: CANT_PREPARE,
  message: 'Rozmowa nie jest gotowa do rozpoczęcia.',
  hint: SUPPORT_HINT,
  action: WAIT_ACTION,
};
const SERVER_PROBLEM = {
  title: 'Usługa rozmów napotkała problem',
  message: 'Coś poszło nie tak na serwerze rozmowy.',
  hint: WAIT_HINT,
  action: WAIT_ACTION,
};

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Nie udało się połączyć z rozmową',
    message: 'Nie udało się nawiązać połączenia.',
    hint: NETWORK_HINT,
    dialog: { message: 'Nie udało się nawiązać połączenia' + NOT_JOINED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Nie udało się ponownie połączyć',
    message: 'Połączenie nie zostało przywrócone.',
    hint: NETWORK_HINT,
    dialog: { message: 'Połączenie nie zostało przywrócone' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: CANT_JOIN,
    message: 'Połączenie zamknęło się podczas dołączania.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Połączenie zamknęło się podczas dołączania' + NOT_JOINED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': NOT_READY,
  '2002.flutter': {
    title: CANT_PREPARE,
    message: 'Błąd w ustawieniach aplikacji zatrzymał rozmowę.',
    hint: APP_SIDE.hint,
  },
  '2003': {
    title: 'Rozmowa jest nieosiągalna',
    message: 'Nie udało się połączyć z serwerem rozmowy.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Ten link nie działa',
    message: 'Nie udało się odczytać zaproszenia.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problem z {device:ins}',
    message: 'Urządzenie zgłosiło błąd.',
    hint: 'Wyłącz i ponownie włącz urządzenie.',
    action: { hint: 'Wybierz {action}.' },
  },
  '3001': {
    title: 'Nie można użyć {device}',
    message: 'Ta strona nie ma dostępu do {device}.',
    hint: 'Zezwól na dostęp w ustawieniach witryny.',
    action: STEPS_ACTION,
  },
  '3001.screen': {
    title: 'Udostępnianie ekranu nie rozpoczęło się',
    message: 'Anulowano lub zablokowano udostępnianie.',
    hint: 'Udostępnij ponownie i wybierz kartę, okno lub ekran.',
    action: { hint: 'Wybierz {action} i wskaż kartę, okno lub ekran.' },
  },
  '3002': {
    title: 'Nie znaleziono {device}',
    message: 'Nie wykryto takiego urządzenia.',
    hint: 'Podłącz urządzenie lub wybierz inne w ustawieniach.',
  },
  '3003': {
    title: 'Nie można uruchomić {device}',
    message: 'Urządzenie jest zajęte przez inną aplikację lub nie odpowiada.',
    hint: 'Zamknij inne aplikacje i spróbuj ponownie.',
    action: { hint: 'Zamknij inne aplikacje i wybierz {action}.' },
  },
  '3004': {
    title: 'Brak dostępu do {device}',
    message: 'Utraciliśmy dostęp do {device}.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'Nie ma czego włączyć',
    message: 'Nie wybrano kamery ani mikrofonu.',
    hint: 'Włącz kamerę lub mikrofon.',
  },
  '3006': {
    title: 'Nie można uruchomić wideo',
    message: 'Błąd w ustawieniach wideo aplikacji zatrzymał kamerę.',
    hint: APP_SIDE.hint,
  },
  '3007': {
    title: 'Nie można tego zmienić w trakcie rozmowy',
    message: 'Tego ustawienia wideo nie można zmieniać podczas rozmowy.',
    hint: 'Zmiana zadziała, gdy następnym razem dołączysz.',
  },
  '3008': {
    title: 'Nie słyszysz jeszcze innych osób',
    message: 'Przeglądarka wstrzymała dźwięk.',
    hint: 'Kliknij lub dotknij strony, aby ich usłyszeć.',
    action: { hint: 'Wybierz {allowAudio}, aby ich usłyszeć.' },
  },
  '3009': {
    title: 'Problem z jakością {device}',
    message: 'Urządzenie nie zapewnia jakości wymaganej w tej rozmowie.',
    hint: 'Wybierz inne urządzenie w ustawieniach.',
  },
  '3010': {
    title: 'Brak dźwięku z mikrofonu',
    message: 'Mikrofon jest włączony, ale nic nie słychać.',
    hint: 'Sprawdź, czy jest podłączony i niewyciszony, lub wybierz inny.',
  },
  '3011': {
    title: 'Nie można użyć {device}',
    message: 'System blokuje dostęp albo urządzenie jest odłączone.',
    hint: 'Zezwól przeglądarce w ustawieniach prywatności systemu.',
    action: STEPS_ACTION,
  },
  '3011.screen': {
    title: 'Nie można udostępnić ekranu',
    message: 'System blokuje nagrywanie ekranu.',
    // macOS 15's pane in Polish (not checked on a Mac; macOS 13–14 call it "Nagrywanie ekranu").
    hint: 'Zezwól przeglądarce w sekcji Nagrywanie ekranu i dźwięku systemowego.',
  },
  '3xxx.screen': {
    title: 'Udostępnianie ekranu przerwane',
    message: 'Udostępnianie ekranu nie ruszyło albo zostało przerwane.',
    hint: 'Udostępnij ekran ponownie.',
    action: { hint: 'Wybierz {action}, aby spróbować jeszcze raz.' },
  },
  '3012.web': {
    title: 'Udostępnij tę kartę, aby kontynuować',
    message: 'Ta rozmowa wymaga udostępnienia tej karty.',
    hint: 'Udostępnij ponownie i wybierz tę kartę.',
  },
  '3012.flutter': {
    title: 'Brak połączenia z dźwiękiem Bluetooth',
    message: 'Aplikacja nie może używać urządzeń Bluetooth.',
    // Android's "Nearby devices" permission in Polish (not checked on a device).
    hint: 'Zezwól tej aplikacji na Urządzenia w pobliżu w ustawieniach telefonu.',
  },
  '3013.web': {
    title: 'Brak dźwięku z rozmowy',
    message: 'Przeglądarka nie mogła odtworzyć dźwięku rozmowy.',
    hint: 'Sprawdź głośnik lub słuchawki albo wybierz inne wyjście.',
  },
  '3013.flutter': {
    title: 'Nie można używać dźwięku Bluetooth',
    message: 'Aplikacja nie obsługuje dźwięku Bluetooth.',
    hint: 'Użyj głośnika telefonu lub słuchawek przewodowych.',
  },
  '3014': {
    title: 'Brak połączenia z {device:ins}',
    message: 'Nie wykrywamy wybranego urządzenia.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: 'Brak sygnału z {device}',
    message: OTHER_APP,
    hint: 'Zakończ tamtą rozmowę i uruchom urządzenie ponownie.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': failed('Nie udało się wysłać audio i wideo', 'Nie udało się połączyć Twojego audio i wideo'),
  '4002': failed('Nie udało się odebrać audio i wideo', 'Nie udało się połączyć z audio i wideo innych osób'),
  '4003': failed('Nie udało się przygotować audio i wideo', 'Nie udało się przygotować Twojego audio i wideo'),
  '4004': failed('Nie udało się połączyć audio i wideo', 'Audio i wideo nie połączyły się do końca'),
  '4005': {
    title: 'Utracono połączenie',
    message: 'Połączenie audio i wideo zostało przerwane.',
    hint: NETWORK_HINT,
    dialog: { message: DROPPED + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Niestabilne połączenie',
    message: 'Połączenie na chwilę się zerwało. Trwa ponowne łączenie.',
    hint: 'Jeśli to się powtarza, zmień sieć.',
    dialog: { message: DROPPED + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Brak danych o jakości rozmowy',
    message: 'Nie ma to wpływu na rozmowę.',
    hint: QUIET,
  },
  '4008': {
    title: 'Odświeżanie połączenia',
    message: 'Za chwilę powinno się ustabilizować.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Już jesteś w tej rozmowie',
    message: 'To okno jest już połączone z rozmową.',
    hint: 'Kontynuuj rozmowę.',
  },
  '5002': {
    title: 'Trwa przygotowywanie',
    message: PREVIEW,
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Brak połączenia',
    message: 'Rozmowa jest teraz nieosiągalna.',
    hint: NETWORK_HINT,
    dialog: { message: 'Nie masz już połączenia z rozmową.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Nie udało się tego wykonać',
    message: 'Rozmowa odpowiedziała nie tak, jak powinna.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': UNEXPECTED,
  '6002.flutter': failed('Nie udało się zaktualizować rozmowy', 'Nie udało się zaktualizować połączenia audio i wideo'),
  '6003': {
    title: 'Jeszcze nie gotowe',
    message: 'Rozmowa nie jest jeszcze na to gotowa.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Nieoczekiwana odpowiedź z rozmowy',
    message: 'Otrzymaliśmy odpowiedź, której nie rozumiemy.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Może brakować części audio lub wideo',
    message: 'Części audio lub wideo nie udało się przypisać do osoby.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Może brakować części audio lub wideo',
    message: 'Część audio lub wideo nie dotarła.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Ktoś może być wyświetlany nieprawidłowo',
    message: 'Brakuje nam danych o kimś w rozmowie.',
    hint: 'Jeśli imię lub wideo wygląda źle, dołącz ponownie.',
  },
  '6008': {
    title: 'Nie można dołączyć przez ten link',
    message: 'Ta rozmowa nie pozwala dołączyć z Twoim zaproszeniem.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Podgląd już się uruchamia',
    message: PREVIEW,
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Rozmowy są niedostępne na tej stronie',
    message: 'Strony nie otwarto przez bezpieczne połączenie.',
    hint: 'Otwórz rozmowę z linku zaczynającego się od https.',
  },
  '6011': {
    title: 'Ta przeglądarka nie obsługuje rozmów',
    message: 'Może być nieaktualna lub rozszerzenie blokuje rozmowy.',
    hint: 'Zaktualizuj ją lub użyj innej przeglądarki.',
  },
  '6012': {
    title: 'Twoje ustawienia nie zostaną zapisane',
    message: 'Przeglądarka blokuje dane witryny. Rozmowa działa normalnie.',
    hint: 'Zezwól tej witrynie na pliki cookie, aby je zachować.',
  },
  '6013': {
    title: 'To się nie udało',
    message: 'Rozmowa nie mogła przyjąć żądania aplikacji.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Efekt nie jest tu obsługiwany',
    message: 'Przeglądarka lub urządzenie nie obsługuje tego efektu.',
    hint: 'Kontynuuj bez efektu lub użyj innej przeglądarki.',
  },
  '7002': {
    title: 'Nie udało się włączyć efektu',
    message: 'Efekt się nie uruchomił.',
    hint: 'Kontynuuj bez efektu lub spróbuj ponownie.',
    action: { hint: 'Wybierz {action} lub kontynuuj bez efektu.' },
  },
  '7003': {
    title: 'Efekt przestał działać',
    message: 'Nie udało się zastosować efektu.',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'Efekt wciąż się włącza',
    message: 'Ten efekt jest już dodawany.',
    hint: QUIET,
  },
  '7005': {
    title: 'Efekt nieobsługiwany na tym urządzeniu',
    message: 'To urządzenie nie obsługuje tego efektu.',
    hint: 'Kontynuuj bez efektu lub użyj innego urządzenia.',
  },
  '7006': {
    title: 'Efekt niedostępny w tej rozmowie',
    message: 'Ten efekt nie jest włączony w tej rozmowie.',
    hint: 'Kontynuuj bez efektu.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Koniec playlisty',
    message: 'Nie ma już nic do odtworzenia.',
    hint: 'Wybierz coś innego lub zacznij od nowa.',
  },
  '8002': {
    title: 'Nic nie jest odtwarzane',
    message: 'W tej chwili nic nie gra.',
    hint: 'Najpierw odtwórz coś z playlisty.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: CANT_JOIN,
    message: 'Rozmowa nie przyjęła prośby o dołączenie.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Ten link wygasł',
    message: 'Nie udało się potwierdzić zaproszenia.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Nie masz dostępu do tej rozmowy',
    message: 'Twoje zaproszenie nie pozwala dołączyć.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Nie znaleziono rozmowy',
    message: 'Nie udało się znaleźć tej rozmowy.',
    hint: 'Sprawdź link lub poproś organizatora o nowy.',
  },
  '410': {
    title: 'Ta rozmowa nie jest już dostępna',
    message: 'Rozmowa zakończyła się lub została zamknięta.',
    hint: 'Poproś organizatora o nowy link, aby dołączyć ponownie.',
  },
  '429': {
    title: 'Zbyt wiele prób',
    message: 'Usługa rozmów jest teraz przeciążona.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': SERVER_PROBLEM,
  '501': {
    title: 'Usługa rozmów tego nie obsługuje',
    message: 'Serwer rozmowy nie obsługuje tego żądania.',
    hint: APP_SIDE.hint,
  },
  '502': {
    title: 'Usługa rozmów jest nieosiągalna',
    message: 'Serwer rozmowy nie odpowiedział poprawnie.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Usługa rozmów jest niedostępna',
    message: 'Usługa rozmów jest chwilowo niedostępna.',
    hint: 'Spróbuj ponownie za kilka minut.',
    action: { hint: 'Za kilka minut wybierz {action}.' },
  },
  '504': {
    title: 'Usługa rozmów odpowiada zbyt długo',
    message: 'Serwer rozmowy zbyt długo nie odpowiadał.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Ten link jest nieprawidłowy',
    message: 'Rozmowa z tego linku nie istnieje.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Ten link nie pasuje do rozmowy',
    message: 'Twoje zaproszenie dotyczy innej rozmowy.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Dołączono już w innym miejscu',
    message: 'Jesteś w tej rozmowie w innej karcie lub na innym urządzeniu.',
    hint: 'Wyjdź stamtąd i dołącz ponownie tutaj.',
  },
  '40100': APP_SIDE,
  '40101': APP_SIDE,
  '40102': {
    title: 'Ten link jest nieprawidłowy',
    message: 'Zaproszenie prowadzi do rozmowy, która nie istnieje.',
    hint: LINK_HINT,
  },
  '40103': APP_SIDE,
  '40104': APP_SIDE,
  '40105': APP_SIDE,
  '40107': APP_SIDE,
  '40108': {
    title: 'Nie można dołączyć przez ten link',
    message: 'Zaproszenie nie pasuje do ustawień tej rozmowy.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Ten link nie działa',
    message: 'Zaproszenie jest uszkodzone lub niepełne.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Nie jesteś już w rozmowie',
    message: 'Po zerwaniu połączenia rozmowa straciła z Tobą kontakt.',
    hint: 'Dołącz ponownie, aby wrócić.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Ta rozmowa jest pełna',
    message: 'Teraz nikt więcej nie może dołączyć do tej rozmowy.',
    hint: 'Poproś organizatora o zwolnienie miejsca i dołącz ponownie.',
  },
  ROOM_ENDED: {
    title: 'Rozmowa się zakończyła',
    message:
      '{requestedBy, select, none {Rozmowa zakończyła się dla wszystkich.} other {Osoba {requestedBy} zakończyła rozmowę dla wszystkich.}}' +
      REASON,
    hint: 'Możesz wrócić na stronę główną lub zamknąć tę stronę.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Usunięto Cię z rozmowy',
    message:
      '{requestedBy, select, none {Usunięto Cię z rozmowy.} other {Osoba {requestedBy} usunęła Cię z rozmowy.}}' +
      REASON,
    hint: 'Jeśli to pomyłka, poproś organizatora o ponowne zaproszenie.',
  },
  RECONNECTING: {
    title: 'Ponowne łączenie',
    message: DROPPED + '. Przywracamy Cię do rozmowy.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Połączono ponownie',
    message: 'Połączenie zostało przywrócone.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: 'Wstrzymano użycie {device}',
    message: OTHER_APP,
    hint: 'Wróci, gdy tamta aplikacja je zwolni.',
  },
  TRACK_RESUMED: {
    title: 'Wznowiono działanie {device}',
    message: AGAIN,
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'Rozmowa nie rozpoczęła się na czas',
    message: 'Dołączanie trwa znacznie dłużej niż powinno.',
    hint: 'Sprawdź połączenie i wróć na stronę główną.',
    action: { hint: 'Sprawdź połączenie i wybierz {action}.' },
  },
  SLOW: {
    title: 'Wciąż trwa łączenie…',
    message: 'Dołączanie trwa dłużej niż zwykle.',
    hint: 'Możesz dalej czekać – powiadomimy Cię, jeśli się nie uda.',
  },
  NETWORK: {
    title: 'Problem z połączeniem',
    message: 'Nie udało się połączyć z usługą rozmów.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: { ...UNEXPECTED, message: 'Wystąpił nieoczekiwany problem.' },
  PERMISSION_GRANTED: {
    title: 'Zezwolono na użycie {device}',
    message: 'Ta strona może teraz używać {device}.',
    ...TURN_ON,
  },
  DEVICE_FOUND: {
    title: 'Połączono z {device:ins}',
    message: AGAIN,
    ...TURN_ON,
  },
  OFFLINE: {
    title: 'Jesteś offline',
    message: 'Urządzenie straciło połączenie z internetem.',
    hint: 'Gdy internet wróci, ponownie połączymy Cię z rozmową.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Problem z połączeniem',
    message: 'Nie udało się utrzymać połączenia.',
    hint: NETWORK_HINT,
    dialog: { message: DROPPED + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': NOT_READY,
  'range.3xxx': {
    title: 'Problem z {device:ins}',
    message: 'Coś poszło nie tak z {device:ins}.',
    hint: 'Podłącz urządzenie ponownie i zamknij inne aplikacje.',
  },
  'range.4xxx': {
    title: 'Problem z połączeniem',
    message: 'Coś poszło nie tak z audio i wideo.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Połączenie audio i wideo zostało przerwane' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: CANT_JOIN,
    message: 'Coś poszło nie tak podczas dołączania.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Coś poszło nie tak' + NOT_JOINED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': UNEXPECTED,
  'range.7xxx': {
    title: 'Efekt nie działa',
    message: 'Coś poszło nie tak z efektem.',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'Problem z playlistą',
    message: 'Coś poszło nie tak z playlistą.',
    hint: 'Spróbuj odtworzyć ją ponownie.',
  },
  'range.http4xx': {
    title: CANT_JOIN,
    message: 'Rozmowa nie przyjęła żądania.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': SERVER_PROBLEM,
  'range.server4xxxx': {
    title: 'Ten link nie działa',
    message: 'Nie udało się wpuścić Cię przez ten link.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const SECONDS = '{seconds, plural, one {# sekundę} many {# sekund} other {# sekundy}}';
const TIMES = '{count, plural, one {# raz} other {# razy}}';

const labels: Record<LabelKey, string> = {
  goHome: 'Strona główna',
  tryAgain: 'Spróbuj ponownie',
  rejoin: 'Dołącz ponownie',
  turnCameraOn: 'Włącz kamerę',
  turnMicrophoneOn: 'Włącz mikrofon',
  shareAgain: 'Udostępnij ponownie',
  errorCode: 'Błąd {code}',
  copyDetails: 'Kopiuj szczegóły',
  copied: 'Skopiowano',
  copyFailed: 'Nie udało się skopiować automatycznie. Szczegóły są poniżej.',
  details: 'Szczegóły techniczne',
  countdown: 'Powrót na stronę główną za {seconds} s',
  countdownStarted: `Za ${SECONDS} automatycznie wrócisz na stronę główną.`,
  countdownPaused: 'Wstrzymano automatyczny powrót na stronę główną.',
  pause: 'Wstrzymaj',
  resume: 'Wznów',
  region: 'Powiadomienia ({hotkey})',
  dismiss: 'Zamknij: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count} w kolejce',
  allowAudio: 'Zezwól na dźwięk',
  howToFix: 'Jak to naprawić',
  stepsInBrowser: 'W {browser}',
  stepsOnSystem: 'W systemie {system}',
  fallbackTitle: 'Rozmowa się zakończyła',
  useAnotherCamera: 'Użyj innej kamery',
  useAnotherMicrophone: 'Użyj innego mikrofonu',
  chooseCamera: 'Wybierz kamerę',
  chooseMicrophone: 'Wybierz mikrofon',
  unnamedCamera: 'Kamera {count}',
  unnamedMicrophone: 'Mikrofon {count}',
  switchDevice: 'Przełącz',
  cancel: 'Anuluj',
  noOtherDevice: 'Nie znaleziono innego urządzenia.',
  keepTrying: `Będziemy próbować przez maksymalnie ${SECONDS}.`,
  severityError: 'Błąd:',
  severityWarning: 'Ostrzeżenie:',
  severityInfo: 'Informacja:',
  severitySuccess: 'Gotowe:',
  recent: 'Ostatnie powiadomienia',
  recentEmpty: 'Brak ostatnich powiadomień.',
  respond: 'Naciśnij {hotkey}, aby odpowiedzieć.',
  stillHappening: `Nadal się powtarza, ${TIMES}`,
  moreText: 'W kolejce: {count, plural, one {# powiadomienie} many {# powiadomień} other {# powiadomienia}}',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** Plain words, as `defaultDeviceNames` (the kit's `deviceNames` option): nominative. */
const deviceNames: Record<DeviceKey, string> = {
  audio: 'mikrofon',
  video: 'kamera',
  'audio, video': 'kamera i mikrofon',
  screen: 'udostępnianie ekranu',
  unknown: 'kamera lub mikrofon',
};

/** The cases the sentences use (`HMSLocale.devices`): `default` is the genitive; see the header. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'mikrofonu', ins: 'mikrofonem' },
  video: { default: 'kamery', ins: 'kamerą' },
  'audio, video': { default: 'kamery i mikrofonu', ins: 'kamerą i mikrofonem' },
  screen: { default: 'udostępniania ekranu', ins: 'udostępnianiem ekranu' },
  unknown: { default: 'kamery lub mikrofonu', ins: 'kamerą lub mikrofonem' },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Ktoś';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Polish:
 * - Chrome: the icon's tooltip is "Wyświetl informacje o witrynie"; its panel links to
 *   "Ustawienia witryny", whose options are "Pytaj", "Zezwalaj", "Blokuj".
 * - Edge: "Uprawnienia dla tej witryny" (not checked in a Polish Edge).
 * - Firefox: the blocked entry reads "Zablokowane" (or "Tymczasowo zablokowane").
 * - Safari on Mac: "Safari > Ustawienia dla tej witryny…" — NOT verified against a Polish Safari.
 * - iPhone/iPad: the Settings app is "Ustawienia"; the page menu's item "Ustawienia witryny" —
 *   not verified on a device.
 * - macOS: menu Apple > "Ustawienia systemowe" > "Prywatność i ochrona" (Apple's Polish support
 *   pages); Quit is "Zakończ".
 * - Windows 11: "Start > Ustawienia > Prywatność i zabezpieczenia", "Uprawnienia aplikacji",
 *   "Kamera" / "Mikrofon" (not checked on a Polish Windows).
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Wybierz ikonę po lewej stronie paska adresu.',
      'Włącz dostęp do {device}.',
      'Jeśli go tam nie ma, wybierz Ustawienia witryny i dla {device} ustaw Zezwalaj.',
      'Odśwież stronę i spróbuj ponownie.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Wybierz ikonę kłódki po lewej stronie paska adresu.',
      'Wybierz Uprawnienia dla tej witryny.',
      'Dla {device} ustaw Zezwalaj.',
      'Odśwież stronę i spróbuj ponownie.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Wybierz przekreśloną ikonę uprawnień na pasku adresu.',
      'Obok Zablokowane wybierz X, aby usunąć blokadę.',
      'Odśwież stronę i zezwól na dostęp do {device}, gdy Firefox o to poprosi.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Na Macu wybierz z paska menu Safari > Ustawienia dla tej witryny.',
      'Na iPhonie lub iPadzie stuknij menu strony (aA) obok adresu, a potem Ustawienia witryny.',
      'Dla {device} ustaw Zezwalaj i odśwież stronę.',
      'Nadal blokada na iPhonie lub iPadzie? W aplikacji Ustawienia znajdź przeglądarkę i zezwól na dostęp do {device}.',
    ],
  },
  other: {
    browser: 'Twojej przeglądarce',
    steps: [
      'Otwórz ustawienia witryny w przeglądarce (zwykle ikona obok adresu).',
      'Zezwól na dostęp do {device}.',
      'Odśwież stronę i spróbuj ponownie.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Otwórz menu Apple > Ustawienia systemowe > Prywatność i ochrona.',
      'Wybierz Kamera lub Mikrofon, zależnie od potrzeby.',
      'Włącz przełącznik obok przeglądarki.',
      'Zakończ i otwórz przeglądarkę, a potem dołącz ponownie.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Otwórz Start > Ustawienia > Prywatność i zabezpieczenia.',
      'W sekcji Uprawnienia aplikacji wybierz Kamera lub Mikrofon.',
      'Włącz dostęp dla aplikacji, także klasycznych (np. przeglądarki).',
      'Odśwież stronę i spróbuj ponownie.',
    ],
  },
  other: {
    system: 'Twojego urządzenia',
    steps: [
      'Otwórz ustawienia urządzenia.',
      'Przejdź do sekcji Prywatność lub Uprawnienia aplikacji.',
      'Zezwól przeglądarce na używanie {device}.',
      'Wróć do rozmowy i spróbuj ponownie.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Kod',
  name: 'Nazwa',
  action: 'Działanie',
  message: 'Komunikat',
  description: 'Opis',
  shownAs: 'Pokazano jako',
  catalogKey: 'Klucz katalogu',
  kind: 'Rodzaj',
  terminal: 'Kończy rozmowę',
  platform: 'Platforma',
  time: 'Czas',
  count: 'Liczba',
  sources: 'Źródła',
  userAgent: 'Agent użytkownika',
  developerNote: 'Uwaga dla programistów',
  yes: 'tak',
  no: 'nie',
  none: 'brak',
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
