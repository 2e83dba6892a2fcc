/*
 * react-hms-errors — Arabic (ar) locale. Direction: rtl.
 *
 * Translated from /work/main/src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood
 * when this draft was made (copies and SHA-256 sums in ./source-snapshot/). en.ts was being edited by
 * other agents at the time; run `node tools/check.mjs ar` to see whether its keys have moved since.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Modern Standard Arabic, in the plain, polite style of Google Meet's Arabic UI: "تعذّر …" for
 * "Couldn't …", "جارٍ …" for "…ing", requests as "يُرجى + verbal noun" ("يُرجى التحقق من …").
 * Addressing the person without gender: Arabic imperatives, 2nd-person verbs and adjectives
 * about "you" are masculine or feminine ("تحقّق/تحقّقي", "متصل/متصلة"), so this catalog uses
 * only forms that read the same for everyone — "يُرجى" + verbal noun, "يمكنك" + verbal noun,
 * passives with "تم" ("تمت إزالتك"), and the unvocalised suffix "ـك" ("اتصالك", "دعوتك").
 * Buttons are verbal nouns ("إعادة المحاولة"), as Arabic UIs write them; permission steps are
 * verbal-noun checklists ("فتح …", "اختيار …") for the same reason. A named person
 * ({requestedBy}) is never the subject of a verb, whose gender would be unknown:
 * "تمت إزالتك من المكالمة من قِبل {requestedBy}". UI names are quoted in «».
 * Being dropped from a call is "تم قطع اتصالك بالمكالمة" (you were disconnected) — never "خرجت"
 * (you left). No blame, no exclamation marks.
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ المكالمة
 *   link ............ الرابط            invite ........ الدعوة
 *   camera .......... الكاميرا          microphone .... الميكروفون
 *   screen share .... مشاركة الشاشة
 *   audio / video ... الصوت / الفيديو
 *   host ............ المضيف (Zoom's term; Meet says المنظِّم)
 *   join ............ الانضمام          rejoin ........ إعادة الانضمام / الانضمام مجددًا
 *   reconnect ....... إعادة الاتصال
 *   allow ........... السماح (browsers' button: «السماح»)
 *   settings ........ الإعدادات
 *   go home ......... الانتقال إلى الصفحة الرئيسية      support ... دعم التطبيق
 *   device .......... الجهاز (antecedent of every pronoun, so no pronoun agrees with {device})
 *   effect .......... التأثير            participant ... المشارك
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Forms (see `deviceForms`): `default` is the definite noun ("الكاميرا", "الميكروفون", "الكاميرا
 * والميكروفون", "مشاركة الشاشة", "الكاميرا أو الميكروفون"), and every `{device}` in this file uses
 * it except one:
 *   chosen    "the {device} you chose" as one phrase, with the relative pronoun that agrees:
 *             "الكاميرا التي اخترتها", "الميكروفون الذي اخترته", "الكاميرا والميكروفون اللذين
 *             اخترتهما". Used once: 3014 message. If an app replaces the forms with the kit's plain
 *             `deviceNames`, it falls back to the bare noun and stays grammatical.
 *   noun (indefinite), gender ('m' | 'f'), number ('sg' | 'du'): for overrides; not used here.
 * The camera is feminine and the microphone masculine, so no verb, adjective or pronoun in this
 * catalog agrees with {device}. The device is an object or a genitive ("توقف عمل {device}",
 * "انقطع اتصال {device}", "تم إيقاف {device} مؤقتًا"), and pronouns refer to "الجهاز". It is
 * always a separate word: never written after an attached preposition (ب/ل), because "ل" +
 * "الكاميرا" must become "للكاميرا".
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Arabic uses all six CLDR categories: zero, one, two, few (3–10), many (11–99), other (100+, and
 * fractions). See `plural`. Digits: the kit formats `#` with Intl for `tag`. In Node 20 (ICU 78,
 * CLDR 48), "ar" gives Western digits (123) and "ar-EG" / "ar-SA" give Arabic-Indic digits (١٢٣).
 * An app for the Gulf or Egypt can set the tag to one of those, or to "ar-u-nu-arab"; the
 * plural rules are the same for all of them.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. The kit wraps names
 * and reasons in Unicode isolates, so a Latin name does not reorder the sentence.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'ar';
const dir = 'rtl' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'يُرجى التحقق من اتصال Wi-Fi أو اتصال الشبكة.';
const LINK_HINT = 'يُرجى طلب رابط جديد من المضيف.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'لا علاقة لذلك بأي إجراء من جانبك. تعذّر على التطبيق التحقق من دعوتك.',
  hint: 'يُرجى التواصل مع دعم التطبيق.',
};
const LEFT = { hint: 'يُرجى الانتقال إلى الصفحة الرئيسية، ثم الانضمام مجددًا بعد قليل.' };
const LEFT_REJOIN = { hint: 'يُرجى اختيار «{action}» أو الانتقال إلى الصفحة الرئيسية.' };
const SUPPORT_HINT = 'إذا تكررت المشكلة، يُرجى التواصل مع دعم التطبيق.';
const WAIT_HINT = 'يُرجى إعادة المحاولة بعد قليل.';
const WAIT_ACTION = { hint: 'يُرجى اختيار «{action}» بعد قليل.' };
const QUIET = 'لا يلزم اتخاذ أي إجراء.';
const OPEN_AGAIN_HINT = 'يُرجى فتح الرابط مجددًا أو طلب رابط جديد من المضيف.';
const STILL_MISSING_HINT = 'إذا استمر غياب أحد المشاركين، يُرجى الانضمام مجددًا.';
const CHECK_NETWORK_REJOIN = 'يُرجى التحقق من الشبكة، ثم الانضمام مجددًا.';
const RECONNECT_OR_CHOOSE = 'يُرجى إعادة توصيل الجهاز أو اختيار جهاز آخر من الإعدادات.';
const EFFECT_OFF_ON = 'يُرجى إيقاف التأثير وتشغيله مجددًا، أو المتابعة بدونه.';
const CARRY_ON = 'يمكنك المتابعة من حيث توقفت.';
const DISCONNECTED = 'لذا تم قطع اتصالك بالمكالمة.';
const TURN_ON_WHEN_READY = 'يمكنك تشغيل الجهاز عندما يناسبك.';
const USE_DEVICE = { hint: 'يُرجى اختيار «{action}» لاستخدام الجهاز.' };

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'تعذّر الاتصال بالمكالمة',
    message: 'تعذّر فتح اتصال.',
    hint: NETWORK_HINT,
    dialog: { message: 'تعذّر فتح اتصال، لذا لم يكتمل الانضمام إلى المكالمة.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'تعذّر إعادة الاتصال',
    message: 'لم تتم استعادة الاتصال.',
    hint: NETWORK_HINT,
    dialog: { message: `لم تتم استعادة الاتصال، ${DISCONNECTED}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'تعذّر الانضمام إلى المكالمة',
    message: 'انقطع الاتصال أثناء الانضمام.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'انقطع الاتصال أثناء الانضمام، لذا لم يكتمل الانضمام إلى المكالمة.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'تعذّر إعداد المكالمة',
    message: 'تعذّر تجهيز المكالمة.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'تعذّر إعداد المكالمة',
    message: 'حالت مشكلة في إعدادات التطبيق دون بدء المكالمة.',
    hint: 'يُرجى التواصل مع دعم التطبيق.',
  },
  '2003': {
    title: 'تعذّر الوصول إلى المكالمة',
    message: 'تعذّر الوصول إلى خادم المكالمة.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'هذا الرابط لا يعمل',
    message: 'تعذّر قراءة دعوتك.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'مشكلة في {device}',
    message: 'حدث خطأ في {device}.',
    hint: 'يُرجى إيقاف {device} ثم تشغيل الجهاز مجددًا.',
    action: { hint: 'يُرجى اختيار «{action}».' },
  },
  '3001': {
    title: 'تعذّر استخدام {device}',
    message: 'ليس لدى هذا الموقع إذن باستخدام {device}.',
    hint: 'يُرجى السماح بذلك من إعدادات الموقع بالمتصفح.',
    action: { hint: 'يُرجى اختيار «{action}» لعرض الخطوات.' },
  },
  '3001.screen': {
    title: 'لم تبدأ مشاركة الشاشة',
    message: 'تم إلغاء المشاركة أو حظرها.',
    hint: 'يُرجى بدء المشاركة مجددًا واختيار علامة تبويب أو نافذة أو شاشة.',
    action: { hint: 'يُرجى اختيار «{action}» ثم اختيار علامة تبويب أو نافذة أو شاشة.' },
  },
  '3002': {
    title: 'تعذّر العثور على {device}',
    message: 'لم يتم اكتشاف {device}.',
    hint: 'يُرجى توصيل جهاز أو اختيار جهاز آخر من الإعدادات.',
  },
  '3003': {
    title: 'تعذّر تشغيل {device}',
    message: 'قد يكون الجهاز مستخدمًا في تطبيق آخر أو لا يستجيب.',
    hint: 'يُرجى إغلاق التطبيقات الأخرى ثم إعادة المحاولة.',
    action: { hint: 'يُرجى إغلاق التطبيقات الأخرى ثم اختيار «{action}».' },
  },
  '3004': {
    title: 'توقف عمل {device}',
    message: 'فقدنا الوصول إلى {device}.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'لا يوجد ما يمكن تشغيله',
    message: 'لم يتم اختيار كاميرا أو ميكروفون.',
    hint: 'يُرجى تشغيل الكاميرا أو الميكروفون.',
  },
  '3006': {
    title: 'تعذّر تشغيل الفيديو',
    message: 'حالت مشكلة في إعدادات الفيديو في التطبيق دون تشغيل الكاميرا.',
    hint: 'يُرجى التواصل مع دعم التطبيق.',
  },
  '3007': {
    title: 'لا يمكن تغيير هذا أثناء المكالمة',
    message: 'لا يمكن تغيير إعداد الفيديو هذا أثناء المكالمة.',
    hint: 'سيُطبَّق عند الانضمام في المرة القادمة.',
  },
  '3008': {
    title: 'لا يمكنك سماع الآخرين بعد',
    message: 'أوقف المتصفح الصوت مؤقتًا.',
    hint: 'يُرجى النقر على أي مكان في الصفحة أو لمسه لسماعهم.',
    action: { hint: 'يُرجى اختيار «{allowAudio}» لسماعهم.' },
  },
  '3009': {
    title: 'لا يمكن ذلك مع {device}',
    message: 'لا تتوفر الجودة المطلوبة لهذه المكالمة في الجهاز.',
    hint: 'يُرجى اختيار جهاز آخر من الإعدادات.',
  },
  '3010': {
    title: 'لا يوجد صوت من الميكروفون',
    message: 'إنه قيد التشغيل، لكننا لا نسمع منه شيئًا.',
    hint: 'يُرجى التأكد من توصيله وعدم كتمه، أو اختيار ميكروفون آخر.',
  },
  '3011': {
    title: 'تعذّر استخدام {device}',
    message: 'يحظر النظام الوصول، أو أن الجهاز غير متصل.',
    hint: 'يُرجى السماح للمتصفح من إعدادات الخصوصية في النظام.',
    action: { hint: 'يُرجى اختيار «{action}» لعرض الخطوات.' },
  },
  '3011.screen': {
    title: 'تعذّر مشاركة الشاشة',
    message: 'يحظر النظام تسجيل الشاشة.',
    // macOS 15 (Sequoia) names the pane «تسجيل الشاشة وصوت النظام» in Arabic — not verified on an
    // Arabic Mac; macOS 13–14 call it «تسجيل الشاشة».
    hint: 'يُرجى السماح للمتصفح في «تسجيل الشاشة وصوت النظام».',
  },
  '3xxx.screen': {
    title: 'توقفت مشاركة الشاشة',
    message: 'تعذّر بدء مشاركة الشاشة أو توقفت.',
    hint: 'يُرجى بدء المشاركة مجددًا.',
    action: { hint: 'يُرجى اختيار «{action}» لإعادة المحاولة.' },
  },
  '3012.web': {
    title: 'يُرجى مشاركة علامة التبويب هذه للمتابعة',
    message: 'تتطلب هذه المكالمة مشاركة علامة التبويب هذه.',
    hint: 'يُرجى بدء المشاركة مجددًا واختيار علامة التبويب هذه.',
  },
  '3012.flutter': {
    title: 'تعذّر الاتصال بصوت Bluetooth',
    message: 'ليس لدى هذا التطبيق إذن باستخدام أجهزة Bluetooth.',
    // Android's permission is «الأجهزة المجاورة» in Arabic.
    hint: 'يُرجى السماح بإذن «الأجهزة المجاورة» لهذا التطبيق من إعدادات الهاتف.',
  },
  '3013.web': {
    title: 'تعذّر تشغيل صوت المكالمة',
    message: 'لم يتمكن المتصفح من تشغيل صوت المكالمة.',
    hint: 'يُرجى التحقق من مكبّر الصوت أو سماعات الرأس، أو اختيار جهاز إخراج آخر.',
  },
  '3013.flutter': {
    title: 'تعذّر استخدام صوت Bluetooth',
    message: 'لا يمكن لهذا التطبيق استخدام صوت Bluetooth.',
    hint: 'يُرجى استخدام مكبّر صوت الهاتف أو سماعة سلكية.',
  },
  '3014': {
    title: 'انقطع اتصال {device}',
    message: 'لا يمكننا رصد {device:chosen}.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: 'لا توجد إشارة من {device}',
    message: 'ربما يستخدم تطبيق آخر أو مكالمة هاتفية الجهاز.',
    hint: 'يُرجى إنهاء المكالمة الأخرى ثم إيقاف الجهاز وتشغيله مجددًا.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'تعذّر إرسال الصوت والفيديو',
    message: 'فشل اتصال الصوت والفيديو.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `فشل اتصال الصوت والفيديو، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'تعذّر استقبال الصوت والفيديو',
    message: 'فشل الاتصال بصوت الآخرين وفيديوهاتهم.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `فشل الاتصال بصوت الآخرين وفيديوهاتهم، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'تعذّر إعداد الصوت والفيديو',
    message: 'فشل إعداد الصوت والفيديو.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `فشل إعداد الصوت والفيديو، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'تعذّر توصيل الصوت والفيديو',
    message: 'لم يكتمل توصيل الصوت والفيديو.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `لم يكتمل توصيل الصوت والفيديو، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'انقطع الاتصال',
    message: 'فشل اتصال الصوت والفيديو.',
    hint: NETWORK_HINT,
    dialog: { message: `فشل الاتصال، ${DISCONNECTED}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'الاتصال غير مستقر',
    message: 'انقطع الاتصال للحظات. جارٍ إعادة الاتصال.',
    hint: 'إذا تكرر ذلك، يُرجى التبديل إلى شبكة أخرى.',
    dialog: { message: 'انقطع الاتصال، لذا انتهت مشاركتك في المكالمة.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'تفاصيل جودة المكالمة غير متاحة',
    message: 'لا يؤثر ذلك في مكالمتك.',
    hint: QUIET,
  },
  '4008': {
    title: 'جارٍ تحديث الاتصال',
    message: 'من المفترض أن يستقر خلال لحظات.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'أنت في هذه المكالمة بالفعل',
    message: 'تم انضمامك من هنا بالفعل.',
    hint: 'يمكنك متابعة المكالمة.',
  },
  '5002': {
    title: 'لا يزال التجهيز جاريًا',
    message: 'جارٍ تشغيل معاينة الكاميرا والميكروفون.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'لا يوجد اتصال',
    message: 'يتعذّر الوصول إلى المكالمة حاليًا.',
    hint: NETWORK_HINT,
    dialog: { message: 'انقطع اتصالك بالمكالمة.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'تعذّر إكمال ذلك',
    message: 'لم تستجب المكالمة كما هو متوقع.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'حدث خطأ ما',
    message: 'حدثت مشكلة غير متوقعة في المكالمة.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'أنهت مشكلة غير متوقعة مشاركتك في المكالمة.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'تعذّر تحديث المكالمة',
    message: 'فشل تحديث اتصال الصوت والفيديو.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `فشل تحديث الاتصال، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'لم تكتمل التهيئة بعد',
    message: 'المكالمة ليست جاهزة لذلك بعد.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'استجابة غير متوقعة من المكالمة',
    message: 'تلقّينا استجابة لم نتمكن من فهمها.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'قد يكون بعض الفيديو أو الصوت مفقودًا',
    message: 'تعذّر ربط بعض الصوت أو الفيديو بالمشارك المعني.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'قد يكون بعض الفيديو أو الصوت مفقودًا',
    message: 'لم يصل بعض الصوت أو الفيديو.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'قد لا يظهر أحد المشاركين بشكل صحيح',
    message: 'تنقصنا تفاصيل عن أحد المشاركين في المكالمة.',
    hint: 'إذا بدا اسم أو فيديو غير صحيح، يُرجى الانضمام مجددًا.',
  },
  '6008': {
    title: 'لا يمكن الانضمام باستخدام هذا الرابط',
    message: 'لا تسمح هذه المكالمة بالانضمام باستخدام دعوتك.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'المعاينة قيد التشغيل بالفعل',
    message: 'جارٍ تشغيل معاينة الكاميرا والميكروفون.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'المكالمات غير متاحة في هذه الصفحة',
    message: 'لم يتم فتح هذه الصفحة عبر اتصال آمن.',
    hint: 'يُرجى فتح المكالمة من رابط يبدأ بـ https.',
  },
  '6011': {
    title: 'هذا المتصفح لا يدعم المكالمات',
    message: 'ربما يكون المتصفح قديمًا، أو أن إحدى الإضافات تحظر المكالمات.',
    hint: 'يُرجى تحديثه أو تجربة متصفح آخر.',
  },
  '6012': {
    title: 'لن يتم حفظ إعداداتك',
    message: 'يحظر متصفحك تخزين بيانات الموقع. لا تزال المكالمة تعمل.',
    hint: 'يُرجى السماح بملفات تعريف الارتباط للاحتفاظ بإعداداتك.',
  },
  '6013': {
    title: 'لم ينجح ذلك',
    message: 'تعذّر على المكالمة قبول طلب من التطبيق.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'التأثير غير متوافق هنا',
    message: 'لا يمكن لمتصفحك أو جهازك تشغيل هذا التأثير.',
    hint: 'يمكنك المتابعة بدونه أو تجربة متصفح آخر.',
  },
  '7002': {
    title: 'تعذّر تفعيل التأثير',
    message: 'فشل بدء التأثير.',
    hint: 'يمكنك المتابعة بدونه أو إعادة المحاولة.',
    action: { hint: 'يُرجى اختيار «{action}» أو المتابعة بدونه.' },
  },
  '7003': {
    title: 'توقف التأثير عن العمل',
    message: 'فشل تطبيق التأثير.',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'لا يزال تفعيل التأثير جاريًا',
    message: 'نعمل بالفعل على إضافة هذا التأثير.',
    hint: QUIET,
  },
  '7005': {
    title: 'التأثير غير متوافق مع هذا الجهاز',
    message: 'لا يمكن لهذا الجهاز تشغيل هذا التأثير.',
    hint: 'يمكنك المتابعة بدونه أو تجربة جهاز آخر.',
  },
  '7006': {
    title: 'التأثير غير متاح في هذه المكالمة',
    message: 'لم يتم تفعيل هذا التأثير لهذه المكالمة.',
    hint: 'يمكنك المتابعة بدونه.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'نهاية قائمة التشغيل',
    message: 'لم يتبقَّ شيء لتشغيله.',
    hint: 'يمكنك اختيار شيء آخر أو البدء من جديد.',
  },
  '8002': {
    title: 'لا يتم تشغيل أي شيء',
    message: 'لا يوجد شيء قيد التشغيل حاليًا.',
    hint: 'يُرجى تشغيل شيء من قائمة التشغيل أولًا.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'تعذّر الانضمام إلى المكالمة',
    message: 'تعذّر على المكالمة قبول طلب الانضمام.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'انتهت صلاحية هذا الرابط',
    message: 'تعذّر تأكيد دعوتك.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'ليس لديك إذن بالوصول إلى هذه المكالمة',
    message: 'لا تسمح لك دعوتك بالانضمام.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'لم يتم العثور على المكالمة',
    message: 'تعذّر العثور على هذه المكالمة.',
    hint: 'يُرجى التحقق من الرابط أو طلب رابط جديد من المضيف.',
  },
  '410': {
    title: 'لم تعد هذه المكالمة متاحة',
    message: 'انتهت المكالمة أو تم إغلاقها.',
    hint: 'للانضمام مجددًا، يُرجى طلب رابط جديد من المضيف.',
  },
  '429': {
    title: 'محاولات كثيرة جدًا',
    message: 'خدمة المكالمات مشغولة حاليًا.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'حدثت مشكلة في خدمة المكالمات',
    message: 'حدث خطأ في خادم المكالمة.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'لا يمكن لخدمة المكالمات تنفيذ ذلك',
    message: 'لا يدعم خادم المكالمة هذا الطلب.',
    hint: 'يُرجى التواصل مع دعم التطبيق.',
  },
  '502': {
    title: 'تعذّر الوصول إلى خدمة المكالمات',
    message: 'لم يستجب خادم المكالمة بشكل صحيح.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'خدمة المكالمات غير متاحة',
    message: 'خدمة المكالمات غير متاحة مؤقتًا.',
    hint: 'يُرجى إعادة المحاولة بعد بضع دقائق.',
    action: { hint: 'يُرجى اختيار «{action}» بعد بضع دقائق.' },
  },
  '504': {
    title: 'انتهت مهلة خدمة المكالمات',
    message: 'استغرق خادم المكالمة وقتًا طويلًا للرد.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'هذا الرابط غير صالح',
    message: 'المكالمة التي يشير إليها هذا الرابط غير موجودة.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'هذا الرابط لا يطابق المكالمة',
    message: 'دعوتك مخصصة لمكالمة أخرى.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'تم الانضمام من مكان آخر بالفعل',
    message: 'أنت في هذه المكالمة من علامة تبويب أو جهاز آخر.',
    hint: 'يُرجى مغادرة المكالمة هناك، ثم الانضمام هنا مجددًا.',
  },
  '40100': { title: 'تعذّر التحقق من دعوتك', ...APP_SIDE },
  '40101': { title: 'تعذّر التحقق من دعوتك', ...APP_SIDE },
  '40102': {
    title: 'هذا الرابط غير صالح',
    message: 'تشير دعوتك إلى مكالمة غير موجودة.',
    hint: LINK_HINT,
  },
  '40103': { title: 'تعذّر التحقق من دعوتك', ...APP_SIDE },
  '40104': { title: 'تعذّر التحقق من دعوتك', ...APP_SIDE },
  '40105': { title: 'تعذّر التحقق من دعوتك', ...APP_SIDE },
  '40107': { title: 'تعذّر التحقق من دعوتك', ...APP_SIDE },
  '40108': {
    title: 'لا يمكن الانضمام باستخدام هذا الرابط',
    message: 'لا تتوافق دعوتك مع إعداد هذه المكالمة.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'هذا الرابط لا يعمل',
    message: 'دعوتك تالفة أو غير مكتملة.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'انتهت مشاركتك في المكالمة',
    message: 'فقدت المكالمة تتبّع حضورك بعد انقطاع الاتصال.',
    hint: 'يُرجى الانضمام مجددًا للعودة إلى المكالمة.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'هذه المكالمة ممتلئة',
    message: 'لا يمكن لمزيد من الأشخاص الانضمام إلى هذه المكالمة حاليًا.',
    hint: 'يُرجى طلب إتاحة مكان من المضيف، ثم الانضمام مجددًا.',
  },
  ROOM_ENDED: {
    title: 'انتهت المكالمة',
    message:
      '{requestedBy, select, none {انتهت هذه المكالمة للجميع.} other {تم إنهاء المكالمة للجميع من قِبل {requestedBy}.}}' +
      '{reason, select, none {} other { السبب: {reason}}}',
    hint: 'يمكنك الانتقال إلى الصفحة الرئيسية أو إغلاق الصفحة.',
  },
  REMOVED_FROM_ROOM: {
    title: 'تمت إزالتك من المكالمة',
    message:
      '{requestedBy, select, none {تمت إزالتك من المكالمة.} other {تمت إزالتك من المكالمة من قِبل {requestedBy}.}}' +
      '{reason, select, none {} other { السبب: {reason}}}',
    hint: 'إذا كان ذلك خطأً، يُرجى طلب دعوة جديدة من المضيف.',
  },
  RECONNECTING: {
    title: 'جارٍ إعادة الاتصال',
    message: 'انقطع الاتصال. نعمل على إعادتك إلى المكالمة.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'تمت إعادة الاتصال',
    message: 'عاد اتصالك.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: 'تم إيقاف {device} مؤقتًا',
    message: 'يستخدم تطبيق آخر أو مكالمة هاتفية {device}.',
    hint: 'سيُستأنف عمل الجهاز عند انتهاء التطبيق الآخر.',
  },
  TRACK_RESUMED: {
    title: 'تمت استعادة {device}',
    message: 'يمكنك استخدام {device} مجددًا.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'لم تبدأ المكالمة في الوقت المحدد',
    message: 'يستغرق الانضمام وقتًا أطول بكثير من المعتاد.',
    hint: 'يُرجى التحقق من الاتصال ثم الانتقال إلى الصفحة الرئيسية.',
    action: { hint: 'يُرجى التحقق من الاتصال، ثم اختيار «{action}».' },
  },
  SLOW: {
    title: 'لا يزال الاتصال جاريًا…',
    message: 'يستغرق الانضمام وقتًا أطول من المعتاد.',
    hint: 'يمكنك مواصلة الانتظار، وسنُعلمك إذا فشل ذلك.',
  },
  NETWORK: {
    title: 'مشكلة في الاتصال',
    message: 'تعذّر الوصول إلى خدمة المكالمات.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'حدث خطأ ما',
    message: 'حدثت مشكلة غير متوقعة.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'أنهت مشكلة غير متوقعة مشاركتك في المكالمة.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'تم منح إذن {device}',
    message: 'يمكن لهذا الموقع استخدام {device} الآن.',
    hint: TURN_ON_WHEN_READY,
    action: USE_DEVICE,
  },
  DEVICE_FOUND: {
    title: 'تم توصيل {device}',
    message: 'يمكنك استخدام {device} مجددًا.',
    hint: TURN_ON_WHEN_READY,
    action: USE_DEVICE,
  },
  OFFLINE: {
    title: 'لا يوجد اتصال بالإنترنت',
    message: 'فقد جهازك الاتصال بالإنترنت.',
    hint: 'ستتم إعادة الاتصال عند عودة الإنترنت.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'مشكلة في الاتصال',
    message: 'واجهنا صعوبة في الحفاظ على الاتصال.',
    hint: NETWORK_HINT,
    dialog: { message: `فشل الاتصال، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'تعذّر إعداد المكالمة',
    message: 'فشل تجهيز المكالمة.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'مشكلة في {device}',
    message: 'حدث خطأ ما في {device}.',
    hint: 'يُرجى إعادة توصيل الجهاز وإغلاق التطبيقات الأخرى التي تستخدمه.',
  },
  'range.4xxx': {
    title: 'مشكلة في الاتصال',
    message: 'حدث خطأ ما في الصوت والفيديو.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `فشل اتصال الصوت والفيديو، ${DISCONNECTED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'تعذّر الانضمام إلى المكالمة',
    message: 'حدث خطأ ما أثناء الانضمام.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'حدث خطأ ما، لذا لم يكتمل الانضمام.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'حدث خطأ ما',
    message: 'حدثت مشكلة غير متوقعة في المكالمة.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'أنهت مشكلة غير متوقعة مشاركتك في المكالمة.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'أحد التأثيرات لا يعمل',
    message: 'حدث خطأ ما في أحد التأثيرات.',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'مشكلة في قائمة التشغيل',
    message: 'حدث خطأ ما في قائمة التشغيل.',
    hint: 'يُرجى محاولة تشغيلها مجددًا.',
  },
  'range.http4xx': {
    title: 'تعذّر الانضمام إلى المكالمة',
    message: 'تعذّر على المكالمة قبول الطلب.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'حدثت مشكلة في خدمة المكالمات',
    message: 'حدث خطأ في خادم المكالمة.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'هذا الرابط لا يعمل',
    message: 'تعذّر إدخالك إلى المكالمة باستخدام هذا الرابط.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const SECONDS_AFTER = '{seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}';

const labels: Record<LabelKey, string> = {
  goHome: 'الانتقال إلى الصفحة الرئيسية',
  tryAgain: 'إعادة المحاولة',
  rejoin: 'إعادة الانضمام',
  turnCameraOn: 'تشغيل الكاميرا',
  turnMicrophoneOn: 'تشغيل الميكروفون',
  shareAgain: 'المشاركة مجددًا',
  errorCode: 'الخطأ {code}',
  copyDetails: 'نسخ التفاصيل',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ تلقائيًا. التفاصيل معروضة أدناه.',
  details: 'التفاصيل الفنية',
  countdown: `الانتقال إلى الصفحة الرئيسية بعد ${SECONDS_AFTER}`,
  countdownStarted: `سيتم نقلك إلى الصفحة الرئيسية تلقائيًا بعد ${SECONDS_AFTER}.`,
  countdownPaused: 'تم إيقاف الانتقال التلقائي إلى الصفحة الرئيسية مؤقتًا.',
  pause: 'إيقاف مؤقت',
  resume: 'استئناف',
  region: 'الإشعارات ({hotkey})',
  dismiss: 'إغلاق: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count, plural, zero {# مرة} one {مرة واحدة} two {مرتان} few {# مرات} many {# مرة} other {# مرة}}',
  more: '{count, plural, zero {+#} one {+إشعار واحد آخر} two {+إشعاران آخران} few {+# إشعارات أخرى} many {+# إشعارًا آخر} other {+# إشعار آخر}}',
  allowAudio: 'السماح بالصوت',
  howToFix: 'طريقة الحل',
  stepsInBrowser: 'في {browser}',
  stepsOnSystem: 'على {system}',
  fallbackTitle: 'انتهت المكالمة',
  useAnotherCamera: 'استخدام كاميرا أخرى',
  useAnotherMicrophone: 'استخدام ميكروفون آخر',
  chooseCamera: 'اختيار كاميرا',
  chooseMicrophone: 'اختيار ميكروفون',
  unnamedCamera: 'الكاميرا {count}',
  unnamedMicrophone: 'الميكروفون {count}',
  switchDevice: 'تبديل',
  cancel: 'إلغاء',
  noOtherDevice: 'لم يتم العثور على جهاز آخر.',
  keepTrying: `سنواصل المحاولة لمدة تصل إلى ${SECONDS_AFTER}.`,
  severityError: 'خطأ:',
  severityWarning: 'تحذير:',
  severityInfo: 'معلومات:',
  severitySuccess: 'نجاح:',
  recent: 'الإشعارات الأخيرة',
  recentEmpty: 'لا توجد إشعارات أخيرة.',
  respond: 'يُرجى الضغط على {hotkey} للرد.',
  stillHappening: 'لا يزال يتكرر، {count, plural, zero {# مرة} one {مرة واحدة} two {مرتان} few {# مرات} many {# مرة} other {# مرة}}',
  moreText: '{count, plural, zero {لا إشعارات} one {إشعار واحد آخر} two {إشعاران آخران} few {# إشعارات أخرى} many {# إشعارًا آخر} other {# إشعار آخر}} في الانتظار',
};


// ── Device names ─────────────────────────────────────────────────────────────────────────────

const deviceNames: Record<DeviceKey, string> = {
  audio: 'الميكروفون',
  video: 'الكاميرا',
  'audio, video': 'الكاميرا والميكروفون',
  screen: 'مشاركة الشاشة',
  unknown: 'الكاميرا أو الميكروفون',
};

const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'الميكروفون', noun: 'ميكروفون', chosen: 'الميكروفون الذي اخترته', gender: 'm', number: 'sg' },
  video: { default: 'الكاميرا', noun: 'كاميرا', chosen: 'الكاميرا التي اخترتها', gender: 'f', number: 'sg' },
  'audio, video': {
    default: 'الكاميرا والميكروفون',
    noun: 'كاميرا وميكروفون',
    chosen: 'الكاميرا والميكروفون اللذين اخترتهما',
    gender: 'm',
    number: 'du',
  },
  screen: { default: 'مشاركة الشاشة', noun: 'مشاركة شاشة', chosen: 'مشاركة الشاشة التي اخترتها', gender: 'f', number: 'sg' },
  unknown: {
    default: 'الكاميرا أو الميكروفون',
    noun: 'كاميرا أو ميكروفون',
    chosen: 'الكاميرا أو الميكروفون الذي اخترته',
    gender: 'm',
    number: 'sg',
  },
};

/** Fills `{requestedBy}` when nobody is named (the catalog's own `select` never needs it). */
const someone = 'أحد المشاركين';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Steps are verbal-noun checklists (gender-neutral). In an Arabic (RTL) browser UI the site
 * icon sits at the right-hand start of the address bar, so the steps say "next to the site's
 * address" rather than "to the left".
 * Menu names as the browsers and systems show them in Arabic — most NOT verified against an
 * Arabic build, so check before shipping:
 * - Chrome: «إعدادات الموقع» (Site settings); Chrome's Arabic may say «إعدادات الموقع الإلكتروني».
 *   Options «السماح» / «حظر».
 * - Edge: «أذونات هذا الموقع» — unverified.
 * - Firefox: the blocked entry «محظور» — unverified.
 * - Safari on Mac: «إعدادات هذا الموقع الإلكتروني» — unverified. iPhone/iPad: «إعدادات موقع الويب» —
 *   unverified; the Settings app is «الإعدادات».
 * - macOS: قائمة Apple > «إعدادات النظام» > «الخصوصية والأمن» (Apple's Arabic names).
 * - Windows 11: «ابدأ» > «الإعدادات» > «الخصوصية والأمان» > «أذونات التطبيق».
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'اختيار الرمز الموجود بجوار عنوان الموقع في شريط العناوين.',
      'تفعيل الوصول إلى {device}.',
      'إذا لم يظهر الخيار: اختيار «إعدادات الموقع» ثم ضبط {device} على «السماح».',
      'إعادة تحميل الصفحة والمحاولة مجددًا.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'اختيار رمز القفل بجوار عنوان الموقع في شريط العناوين.',
      'اختيار «أذونات هذا الموقع».',
      'ضبط {device} على «السماح».',
      'إعادة تحميل الصفحة والمحاولة مجددًا.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'اختيار رمز الإذن المشطوب في شريط العناوين.',
      'اختيار X بجوار «محظور» لإزالة الحظر.',
      'إعادة تحميل الصفحة، ثم السماح بالوصول إلى {device} عندما يطلب Firefox ذلك.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'على Mac: اختيار Safari > «إعدادات هذا الموقع الإلكتروني» من شريط القائمة.',
      'على iPhone أو iPad: النقر على قائمة الصفحة (aA) بجوار العنوان، ثم «إعدادات موقع الويب».',
      'ضبط {device} على «السماح»، ثم إعادة تحميل الصفحة.',
      'إذا استمر الحظر على iPhone أو iPad: فتح تطبيق «الإعدادات»، والبحث عن متصفحك، والسماح بالوصول إلى {device}.',
    ],
  },
  other: {
    browser: 'متصفحك',
    steps: [
      'فتح إعدادات المتصفح لهذا الموقع، وغالبًا ما يكون ذلك من الرمز الموجود بجوار العنوان.',
      'السماح بالوصول إلى {device}.',
      'إعادة تحميل الصفحة والمحاولة مجددًا.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'فتح قائمة Apple > «إعدادات النظام» > «الخصوصية والأمن».',
      'اختيار «الكاميرا» أو «الميكروفون» حسب الحاجة.',
      'تشغيل المفتاح بجوار متصفحك.',
      'إنهاء المتصفح وإعادة فتحه، ثم الانضمام مجددًا.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'فتح «ابدأ» > «الإعدادات» > «الخصوصية والأمان».',
      'ضمن «أذونات التطبيق»، اختيار «الكاميرا» أو «الميكروفون».',
      'تشغيل الوصول للتطبيقات، بما فيها تطبيقات سطح المكتب مثل متصفحك.',
      'إعادة تحميل الصفحة والمحاولة مجددًا.',
    ],
  },
  other: {
    system: 'جهازك',
    steps: [
      'فتح إعدادات جهازك.',
      'الانتقال إلى «الخصوصية» أو «أذونات التطبيقات».',
      'السماح لمتصفحك باستخدام {device}.',
      'العودة إلى المكالمة والمحاولة مجددًا.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'الرمز',
  name: 'الاسم',
  action: 'الإجراء',
  message: 'الرسالة',
  description: 'الوصف',
  shownAs: 'طريقة العرض',
  catalogKey: 'مفتاح الفهرس',
  kind: 'النوع',
  terminal: 'ينهي المكالمة',
  platform: 'النظام الأساسي',
  time: 'الوقت',
  count: 'العدد',
  sources: 'المصادر',
  userAgent: 'وكيل المستخدم',
  developerNote: 'ملاحظة للمطوّرين',
  yes: 'نعم',
  no: 'لا',
  none: 'لا يوجد',
};

const punctuation = { sentence: '. ', field: ': ', list: '، ' };

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

// en.ts (second snapshot) says "it" in these messages, referring to the device in the title. This
// draft names the device instead: a pronoun would have to agree with {device} (es, ar), and
// Japanese would simply drop it, so naming it keeps the sentence clear on its own.
