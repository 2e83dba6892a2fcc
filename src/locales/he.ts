/*
 * react-hms-errors — Hebrew (he) locale. Direction: rtl.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts (same keys and
 * variants), following the structure of es.ts and the RTL handling of ar.ts.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Plain modern Hebrew that addresses the person without gender, as Google Meet's and Google's
 * Hebrew UIs do (Zoom's Hebrew still writes masculine imperatives, which half of the people in a
 * call are not): imperatives, future and present-tense verbs and adjectives about "you" are
 * gendered (בדוק/בדקי, מחובר/מחוברת), so this catalog only uses forms that read the same for
 * everyone —
 *   - instructions as "יש ל…" + infinitive ("יש לבדוק את החיבור לרשת"), options as "אפשר ל…";
 *   - "can't" as the impersonal "לא ניתן"; "we" (the app) as "לא הצלחנו", "נודיע";
 *   - 2nd-person past and suffixes, which unvocalised Hebrew spells the same for both genders:
 *     "הצטרפת", "בחרת", "נותקת", "הוסרת", "שלך", "אותך", "אחריך";
 *   - buttons as verbal nouns ("ניסיון חוזר", "הצטרפות מחדש", "חזרה לדף הבית"), Google's style.
 * A named person ({requestedBy}) is never the subject of a verb, whose gender is unknown: the
 * sentence is passive with "על ידי {requestedBy}". Being dropped from a call is "נותקת מהשיחה"
 * (you were disconnected), never "יצאת" (you left). Button and menu names are quoted with "".
 * Calm, no blame, no exclamation marks.
 *
 * ── Glossary (used consistently in every string; see glossaries/he.json) ─────────────────────
 *   call ............ שיחה (Meet's word; Zoom says פגישה = meeting)
 *   link ............ קישור              invite ........ הזמנה
 *   camera .......... מצלמה              microphone .... מיקרופון
 *   screen share .... שיתוף המסך / לשתף את המסך
 *   audio / video ... אודיו / וידאו
 *   host ............ המארח (Zoom's term; Meet says המארגן)
 *   join ............ הצטרפות / להצטרף    rejoin ........ הצטרפות מחדש / להצטרף שוב
 *   reconnect ....... חיבור מחדש ("מתבצע חיבור מחדש", "יש לחבר מחדש את ההתקן")
 *   allow ........... לאשר / הרשאה; Chrome's option is quoted as shown ("אפשר")
 *   settings ........ הגדרות              go home ....... חזרה לדף הבית
 *   support ......... התמיכה של האפליקציה
 *   device .......... ההתקן (the camera/microphone: antecedent of every pronoun, so no pronoun
 *                     agrees with {device}); the person's phone or computer is "המכשיר"
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Hebrew writes the article and the prepositions ב/ל/מ as prefixes that merge with the noun
 * ("ל" + "המצלמה" = "למצלמה"), so each is a form (see `deviceForms`):
 *   default   definite: "המצלמה", "המיקרופון", "המצלמה והמיקרופון", "שיתוף המסך", "המצלמה או
 *             המיקרופון" — used after "את", "עם", "של" and alone;
 *   be        "in/with": "במצלמה", "במצלמה ובמיקרופון"… ("להשתמש {device:be}", "בעיה {device:be}");
 *   le        "to": "למצלמה"… ("הגישה {device:le}", "הרשאה {device:le}");
 *   me        "from": "מהמצלמה"… ("אין אות {device:me}");
 *   indef     without article: "מצלמה", "מצלמה ומיקרופון"… (3002: "המכשיר לא מזהה {device:indef}").
 * The camera is feminine and the microphone masculine, so no verb, adjective or pronoun agrees
 * with {device}: it is always an object or after a preposition, and pronouns refer to "ההתקן".
 * With the kit's plain `deviceNames` option the prefixed forms fall back to the bare word
 * ("הגישה מצלמה"), which is understandable but not grammatical: pass `devices` forms instead.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Intl.PluralRules('he') gives one, two, other: "שנייה אחת", "שתי שניות", "# שניות";
 * "פעם אחת", "פעמיים", "# פעמים". Digits are formatted by the kit.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. The kit wraps names
 * and reasons in Unicode isolates, so a Latin name does not reorder the sentence.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'he';
const dir = 'rtl' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'יש לבדוק את ה-Wi-Fi או את החיבור לרשת.';
const LINK_HINT = 'יש לבקש קישור חדש מהמארח.';
const CONTACT = 'יש לפנות לתמיכה של האפליקציה.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'זו לא טעות שלך. האפליקציה לא הצליחה לאמת את ההזמנה שלך.',
  hint: CONTACT,
};
const LEFT = { hint: 'יש לחזור לדף הבית ולהצטרף שוב בעוד רגע.' };
const LEFT_REJOIN = { hint: 'יש ללחוץ על "{action}" כדי להצטרף שוב, או לחזור לדף הבית.' };
const SUPPORT_HINT = 'אם זה קורה שוב, יש לפנות לתמיכה של האפליקציה.';
const WAIT_HINT = 'אפשר לנסות שוב בעוד רגע.';
const WAIT_ACTION = { hint: 'בעוד רגע, יש ללחוץ על "{action}".' };
const QUIET = 'אין צורך לעשות דבר.';
const OPEN_AGAIN_HINT = 'יש לפתוח שוב את הקישור או לבקש קישור חדש מהמארח.';
const STILL_MISSING_HINT = 'אם מישהו עדיין חסר, יש להצטרף שוב.';
const CHECK_NETWORK_REJOIN = 'יש לבדוק את הרשת ולהצטרף שוב.';
const RECONNECT_OR_CHOOSE = 'יש לחבר מחדש את ההתקן או לבחור התקן אחר בהגדרות.';
const CARRY_ON = 'אפשר להמשיך מאיפה שהפסקת.';
const EFFECT_OFF_ON = 'אפשר לכבות את האפקט ולהפעיל אותו שוב, או להמשיך בלעדיו.';
const SEE_STEPS = { hint: 'יש ללחוץ על "{action}" כדי לראות את השלבים.' };
const START = { hint: 'יש ללחוץ על "{action}" כדי להתחיל.' };
/** "…, so you've left the call." */
const LEFT_CALL = ', ולכן נותקת מהשיחה.';
/** "…, so you haven't joined." */
const NOT_JOINED = ', ולכן ההצטרפות לא הושלמה.';
const NOT_VERIFIED = 'לא ניתן לאמת את ההזמנה שלך';
const CANT_JOIN = 'לא ניתן להצטרף לשיחה';
const CANT_JOIN_LINK = 'לא ניתן להצטרף עם הקישור הזה';
const LINK_BROKEN = 'הקישור הזה לא עובד';
const LINK_INVALID = 'הקישור הזה לא תקין';
const CANT_SET_UP = 'לא ניתן להכין את השיחה';
const WENT_WRONG = 'משהו השתבש';
const CONNECTION_PROBLEM = 'בעיית חיבור';
const UNEXPECTED_IN_CALL = 'אירעה בעיה לא צפויה בשיחה.';
const UNEXPECTED_ENDED = 'בעיה לא צפויה ניתקה אותך מהשיחה.';
const SERVICE_PROBLEM = 'בעיה בשירות השיחות';
const SERVER_WRONG = 'משהו השתבש בשרת השיחה.';
const PREVIEW = 'התצוגה המקדימה של המצלמה והמיקרופון מתחילה.';
const MISSING = 'ייתכן שחסרים וידאו או אודיו';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'לא ניתן להתחבר לשיחה',
    message: 'לא הצלחנו ליצור חיבור.',
    hint: NETWORK_HINT,
    dialog: { message: `לא הצלחנו ליצור חיבור${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'החיבור מחדש נכשל',
    message: 'החיבור שלך לא חזר.',
    hint: NETWORK_HINT,
    dialog: { message: `החיבור שלך לא חזר${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: CANT_JOIN,
    message: 'החיבור נסגר במהלך ההצטרפות.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: `החיבור נסגר במהלך ההצטרפות${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: CANT_SET_UP,
    message: 'לא הצלחנו להשלים את הכנת השיחה.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: CANT_SET_UP,
    message: 'בעיה בהגדרות האפליקציה עצרה את השיחה.',
    hint: CONTACT,
  },
  '2003': {
    title: 'לא ניתן להגיע לשיחה',
    message: 'לא הצלחנו להגיע לשרת השיחה.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: LINK_BROKEN,
    message: 'לא ניתן לקרוא את ההזמנה שלך.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'בעיה {device:be}',
    message: 'אירעה שגיאה {device:be}.',
    hint: 'יש לכבות את {device} ולהפעיל שוב.',
    action: { hint: 'יש ללחוץ על "{action}".' },
  },
  '3001': {
    title: 'לא ניתן להשתמש {device:be}',
    message: 'לאתר הזה אין הרשאה להשתמש {device:be}.',
    hint: 'אפשר לתת הרשאה בהגדרות האתר בדפדפן.',
    action: SEE_STEPS,
  },
  '3001.screen': {
    title: 'שיתוף המסך לא התחיל',
    message: 'השיתוף בוטל או נחסם.',
    hint: 'יש לשתף שוב ולבחור כרטיסייה, חלון או מסך.',
    action: { hint: 'יש ללחוץ על "{action}" ולבחור כרטיסייה, חלון או מסך.' },
  },
  '3002': {
    title: 'לא ניתן למצוא את {device}',
    message: 'המכשיר לא מזהה {device:indef}.',
    hint: 'יש לחבר התקן או לבחור התקן אחר בהגדרות.',
  },
  '3003': {
    title: 'לא ניתן להפעיל את {device}',
    message: 'ייתכן שאפליקציה אחרת משתמשת בהתקן, או שהוא לא מגיב.',
    hint: 'יש לסגור אפליקציות אחרות שמשתמשות בו ולנסות שוב.',
    action: { hint: 'יש לסגור אפליקציות אחרות וללחוץ על "{action}".' },
  },
  '3004': {
    title: 'הקשר עם {device} אבד',
    message: 'איבדנו את הגישה {device:le}.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'אין מה להפעיל',
    message: 'לא נבחרו מצלמה או מיקרופון.',
    hint: 'יש להפעיל את המצלמה או את המיקרופון.',
  },
  '3006': {
    title: 'לא ניתן להפעיל את הווידאו',
    message: 'בעיה בהגדרות הווידאו של האפליקציה עצרה את המצלמה.',
    hint: CONTACT,
  },
  '3007': {
    title: 'לא ניתן לשנות את זה במהלך שיחה',
    message: 'לא ניתן לשנות את הגדרת הווידאו הזו במהלך שיחה.',
    hint: 'השינוי יחול בהצטרפות הבאה.',
  },
  '3008': {
    title: 'עדיין לא ניתן לשמוע את האחרים',
    message: 'הדפדפן השהה את הצליל.',
    hint: 'כדי לשמוע אותם, אפשר ללחוץ או להקיש בכל מקום בדף.',
    action: { hint: 'כדי לשמוע אותם, יש ללחוץ על "{allowAudio}".' },
  },
  '3009': {
    title: 'פעולה לא נתמכת {device:be}',
    message: 'ההתקן לא מספק את האיכות שהשיחה דורשת.',
    hint: 'יש לבחור התקן אחר בהגדרות.',
  },
  '3010': {
    title: 'אין צליל מהמיקרופון',
    message: 'המיקרופון פועל, אבל לא נשמע ממנו דבר.',
    hint: 'יש לוודא שהוא מחובר ולא מושתק, או לבחור מיקרופון אחר.',
  },
  '3011': {
    title: 'לא ניתן להשתמש {device:be}',
    message: 'המערכת חוסמת את הגישה, או שההתקן לא מחובר.',
    hint: 'יש לאשר את הדפדפן בהגדרות הפרטיות של המערכת.',
    action: SEE_STEPS,
  },
  '3011.screen': {
    title: 'לא ניתן לשתף את המסך',
    message: 'המערכת חוסמת הקלטת מסך.',
    // macOS 15's pane "Screen & System Audio Recording" in Hebrew (not verified on a Mac).
    hint: 'יש לאשר את הדפדפן ב"הקלטת מסך ושמע מערכת".',
  },
  '3xxx.screen': {
    title: 'שיתוף המסך הופסק',
    message: 'שיתוף המסך לא התחיל או נעצר.',
    hint: 'יש לשתף את המסך שוב.',
    action: { hint: 'יש ללחוץ על "{action}" כדי לנסות שוב.' },
  },
  '3012.web': {
    title: 'כדי להמשיך, יש לשתף את הכרטיסייה',
    message: 'השיחה הזו דורשת לשתף את הכרטיסייה הזו.',
    hint: 'יש לשתף שוב ולבחור בכרטיסייה הזו.',
  },
  '3012.flutter': {
    title: 'לא ניתן להתחבר לאודיו ב-Bluetooth',
    message: 'לאפליקציה אין הרשאה להשתמש במכשירי Bluetooth.',
    // Android's permission "Nearby devices" in Hebrew (not verified on a device).
    hint: 'יש לאשר "מכשירים בקרבת מקום" לאפליקציה בהגדרות הטלפון.',
  },
  '3013.web': {
    title: 'לא ניתן להשמיע את צלילי השיחה',
    message: 'הדפדפן לא הצליח להשמיע את האודיו של השיחה.',
    hint: 'יש לבדוק את הרמקול או האוזניות, או לבחור פלט אחר.',
  },
  '3013.flutter': {
    title: 'לא ניתן להשתמש באודיו ב-Bluetooth',
    message: 'האפליקציה לא יכולה להשתמש באודיו ב-Bluetooth.',
    hint: 'אפשר להשתמש ברמקול של הטלפון או באוזניות חוטיות.',
  },
  '3014': {
    title: 'החיבור {device:le} נותק',
    message: 'לא ניתן לזהות את {device} שבחרת.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: 'אין אות {device:me}',
    message: 'ייתכן שאפליקציה אחרת או שיחת טלפון תפסה את ההתקן.',
    hint: 'יש לסיים את השיחה האחרת, ואז לכבות ולהפעיל את ההתקן.',
  },

  // ── WebRTC ───────────────────────────────────────────────────────────────────────────────
  '4001': {
    title: 'לא ניתן לשלוח את האודיו והווידאו',
    message: 'חיבור האודיו והווידאו שלך נכשל.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `חיבור האודיו והווידאו שלך נכשל${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'לא ניתן לקבל אודיו ווידאו',
    message: 'החיבור לאודיו ולווידאו של האחרים נכשל.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `החיבור לאודיו ולווידאו של האחרים נכשל${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'לא ניתן להכין אודיו ווידאו',
    message: 'הכנת האודיו והווידאו שלך נכשלה.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `הכנת האודיו והווידאו שלך נכשלה${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'לא ניתן לחבר אודיו ווידאו',
    message: 'החיבור של האודיו והווידאו שלך לא הושלם.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `האודיו והווידאו שלך לא התחברו${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'החיבור אבד',
    message: 'חיבור האודיו והווידאו שלך נכשל.',
    hint: NETWORK_HINT,
    dialog: { message: `החיבור שלך נכשל${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'החיבור לא יציב',
    message: 'החיבור נותק לרגע. מתבצע חיבור מחדש.',
    hint: 'אם זה חוזר, כדאי לעבור לרשת אחרת.',
    dialog: { message: `החיבור שלך נפל${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'פרטי איכות השיחה לא זמינים',
    message: 'אין לזה השפעה על השיחה.',
    hint: QUIET,
  },
  '4008': {
    title: 'החיבור מתרענן',
    message: 'זה אמור להתייצב בעוד רגע.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'השיחה הזו כבר פתוחה אצלך',
    message: 'כבר הצטרפת מכאן.',
    hint: 'אפשר להמשיך בשיחה.',
  },
  '5002': {
    title: 'ההכנות עדיין נמשכות',
    message: PREVIEW,
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'אין חיבור',
    message: 'לא ניתן להגיע לשיחה כרגע.',
    hint: NETWORK_HINT,
    dialog: { message: 'החיבור לשיחה נותק.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'לא ניתן להשלים את הפעולה',
    message: 'השיחה לא הגיבה כמצופה.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: WENT_WRONG,
    message: UNEXPECTED_IN_CALL,
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'לא ניתן לעדכן את השיחה',
    message: 'עדכון חיבור האודיו והווידאו שלך נכשל.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `עדכון החיבור נכשל${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'עדיין לא מוכן',
    message: 'השיחה עדיין לא מוכנה לזה.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'תגובה לא צפויה מהשיחה',
    message: 'קיבלנו תגובה שלא הצלחנו להבין.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: MISSING,
    message: 'לא הצלחנו לשייך חלק מהאודיו או הווידאו למשתתף הנכון.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: MISSING,
    message: 'חלק מהאודיו או הווידאו לא הגיע.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'ייתכן שמישהו לא מוצג כראוי',
    message: 'חסרים לנו פרטים על מישהו בשיחה.',
    hint: 'אם שם או וידאו נראים שגויים, יש להצטרף שוב.',
  },
  '6008': {
    title: CANT_JOIN_LINK,
    message: 'השיחה הזו לא מאפשרת הצטרפות עם ההזמנה שלך.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'התצוגה המקדימה כבר מתחילה',
    message: PREVIEW,
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'שיחות לא זמינות בדף הזה',
    message: 'הדף הזה לא נפתח בחיבור מאובטח.',
    hint: 'יש לפתוח את השיחה מקישור שמתחיל ב-https.',
  },
  '6011': {
    title: 'הדפדפן הזה לא תומך בשיחות',
    message: 'ייתכן שהוא לא מעודכן, או שתוסף חוסם שיחות.',
    hint: 'אפשר לעדכן אותו או לנסות דפדפן אחר.',
  },
  '6012': {
    title: 'ההגדרות שלך לא יישמרו',
    message: 'הדפדפן חוסם אחסון של האתר. השיחה ממשיכה כרגיל.',
    hint: 'כדי לשמור אותן, אפשר להתיר קובצי Cookie לאתר.',
  },
  '6013': {
    title: 'זה לא הצליח',
    message: 'השיחה לא יכלה לקבל בקשה מהאפליקציה.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'האפקט לא נתמך כאן',
    message: 'הדפדפן או המכשיר לא יכולים להפעיל את האפקט הזה.',
    hint: 'אפשר להמשיך בלעדיו או לנסות דפדפן אחר.',
  },
  '7002': {
    title: 'לא ניתן להפעיל את האפקט',
    message: 'הפעלת האפקט נכשלה.',
    hint: 'אפשר להמשיך בלעדיו או לנסות שוב.',
    action: { hint: 'אפשר ללחוץ על "{action}" או להמשיך בלי האפקט.' },
  },
  '7003': {
    title: 'האפקט הפסיק לפעול',
    message: 'החלת האפקט נכשלה.',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'הפעלת האפקט עדיין בתהליך',
    message: 'האפקט הזה כבר מתווסף.',
    hint: QUIET,
  },
  '7005': {
    title: 'המכשיר הזה לא תומך באפקט',
    message: 'לא ניתן להפעיל את האפקט הזה במכשיר הזה.',
    hint: 'אפשר להמשיך בלעדיו או לנסות מכשיר אחר.',
  },
  '7006': {
    title: 'האפקט לא זמין בשיחה הזו',
    message: 'האפקט הזה לא מופעל בשיחה הזו.',
    hint: 'אפשר להמשיך בלעדיו.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'סוף רשימת ההשמעה',
    message: 'לא נשאר מה להשמיע.',
    hint: 'אפשר לבחור משהו אחר או להתחיל מההתחלה.',
  },
  '8002': {
    title: 'אין השמעה פעילה',
    message: 'כרגע שום דבר לא מושמע.',
    hint: 'יש להפעיל קודם משהו מרשימת ההשמעה.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: CANT_JOIN,
    message: 'השיחה לא יכלה לקבל את בקשת ההצטרפות.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'תוקף הקישור הזה פג',
    message: 'לא הצלחנו לאשר את ההזמנה שלך.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'אין לך גישה לשיחה הזו',
    message: 'ההזמנה שלך לא מאפשרת להצטרף.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'השיחה לא נמצאה',
    message: 'לא הצלחנו למצוא את השיחה הזו.',
    hint: 'יש לבדוק את הקישור או לבקש קישור חדש מהמארח.',
  },
  '410': {
    title: 'השיחה הזו כבר לא זמינה',
    message: 'השיחה הסתיימה או נסגרה.',
    hint: 'כדי להצטרף שוב, יש לבקש קישור חדש מהמארח.',
  },
  '429': {
    title: 'יותר מדי ניסיונות',
    message: 'שירות השיחות עמוס כרגע.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: SERVICE_PROBLEM,
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'שירות השיחות לא תומך בזה',
    message: 'שרת השיחה לא תומך בבקשה הזו.',
    hint: CONTACT,
  },
  '502': {
    title: 'לא ניתן להגיע לשירות השיחות',
    message: 'שרת השיחה לא ענה כראוי.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'שירות השיחות לא זמין',
    message: 'שירות השיחות לא זמין לזמן קצר.',
    hint: 'אפשר לנסות שוב בעוד כמה דקות.',
    action: { hint: 'בעוד כמה דקות, יש ללחוץ על "{action}".' },
  },
  '504': {
    title: 'שירות השיחות לא הגיב בזמן',
    message: 'שרת השיחה התעכב יותר מדי בתשובה.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: LINK_INVALID,
    message: 'השיחה שהקישור מפנה אליה לא קיימת.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'הקישור הזה לא תואם לשיחה',
    message: 'ההזמנה שלך מיועדת לשיחה אחרת.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'כבר הצטרפת ממקום אחר',
    message: 'השיחה הזו כבר פתוחה אצלך בכרטיסייה או במכשיר אחר.',
    hint: 'יש לצאת משם ולהצטרף שוב כאן.',
  },
  '40100': { title: NOT_VERIFIED, ...APP_SIDE },
  '40101': { title: NOT_VERIFIED, ...APP_SIDE },
  '40102': {
    title: LINK_INVALID,
    message: 'ההזמנה שלך מפנה לשיחה שלא קיימת.',
    hint: LINK_HINT,
  },
  '40103': { title: NOT_VERIFIED, ...APP_SIDE },
  '40104': { title: NOT_VERIFIED, ...APP_SIDE },
  '40105': { title: NOT_VERIFIED, ...APP_SIDE },
  '40107': { title: NOT_VERIFIED, ...APP_SIDE },
  '40108': {
    title: CANT_JOIN_LINK,
    message: 'ההזמנה שלך לא תואמת להגדרות השיחה הזו.',
    hint: LINK_HINT,
  },
  '40109': {
    title: LINK_BROKEN,
    message: 'ההזמנה שלך פגומה או חלקית.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'נותקת מהשיחה',
    message: 'השיחה איבדה את המעקב אחריך אחרי ניתוק בחיבור.',
    hint: 'יש להצטרף שוב כדי לחזור.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'השיחה הזו מלאה',
    message: 'כרגע אין מקום לאנשים נוספים בשיחה.',
    hint: 'יש לבקש מהמארח לפנות מקום, ואז להצטרף שוב.',
  },
  ROOM_ENDED: {
    title: 'השיחה הסתיימה',
    message:
      '{requestedBy, select, none {השיחה הסתיימה לכולם.} other {השיחה הסתיימה לכולם על ידי {requestedBy}.}}' +
      '{reason, select, none {} other { סיבה: {reason}}}',
    hint: 'אפשר לחזור לדף הבית או לסגור את הדף.',
  },
  REMOVED_FROM_ROOM: {
    title: 'הוסרת מהשיחה',
    message:
      '{requestedBy, select, none {הוסרת מהשיחה.} other {הוסרת מהשיחה על ידי {requestedBy}.}}' +
      '{reason, select, none {} other { סיבה: {reason}}}',
    hint: 'אם זו טעות, יש לבקש מהמארח להזמין אותך שוב.',
  },
  RECONNECTING: {
    title: 'מתבצע חיבור מחדש',
    message: 'החיבור נותק. אנחנו מחזירים אותך לשיחה.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'בוצע חיבור מחדש',
    message: 'החיבור שלך חזר.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: 'השימוש {device:be} הושהה',
    message: 'אפליקציה אחרת או שיחת טלפון משתמשת בהתקן.',
    hint: 'ההתקן יחזור לפעול כשהאפליקציה האחרת תשחרר אותו.',
  },
  TRACK_RESUMED: {
    title: 'השימוש {device:be} חודש',
    message: 'החיבור {device:le} פעיל שוב.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'השיחה לא התחילה בזמן',
    message: 'ההצטרפות נמשכת הרבה יותר מהרגיל.',
    hint: 'יש לבדוק את החיבור ולחזור לדף הבית.',
    action: { hint: 'יש לבדוק את החיבור וללחוץ על "{action}".' },
  },
  SLOW: {
    title: 'החיבור עדיין מתבצע…',
    message: 'ההצטרפות נמשכת יותר מהרגיל.',
    hint: 'אפשר להמשיך לחכות. נודיע אם זה ייכשל.',
  },
  NETWORK: {
    title: CONNECTION_PROBLEM,
    message: 'לא הצלחנו להגיע לשירות השיחות.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: WENT_WRONG,
    message: 'אירעה בעיה לא צפויה.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'ניתנה הרשאה {device:le}',
    message: 'האתר יכול להשתמש עכשיו {device:be}.',
    hint: 'אפשר להפעיל בכל עת.',
    action: START,
  },
  DEVICE_FOUND: {
    title: 'החיבור {device:le} זוהה',
    message: 'אפשר שוב להשתמש {device:be}.',
    hint: 'אפשר להפעיל בכל עת.',
    action: START,
  },
  OFFLINE: {
    title: 'אין חיבור לאינטרנט',
    message: 'המכשיר שלך התנתק מהרשת.',
    hint: 'החיבור מחדש יתבצע כשהאינטרנט יחזור.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: CONNECTION_PROBLEM,
    message: 'היה לנו קשה לשמור על החיבור.',
    hint: NETWORK_HINT,
    dialog: { message: `החיבור שלך נכשל${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: CANT_SET_UP,
    message: 'הכנת השיחה נכשלה.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'בעיה {device:be}',
    message: 'משהו השתבש {device:be}.',
    hint: 'יש לחבר מחדש את ההתקן ולסגור אפליקציות אחרות שמשתמשות בו.',
  },
  'range.4xxx': {
    title: CONNECTION_PROBLEM,
    message: 'משהו השתבש באודיו ובווידאו שלך.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `חיבור האודיו והווידאו שלך נכשל${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: CANT_JOIN,
    message: 'משהו השתבש במהלך ההצטרפות.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `משהו השתבש${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: WENT_WRONG,
    message: UNEXPECTED_IN_CALL,
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'אפקט לא פועל',
    message: 'משהו השתבש באפקט.',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'בעיה ברשימת ההשמעה',
    message: 'משהו השתבש ברשימת ההשמעה.',
    hint: 'אפשר לנסות להפעיל אותה שוב.',
  },
  'range.http4xx': {
    title: CANT_JOIN,
    message: 'השיחה לא יכלה לקבל את הבקשה.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: SERVICE_PROBLEM,
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: LINK_BROKEN,
    message: 'לא הצלחנו להכניס אותך עם הקישור הזה.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const SECONDS = '{seconds, plural, one {שנייה אחת} two {שתי שניות} other {# שניות}}';
const TIMES = '{count, plural, one {פעם אחת} two {פעמיים} other {# פעמים}}';

const labels: Record<LabelKey, string> = {
  goHome: 'חזרה לדף הבית',
  tryAgain: 'ניסיון חוזר',
  rejoin: 'הצטרפות מחדש',
  turnCameraOn: 'הפעלת המצלמה',
  turnMicrophoneOn: 'הפעלת המיקרופון',
  shareAgain: 'שיתוף מחדש',
  errorCode: 'שגיאה {code}',
  copyDetails: 'העתקת הפרטים',
  copied: 'הועתק',
  copyFailed: 'לא ניתן היה להעתיק אוטומטית. הפרטים מוצגים למטה.',
  details: 'פרטים טכניים',
  countdown: 'חזרה לדף הבית בעוד {seconds} שנ׳',
  countdownStarted: `החזרה לדף הבית תתבצע אוטומטית בעוד ${SECONDS}.`,
  countdownPaused: 'החזרה האוטומטית לדף הבית הושהתה.',
  pause: 'השהיה',
  resume: 'המשך',
  region: 'התראות ({hotkey})',
  dismiss: 'סגירה: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count} נוספות',
  allowAudio: 'הפעלת האודיו',
  howToFix: 'איך לפתור',
  // "ב-" cannot go before "הדפדפן שלך" (the `other` browser), so the heading is "instructions for".
  stepsInBrowser: 'הוראות עבור {browser}',
  stepsOnSystem: 'הוראות עבור {system}',
  fallbackTitle: 'השיחה הסתיימה',
  useAnotherCamera: 'שימוש במצלמה אחרת',
  useAnotherMicrophone: 'שימוש במיקרופון אחר',
  chooseCamera: 'בחירת מצלמה',
  chooseMicrophone: 'בחירת מיקרופון',
  unnamedCamera: 'מצלמה {count}',
  unnamedMicrophone: 'מיקרופון {count}',
  switchDevice: 'החלפה',
  cancel: 'ביטול',
  noOtherDevice: 'לא נמצא התקן אחר.',
  keepTrying: `ננסה להתחבר במשך ${SECONDS} לכל היותר.`,
  severityError: 'שגיאה:',
  severityWarning: 'אזהרה:',
  severityInfo: 'מידע:',
  severitySuccess: 'הצלחה:',
  recent: 'התראות אחרונות',
  recentEmpty: 'אין התראות אחרונות.',
  respond: 'כדי להגיב, יש להקיש {hotkey}.',
  stillHappening: `עדיין קורה, ${TIMES}`,
  moreText: '{count, plural, one {עוד התראה אחת ממתינה} two {עוד שתי התראות ממתינות} other {עוד # התראות ממתינות}}',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/**
 * The forms the sentences use (`HMSLocale.devices`; see the header for which string uses which).
 * Builds the forms from the bare nouns: the article ה and the prefixes ב/ל/מה go on each noun
 * ("המצלמה והמיקרופון", "במצלמה או במיקרופון").
 */
const forms = (nouns: string[], joiner: string, gender: string): WordForms => {
  const join = (prefix: string) => nouns.map((noun) => prefix + noun).join(joiner);
  return { default: join('ה'), be: join('ב'), le: join('ל'), me: join('מה'), indef: join(''), gender };
};
const AND = ' ו';
const OR = ' או ';

const deviceForms: Record<DeviceKey, WordForms> = {
  audio: forms(['מיקרופון'], '', 'm'),
  video: forms(['מצלמה'], '', 'f'),
  'audio, video': forms(['מצלמה', 'מיקרופון'], AND, 'm'),
  // A construct phrase: the prefixes go before "שיתוף", the article stays on "המסך".
  screen: { default: 'שיתוף המסך', be: 'בשיתוף המסך', le: 'לשיתוף המסך', me: 'משיתוף המסך', indef: 'שיתוף מסך', gender: 'm' },
  unknown: forms(['מצלמה', 'מיקרופון'], OR, 'm'),
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'מישהו';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Hebrew. None of these could be checked
 * against a Hebrew browser or system while writing; they are the usual Hebrew UI strings and are
 * marked unverified:
 * - Chrome: "הגדרות אתר", options "שאל", "אפשר", "חסום" (unverified).
 * - Edge: "הרשאות עבור אתר זה" (unverified).
 * - Firefox: the blocked entry reads "חסום" (unverified).
 * - Safari on Mac: "הגדרות עבור אתר זה…"; iPhone/iPad: "הגדרות אתר"; Settings app "הגדרות"
 *   (unverified).
 * - macOS: "הגדרות המערכת > פרטיות ואבטחה" (unverified).
 * - Windows 11: "התחל > הגדרות > פרטיות ואבטחה", "הרשאות אפליקציה" (unverified).
 * In a right-to-left browser the site icon is on the right, so the steps say "at the start of the
 * address bar" instead of "to the left".
 */
const RELOAD = 'יש לטעון מחדש את הדף ולנסות שוב.';

const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'יש לבחור בסמל שבתחילת שורת הכתובת.',
      'יש להפעיל את הגישה {device:le}.',
      'אם זה לא מופיע שם, יש לבחור "הגדרות אתר" ולהגדיר את {device} ל"אפשר".',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'יש לבחור בסמל המנעול שבתחילת שורת הכתובת.',
      'יש לבחור "הרשאות עבור אתר זה".',
      'יש להגדיר את {device} ל"אפשר".',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'יש לבחור בסמל ההרשאה המחוק בשורת הכתובת.',
      'ליד "חסום", יש לבחור ב-X כדי לבטל את החסימה.',
      'יש לטעון מחדש את הדף ולאשר גישה {device:le} כש-Firefox מבקש.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'ב-Mac, יש לבחור Safari > "הגדרות עבור אתר זה" בשורת התפריטים.',
      'ב-iPhone או ב-iPad, יש להקיש על תפריט הדף (aA) שליד הכתובת, ואז על "הגדרות אתר".',
      'יש להגדיר את {device} ל"אפשר" ולטעון מחדש את הדף.',
      'עדיין חסום ב-iPhone או ב-iPad? יש לפתוח את אפליקציית "הגדרות", למצוא את הדפדפן ולאשר גישה {device:le}.',
    ],
  },
  other: {
    browser: 'הדפדפן שלך',
    steps: [
      'יש לפתוח את הגדרות הדפדפן לאתר הזה, בדרך כלל מהסמל שליד הכתובת.',
      'יש לאשר גישה {device:le}.',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'יש לפתוח את תפריט Apple > "הגדרות המערכת" > "פרטיות ואבטחה".',
      'יש לבחור "מצלמה" או "מיקרופון", לפי הצורך.',
      'יש להפעיל את המתג שליד הדפדפן.',
      'יש לצאת מהדפדפן, לפתוח אותו מחדש ולהצטרף שוב.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'יש לפתוח את "התחל" > "הגדרות" > "פרטיות ואבטחה".',
      'תחת "הרשאות אפליקציה", יש לבחור "מצלמה" או "מיקרופון".',
      'יש להפעיל גישה לאפליקציות, כולל אפליקציות שולחן עבודה כמו הדפדפן.',
      RELOAD,
    ],
  },
  other: {
    system: 'המכשיר שלך',
    steps: [
      'יש לפתוח את ההגדרות של המכשיר.',
      'יש לעבור אל "פרטיות" או "הרשאות אפליקציות".',
      'יש לאשר לדפדפן להשתמש {device:be}.',
      'יש לחזור לשיחה ולנסות שוב.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'קוד',
  name: 'שם',
  action: 'פעולה',
  message: 'הודעה',
  description: 'תיאור',
  shownAs: 'מוצג בתור',
  catalogKey: 'מפתח בקטלוג',
  kind: 'סוג',
  terminal: 'מסיים את השיחה',
  platform: 'פלטפורמה',
  time: 'שעה',
  count: 'מספר פעמים',
  sources: 'מקורות',
  userAgent: 'סוכן משתמש',
  developerNote: 'הערה למפתחים',
  yes: 'כן',
  no: 'לא',
  none: 'אין',
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
