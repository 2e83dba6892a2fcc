/*
 * react-hms-errors — Hindi (hi) locale, in Devanagari.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts (same keys and
 * variants), following the structure of es.ts.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Everyday standard Hindi with "आप" and the polite imperative in -एं ("जांचें", "चुनें", "शामिल
 * हों"), as Google Meet's and Zoom's Hindi UIs write; "तुम" would be too familiar for a work call.
 * Common English loanwords are kept in Devanagari where Meet and Android use them (कॉल, लिंक,
 * होस्ट, कैमरा, माइक्रोफ़ोन, सेटिंग, ऐप, कनेक्ट, स्क्रीन शेयर), not Sanskritised coinages that
 * people don't say ("सम्पर्क सूत्र"). Sentences end with the danda "।".
 * Hindi verbs agree with the gender of their subject, so nothing about "you" uses a gendered
 * verb form ("आप शामिल हो गए/गई"): instead predicates that don't change ("आप कॉल में नहीं
 * हैं", "आप ऑफ़लाइन हैं"), the ergative "आपने …" / "{requestedBy} ने …" (the verb then agrees
 * with the object, so a named person's gender never matters), passives ("आपको हटा दिया गया"),
 * and impersonal "… नहीं हो सका". No blame, no exclamation marks. Button and menu names in hints
 * are quoted with "".
 *
 * ── Glossary (used consistently in every string; see glossaries/hi.json) ─────────────────────
 *   call ............ कॉल (feminine: "कॉल खत्म हो गई")
 *   link ............ लिंक               invite ........ न्योता (Google's word; oblique न्योते)
 *   camera .......... कैमरा (oblique कैमरे)   microphone .... माइक्रोफ़ोन
 *   screen share .... स्क्रीन शेयर
 *   host ............ होस्ट               join .......... शामिल होना
 *   rejoin .......... फिर से शामिल होना   reconnect ..... फिर से कनेक्ट करना / होना
 *   connection ...... कनेक्शन             allow ......... अनुमति देना (browsers: "अनुमति दें")
 *   settings ........ सेटिंग               go home ....... होम पेज पर जाना
 *   support ......... ऐप सहायता            device ........ डिवाइस (antecedent of pronouns)
 *   effect .......... इफ़ेक्ट
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * The device words are all masculine, but "कैमरा" changes before a postposition (कैमरे में,
 * कैमरे का), so there are two forms (see `deviceForms`):
 *   default   direct case: "कैमरा", "माइक्रोफ़ोन", "कैमरा और माइक्रोफ़ोन", "स्क्रीन शेयर",
 *             "कैमरा या माइक्रोफ़ोन" — only as the bare object of an imperative or of a verb whose
 *             subject is something else ("{device} बंद करके फिर से चालू करें");
 *   obl       oblique case, before में / का / को / से / तक: "कैमरे", "कैमरे और माइक्रोफ़ोन"…
 *   chosen    "the {device} you chose", oblique: "आपके चुने हुए कैमरे" (3014).
 * No verb or adjective agrees with {device}: it is an object or is followed by a postposition, and
 * the verb agrees with another noun ("{device:obl} में समस्या", "{device:obl} तक पहुंच खो गई").
 * With the kit's plain `deviceNames` option, `obl` and `chosen` fall back to the direct word
 * ("कैमरा में"), understandable but not correct Hindi: pass `devices` forms instead.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Intl.PluralRules('hi') gives one (0 and 1) and other. "सेकंड" and "बार" do not change with the
 * number; "सूचना" does ("1 और सूचना", "3 और सूचनाएं"). Digits are formatted by the kit.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. {requestedBy} is
 * always followed by "ने" (ergative), so `someone` is the oblique "किसी" ("किसी ने").
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'hi';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'अपना वाई-फ़ाई या नेटवर्क कनेक्शन जांचें।';
const LINK_HINT = 'होस्ट से नया लिंक मांगें।';
const CONTACT = 'ऐप सहायता से संपर्क करें।';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'इसमें आपकी कोई गलती नहीं है। ऐप आपके न्योते की पुष्टि नहीं कर सका।',
  hint: CONTACT,
};
const LEFT = { hint: 'होम पेज पर जाएं, फिर थोड़ी देर में फिर से शामिल हों।' };
const LEFT_REJOIN = { hint: 'फिर से शामिल होने के लिए "{action}" चुनें या होम पेज पर जाएं।' };
const SUPPORT_HINT = `अगर ऐसा बार-बार हो, तो ${CONTACT}`;
const WAIT_HINT = 'थोड़ी देर में फिर से कोशिश करें।';
const WAIT_ACTION = { hint: 'थोड़ी देर में "{action}" चुनें।' };
const QUIET = 'आपको कुछ करने की ज़रूरत नहीं है।';
const OPEN_AGAIN_HINT = 'लिंक फिर से खोलें या होस्ट से नया लिंक मांगें।';
const STILL_MISSING_HINT = 'अगर कोई अब भी नहीं दिखता, तो फिर से शामिल हों।';
const CHECK_NETWORK_REJOIN = 'अपना नेटवर्क जांचें और फिर से शामिल हों।';
const RECONNECT_OR_CHOOSE = 'डिवाइस फिर से कनेक्ट करें या सेटिंग में दूसरा डिवाइस चुनें।';
const CARRY_ON = 'जहां छोड़ा था, वहीं से जारी रखें।';
const EFFECT_OFF_ON = 'इफ़ेक्ट बंद करके फिर चालू करें, या उसके बिना जारी रखें।';
const SEE_STEPS = { hint: 'तरीका देखने के लिए "{action}" चुनें।' };
const USE_IT = { hint: 'इस्तेमाल के लिए "{action}" चुनें।' };
/** "…, so you've left the call." */
const LEFT_CALL = ', इसलिए आप अब कॉल में नहीं हैं।';
/** "…, so you haven't joined." */
const NOT_JOINED = ', इसलिए आप कॉल में शामिल नहीं हैं।';
const NOT_VERIFIED = 'आपके न्योते की पुष्टि नहीं हो सकी';
const CANT_JOIN = 'कॉल में शामिल नहीं हो सका';
const CANT_JOIN_LINK = 'इस लिंक से शामिल होना संभव नहीं';
const LINK_BROKEN = 'यह लिंक काम नहीं कर रहा';
const LINK_INVALID = 'यह लिंक मान्य नहीं है';
const CANT_SET_UP = 'कॉल सेट अप नहीं हो सकी';
const WENT_WRONG = 'कुछ गड़बड़ हो गई';
const CONNECTION_PROBLEM = 'कनेक्शन में समस्या';
const UNEXPECTED_IN_CALL = 'कॉल में कोई अनपेक्षित समस्या आई।';
const UNEXPECTED_ENDED = 'किसी अनपेक्षित समस्या की वजह से आपकी कॉल खत्म हो गई।';
const SERVICE_PROBLEM = 'कॉल सेवा में समस्या आई';
const SERVER_WRONG = 'कॉल के सर्वर पर कुछ गड़बड़ हुई।';
const PREVIEW = 'आपके कैमरे और माइक्रोफ़ोन का प्रीव्यू शुरू हो रहा है।';
const MISSING = 'कुछ वीडियो या ऑडियो छूट सकता है';
const WITHOUT_IT = 'इसके बिना जारी रखें';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'कॉल से कनेक्ट नहीं हो सका',
    message: 'कनेक्शन नहीं बन सका।',
    hint: NETWORK_HINT,
    dialog: { message: `कनेक्शन नहीं बन सका${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'फिर से कनेक्ट नहीं हो सका',
    message: 'आपका कनेक्शन वापस नहीं आया।',
    hint: NETWORK_HINT,
    dialog: { message: `आपका कनेक्शन वापस नहीं आया${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: CANT_JOIN,
    message: 'शामिल होते समय कनेक्शन बंद हो गया।',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: `शामिल होते समय कनेक्शन बंद हो गया${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: CANT_SET_UP,
    message: 'कॉल को तैयार नहीं किया जा सका।',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: CANT_SET_UP,
    message: 'ऐप की सेटिंग में समस्या की वजह से कॉल रुक गई।',
    hint: CONTACT,
  },
  '2003': {
    title: 'कॉल तक पहुंच नहीं हो पा रही',
    message: 'कॉल के सर्वर तक पहुंचा नहीं जा सका।',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: LINK_BROKEN,
    message: 'आपका न्योता पढ़ा नहीं जा सका।',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: '{device:obl} में समस्या',
    message: '{device:obl} में कोई गड़बड़ी हुई।',
    hint: '{device} बंद करके फिर से चालू करें।',
    action: { hint: '"{action}" चुनें।' },
  },
  '3001': {
    title: '{device:obl} तक पहुंच नहीं है',
    message: 'इस साइट को {device:obl} के इस्तेमाल की अनुमति नहीं है।',
    hint: 'ब्राउज़र की साइट सेटिंग में इसकी अनुमति दें।',
    action: SEE_STEPS,
  },
  '3001.screen': {
    title: 'स्क्रीन शेयर शुरू नहीं हुआ',
    message: 'शेयर करना रद्द या ब्लॉक कर दिया गया।',
    hint: 'फिर से शेयर करें और कोई टैब, विंडो या स्क्रीन चुनें।',
    action: { hint: '"{action}" चुनें और कोई टैब, विंडो या स्क्रीन चुनें।' },
  },
  '3002': {
    title: '{device:obl} का पता नहीं चल सका',
    message: '{device:obl} का कोई पता नहीं चला।',
    hint: 'डिवाइस कनेक्ट करें या सेटिंग में दूसरा डिवाइस चुनें।',
  },
  '3003': {
    title: '{device:obl} को शुरू नहीं कर सके',
    message: 'शायद डिवाइस किसी दूसरे ऐप में चल रहा है या जवाब नहीं दे रहा।',
    hint: 'इसे इस्तेमाल कर रहे ऐप बंद करके फिर से कोशिश करें।',
    action: { hint: 'दूसरे ऐप बंद करें, फिर "{action}" चुनें।' },
  },
  '3004': {
    title: '{device:obl} से संपर्क टूट गया',
    message: '{device:obl} तक हमारी पहुंच खो गई।',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'चालू करने के लिए कुछ नहीं है',
    message: 'कोई कैमरा या माइक्रोफ़ोन नहीं चुना गया।',
    hint: 'अपना कैमरा या माइक्रोफ़ोन चालू करें।',
  },
  '3006': {
    title: 'आपका वीडियो शुरू नहीं हो सका',
    message: 'ऐप की वीडियो सेटिंग में समस्या के कारण आपका कैमरा रुक गया।',
    hint: CONTACT,
  },
  '3007': {
    title: 'कॉल के दौरान इसे बदला नहीं जा सकता',
    message: 'कॉल में रहते हुए यह वीडियो सेटिंग नहीं बदल सकती।',
    hint: 'यह अगली बार शामिल होने पर लागू होगी।',
  },
  '3008': {
    title: 'दूसरों की आवाज़ अभी सुनाई नहीं दे रही',
    message: 'आपके ब्राउज़र ने आवाज़ रोक दी है।',
    hint: 'उन्हें सुनने के लिए पेज पर कहीं भी क्लिक या टैप करें।',
    action: { hint: 'उन्हें सुनने के लिए "{allowAudio}" चुनें।' },
  },
  '3009': {
    title: '{device:obl} से यह नहीं हो सकता',
    message: 'यह डिवाइस इस कॉल के लिए ज़रूरी क्वालिटी नहीं दे सकता।',
    hint: 'सेटिंग में दूसरा डिवाइस चुनें।',
  },
  '3010': {
    title: 'आपके माइक्रोफ़ोन से आवाज़ नहीं आ रही',
    message: 'माइक्रोफ़ोन चालू है, पर उससे कुछ सुनाई नहीं दे रहा।',
    hint: 'देखें कि यह कनेक्ट है और म्यूट नहीं है, या दूसरा चुनें।',
  },
  '3011': {
    title: '{device:obl} तक पहुंच नहीं है',
    message: 'आपके सिस्टम ने इसे ब्लॉक किया है, या डिवाइस कनेक्ट नहीं है।',
    hint: 'सिस्टम की निजता सेटिंग में अपने ब्राउज़र को अनुमति दें।',
    action: SEE_STEPS,
  },
  '3011.screen': {
    title: 'आपकी स्क्रीन शेयर नहीं हो सकती',
    message: 'आपका सिस्टम स्क्रीन रिकॉर्डिंग को ब्लॉक करता है।',
    // macOS 15's pane "Screen & System Audio Recording" in Hindi (not verified on a Mac).
    hint: '"स्क्रीन और सिस्टम ऑडियो रिकॉर्डिंग" में ब्राउज़र को अनुमति दें।',
  },
  '3xxx.screen': {
    title: 'स्क्रीन शेयर बंद हो गया',
    message: 'आपका स्क्रीन शेयर शुरू नहीं हो सका या बंद हो गया।',
    hint: 'फिर से स्क्रीन शेयर करें।',
    action: { hint: 'फिर से कोशिश करने के लिए "{action}" चुनें।' },
  },
  '3012.web': {
    title: 'जारी रखने के लिए यह टैब शेयर करें',
    message: 'इस कॉल के लिए आपको यह टैब शेयर करना होगा।',
    hint: 'फिर से शेयर करें और यही टैब चुनें।',
  },
  '3012.flutter': {
    title: 'ब्लूटूथ ऑडियो से कनेक्ट नहीं हो सका',
    message: 'यह ऐप ब्लूटूथ डिवाइस इस्तेमाल नहीं कर सकता।',
    // Android's "Nearby devices" permission in Hindi (not verified on a device).
    hint: 'फ़ोन की सेटिंग में इस ऐप को "आस-पास मौजूद डिवाइस" की अनुमति दें।',
  },
  '3013.web': {
    title: 'कॉल की आवाज़ नहीं चल पा रही',
    message: 'आपका ब्राउज़र कॉल का ऑडियो नहीं चला सका।',
    hint: 'अपना स्पीकर या हेडफ़ोन जांचें, या दूसरा चुनें।',
  },
  '3013.flutter': {
    title: 'ब्लूटूथ ऑडियो इस्तेमाल नहीं हो सकता',
    message: 'यह ऐप ब्लूटूथ ऑडियो इस्तेमाल नहीं कर सकता।',
    hint: 'इसके बजाय फ़ोन का स्पीकर या तार वाला हेडसेट इस्तेमाल करें।',
  },
  '3014': {
    title: '{device:obl} का कनेक्शन टूट गया',
    message: '{device:chosen} का पता नहीं चल रहा।',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: '{device:obl} से कुछ नहीं आ रहा',
    message: 'शायद किसी दूसरे ऐप या फ़ोन कॉल ने डिवाइस ले लिया है।',
    hint: 'दूसरी कॉल खत्म करें, फिर डिवाइस बंद करके चालू करें।',
  },

  // ── WebRTC ───────────────────────────────────────────────────────────────────────────────
  '4001': {
    title: 'आपका ऑडियो और वीडियो नहीं भेजा जा सका',
    message: 'आपके ऑडियो और वीडियो को कनेक्ट नहीं किया जा सका।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `आपके ऑडियो और वीडियो को कनेक्ट नहीं किया जा सका${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'ऑडियो और वीडियो नहीं मिल सका',
    message: 'दूसरों के ऑडियो और वीडियो से कनेक्ट नहीं हो सका।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `दूसरों के ऑडियो और वीडियो से कनेक्ट नहीं हो सका${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'ऑडियो और वीडियो सेट अप नहीं हो सका',
    message: 'आपके ऑडियो और वीडियो को सेट अप नहीं किया जा सका।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `आपके ऑडियो और वीडियो को सेट अप नहीं किया जा सका${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'ऑडियो और वीडियो कनेक्ट नहीं हो सका',
    message: 'आपका ऑडियो और वीडियो पूरी तरह कनेक्ट नहीं हुआ।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `आपका ऑडियो और वीडियो कनेक्ट नहीं हुआ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'कनेक्शन टूट गया',
    message: 'आपका ऑडियो और वीडियो कनेक्शन विफल हो गया।',
    hint: NETWORK_HINT,
    dialog: { message: `आपका कनेक्शन विफल हो गया${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'कनेक्शन अस्थिर है',
    message: 'आपका कनेक्शन कुछ पल के लिए टूटा। हम फिर से कनेक्ट कर रहे हैं।',
    hint: 'अगर ऐसा होता रहे, तो नेटवर्क बदलें।',
    dialog: { message: `आपका कनेक्शन टूट गया${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'कॉल क्वालिटी की जानकारी उपलब्ध नहीं',
    message: 'इससे आपकी कॉल पर कोई असर नहीं पड़ता।',
    hint: QUIET,
  },
  '4008': {
    title: 'आपका कनेक्शन रीफ़्रेश हो रहा है',
    message: 'यह थोड़ी देर में ठीक हो जाना चाहिए।',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'आप पहले से इस कॉल में हैं',
    message: 'आप यहीं से शामिल हैं।',
    hint: 'कॉल जारी रखें।',
  },
  '5002': {
    title: 'तैयारी अभी चल रही है',
    message: PREVIEW,
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'आप कनेक्ट नहीं हैं',
    message: 'अभी कॉल तक पहुंचा नहीं जा सकता।',
    hint: NETWORK_HINT,
    dialog: { message: 'अब आप कॉल से कनेक्ट नहीं हैं।', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'यह पूरा नहीं हो सका',
    message: 'कॉल ने उम्मीद के मुताबिक जवाब नहीं दिया।',
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
    title: 'कॉल अपडेट नहीं हो सकी',
    message: 'आपके ऑडियो और वीडियो कनेक्शन को अपडेट नहीं किया जा सका।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `आपका कनेक्शन अपडेट नहीं हो सका${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'अभी तैयार नहीं है',
    message: 'कॉल अभी इसके लिए तैयार नहीं है।',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'कॉल से अनपेक्षित जवाब',
    message: 'हमें ऐसा जवाब मिला जिसे हम समझ नहीं सके।',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: MISSING,
    message: 'कुछ ऑडियो या वीडियो को सही व्यक्ति से नहीं जोड़ा जा सका।',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: MISSING,
    message: 'कुछ ऑडियो या वीडियो नहीं पहुंचा।',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'शायद कोई ठीक से न दिखे',
    message: 'कॉल में किसी व्यक्ति की जानकारी अधूरी है।',
    hint: 'अगर कोई नाम या वीडियो गलत दिखे, तो फिर से शामिल हों।',
  },
  '6008': {
    title: CANT_JOIN_LINK,
    message: 'यह कॉल आपके न्योते से शामिल होने की अनुमति नहीं देती।',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'प्रीव्यू पहले से शुरू हो रहा है',
    message: PREVIEW,
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'इस पेज पर कॉल उपलब्ध नहीं हैं',
    message: 'यह पेज सुरक्षित कनेक्शन पर नहीं खोला गया।',
    hint: 'कॉल को https से शुरू होने वाले लिंक से खोलें।',
  },
  '6011': {
    title: 'यह ब्राउज़र कॉल में शामिल नहीं हो सकता',
    message: 'शायद यह पुराना है, या कोई एक्सटेंशन कॉल को ब्लॉक कर रहा है।',
    hint: 'इसे अपडेट करें या दूसरा ब्राउज़र आज़माएं।',
  },
  '6012': {
    title: 'आपकी सेटिंग सेव नहीं होगी',
    message: 'आपका ब्राउज़र साइट स्टोरेज ब्लॉक करता है। कॉल ठीक चलती रहेगी।',
    hint: 'सेटिंग रखने के लिए इस साइट की कुकी की अनुमति दें।',
  },
  '6013': {
    title: 'यह नहीं हो सका',
    message: 'कॉल, ऐप का एक अनुरोध स्वीकार नहीं कर सकी।',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'यहां इफ़ेक्ट काम नहीं करता',
    message: 'आपका ब्राउज़र या डिवाइस यह इफ़ेक्ट नहीं चला सकता।',
    hint: `${WITHOUT_IT} या दूसरा ब्राउज़र आज़माएं।`,
  },
  '7002': {
    title: 'इफ़ेक्ट चालू नहीं हो सका',
    message: 'इफ़ेक्ट शुरू नहीं हो पाया।',
    hint: `${WITHOUT_IT} या फिर से कोशिश करें।`,
    action: { hint: '"{action}" चुनें या इफ़ेक्ट के बिना जारी रखें।' },
  },
  '7003': {
    title: 'इफ़ेक्ट ने काम करना बंद कर दिया',
    message: 'इफ़ेक्ट लागू नहीं हो सका।',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'इफ़ेक्ट अभी चालू हो रहा है',
    message: 'यह इफ़ेक्ट पहले से जोड़ा जा रहा है।',
    hint: QUIET,
  },
  '7005': {
    title: 'इस डिवाइस पर इफ़ेक्ट काम नहीं करता',
    message: 'यह डिवाइस यह इफ़ेक्ट नहीं चला सकता।',
    hint: `${WITHOUT_IT} या दूसरा डिवाइस आज़माएं।`,
  },
  '7006': {
    title: 'इस कॉल में इफ़ेक्ट उपलब्ध नहीं',
    message: 'इस कॉल के लिए यह इफ़ेक्ट चालू नहीं है।',
    hint: `${WITHOUT_IT}।`,
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'प्लेलिस्ट खत्म हो गई',
    message: 'चलाने के लिए कुछ नहीं बचा।',
    hint: 'कुछ और चुनें या फिर से शुरू करें।',
  },
  '8002': {
    title: 'कुछ नहीं चल रहा',
    message: 'अभी कुछ भी प्ले नहीं हो रहा।',
    hint: 'पहले प्लेलिस्ट से कुछ चलाएं।',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: CANT_JOIN,
    message: 'कॉल, शामिल होने का अनुरोध स्वीकार नहीं कर सकी।',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'इस लिंक की समय-सीमा खत्म हो गई',
    message: 'आपके न्योते की पुष्टि नहीं हो सकी।',
    hint: LINK_HINT,
  },
  '403': {
    title: 'आपके पास इस कॉल का ऐक्सेस नहीं है',
    message: 'आपका न्योता आपको शामिल होने की अनुमति नहीं देता।',
    hint: LINK_HINT,
  },
  '404': {
    title: 'कॉल नहीं मिली',
    message: 'हमें यह कॉल कहीं नहीं मिली।',
    hint: 'लिंक जांचें या होस्ट से नया लिंक मांगें।',
  },
  '410': {
    title: 'यह कॉल अब उपलब्ध नहीं है',
    message: 'कॉल खत्म हो गई है या बंद कर दी गई है।',
    hint: 'फिर से शामिल होने के लिए होस्ट से नया लिंक मांगें।',
  },
  '429': {
    title: 'बहुत ज़्यादा कोशिशें',
    message: 'कॉल सेवा अभी व्यस्त है।',
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
    title: 'कॉल सेवा यह नहीं कर सकती',
    message: 'कॉल का सर्वर इस अनुरोध को सपोर्ट नहीं करता।',
    hint: CONTACT,
  },
  '502': {
    title: 'कॉल सेवा तक पहुंच नहीं हो रही',
    message: 'कॉल के सर्वर ने ठीक से जवाब नहीं दिया।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'कॉल सेवा उपलब्ध नहीं है',
    message: 'कॉल सेवा कुछ समय के लिए उपलब्ध नहीं है।',
    hint: 'कुछ मिनट में फिर से कोशिश करें।',
    action: { hint: 'कुछ मिनट में "{action}" चुनें।' },
  },
  '504': {
    title: 'कॉल सेवा का समय खत्म हो गया',
    message: 'कॉल के सर्वर ने जवाब देने में बहुत देर लगाई।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: LINK_INVALID,
    message: 'यह लिंक जिस कॉल का है, वह मौजूद नहीं है।',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'यह लिंक इस कॉल से मेल नहीं खाता',
    message: 'आपका न्योता किसी दूसरी कॉल के लिए है।',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'आप कहीं और से शामिल हैं',
    message: 'आप किसी दूसरे टैब या डिवाइस से इस कॉल में हैं।',
    hint: 'वहां से निकलें, फिर यहां से शामिल हों।',
  },
  '40100': { title: NOT_VERIFIED, ...APP_SIDE },
  '40101': { title: NOT_VERIFIED, ...APP_SIDE },
  '40102': {
    title: LINK_INVALID,
    message: 'आपका न्योता ऐसी कॉल का है जो मौजूद नहीं है।',
    hint: LINK_HINT,
  },
  '40103': { title: NOT_VERIFIED, ...APP_SIDE },
  '40104': { title: NOT_VERIFIED, ...APP_SIDE },
  '40105': { title: NOT_VERIFIED, ...APP_SIDE },
  '40107': { title: NOT_VERIFIED, ...APP_SIDE },
  '40108': {
    title: CANT_JOIN_LINK,
    message: 'आपका न्योता इस कॉल की सेटिंग से मेल नहीं खाता।',
    hint: LINK_HINT,
  },
  '40109': {
    title: LINK_BROKEN,
    message: 'आपका न्योता खराब या अधूरा है।',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'आप अब कॉल में नहीं हैं',
    message: 'कनेक्शन टूटने के बाद कॉल में आपकी मौजूदगी दर्ज नहीं रही।',
    hint: 'वापस आने के लिए फिर से शामिल हों।',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'यह कॉल भरी हुई है',
    message: 'अभी इस कॉल में और लोग शामिल नहीं हो सकते।',
    hint: 'होस्ट से जगह बनाने को कहें और फिर से शामिल हों।',
  },
  ROOM_ENDED: {
    title: 'कॉल खत्म हो गई',
    message:
      '{requestedBy, select, none {यह कॉल सभी के लिए खत्म हो गई है।} other {{requestedBy} ने सभी के लिए कॉल खत्म कर दी।}}' +
      '{reason, select, none {} other { वजह: {reason}}}',
    hint: 'होम पेज पर जाएं या यह पेज बंद करें।',
  },
  REMOVED_FROM_ROOM: {
    title: 'आपको कॉल से हटा दिया गया',
    message:
      '{requestedBy, select, none {आपको कॉल से हटा दिया गया।} other {{requestedBy} ने आपको कॉल से हटा दिया।}}' +
      '{reason, select, none {} other { वजह: {reason}}}',
    hint: 'अगर यह गलती थी, तो होस्ट से दोबारा न्योता भेजने को कहें।',
  },
  RECONNECTING: {
    title: 'फिर से कनेक्ट हो रहा है',
    message: 'आपका कनेक्शन टूट गया। हम आपको वापस ला रहे हैं।',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'फिर से कनेक्ट हो गया',
    message: 'आपका कनेक्शन वापस आ गया।',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device:obl} को रोका गया है',
    message: 'इसे किसी दूसरे ऐप या फ़ोन कॉल में इस्तेमाल किया जा रहा है।',
    hint: 'दूसरे ऐप के छोड़ते ही डिवाइस फिर से चालू हो जाएगा।',
  },
  TRACK_RESUMED: {
    title: '{device:obl} का काम फिर शुरू',
    message: '{device:obl} ने फिर से काम करना शुरू कर दिया।',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'कॉल समय पर शुरू नहीं हुई',
    message: 'शामिल होने में सामान्य से काफ़ी ज़्यादा समय लग रहा है।',
    hint: 'अपना कनेक्शन जांचें, फिर होम पेज पर जाएं।',
    action: { hint: 'अपना कनेक्शन जांचें, फिर "{action}" चुनें।' },
  },
  SLOW: {
    title: 'अब भी कनेक्ट हो रहा है…',
    message: 'शामिल होने में सामान्य से ज़्यादा समय लग रहा है।',
    hint: 'इंतज़ार जारी रखें; विफल होने पर हम आपको बता देंगे।',
  },
  NETWORK: {
    title: CONNECTION_PROBLEM,
    message: 'कॉल सेवा तक पहुंचा नहीं जा सका।',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: WENT_WRONG,
    message: 'कोई अनपेक्षित समस्या आई।',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: '{device:obl} की अनुमति मिल गई',
    message: 'यह साइट अब {device} इस्तेमाल कर सकती है।',
    hint: 'जब चाहें, इसे चालू करें।',
    action: USE_IT,
  },
  DEVICE_FOUND: {
    title: '{device:obl} से कनेक्शन हो गया',
    message: 'अब {device:obl} का फिर से इस्तेमाल किया जा सकता है।',
    hint: 'जब चाहें, इसे चालू करें।',
    action: USE_IT,
  },
  OFFLINE: {
    title: 'आप ऑफ़लाइन हैं',
    message: 'आपके डिवाइस का इंटरनेट कनेक्शन टूट गया।',
    hint: 'इंटरनेट वापस आने पर हम आपको फिर से कनेक्ट कर देंगे।',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: CONNECTION_PROBLEM,
    message: 'कनेक्शन बनाए रखने में दिक्कत हुई।',
    hint: NETWORK_HINT,
    dialog: { message: `आपका कनेक्शन विफल हो गया${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: CANT_SET_UP,
    message: 'कॉल तैयार करते समय गड़बड़ी हुई।',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: '{device:obl} में समस्या',
    message: '{device:obl} में कुछ गड़बड़ हुई।',
    hint: 'डिवाइस फिर से कनेक्ट करें और उसे इस्तेमाल कर रहे दूसरे ऐप बंद करें।',
  },
  'range.4xxx': {
    title: CONNECTION_PROBLEM,
    message: 'आपके ऑडियो और वीडियो में कुछ गड़बड़ हुई।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `आपका ऑडियो और वीडियो कनेक्शन विफल हो गया${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: CANT_JOIN,
    message: 'शामिल होते समय कुछ गड़बड़ हुई।',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `कुछ गड़बड़ हुई${NOT_JOINED}`, ...LEFT },
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
    title: 'एक इफ़ेक्ट काम नहीं कर रहा',
    message: 'किसी इफ़ेक्ट में कुछ गड़बड़ हुई।',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'प्लेलिस्ट में समस्या',
    message: 'प्लेलिस्ट में कुछ गड़बड़ हुई।',
    hint: 'इसे फिर से चलाकर देखें।',
  },
  'range.http4xx': {
    title: CANT_JOIN,
    message: 'कॉल अनुरोध स्वीकार नहीं कर सकी।',
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
    message: 'इस लिंक से आपको कॉल में नहीं जोड़ा जा सका।',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

/** "सेकंड" and "बार" are the same for one and other; the blocks keep the plural form explicit. */
const SECONDS = '{seconds, plural, one {# सेकंड} other {# सेकंड}}';
const TIMES = '{count, plural, one {# बार} other {# बार}}';

const labels: Record<LabelKey, string> = {
  goHome: 'होम पेज पर जाएं',
  tryAgain: 'फिर से कोशिश करें',
  rejoin: 'फिर से शामिल हों',
  turnCameraOn: 'कैमरा चालू करें',
  turnMicrophoneOn: 'माइक्रोफ़ोन चालू करें',
  shareAgain: 'फिर से शेयर करें',
  errorCode: 'गड़बड़ी {code}',
  copyDetails: 'जानकारी कॉपी करें',
  copied: 'कॉपी हो गई',
  copyFailed: 'अपने-आप कॉपी नहीं हो सकी। जानकारी नीचे दिखाई गई है।',
  details: 'तकनीकी जानकारी',
  countdown: '{seconds} सेकंड में होम पेज पर',
  countdownStarted: `${SECONDS} में आपको अपने-आप होम पेज पर ले जाया जाएगा।`,
  countdownPaused: 'अपने-आप होम पेज पर जाना रोक दिया गया है।',
  pause: 'रोकें',
  resume: 'फिर से शुरू करें',
  region: 'सूचनाएं ({hotkey})',
  dismiss: 'खारिज करें: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count} और',
  allowAudio: 'ऑडियो की अनुमति दें',
  howToFix: 'ठीक करने का तरीका',
  stepsInBrowser: '{browser} में',
  stepsOnSystem: '{system} पर',
  fallbackTitle: 'कॉल खत्म हो गई',
  useAnotherCamera: 'दूसरा कैमरा इस्तेमाल करें',
  useAnotherMicrophone: 'दूसरा माइक्रोफ़ोन इस्तेमाल करें',
  chooseCamera: 'कैमरा चुनें',
  chooseMicrophone: 'माइक्रोफ़ोन चुनें',
  unnamedCamera: 'कैमरा {count}',
  unnamedMicrophone: 'माइक्रोफ़ोन {count}',
  switchDevice: 'बदलें',
  cancel: 'रद्द करें',
  noOtherDevice: 'कोई दूसरा डिवाइस नहीं मिला।',
  keepTrying: `हम ${SECONDS} तक कोशिश करते रहेंगे।`,
  severityError: 'गड़बड़ी:',
  severityWarning: 'चेतावनी:',
  severityInfo: 'जानकारी:',
  severitySuccess: 'हो गया:',
  recent: 'हाल की सूचनाएं',
  recentEmpty: 'हाल की कोई सूचना नहीं है।',
  respond: 'जवाब देने के लिए {hotkey} दबाएं।',
  stillHappening: `अब भी हो रहा है, ${TIMES}`,
  moreText: '{count, plural, one {# और सूचना इंतज़ार में है} other {# और सूचनाएं इंतज़ार में हैं}}',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'माइक्रोफ़ोन', obl: 'माइक्रोफ़ोन', chosen: 'आपके चुने हुए माइक्रोफ़ोन', gender: 'm' },
  video: { default: 'कैमरा', obl: 'कैमरे', chosen: 'आपके चुने हुए कैमरे', gender: 'm' },
  'audio, video': {
    default: 'कैमरा और माइक्रोफ़ोन',
    obl: 'कैमरे और माइक्रोफ़ोन',
    chosen: 'आपके चुने हुए कैमरे और माइक्रोफ़ोन',
    gender: 'm',
  },
  screen: { default: 'स्क्रीन शेयर', obl: 'स्क्रीन शेयर', chosen: 'आपके चुने हुए स्क्रीन शेयर', gender: 'm' },
  unknown: {
    default: 'कैमरा या माइक्रोफ़ोन',
    obl: 'कैमरे या माइक्रोफ़ोन',
    chosen: 'आपके चुने हुए कैमरे या माइक्रोफ़ोन',
    gender: 'm',
  },
};

/** Fills `{requestedBy}` when nobody is named: oblique, because it is always followed by "ने". */
const someone = 'किसी';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Hindi. None could be checked against a
 * Hindi browser or system while writing; they are the usual Hindi UI strings, marked unverified:
 * - Chrome: "साइट सेटिंग", options "पूछें", "अनुमति दें", "ब्लॉक करें" (unverified).
 * - Edge: "इस साइट के लिए अनुमतियां" (unverified).
 * - Firefox: the blocked entry reads "ब्लॉक किया गया" (unverified).
 * - Safari on Mac: "इस वेबसाइट के लिए सेटिंग"; iPhone/iPad: "वेबसाइट सेटिंग"; the Settings
 *   app "सेटिंग्ज़" (unverified).
 * - macOS: "सिस्टम सेटिंग्ज़ > गोपनीयता और सुरक्षा" (unverified).
 * - Windows 11: "स्टार्ट > सेटिंग्स > गोपनीयता और सुरक्षा", "ऐप अनुमतियां" (unverified).
 * The `browser` / `system` names of the `other` entries are in the oblique case ("आपके
 * ब्राउज़र", "आपके डिवाइस"), because the kit uses them only in the headings "{browser} में" and
 * "{system} पर".
 */
const RELOAD = 'पेज फिर से लोड करें और दोबारा कोशिश करें।';

const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'पता बार की बाईं ओर वाला आइकॉन चुनें।',
      '{device:obl} का ऐक्सेस चालू करें।',
      'अगर यह वहां नहीं दिखता, तो "साइट सेटिंग" चुनें और {device:obl} को "अनुमति दें" पर सेट करें।',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'पता बार की बाईं ओर वाला लॉक आइकॉन चुनें।',
      '"इस साइट के लिए अनुमतियां" चुनें।',
      '{device:obl} को "अनुमति दें" पर सेट करें।',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'पता बार में कटे हुए अनुमति आइकॉन को चुनें।',
      '"ब्लॉक किया गया" के बगल में X चुनकर ब्लॉक हटाएं।',
      'पेज फिर से लोड करें, फिर Firefox के पूछने पर {device:obl} की अनुमति दें।',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Mac पर, मेन्यू बार में Safari > "इस वेबसाइट के लिए सेटिंग" चुनें।',
      'iPhone या iPad पर, पते के पास पेज मेन्यू (aA) पर टैप करें, फिर "वेबसाइट सेटिंग" पर।',
      '{device:obl} को "अनुमति दें" पर सेट करें, फिर पेज को दोबारा लोड करें।',
      'iPhone या iPad पर अब भी ब्लॉक है? "सेटिंग्ज़" ऐप खोलें, अपना ब्राउज़र ढूंढें और {device:obl} की अनुमति दें।',
    ],
  },
  other: {
    browser: 'आपके ब्राउज़र',
    steps: [
      'इस साइट के लिए ब्राउज़र की सेटिंग खोलें, अक्सर पते के पास वाले आइकॉन से।',
      '{device:obl} की अनुमति दें।',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Apple मेन्यू > "सिस्टम सेटिंग्ज़" > "गोपनीयता और सुरक्षा" खोलें।',
      '"कैमरा" या "माइक्रोफ़ोन" चुनें, जो भी आपको चाहिए।',
      'अपने ब्राउज़र के बगल वाला स्विच चालू करें।',
      'ब्राउज़र पूरी तरह बंद करके दोबारा खोलें और फिर से शामिल हों।',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      '"स्टार्ट" > "सेटिंग्स" > "गोपनीयता और सुरक्षा" खोलें।',
      '"ऐप अनुमतियां" में "कैमरा" या "माइक्रोफ़ोन" चुनें।',
      'ऐप्स के लिए ऐक्सेस चालू करें, आपके ब्राउज़र जैसे डेस्कटॉप ऐप्स के लिए भी।',
      RELOAD,
    ],
  },
  other: {
    system: 'आपके डिवाइस',
    steps: [
      'अपने डिवाइस की सेटिंग खोलें।',
      '"निजता" या "ऐप अनुमतियां" पर जाएं।',
      'अपने ब्राउज़र को {device:obl} के इस्तेमाल की अनुमति दें।',
      'कॉल पर वापस जाएं और फिर से कोशिश करें।',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'कोड',
  name: 'नाम',
  action: 'कार्रवाई',
  message: 'मैसेज',
  description: 'ब्यौरा',
  shownAs: 'इस रूप में दिखाया गया',
  catalogKey: 'कैटलॉग कुंजी',
  kind: 'प्रकार',
  terminal: 'कॉल खत्म करता है',
  platform: 'प्लैटफ़ॉर्म',
  time: 'समय',
  count: 'कितनी बार',
  sources: 'स्रोत',
  userAgent: 'यूज़र एजेंट',
  developerNote: 'डेवलपर के लिए नोट',
  yes: 'हां',
  no: 'नहीं',
  none: 'कोई नहीं',
};

/** Hindi ends sentences with the danda "।". */
const punctuation = { sentence: '। ', field: ': ', list: ', ' };

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
