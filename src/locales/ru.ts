/*
 * react-hms-errors — Russian (ru) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts (commit 1e83462).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Polite "вы" (lowercase, as in running UI text), with imperatives in the -те form ("Проверьте",
 * "Попросите"): Zoom, Google Meet, Microsoft Teams and Яндекс Телемост all address the user this
 * way in Russian, and "ты" would read as a chat app talking to a friend. Buttons are infinitives
 * ("Повторить", "Включить камеру"), as Russian UIs write them; "Select {action}" is "Нажмите
 * «{action}»" (UI names go in «ёлочки»). Failures are stated impersonally ("Не удалось…",
 * "Соединение прервалось"), never as the person's fault; being dropped from a call is "вы
 * отключены от звонка", never "вы вышли" (which would say you chose to leave). No exclamation
 * marks. "ё" is written.
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ звонок (as Telegram, VK Звонки and Teams' "звонок" say; Zoom's
 *                     "конференция" is for scheduled meetings) — stem "звон"
 *   link ............ ссылка            invite ........ приглашение
 *   camera .......... камера            microphone .... микрофон
 *   screen share .... демонстрация экрана (Zoom's and Teams' term)
 *   audio / video ... аудио / видео ("аудио и видео", indeclinable)
 *   host ............ организатор (Meet's and Teams' term)
 *   join ............ присоединиться (к звонку)   rejoin ... присоединиться снова
 *   connection ...... соединение; reconnect ..... переподключиться / восстановить соединение
 *   allow ........... разрешить (the browsers' button is «Разрешить»)
 *   settings ........ настройки         go home ....... вернуться на главную (button «На главную»)
 *   support ......... поддержка приложения
 *   device .......... устройство (the antecedent of every pronoun: "оно", "его", "другое")
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Russian nouns take cases, and past-tense verbs and adjectives agree with gender and number
 * (камера f., микрофон m., "камера и микрофон" pl.), so no sentence lets a verb or adjective
 * agree with {device}: the device is always in an oblique case after a preposition or noun
 * ("Проблема с {device:ins}", "Нет доступа к {device:dat}", "Нет сигнала от {device:gen}"), an
 * object ("Включите {device:acc}"), or a capitalised title followed by a phrase without a verb
 * ("{device:cap} на паузе"). "your" is left out, as Russian UIs do; pronouns refer to
 * "устройство". Forms (see `deviceForms`):
 *   default nom. ("камера"), cap (nom., capitalised), gen, dat, acc, ins;
 *   none    "ни одной камеры" / "ни одного микрофона" / "ни камеры, ни микрофона": 3002;
 *   chosen  acc. "выбранную камеру" / "выбранный микрофон" …: 3014.
 * If an app passes the kit's plain `deviceNames`, every form falls back to its word (nom.).
 *
 * ── Size ──────────────────────────────────────────────────────────────────────────────────────
 * Shipped packed (see src/core/copy/pack.ts): 5875 B gzip, within the 6 kB budget of
 * `.size-limit.js`. Measured there with UTF-8 output, as bundlers ship text.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * one (1, 21…), few (2–4, 22–24…), many (0, 5–20, 25…), other (fractions): all four are written.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. A name's gender is
 * unknown, so a named person is "Участник {requestedBy}", and the verb agrees with "участник".
 * `{browser}` / `{system}` only fill the headings "В {browser}" / "В {system}", so the generic
 * names are in the prepositional case ("вашем браузере", "настройках устройства").
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'ru';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Проверьте Wi-Fi или подключение к сети.';
const LINK_HINT = 'Попросите у организатора новую ссылку.';
const SUPPORT = 'Обратитесь в поддержку приложения.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'Дело не в вас: приложению не удалось проверить ваше приглашение.',
  hint: SUPPORT,
};
const LEFT = { hint: 'Вернитесь на главную и чуть позже присоединитесь снова.' };
const LEFT_REJOIN = { hint: 'Нажмите «{action}» или вернитесь на главную.' };
const SUPPORT_HINT = 'Если это повторится, обратитесь в поддержку приложения.';
const WAIT_HINT = 'Повторите попытку чуть позже.';
const WAIT_ACTION = { hint: 'Чуть позже нажмите «{action}».' };
const QUIET = 'Ничего делать не нужно.';
const OPEN_AGAIN_HINT = 'Откройте ссылку снова или попросите у организатора новую.';
const STILL_MISSING_HINT = 'Если кого-то всё ещё не хватает, присоединитесь снова.';
const CHECK_NETWORK_REJOIN = 'Проверьте сеть и присоединитесь снова.';
const DROPPED = ', поэтому вы отключены от звонка.';
const UNEXPECTED_ENDED = 'Из-за непредвиденной проблемы звонок для вас завершился.';
const SWAP_HINT = 'Переподключите устройство или выберите другое в настройках.';
const STEPS_ACTION = { hint: 'Нажмите «{action}», чтобы увидеть инструкцию.' };
const USE_IT = { hint: 'Нажмите «{action}», чтобы использовать устройство.' };
const WHEN_READY = 'Включите устройство, когда будете готовы.';
const CARRY_ON = 'Продолжайте с того места, где остановились.';
const WITHOUT_IT = 'Продолжайте без него';
const OFF_ON = 'Выключите и снова включите его или продолжайте без него.';
const SERVER_WRONG = 'На сервере звонка что-то пошло не так.';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Не удалось подключиться к звонку',
    message: 'Не удалось установить соединение.',
    hint: NETWORK_HINT,
    dialog: { message: 'Не удалось установить соединение, поэтому вы не присоединились к звонку.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Не удалось переподключиться',
    message: 'Соединение не восстановилось.',
    hint: NETWORK_HINT,
    dialog: { message: 'Соединение не восстановилось' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'Не удалось присоединиться к звонку',
    message: 'Соединение прервалось, пока вы присоединялись.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Соединение прервалось, пока вы присоединялись, поэтому вы не в звонке.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Не удалось настроить звонок',
    message: 'Мы не смогли подготовить звонок.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Не удалось настроить звонок',
    message: 'Звонку помешала проблема в настройках приложения.',
    hint: SUPPORT,
  },
  '2003': {
    title: 'Звонок недоступен',
    message: 'Не удалось связаться с сервером звонка.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Эта ссылка не работает',
    message: 'Не удалось прочитать ваше приглашение.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Проблема с {device:ins}',
    message: 'В работе {device:gen} произошёл сбой.',
    hint: 'Выключите и снова включите {device:acc}.',
    action: { hint: 'Нажмите «{action}».' },
  },
  '3001': {
    title: 'Нет доступа к {device:dat}',
    message: 'Этому сайту не разрешено использовать {device:acc}.',
    hint: 'Разрешите доступ в настройках сайта в браузере.',
    action: STEPS_ACTION,
  },
  '3001.screen': {
    title: 'Демонстрация экрана не началась',
    message: 'Её отменили или заблокировали.',
    hint: 'Начните демонстрацию снова и выберите вкладку, окно или экран.',
    action: { hint: 'Нажмите «{action}» и выберите вкладку, окно или экран.' },
  },
  '3002': {
    title: 'Не удаётся найти {device:acc}',
    message: 'Мы не обнаружили {device:none}.',
    hint: 'Подключите устройство или выберите другое в настройках.',
  },
  '3003': {
    title: 'Не удаётся включить {device:acc}',
    message: 'Возможно, устройство занято другим приложением или не отвечает.',
    hint: 'Закройте использующие его приложения и повторите попытку.',
    action: { hint: 'Закройте другие приложения и нажмите «{action}».' },
  },
  '3004': {
    title: 'Потеряна связь с {device:ins}',
    message: 'У нас больше нет доступа к {device:dat}.',
    hint: SWAP_HINT,
  },
  '3005': {
    title: 'Нечего включать',
    message: 'Не выбраны ни камера, ни микрофон.',
    hint: 'Включите камеру или микрофон.',
  },
  '3006': {
    title: 'Не удаётся включить видео',
    message: 'Камеру остановила проблема с настройками видео в приложении.',
    hint: SUPPORT,
  },
  '3007': {
    title: 'Нельзя изменить во время звонка',
    message: 'Этот параметр видео нельзя менять, пока вы в звонке.',
    hint: 'Он применится, когда вы присоединитесь в следующий раз.',
  },
  '3008': {
    title: 'Вы пока не слышите других участников',
    message: 'Браузер приостановил звук.',
    hint: 'Нажмите или коснитесь любого места страницы, чтобы их услышать.',
    action: { hint: 'Нажмите «{allowAudio}», чтобы их услышать.' },
  },
  '3009': {
    title: 'Не подходит: {device}',
    message: 'Устройство не обеспечивает качество, нужное для этого звонка.',
    hint: 'Выберите другое устройство в настройках.',
  },
  '3010': {
    title: 'Нет звука с микрофона',
    message: 'Он включён, но мы ничего не слышим.',
    hint: 'Проверьте, что он подключён и звук не выключен, или выберите другой.',
  },
  '3011': {
    title: 'Нет доступа к {device:dat}',
    message: 'Доступ блокирует система, или устройство отключено.',
    hint: 'Разрешите браузеру доступ в настройках конфиденциальности системы.',
    action: STEPS_ACTION,
  },
  '3011.screen': {
    title: 'Не удаётся начать демонстрацию экрана',
    message: 'Система блокирует запись экрана.',
    // macOS 15 names the pane "Запись экрана и системного аудио" (not verified on a Russian Mac;
    // macOS 13–14 says "Запись экрана").
    hint: 'Разрешите браузеру доступ в разделе «Запись экрана и системного аудио».',
  },
  '3xxx.screen': {
    title: 'Демонстрация экрана остановлена',
    message: 'Демонстрация экрана не началась или прервалась.',
    hint: 'Начните демонстрацию снова.',
    action: { hint: 'Нажмите «{action}», чтобы попробовать снова.' },
  },
  '3012.web': {
    title: 'Начните демонстрацию этой вкладки',
    message: 'Для этого звонка нужна демонстрация этой вкладки.',
    hint: 'Начните демонстрацию снова и выберите эту вкладку.',
  },
  '3012.flutter': {
    title: 'Не удаётся подключить Bluetooth-аудио',
    message: 'У приложения нет доступа к устройствам Bluetooth.',
    // Android's permission is "Устройства поблизости" in Russian.
    hint: 'Разрешите приложению «Устройства поблизости» в настройках телефона.',
  },
  '3013.web': {
    title: 'Не удаётся воспроизвести звук звонка',
    message: 'Браузер не смог воспроизвести аудио звонка.',
    hint: 'Проверьте динамики или наушники либо выберите другие.',
  },
  '3013.flutter': {
    title: 'Не удаётся использовать Bluetooth-аудио',
    message: 'Это приложение не может использовать Bluetooth-аудио.',
    hint: 'Используйте динамик телефона или проводную гарнитуру.',
  },
  '3014': {
    title: 'Отключено: {device}',
    message: 'Не удаётся обнаружить {device:chosen}.',
    hint: SWAP_HINT,
  },
  '3015': {
    title: 'Нет сигнала от {device:gen}',
    message: 'Возможно, устройство занял телефонный звонок или другое приложение.',
    hint: 'Завершите тот звонок и заново включите устройство.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'Не удалось передать аудио и видео',
    message: 'Сбой соединения при отправке вашего аудио и видео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Сбой соединения при отправке вашего аудио и видео' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Не удалось получить аудио и видео',
    message: 'Сбой соединения с аудио и видео других участников.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Сбой соединения с аудио и видео других участников' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Не удалось настроить аудио и видео',
    message: 'Сбой при настройке вашего аудио и видео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Сбой при настройке вашего аудио и видео' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Не удалось подключить аудио и видео',
    message: 'Ваше аудио и видео не подключились до конца.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ваше аудио и видео не подключились' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Соединение потеряно',
    message: 'Соединение для аудио и видео прервалось.',
    hint: NETWORK_HINT,
    dialog: { message: 'Соединение прервалось' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Нестабильное соединение',
    message: 'Соединение ненадолго прервалось. Мы переподключаемся.',
    hint: 'Если это повторяется, смените сеть.',
    dialog: { message: 'Соединение прервалось' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Нет данных о качестве звонка',
    message: 'На сам звонок это не влияет.',
    hint: QUIET,
  },
  '4008': {
    title: 'Обновляем соединение',
    message: 'Скоро всё наладится.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Вы уже в этом звонке',
    message: 'Вы уже присоединились отсюда.',
    hint: 'Продолжайте звонок.',
  },
  '5002': {
    title: 'Ещё идёт подготовка',
    message: 'Запускается предпросмотр камеры и микрофона.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Нет соединения',
    message: 'Сейчас звонок недоступен.',
    hint: NETWORK_HINT,
    dialog: { message: 'Вы больше не подключены к звонку.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Не удалось выполнить действие',
    message: 'Звонок ответил не так, как ожидалось.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Что-то пошло не так',
    message: 'В звонке возникла непредвиденная проблема.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'Не удалось обновить звонок',
    message: 'Не удалось обновить соединение для аудио и видео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Не удалось обновить соединение' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Ещё не готово',
    message: 'Звонок пока к этому не готов.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Неожиданный ответ от звонка',
    message: 'Мы получили ответ, который не смогли понять.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Возможно, не хватает аудио или видео',
    message: 'Часть аудио или видео не удалось сопоставить с участниками.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Возможно, не хватает аудио или видео',
    message: 'Часть аудио или видео не дошла.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Кто-то может отображаться неверно',
    message: 'Нам не хватает данных об одном из участников звонка.',
    hint: 'Если имя или видео выглядят неправильно, присоединитесь снова.',
  },
  '6008': {
    title: 'Нельзя присоединиться по этой ссылке',
    message: 'Этот звонок не принимает участников по вашему приглашению.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Предпросмотр уже запускается',
    message: 'Запускается предпросмотр камеры и микрофона.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Звонки на этой странице недоступны',
    message: 'Страница открыта не через защищённое соединение.',
    hint: 'Откройте звонок по ссылке, которая начинается с https.',
  },
  '6011': {
    title: 'Этот браузер не поддерживает звонки',
    message: 'Возможно, он устарел или звонки блокирует расширение.',
    hint: 'Обновите его или попробуйте другой браузер.',
  },
  '6012': {
    title: 'Ваши настройки не сохранятся',
    message: 'Браузер блокирует данные сайта. Звонок при этом работает.',
    hint: 'Разрешите cookie для этого сайта, чтобы сохранить настройки.',
  },
  '6013': {
    title: 'Не получилось',
    message: 'Звонок не смог принять запрос от приложения.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Эффект здесь не поддерживается',
    message: 'Ваш браузер или устройство не поддерживают этот эффект.',
    hint: WITHOUT_IT + ' или попробуйте другой браузер.',
  },
  '7002': {
    title: 'Не удалось включить эффект',
    message: 'Эффект не запустился.',
    hint: WITHOUT_IT + ' или повторите попытку.',
    action: { hint: 'Нажмите «{action}» или продолжайте без эффекта.' },
  },
  '7003': {
    title: 'Эффект перестал работать',
    message: 'Не удалось применить эффект.',
    hint: OFF_ON,
  },
  '7004': {
    title: 'Эффект ещё включается',
    message: 'Мы уже применяем этот эффект.',
    hint: QUIET,
  },
  '7005': {
    title: 'Эффект недоступен на этом устройстве',
    message: 'Это устройство не может обработать эффект.',
    hint: WITHOUT_IT + ' или попробуйте другое устройство.',
  },
  '7006': {
    title: 'Эффект недоступен в этом звонке',
    message: 'Для этого звонка эффект не включён.',
    hint: WITHOUT_IT + '.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Плейлист закончился',
    message: 'Больше нечего воспроизводить.',
    hint: 'Выберите что-то другое или начните сначала.',
  },
  '8002': {
    title: 'Ничего не воспроизводится',
    message: 'Сейчас ничего не играет.',
    hint: 'Сначала запустите что-нибудь из плейлиста.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'Не удалось присоединиться к звонку',
    message: 'Звонок не смог принять запрос на присоединение.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Срок действия ссылки истёк',
    message: 'Не удалось подтвердить ваше приглашение.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'У вас нет доступа к этому звонку',
    message: 'Ваше приглашение не позволяет присоединиться.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Звонок не найден',
    message: 'Мы не нашли этот звонок.',
    hint: 'Проверьте ссылку или попросите у организатора новую.',
  },
  '410': {
    title: 'Этот звонок больше недоступен',
    message: 'Звонок завершился или был закрыт.',
    hint: 'Чтобы присоединиться снова, попросите у организатора новую ссылку.',
  },
  '429': {
    title: 'Слишком много попыток',
    message: 'Сервис звонков сейчас перегружен.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'Сбой в сервисе звонков',
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'Сервис звонков этого не поддерживает',
    message: 'Сервер звонка не поддерживает этот запрос.',
    hint: SUPPORT,
  },
  '502': {
    title: 'Нет связи с сервисом звонков',
    message: 'Сервер звонка ответил некорректно.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Сервис звонков недоступен',
    message: 'Сервис звонков временно недоступен.',
    hint: 'Повторите попытку через несколько минут.',
    action: { hint: 'Через несколько минут нажмите «{action}».' },
  },
  '504': {
    title: 'Сервис звонков не ответил вовремя',
    message: 'Сервер звонка слишком долго не отвечал.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Эта ссылка недействительна',
    message: 'Звонка по этой ссылке не существует.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Эта ссылка не для этого звонка',
    message: 'Ваше приглашение — в другой звонок.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Вы уже присоединились в другом месте',
    message: 'Вы в этом звонке с другой вкладки или устройства.',
    hint: 'Выйдите оттуда и присоединитесь снова здесь.',
  },
  '40100': { title: 'Не удалось проверить ваше приглашение', ...APP_SIDE },
  '40101': { title: 'Не удалось проверить ваше приглашение', ...APP_SIDE },
  '40102': {
    title: 'Эта ссылка недействительна',
    message: 'Ваше приглашение ведёт в несуществующий звонок.',
    hint: LINK_HINT,
  },
  '40103': { title: 'Не удалось проверить ваше приглашение', ...APP_SIDE },
  '40104': { title: 'Не удалось проверить ваше приглашение', ...APP_SIDE },
  '40105': { title: 'Не удалось проверить ваше приглашение', ...APP_SIDE },
  '40107': { title: 'Не удалось проверить ваше приглашение', ...APP_SIDE },
  '40108': {
    title: 'Нельзя присоединиться по этой ссылке',
    message: 'Ваше приглашение не соответствует настройкам звонка.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Эта ссылка не работает',
    message: 'Ваше приглашение повреждено или неполное.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Вы больше не в звонке',
    message: 'После обрыва соединения звонок перестал вас видеть.',
    hint: 'Присоединитесь снова, чтобы вернуться.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'В звонке нет свободных мест',
    message: 'Сейчас к звонку больше нельзя присоединиться.',
    hint: 'Попросите организатора освободить место и присоединитесь снова.',
  },
  ROOM_ENDED: {
    title: 'Звонок завершён',
    message:
      '{requestedBy, select, none {Звонок завершён для всех.} other {Участник {requestedBy} завершил звонок для всех.}}' +
      '{reason, select, none {} other { Причина: {reason}}}',
    hint: 'Можно вернуться на главную или закрыть эту страницу.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Вас удалили из звонка',
    message:
      '{requestedBy, select, none {Вас удалили из звонка.} other {Участник {requestedBy} удалил вас из звонка.}}' +
      '{reason, select, none {} other { Причина: {reason}}}',
    hint: 'Если это ошибка, попросите организатора пригласить вас снова.',
  },
  RECONNECTING: {
    title: 'Переподключение',
    message: 'Соединение прервалось. Возвращаем вас в звонок.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Соединение восстановлено',
    message: 'Вы снова на связи.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device:cap} на паузе',
    message: 'Устройство занято другим приложением или телефонным звонком.',
    hint: 'Оно вернётся, когда другое приложение его освободит.',
  },
  TRACK_RESUMED: {
    title: '{device:cap} снова в работе',
    message: 'Вы снова можете использовать {device:acc}.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'Звонок не начался вовремя',
    message: 'Присоединение идёт намного дольше, чем должно.',
    hint: 'Проверьте соединение и вернитесь на главную.',
    action: { hint: 'Проверьте соединение и нажмите «{action}».' },
  },
  SLOW: {
    title: 'Всё ещё подключаемся…',
    message: 'Присоединение идёт дольше обычного.',
    hint: 'Можно подождать: если не получится, мы сообщим.',
  },
  NETWORK: {
    title: 'Проблема с соединением',
    message: 'Не удалось связаться с сервисом звонков.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Что-то пошло не так',
    message: 'Возникла непредвиденная проблема.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Доступ к {device:dat} разрешён',
    message: 'Теперь этот сайт может использовать {device:acc}.',
    hint: WHEN_READY,
    action: USE_IT,
  },
  DEVICE_FOUND: {
    title: 'Подключено: {device}',
    message: 'Вы снова можете использовать {device:acc}.',
    hint: WHEN_READY,
    action: USE_IT,
  },
  OFFLINE: {
    title: 'Вы не в сети',
    message: 'Ваше устройство потеряло связь с интернетом.',
    hint: 'Мы переподключим вас, когда связь появится.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Проблема с соединением',
    message: 'Соединение работало с перебоями.',
    hint: NETWORK_HINT,
    dialog: { message: 'Соединение прервалось' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Не удалось настроить звонок',
    message: 'Сбой при подготовке звонка.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Проблема с {device:ins}',
    message: 'С {device:ins} что-то не так.',
    hint: 'Переподключите устройство и закройте приложения, которые его используют.',
  },
  'range.4xxx': {
    title: 'Проблема с соединением',
    message: 'Что-то пошло не так с вашим аудио и видео.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Соединение для аудио и видео прервалось' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'Не удалось присоединиться к звонку',
    message: 'Во время присоединения что-то пошло не так.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Что-то пошло не так, поэтому вы не присоединились.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Что-то пошло не так',
    message: 'В звонке возникла непредвиденная проблема.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Эффект не работает',
    message: 'С эффектом что-то пошло не так.',
    hint: OFF_ON,
  },
  'range.8xxx': {
    title: 'Проблема с плейлистом',
    message: 'С плейлистом что-то пошло не так.',
    hint: 'Попробуйте воспроизвести его снова.',
  },
  'range.http4xx': {
    title: 'Не удалось присоединиться к звонку',
    message: 'Звонок не смог принять запрос.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'Сбой в сервисе звонков',
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Эта ссылка не работает',
    message: 'Не удалось впустить вас по этой ссылке.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const TIMES = '{count, plural, one {# раз} few {# раза} many {# раз} other {# раза}}';

const labels: Record<LabelKey, string> = {
  goHome: 'На главную',
  tryAgain: 'Повторить',
  rejoin: 'Присоединиться снова',
  turnCameraOn: 'Включить камеру',
  turnMicrophoneOn: 'Включить микрофон',
  shareAgain: 'Повторить демонстрацию',
  errorCode: 'Ошибка {code}',
  copyDetails: 'Скопировать сведения',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать автоматически. Сведения показаны ниже.',
  details: 'Технические сведения',
  countdown: 'Переход на главную через {seconds} с',
  countdownStarted:
    'Через {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}} вы автоматически перейдёте на главную.',
  countdownPaused: 'Автоматический переход на главную приостановлен.',
  pause: 'Приостановить',
  resume: 'Продолжить',
  region: 'Уведомления ({hotkey})',
  dismiss: 'Закрыть: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: 'Ещё {count}',
  allowAudio: 'Разрешить звук',
  howToFix: 'Как исправить',
  stepsInBrowser: 'В {browser}',
  stepsOnSystem: 'В {system}',
  fallbackTitle: 'Звонок завершён',
  useAnotherCamera: 'Выбрать другую камеру',
  useAnotherMicrophone: 'Выбрать другой микрофон',
  chooseCamera: 'Выберите камеру',
  chooseMicrophone: 'Выберите микрофон',
  unnamedCamera: 'Камера {count}',
  unnamedMicrophone: 'Микрофон {count}',
  switchDevice: 'Переключить',
  cancel: 'Отмена',
  noOtherDevice: 'Других устройств не найдено.',
  keepTrying: 'Мы продолжим попытки до {seconds, plural, one {# секунды} few {# секунд} many {# секунд} other {# секунды}}.',
  severityError: 'Ошибка:',
  severityWarning: 'Предупреждение:',
  severityInfo: 'Информация:',
  severitySuccess: 'Готово:',
  recent: 'Недавние уведомления',
  recentEmpty: 'Недавних уведомлений нет.',
  respond: 'Нажмите {hotkey}, чтобы перейти к действиям.',
  stillHappening: 'Всё ещё происходит: ' + TIMES,
  moreText:
    'В очереди {count, plural, one {ещё # уведомление} few {ещё # уведомления} many {ещё # уведомлений} other {ещё # уведомления}}',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: {
    default: 'микрофон',
    cap: 'Микрофон',
    gen: 'микрофона',
    dat: 'микрофону',
    acc: 'микрофон',
    ins: 'микрофоном',
    none: 'ни одного микрофона',
    chosen: 'выбранный микрофон',
  },
  video: {
    default: 'камера',
    cap: 'Камера',
    gen: 'камеры',
    dat: 'камере',
    acc: 'камеру',
    ins: 'камерой',
    none: 'ни одной камеры',
    chosen: 'выбранную камеру',
  },
  'audio, video': {
    default: 'камера и микрофон',
    cap: 'Камера и микрофон',
    gen: 'камеры и микрофона',
    dat: 'камере и микрофону',
    acc: 'камеру и микрофон',
    ins: 'камерой и микрофоном',
    none: 'ни камеры, ни микрофона',
    chosen: 'выбранные камеру и микрофон',
  },
  screen: {
    default: 'демонстрация экрана',
    cap: 'Демонстрация экрана',
    gen: 'демонстрации экрана',
    dat: 'демонстрации экрана',
    acc: 'демонстрацию экрана',
    ins: 'демонстрацией экрана',
    none: 'экрана для демонстрации',
    chosen: 'выбранный экран',
  },
  unknown: {
    default: 'камера или микрофон',
    cap: 'Камера или микрофон',
    gen: 'камеры или микрофона',
    dat: 'камере или микрофону',
    acc: 'камеру или микрофон',
    ins: 'камерой или микрофоном',
    none: 'ни камеры, ни микрофона',
    chosen: 'выбранную камеру или микрофон',
  },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Кто-то';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Russian. Verified against Russian UIs or
 * vendors' Russian help only where marked; the rest follows the vendors' usual Russian wording and
 * is NOT verified:
 * - Chrome: panel link "Настройки сайтов", options "Спрашивать" / "Разрешить" / "Блокировать"
 *   (Google's Russian help uses these names; not checked in a running Chrome).
 * - Edge: "Разрешения для этого сайта" — not verified.
 * - Firefox: the blocked entry reads "Заблокировано" (or "Временно заблокировано") — not verified.
 * - Safari on Mac: "Safari > Настройки для этого веб-сайта…"; iPhone/iPad: "Настройки веб-сайта"
 *   in the aA menu — not verified.
 * - macOS 13+: "Системные настройки" > "Конфиденциальность и безопасность" (Apple's Russian help).
 * - Windows 11: "Пуск > Параметры > Конфиденциальность и защита", "Разрешения приложений" — not
 *   verified on a Russian Windows.
 */
const RELOAD = 'Перезагрузите страницу и повторите попытку.';
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Нажмите на значок слева от адресной строки.',
      'Включите доступ к {device:dat}.',
      'Если его там нет, откройте «Настройки сайтов» и для {device:gen} выберите «Разрешить».',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Нажмите на значок замка слева от адресной строки.',
      'Выберите «Разрешения для этого сайта».',
      'Для {device:gen} выберите «Разрешить».',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Нажмите на перечёркнутый значок разрешения в адресной строке.',
      'Рядом с «Заблокировано» нажмите на крестик, чтобы снять блокировку.',
      'Перезагрузите страницу и разрешите доступ к {device:dat}, когда Firefox спросит.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'На Mac выберите в строке меню Safari > «Настройки для этого веб-сайта».',
      'На iPhone или iPad коснитесь меню страницы (aA) рядом с адресом, затем «Настройки веб-сайта».',
      'Для {device:gen} выберите «Разрешить» и перезагрузите страницу.',
      'На iPhone или iPad всё ещё заблокировано? Откройте приложение «Настройки», найдите свой браузер и разрешите доступ к {device:dat}.',
    ],
  },
  other: {
    browser: 'вашем браузере',
    steps: [
      'Откройте настройки браузера для этого сайта — обычно через значок рядом с адресом.',
      'Разрешите доступ к {device:dat}.',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Откройте меню Apple > «Системные настройки» > «Конфиденциальность и безопасность».',
      'Выберите «Камера» или «Микрофон» — что вам нужно.',
      'Включите переключатель рядом с вашим браузером.',
      'Полностью закройте браузер, откройте его снова и присоединитесь к звонку.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Откройте «Пуск» > «Параметры» > «Конфиденциальность и защита».',
      'В разделе «Разрешения приложений» выберите «Камера» или «Микрофон».',
      'Включите доступ для приложений, в том числе для классических, таких как ваш браузер.',
      RELOAD,
    ],
  },
  other: {
    system: 'настройках устройства',
    steps: [
      'Откройте настройки устройства.',
      'Перейдите в раздел «Конфиденциальность» или «Разрешения приложений».',
      'Разрешите браузеру доступ к {device:dat}.',
      'Вернитесь в звонок и повторите попытку.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Код',
  name: 'Имя',
  action: 'Действие',
  message: 'Сообщение',
  description: 'Описание',
  shownAs: 'Показано как',
  catalogKey: 'Ключ каталога',
  kind: 'Тип',
  terminal: 'Завершает звонок',
  platform: 'Платформа',
  time: 'Время',
  count: 'Количество',
  sources: 'Источники',
  userAgent: 'Строка User-Agent',
  developerNote: 'Примечание для разработчиков',
  yes: 'да',
  no: 'нет',
  none: 'нет',
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
