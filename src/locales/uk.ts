/*
 * react-hms-errors — Ukrainian (uk) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts (commit 1e83462).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Polite "ви" (lowercase in running text), imperatives in -іть/-те ("Перевірте", "Попросіть"):
 * Google Meet, Zoom, Microsoft Teams and Дія address the user this way in Ukrainian; "ти" would
 * sound like a chat with a friend. Buttons are infinitives ("Повторити", "Увімкнути камеру"), as
 * Ukrainian UIs write them; "Select {action}" is "Натисніть «{action}»" (UI names in «лапках»).
 * Failures are impersonal ("Не вдалося…", "З’єднання перервалося", "-но/-то" forms such as
 * "Вас вилучено"), never the person's fault; being dropped is "вас відключено від дзвінка",
 * never "ви вийшли" (which would say you chose to leave). No exclamation marks. Current (2019)
 * orthography: "екрана", "вебсайт". Apostrophe: ’ (U+2019), as Google's and Microsoft's
 * Ukrainian UIs print it ("з’єднання", "зв’язок").
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ дзвінок (as Viber, Telegram and Teams say; stem "дзвін")
 *   link ............ посилання         invite ........ запрошення
 *   camera .......... камера            microphone .... мікрофон
 *   screen share .... демонстрація екрана (Zoom's and Teams' term)
 *   audio / video ... аудіо / відео ("аудіо й відео", indeclinable)
 *   host ............ організатор (Meet's and Teams' term)
 *   join ............ приєднатися (до дзвінка)   rejoin ... приєднатися знову
 *   connection ...... з’єднання; reconnect ....... перепідключитися / відновити з’єднання
 *   allow ........... дозволити (the browsers' button is «Дозволити»)
 *   app ............. застосунок (Windows' own menus say "програми", quoted as they are)
 *   settings ........ налаштування      go home ....... повернутися на головну (button «На головну»)
 *   support ......... підтримка застосунку
 *   device .......... пристрій (the antecedent of every pronoun: "він", "його", "інший")
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Ukrainian nouns take cases, and past-tense verbs and adjectives agree with gender and number
 * (камера f., мікрофон m., "камера й мікрофон" pl.), so no verb or adjective agrees with
 * {device}: it is always in an oblique case after a preposition or noun ("Проблема з
 * {device:ins}", "Немає доступу до {device:gen}"), an object ("Увімкніть {device:acc}"), or a
 * capitalised title followed by a phrase without a verb ("{device:cap} на паузі"). "your" is
 * left out, as Ukrainian UIs do; pronouns refer to "пристрій". Forms (see `deviceForms`):
 *   default nom. ("камера"), cap (nom., capitalised), gen, acc, ins;
 *   none    "жодної камери" / "жодного мікрофона" / "ні камери, ні мікрофона": 3002;
 *   chosen  acc. "вибрану камеру" / "вибраний мікрофон" …: 3014.
 * If an app passes the kit's plain `deviceNames`, every form falls back to its word (nom.).
 *
 * ── Size ──────────────────────────────────────────────────────────────────────────────────────
 * Shipped packed (see src/core/copy/pack.ts): 5851 B gzip, within the 6 kB budget of
 * `.size-limit.js`. Measured there with UTF-8 output, as bundlers ship text.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * one (1, 21…), few (2–4, 22–24…), many (0, 5–20, 25…), other (fractions): all four are written.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. A name's gender is
 * unknown, so a named person is "Учасник {requestedBy}", and the verb agrees with "учасник".
 * `{browser}` / `{system}` only fill the headings "У {browser}" / "У {system}", so the generic
 * names are in the locative case ("вашому браузері", "налаштуваннях пристрою").
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'uk';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Перевірте Wi-Fi або підключення до мережі.';
const LINK_HINT = 'Попросіть в організатора нове посилання.';
const SUPPORT = 'Зверніться до підтримки застосунку.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'Справа не у вас: застосунку не вдалося перевірити ваше запрошення.',
  hint: SUPPORT,
};
const LEFT = { hint: 'Поверніться на головну й трохи згодом приєднайтеся знову.' };
const LEFT_REJOIN = { hint: 'Натисніть «{action}» або поверніться на головну.' };
const SUPPORT_HINT = 'Якщо це повториться, зверніться до підтримки застосунку.';
const WAIT_HINT = 'Спробуйте ще раз трохи згодом.';
const WAIT_ACTION = { hint: 'Трохи згодом натисніть «{action}».' };
const QUIET = 'Нічого робити не потрібно.';
const OPEN_AGAIN_HINT = 'Відкрийте посилання знову або попросіть в організатора нове.';
const STILL_MISSING_HINT = 'Якщо когось і далі бракує, приєднайтеся знову.';
const CHECK_NETWORK_REJOIN = 'Перевірте мережу й приєднайтеся знову.';
const DROPPED = ', тому вас відключено від дзвінка.';
const UNEXPECTED_ENDED = 'Через непередбачену проблему дзвінок для вас завершився.';
const SWAP_HINT = 'Перепідключіть пристрій або виберіть інший у налаштуваннях.';
const STEPS_ACTION = { hint: 'Натисніть «{action}», щоб переглянути інструкцію.' };
const USE_IT = { hint: 'Натисніть «{action}», щоб використовувати пристрій.' };
const WHEN_READY = 'Увімкніть пристрій, коли будете готові.';
const CARRY_ON = 'Продовжуйте з того місця, де зупинилися.';
const WITHOUT_IT = 'Продовжуйте без нього';
const OFF_ON = 'Вимкніть і знову ввімкніть його або продовжуйте без нього.';
const SERVER_WRONG = 'На сервері дзвінка щось пішло не так.';
const JOIN_FAILED = 'Не вдалося приєднатися до дзвінка';
const NO_ACCESS = 'Немає доступу до {device:gen}';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Не вдалося підключитися до дзвінка',
    message: 'Не вдалося встановити з’єднання.',
    hint: NETWORK_HINT,
    dialog: { message: 'Не вдалося встановити з’єднання, тому ви не приєдналися до дзвінка.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Не вдалося перепідключитися',
    message: 'З’єднання не відновилося.',
    hint: NETWORK_HINT,
    dialog: { message: 'З’єднання не відновилося' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: JOIN_FAILED,
    message: 'З’єднання перервалося, поки ви приєднувалися.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'З’єднання перервалося, поки ви приєднувалися, тому ви не приєдналися.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Не вдалося налаштувати дзвінок',
    message: 'Ми не змогли підготувати дзвінок.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Не вдалося налаштувати дзвінок',
    message: 'Дзвінку завадила проблема в налаштуваннях застосунку.',
    hint: SUPPORT,
  },
  '2003': {
    title: 'Дзвінок недоступний',
    message: 'Не вдалося зв’язатися із сервером дзвінка.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Це посилання не працює',
    message: 'Не вдалося прочитати ваше запрошення.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Проблема з {device:ins}',
    message: 'У роботі {device:gen} стався збій.',
    hint: 'Вимкніть і знову ввімкніть {device:acc}.',
    action: { hint: 'Натисніть «{action}».' },
  },
  '3001': {
    title: NO_ACCESS,
    message: 'Цьому сайту не дозволено використовувати {device:acc}.',
    hint: 'Дозвольте доступ у налаштуваннях сайту в браузері.',
    action: STEPS_ACTION,
  },
  '3001.screen': {
    title: 'Демонстрація екрана не почалася',
    message: 'Її скасовано або заблоковано.',
    hint: 'Почніть демонстрацію знову й виберіть вкладку, вікно чи екран.',
    action: { hint: 'Натисніть «{action}» і виберіть вкладку, вікно чи екран.' },
  },
  '3002': {
    title: 'Не вдається знайти {device:acc}',
    message: 'Ми не виявили {device:none}.',
    hint: 'Підключіть пристрій або виберіть інший у налаштуваннях.',
  },
  '3003': {
    title: 'Не вдається ввімкнути {device:acc}',
    message: 'Можливо, пристрій зайнятий іншим застосунком чи не відповідає.',
    hint: 'Закрийте застосунки, які його займають, і спробуйте знову.',
    action: { hint: 'Закрийте інші застосунки й натисніть «{action}».' },
  },
  '3004': {
    title: 'Втрачено зв’язок з {device:ins}',
    message: 'Ми більше не маємо доступу до {device:gen}.',
    hint: SWAP_HINT,
  },
  '3005': {
    title: 'Нічого вмикати',
    message: 'Не вибрано ні камери, ні мікрофона.',
    hint: 'Увімкніть камеру або мікрофон.',
  },
  '3006': {
    title: 'Не вдається ввімкнути відео',
    message: 'Камеру зупинила проблема з налаштуваннями відео в застосунку.',
    hint: SUPPORT,
  },
  '3007': {
    title: 'Не можна змінити під час дзвінка',
    message: 'Цей параметр відео не можна змінювати, поки ви в дзвінку.',
    hint: 'Він застосується, коли ви приєднаєтеся наступного разу.',
  },
  '3008': {
    title: 'Ви поки не чуєте інших учасників',
    message: 'Браузер призупинив звук.',
    hint: 'Клацніть або торкніться будь-де на сторінці, щоб їх почути.',
    action: { hint: 'Натисніть «{allowAudio}», щоб їх почути.' },
  },
  '3009': {
    title: 'Не підходить: {device}',
    message: 'Пристрій не забезпечує якості, потрібної для цього дзвінка.',
    hint: 'Виберіть інший пристрій у налаштуваннях.',
  },
  '3010': {
    title: 'Немає звуку з мікрофона',
    message: 'Його ввімкнено, але ми нічого не чуємо.',
    hint: 'Перевірте, чи його підключено і чи не вимкнено звук, або виберіть інший.',
  },
  '3011': {
    title: NO_ACCESS,
    message: 'Доступ блокує система, або пристрій не підключено.',
    hint: 'Дозвольте браузеру доступ у налаштуваннях конфіденційності системи.',
    action: STEPS_ACTION,
  },
  '3011.screen': {
    title: 'Не вдається почати демонстрацію екрана',
    message: 'Система блокує запис екрана.',
    // macOS 15 names the pane "Запис екрана та системного аудіо" (not verified on a Ukrainian
    // Mac; macOS 13–14 says "Запис екрана").
    hint: 'Дозвольте браузеру доступ у розділі «Запис екрана та системного аудіо».',
  },
  '3xxx.screen': {
    title: 'Демонстрацію екрана зупинено',
    message: 'Демонстрація екрана не почалася або перервалася.',
    hint: 'Почніть демонстрацію знову.',
    action: { hint: 'Натисніть «{action}», щоб спробувати ще раз.' },
  },
  '3012.web': {
    title: 'Почніть демонстрацію цієї вкладки',
    message: 'Для цього дзвінка потрібна демонстрація цієї вкладки.',
    hint: 'Почніть демонстрацію знову й виберіть цю вкладку.',
  },
  '3012.flutter': {
    title: 'Не вдається підключити Bluetooth-аудіо',
    message: 'Застосунок не має доступу до пристроїв Bluetooth.',
    // Android's permission is "Пристрої поблизу" in Ukrainian.
    hint: 'Дозвольте застосунку «Пристрої поблизу» в налаштуваннях телефона.',
  },
  '3013.web': {
    title: 'Не вдається відтворити звук дзвінка',
    message: 'Браузер не зміг відтворити аудіо дзвінка.',
    hint: 'Перевірте динаміки чи навушники або виберіть інші.',
  },
  '3013.flutter': {
    title: 'Не вдається використати Bluetooth-аудіо',
    message: 'Цей застосунок не може використовувати Bluetooth-аудіо.',
    hint: 'Використовуйте динамік телефона або дротову гарнітуру.',
  },
  '3014': {
    title: 'Відключено: {device}',
    message: 'Не вдається виявити {device:chosen}.',
    hint: SWAP_HINT,
  },
  '3015': {
    title: 'Немає сигналу від {device:gen}',
    message: 'Можливо, пристрій зайняв телефонний дзвінок або інший застосунок.',
    hint: 'Завершіть той дзвінок і знову ввімкніть пристрій.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'Не вдалося передати аудіо й відео',
    message: 'Збій з’єднання під час надсилання вашого аудіо й відео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Збій з’єднання під час надсилання вашого аудіо й відео' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Не вдалося отримати аудіо й відео',
    message: 'Збій з’єднання з аудіо й відео інших учасників.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Збій з’єднання з аудіо й відео інших учасників' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Не вдалося налаштувати аудіо й відео',
    message: 'Збій під час налаштування вашого аудіо й відео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Збій під час налаштування вашого аудіо й відео' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Не вдалося підключити аудіо й відео',
    message: 'Ваше аудіо й відео не підключилися до кінця.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ваше аудіо й відео не підключилися' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'З’єднання втрачено',
    message: 'З’єднання для аудіо й відео перервалося.',
    hint: NETWORK_HINT,
    dialog: { message: 'З’єднання перервалося' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Нестабільне з’єднання',
    message: 'З’єднання ненадовго перервалося. Ми перепідключаємося.',
    hint: 'Якщо це повторюється, змініть мережу.',
    dialog: { message: 'З’єднання перервалося' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Немає даних про якість дзвінка',
    message: 'На сам дзвінок це не впливає.',
    hint: QUIET,
  },
  '4008': {
    title: 'Оновлюємо з’єднання',
    message: 'Незабаром усе налагодиться.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Ви вже в цьому дзвінку',
    message: 'Ви вже приєдналися звідси.',
    hint: 'Продовжуйте дзвінок.',
  },
  '5002': {
    title: 'Ще триває підготовка',
    message: 'Запускається попередній перегляд камери й мікрофона.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Немає з’єднання',
    message: 'Зараз дзвінок недоступний.',
    hint: NETWORK_HINT,
    dialog: { message: 'Ви більше не підключені до дзвінка.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Не вдалося виконати дію',
    message: 'Дзвінок відповів не так, як очікувалося.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Щось пішло не так',
    message: 'У дзвінку виникла непередбачена проблема.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'Не вдалося оновити дзвінок',
    message: 'Не вдалося оновити з’єднання для аудіо й відео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Не вдалося оновити з’єднання' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Ще не готово',
    message: 'Дзвінок поки що до цього не готовий.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Неочікувана відповідь від дзвінка',
    message: 'Ми отримали відповідь, яку не змогли зрозуміти.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Можливо, бракує аудіо чи відео',
    message: 'Частину аудіо чи відео не вдалося зіставити з учасниками.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Можливо, бракує аудіо чи відео',
    message: 'Частина аудіо чи відео не надійшла.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Когось може бути показано неправильно',
    message: 'Нам бракує даних про одного з учасників дзвінка.',
    hint: 'Якщо ім’я чи відео виглядає неправильно, приєднайтеся знову.',
  },
  '6008': {
    title: 'Не можна приєднатися за цим посиланням',
    message: 'Цей дзвінок не приймає учасників за вашим запрошенням.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Попередній перегляд уже запускається',
    message: 'Запускається попередній перегляд камери й мікрофона.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Дзвінки на цій сторінці недоступні',
    message: 'Сторінку відкрито не через захищене з’єднання.',
    hint: 'Відкрийте дзвінок за посиланням, що починається з https.',
  },
  '6011': {
    title: 'Цей браузер не підтримує дзвінки',
    message: 'Можливо, він застарів або дзвінки блокує розширення.',
    hint: 'Оновіть його або спробуйте інший браузер.',
  },
  '6012': {
    title: 'Ваші налаштування не збережуться',
    message: 'Браузер блокує дані сайту. Дзвінок при цьому працює.',
    hint: 'Дозвольте cookie для цього сайту, щоб зберегти налаштування.',
  },
  '6013': {
    title: 'Не вийшло',
    message: 'Дзвінок не зміг прийняти запит від застосунку.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Ефект тут не підтримується',
    message: 'Ваш браузер чи пристрій не підтримує цей ефект.',
    hint: WITHOUT_IT + ' або спробуйте інший браузер.',
  },
  '7002': {
    title: 'Не вдалося ввімкнути ефект',
    message: 'Ефект не запустився.',
    hint: WITHOUT_IT + ' або спробуйте ще раз.',
    action: { hint: 'Натисніть «{action}» або продовжуйте без ефекту.' },
  },
  '7003': {
    title: 'Ефект перестав працювати',
    message: 'Не вдалося застосувати ефект.',
    hint: OFF_ON,
  },
  '7004': {
    title: 'Ефект ще вмикається',
    message: 'Ми вже застосовуємо цей ефект.',
    hint: QUIET,
  },
  '7005': {
    title: 'Ефект недоступний на цьому пристрої',
    message: 'Цей пристрій не може обробити ефект.',
    hint: WITHOUT_IT + ' або спробуйте інший пристрій.',
  },
  '7006': {
    title: 'Ефект недоступний у цьому дзвінку',
    message: 'Для цього дзвінка ефект не ввімкнено.',
    hint: WITHOUT_IT + '.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Плейлист закінчився',
    message: 'Більше нічого відтворювати.',
    hint: 'Виберіть щось інше або почніть спочатку.',
  },
  '8002': {
    title: 'Нічого не відтворюється',
    message: 'Зараз нічого не грає.',
    hint: 'Спершу запустіть щось із плейлиста.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: JOIN_FAILED,
    message: 'Дзвінок не зміг прийняти запит на приєднання.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Термін дії посилання минув',
    message: 'Не вдалося підтвердити ваше запрошення.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'У вас немає доступу до цього дзвінка',
    message: 'Ваше запрошення не дає змоги приєднатися.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Дзвінок не знайдено',
    message: 'Ми не знайшли цей дзвінок.',
    hint: 'Перевірте посилання або попросіть в організатора нове.',
  },
  '410': {
    title: 'Цей дзвінок більше недоступний',
    message: 'Дзвінок завершився або його закрито.',
    hint: 'Щоб приєднатися знову, попросіть в організатора нове посилання.',
  },
  '429': {
    title: 'Забагато спроб',
    message: 'Сервіс дзвінків зараз перевантажений.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'Збій у сервісі дзвінків',
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'Сервіс дзвінків цього не підтримує',
    message: 'Сервер дзвінка не підтримує цей запит.',
    hint: SUPPORT,
  },
  '502': {
    title: 'Немає зв’язку із сервісом дзвінків',
    message: 'Сервер дзвінка відповів некоректно.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Сервіс дзвінків недоступний',
    message: 'Сервіс дзвінків тимчасово недоступний.',
    hint: 'Спробуйте ще раз за кілька хвилин.',
    action: { hint: 'За кілька хвилин натисніть «{action}».' },
  },
  '504': {
    title: 'Сервіс дзвінків не відповів вчасно',
    message: 'Сервер дзвінка надто довго не відповідав.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Це посилання недійсне',
    message: 'Дзвінка за цим посиланням не існує.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Це посилання не для цього дзвінка',
    message: 'Ваше запрошення — до іншого дзвінка.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Ви вже приєдналися в іншому місці',
    message: 'Ви в цьому дзвінку з іншої вкладки чи пристрою.',
    hint: 'Вийдіть звідти й приєднайтеся знову тут.',
  },
  '40100': { title: 'Не вдалося перевірити ваше запрошення', ...APP_SIDE },
  '40101': { title: 'Не вдалося перевірити ваше запрошення', ...APP_SIDE },
  '40102': {
    title: 'Це посилання недійсне',
    message: 'Ваше запрошення веде до неіснуючого дзвінка.',
    hint: LINK_HINT,
  },
  '40103': { title: 'Не вдалося перевірити ваше запрошення', ...APP_SIDE },
  '40104': { title: 'Не вдалося перевірити ваше запрошення', ...APP_SIDE },
  '40105': { title: 'Не вдалося перевірити ваше запрошення', ...APP_SIDE },
  '40107': { title: 'Не вдалося перевірити ваше запрошення', ...APP_SIDE },
  '40108': {
    title: 'Не можна приєднатися за цим посиланням',
    message: 'Ваше запрошення не відповідає налаштуванням дзвінка.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Це посилання не працює',
    message: 'Ваше запрошення пошкоджене або неповне.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Ви більше не в дзвінку',
    message: 'Після обриву з’єднання дзвінок перестав вас бачити.',
    hint: 'Приєднайтеся знову, щоб повернутися.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'У дзвінку немає вільних місць',
    message: 'Зараз до дзвінка більше не можна приєднатися.',
    hint: 'Попросіть організатора звільнити місце й приєднайтеся знову.',
  },
  ROOM_ENDED: {
    title: 'Дзвінок завершено',
    message:
      '{requestedBy, select, none {Дзвінок завершено для всіх.} other {Учасник {requestedBy} завершив дзвінок для всіх.}}' +
      '{reason, select, none {} other { Причина: {reason}}}',
    hint: 'Можна повернутися на головну або закрити цю сторінку.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Вас вилучено з дзвінка',
    message:
      '{requestedBy, select, none {Вас вилучено з дзвінка.} other {Учасник {requestedBy} вилучив вас із дзвінка.}}' +
      '{reason, select, none {} other { Причина: {reason}}}',
    hint: 'Якщо це помилка, попросіть організатора запросити вас знову.',
  },
  RECONNECTING: {
    title: 'Перепідключення',
    message: 'З’єднання перервалося. Повертаємо вас у дзвінок.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'З’єднання відновлено',
    message: 'Ви знову на зв’язку.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device:cap} на паузі',
    message: 'Пристрій зайнятий іншим застосунком або телефонним дзвінком.',
    hint: 'Він повернеться, коли інший застосунок його звільнить.',
  },
  TRACK_RESUMED: {
    title: '{device:cap} знову в роботі',
    message: 'Ви знову можете використовувати {device:acc}.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'Дзвінок не почався вчасно',
    message: 'Приєднання триває набагато довше, ніж мало б.',
    hint: 'Перевірте з’єднання й поверніться на головну.',
    action: { hint: 'Перевірте з’єднання й натисніть «{action}».' },
  },
  SLOW: {
    title: 'Досі підключаємося…',
    message: 'Приєднання триває довше, ніж зазвичай.',
    hint: 'Можна зачекати: якщо не вийде, ми повідомимо.',
  },
  NETWORK: {
    title: 'Проблема зі з’єднанням',
    message: 'Не вдалося зв’язатися із сервісом дзвінків.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Щось пішло не так',
    message: 'Виникла непередбачена проблема.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Доступ до {device:gen} дозволено',
    message: 'Тепер цей сайт може використовувати {device:acc}.',
    hint: WHEN_READY,
    action: USE_IT,
  },
  DEVICE_FOUND: {
    title: 'Підключено: {device}',
    message: 'Ви знову можете використовувати {device:acc}.',
    hint: WHEN_READY,
    action: USE_IT,
  },
  OFFLINE: {
    title: 'Ви не в мережі',
    message: 'Ваш пристрій втратив зв’язок з інтернетом.',
    hint: 'Ми перепідключимо вас, коли зв’язок з’явиться.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Проблема зі з’єднанням',
    message: 'З’єднання працювало з перебоями.',
    hint: NETWORK_HINT,
    dialog: { message: 'З’єднання перервалося' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Не вдалося налаштувати дзвінок',
    message: 'Збій під час підготовки дзвінка.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Проблема з {device:ins}',
    message: 'З {device:ins} щось не так.',
    hint: 'Перепідключіть пристрій і закрийте застосунки, що його використовують.',
  },
  'range.4xxx': {
    title: 'Проблема зі з’єднанням',
    message: 'Щось пішло не так із вашим аудіо й відео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'З’єднання для аудіо й відео перервалося' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: JOIN_FAILED,
    message: 'Під час приєднання щось пішло не так.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Щось пішло не так, тому ви не приєдналися.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Щось пішло не так',
    message: 'У дзвінку виникла непередбачена проблема.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Ефект не працює',
    message: 'З ефектом щось пішло не так.',
    hint: OFF_ON,
  },
  'range.8xxx': {
    title: 'Проблема з плейлистом',
    message: 'З плейлистом щось пішло не так.',
    hint: 'Спробуйте відтворити його знову.',
  },
  'range.http4xx': {
    title: JOIN_FAILED,
    message: 'Дзвінок не зміг прийняти запит.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'Збій у сервісі дзвінків',
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Це посилання не працює',
    message: 'Не вдалося впустити вас за цим посиланням.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const TIMES = '{count, plural, one {# раз} few {# рази} many {# разів} other {# раза}}';

const labels: Record<LabelKey, string> = {
  goHome: 'На головну',
  tryAgain: 'Повторити',
  rejoin: 'Приєднатися знову',
  turnCameraOn: 'Увімкнути камеру',
  turnMicrophoneOn: 'Увімкнути мікрофон',
  shareAgain: 'Повторити демонстрацію',
  errorCode: 'Помилка {code}',
  copyDetails: 'Копіювати відомості',
  copied: 'Скопійовано',
  copyFailed: 'Не вдалося скопіювати автоматично. Відомості показано нижче.',
  details: 'Технічні відомості',
  countdown: 'Перехід на головну через {seconds} с',
  countdownStarted:
    'Через {seconds, plural, one {# секунду} few {# секунди} many {# секунд} other {# секунди}} вас буде автоматично переведено на головну.',
  countdownPaused: 'Автоматичний перехід на головну призупинено.',
  pause: 'Призупинити',
  resume: 'Продовжити',
  region: 'Сповіщення ({hotkey})',
  dismiss: 'Закрити: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: 'Ще {count}',
  allowAudio: 'Дозволити звук',
  howToFix: 'Як виправити',
  stepsInBrowser: 'У {browser}',
  stepsOnSystem: 'У {system}',
  fallbackTitle: 'Дзвінок завершено',
  useAnotherCamera: 'Вибрати іншу камеру',
  useAnotherMicrophone: 'Вибрати інший мікрофон',
  chooseCamera: 'Виберіть камеру',
  chooseMicrophone: 'Виберіть мікрофон',
  unnamedCamera: 'Камера {count}',
  unnamedMicrophone: 'Мікрофон {count}',
  switchDevice: 'Перемкнути',
  cancel: 'Скасувати',
  noOtherDevice: 'Інших пристроїв не знайдено.',
  keepTrying: 'Ми пробуватимемо до {seconds, plural, one {# секунди} few {# секунд} many {# секунд} other {# секунди}}.',
  severityError: 'Помилка:',
  severityWarning: 'Попередження:',
  severityInfo: 'Інформація:',
  severitySuccess: 'Готово:',
  recent: 'Недавні сповіщення',
  recentEmpty: 'Недавніх сповіщень немає.',
  respond: 'Натисніть {hotkey}, щоб перейти до дій.',
  stillHappening: 'Досі відбувається: ' + TIMES,
  moreText:
    'У черзі {count, plural, one {ще # сповіщення} few {ще # сповіщення} many {ще # сповіщень} other {ще # сповіщення}}',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: {
    default: 'мікрофон',
    cap: 'Мікрофон',
    gen: 'мікрофона',
    acc: 'мікрофон',
    ins: 'мікрофоном',
    none: 'жодного мікрофона',
    chosen: 'вибраний мікрофон',
  },
  video: {
    default: 'камера',
    cap: 'Камера',
    gen: 'камери',
    acc: 'камеру',
    ins: 'камерою',
    none: 'жодної камери',
    chosen: 'вибрану камеру',
  },
  'audio, video': {
    default: 'камера й мікрофон',
    cap: 'Камера й мікрофон',
    gen: 'камери й мікрофона',
    acc: 'камеру й мікрофон',
    ins: 'камерою й мікрофоном',
    none: 'ні камери, ні мікрофона',
    chosen: 'вибрані камеру й мікрофон',
  },
  screen: {
    default: 'демонстрація екрана',
    cap: 'Демонстрація екрана',
    gen: 'демонстрації екрана',
    acc: 'демонстрацію екрана',
    ins: 'демонстрацією екрана',
    none: 'екрана для демонстрації',
    chosen: 'вибраний екран',
  },
  unknown: {
    default: 'камера чи мікрофон',
    cap: 'Камера чи мікрофон',
    gen: 'камери чи мікрофона',
    acc: 'камеру чи мікрофон',
    ins: 'камерою чи мікрофоном',
    none: 'ні камери, ні мікрофона',
    chosen: 'вибрану камеру чи мікрофон',
  },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Хтось';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Ukrainian. None of these was checked in a
 * running Ukrainian UI for this draft; they follow the vendors' usual Ukrainian wording:
 * - Chrome: panel link "Налаштування сайтів", option "Дозволити" — not verified.
 * - Edge: "Дозволи для цього сайту" — not verified.
 * - Firefox: the blocked entry reads "Заблоковано" (or "Тимчасово заблоковано") — not verified.
 * - Safari on Mac: "Safari > Параметри для цього вебсайту…"; iPhone/iPad: "Параметри вебсайту"
 *   in the aA menu; the Settings app is "Параметри" on Ukrainian iOS — not verified.
 * - macOS 13+: "Системні параметри" > "Приватність і безпека" — not verified.
 * - Windows 11: "Пуск > Настройки > Конфіденційність і захист", "Дозволи для програм"
 *   (Windows says "програми" for apps) — not verified.
 */
const RELOAD = 'Перезавантажте сторінку й спробуйте ще раз.';
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Натисніть значок ліворуч від адресного рядка.',
      'Увімкніть доступ до {device:gen}.',
      'Якщо його там немає, відкрийте «Налаштування сайтів» і для {device:gen} виберіть «Дозволити».',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Натисніть значок замка ліворуч від адресного рядка.',
      'Виберіть «Дозволи для цього сайту».',
      'Для {device:gen} виберіть «Дозволити».',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Натисніть перекреслений значок дозволу в адресному рядку.',
      'Біля «Заблоковано» натисніть хрестик, щоб зняти блокування.',
      'Перезавантажте сторінку й дозвольте доступ до {device:gen}, коли Firefox запитає.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'На Mac виберіть у рядку меню Safari > «Параметри для цього вебсайту».',
      'На iPhone чи iPad торкніться меню сторінки (aA) біля адреси, потім «Параметри вебсайту».',
      'Для {device:gen} виберіть «Дозволити» й перезавантажте сторінку.',
      'На iPhone чи iPad досі заблоковано? Відкрийте застосунок «Параметри», знайдіть свій браузер і дозвольте доступ до {device:gen}.',
    ],
  },
  other: {
    browser: 'вашому браузері',
    steps: [
      'Відкрийте налаштування браузера для цього сайту — зазвичай через значок біля адреси.',
      'Дозвольте доступ до {device:gen}.',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Відкрийте меню Apple > «Системні параметри» > «Приватність і безпека».',
      'Виберіть «Камера» або «Мікрофон» — що вам потрібно.',
      'Увімкніть перемикач біля вашого браузера.',
      'Повністю закрийте браузер, відкрийте його знову й приєднайтеся до дзвінка.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Відкрийте «Пуск» > «Настройки» > «Конфіденційність і захист».',
      'У розділі «Дозволи для програм» виберіть «Камера» або «Мікрофон».',
      'Увімкніть доступ для програм, зокрема класичних, як-от ваш браузер.',
      RELOAD,
    ],
  },
  other: {
    system: 'налаштуваннях пристрою',
    steps: [
      'Відкрийте налаштування пристрою.',
      'Перейдіть до розділу «Конфіденційність» або «Дозволи застосунків».',
      'Дозвольте браузеру доступ до {device:gen}.',
      'Поверніться до дзвінка й спробуйте ще раз.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Код',
  name: 'Назва',
  action: 'Дія',
  message: 'Повідомлення',
  description: 'Опис',
  shownAs: 'Показано як',
  catalogKey: 'Ключ каталогу',
  kind: 'Тип',
  terminal: 'Завершує дзвінок',
  platform: 'Платформа',
  time: 'Час',
  count: 'Кількість',
  sources: 'Джерела',
  userAgent: 'Рядок User-Agent',
  developerNote: 'Примітка для розробників',
  yes: 'так',
  no: 'ні',
  none: 'немає',
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
