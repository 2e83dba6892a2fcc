/*
 * react-hms-errors — Korean (ko) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts, with es.ts and ja.ts
 * as the model for structure and tone.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Formal-polite statements (-습니다) with polite requests (-하세요), the mix Korean UIs use for
 * notices: Google Meet ("다시 시도하세요"), Zoom and Microsoft Teams write their Korean errors
 * this way; the casual 해요체 of chat apps would read too light for a dropped call. No second-
 * person pronoun (Korean UIs avoid "당신"; the person is implied). Titles are short noun-ending
 * phrases without a period ("통화에 연결할 수 없음", "연결 끊김"), as Windows and Teams write
 * Korean headings; messages and hints are full sentences. Calm, no blame (the app-side credential
 * errors say "앱 문제로…": the app's problem, not the person's), no exclamation marks. Being
 * dropped from a call is "통화에서 나가게 되었습니다" (-게 되다: it happened to you), never
 * "통화에서 나갔습니다" (you left).
 * A named person is "{requestedBy}님". UI names (buttons, menus, settings) are quoted in straight
 * single quotes ('설정'), as Windows' and Samsung's Korean UIs write them (and lighter than curly
 * quotes in the 6 kB chunk). `{action}` / `{allowAudio}` are written "'{action}' 버튼": the particle
 * then follows "버튼", so it never depends on whether the label ends in a consonant ("오디오 허용"
 * does, "다시 시도" does not).
 *
 * ── Glossary (used consistently in every string; src/locales/glossaries/ko.json) ───────────────
 *   call ............ 통화
 *   link ............ 링크              invite ........ 초대
 *   camera .......... 카메라            microphone .... 마이크
 *   screen share .... 화면 공유
 *   audio / video ... 오디오 / 비디오 ("오디오와 비디오")
 *   host ............ 호스트 (Zoom's and Meet's Korean term)
 *   join ............ 참여하다          rejoin ........ 다시 참여 (also the button)
 *   reconnect ....... 다시 연결 (network and device alike)
 *   allow ........... 허용 (the browsers' button is '허용')
 *   settings ........ 설정 (site settings: 사이트 설정)
 *   go home ......... 홈으로 이동       support ....... 앱 지원팀
 *   device .......... 기기              participant ... 참여자
 *   effect .......... 효과
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Korean has no gender, number or articles; what changes is the particle after the noun (을/를,
 * 이/가, 와/과, 으로/로), chosen by the noun's last sound. All five device words end in a vowel —
 * "카메라", "마이크", "카메라와 마이크", "화면 공유", "카메라 또는 마이크" — so every `{device}` is
 * followed by the vowel form (를, 가, 에, 로) and uses the `default` form; no `{device:form}` is
 * needed. Caveat: an app that passes the kit's `deviceNames` option with a word ending in a
 * consonant ("웹캠") gets "웹캠를"; such an app should pass `devices` forms and override the copy.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Korean has one plural category, `other`; counts take a counter (#회, #초, #개).
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'ko';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Wi-Fi나 네트워크 연결을 확인하세요.';
const LINK_HINT = '호스트에게 새 링크를 요청하세요.';
const SUPPORT = '앱 지원팀에 문의하세요.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: '앱 문제로 초대를 확인하지 못했습니다.',
  hint: SUPPORT,
};
const LEFT = { hint: '홈으로 이동해 잠시 후 다시 참여하세요.' };
const LEFT_REJOIN = { hint: "'{action}' 버튼을 선택하거나 홈으로 이동하세요." };
const SUPPORT_HINT = `문제가 계속되면 ${SUPPORT}`;
const WAIT_HINT = '잠시 후 다시 시도하세요.';
const WAIT_ACTION = { hint: "잠시 후 '{action}' 버튼을 선택하세요." };
const QUIET = '조치할 필요가 없습니다.';
const OPEN_AGAIN_HINT = '링크를 다시 열거나 호스트에게 새 링크를 요청하세요.';
const STILL_MISSING_HINT = '계속 누락되면 다시 참여하세요.';
const CHECK_NETWORK_REJOIN = '네트워크를 확인하고 다시 참여하세요.';
const RECONNECT_OR_CHOOSE = '기기를 다시 연결하거나 설정에서 다른 기기를 선택하세요.';
const EFFECT_OFF_ON = '효과를 껐다가 다시 켜거나 효과 없이 계속하세요.';
const CARRY_ON = '계속하세요.';
/** Ends a dialog message: the call is over for the person (see the header). */
const GONE = ' 통화에서 나가게 되었습니다.';
const STEPS = { hint: "'{action}' 버튼을 선택하면 방법이 표시됩니다." };
const USE_IT = { hint: "사용하려면 '{action}' 버튼을 선택하세요." };

/** The same words for a code and its range fallback. */
const SERVER_ERROR: Entry = {
  title: '통화 서비스에 문제 발생',
  message: '통화 서버에 문제가 발생했습니다.',
  hint: WAIT_HINT,
  action: WAIT_ACTION,
};
const UNEXPECTED: Entry = {
  title: '문제 발생',
  message: '통화 중 예기치 않은 문제가 발생했습니다.',
  hint: SUPPORT_HINT,
  action: WAIT_ACTION,
  dialog: { message: `예기치 않은 문제로${GONE}`, ...LEFT },
  dialogAction: LEFT_REJOIN,
};

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: '통화에 연결할 수 없음',
    message: '연결하지 못했습니다.',
    hint: NETWORK_HINT,
    dialog: { message: '연결하지 못해 통화에 참여하지 못했습니다.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: '다시 연결하지 못함',
    message: '연결이 복구되지 않았습니다.',
    hint: NETWORK_HINT,
    dialog: { message: `연결이 복구되지 않아${GONE}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: '통화에 참여할 수 없음',
    message: '참여 중 연결이 끊겼습니다.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: '참여 중 연결이 끊겨 통화에 참여하지 못했습니다.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: '통화를 준비할 수 없음',
    message: '통화 준비를 마치지 못했습니다.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: '통화를 준비할 수 없음',
    message: '앱 설정 문제로 통화를 시작할 수 없습니다.',
    hint: SUPPORT,
  },
  '2003': {
    title: '통화에 접속할 수 없음',
    message: '통화 서버에 연결하지 못했습니다.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: '이 링크가 작동하지 않음',
    message: '초대를 읽을 수 없습니다.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: '{device} 문제 발생',
    message: '{device}에 문제가 생겼습니다.',
    hint: '{device}를 껐다가 다시 켜세요.',
    action: { hint: "'{action}' 버튼을 선택하세요." },
  },
  '3001': {
    title: '{device}를 사용할 수 없음',
    message: '이 사이트에 {device} 사용 권한이 없습니다.',
    hint: '브라우저의 사이트 설정에서 허용하세요.',
    action: STEPS,
  },
  '3001.screen': {
    title: '화면 공유를 시작하지 못함',
    message: '공유가 취소되거나 차단되었습니다.',
    hint: '다시 공유하고 탭, 창 또는 화면을 선택하세요.',
    action: { hint: "'{action}' 버튼을 선택하고 탭, 창 또는 화면을 선택하세요." },
  },
  '3002': {
    title: '{device}를 찾을 수 없음',
    message: '{device}가 감지되지 않았습니다.',
    hint: '기기를 연결하거나 설정에서 다른 기기를 선택하세요.',
  },
  '3003': {
    title: '{device}를 시작할 수 없음',
    message: '다른 앱이 사용 중이거나 응답이 없을 수 있습니다.',
    hint: '{device}를 사용 중인 다른 앱을 닫고 다시 시도하세요.',
    action: { hint: "다른 앱을 닫고 '{action}' 버튼을 선택하세요." },
  },
  '3004': {
    title: '{device} 작동 중지',
    message: '{device}에 더 이상 접근할 수 없습니다.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: '켤 기기가 없음',
    message: '카메라나 마이크가 선택되지 않았습니다.',
    hint: '카메라나 마이크를 켜세요.',
  },
  '3006': {
    title: '비디오를 시작할 수 없음',
    message: '앱 비디오 설정 문제로 카메라가 중지되었습니다.',
    hint: SUPPORT,
  },
  '3007': {
    title: '통화 중에는 변경할 수 없음',
    message: '이 비디오 설정은 통화 중에 변경할 수 없습니다.',
    hint: '다음 참여 시 적용됩니다.',
  },
  '3008': {
    title: '아직 다른 사람 소리가 들리지 않음',
    message: '브라우저가 소리를 일시중지했습니다.',
    hint: '페이지를 클릭하거나 탭하면 들립니다.',
    action: { hint: "'{allowAudio}' 버튼을 선택하면 들립니다." },
  },
  '3009': {
    title: '{device}에서 지원하지 않음',
    message: '이 통화에 필요한 품질을 지원하지 않습니다.',
    hint: '설정에서 다른 기기를 선택하세요.',
  },
  '3010': {
    title: '마이크에서 소리가 나지 않음',
    message: '켜져 있지만 소리가 없습니다.',
    hint: '연결과 음소거를 확인하거나 다른 마이크를 선택하세요.',
  },
  '3011': {
    title: '{device}를 사용할 수 없음',
    message: '시스템에서 차단했거나 연결되지 않았습니다.',
    hint: '시스템 개인정보 보호 설정에서 브라우저를 허용하세요.',
    action: STEPS,
  },
  '3011.screen': {
    title: '화면을 공유할 수 없음',
    message: '시스템에서 화면 기록을 차단했습니다.',
    // macOS 15 (Sequoia) names the pane '화면 및 시스템 오디오 녹음' in Korean — not verified on a
    // Korean Mac; macOS 13–14 call it '화면 기록'.
    hint: "'화면 및 시스템 오디오 녹음'에서 브라우저를 허용하세요.",
  },
  '3xxx.screen': {
    title: '화면 공유가 중지됨',
    message: '화면 공유를 시작하지 못했거나 중지되었습니다.',
    hint: '다시 공유하세요.',
    action: { hint: "'{action}' 버튼을 선택해 다시 시도하세요." },
  },
  '3012.web': {
    title: '계속하려면 이 탭을 공유하세요',
    message: '이 통화에서는 이 탭을 공유해야 합니다.',
    hint: '다시 공유하고 이 탭을 선택하세요.',
  },
  '3012.flutter': {
    title: '블루투스 오디오에 연결할 수 없음',
    message: '이 앱은 블루투스 기기를 사용할 수 없습니다.',
    // Android's permission is '근처 기기' in Korean.
    hint: "휴대전화 설정에서 '근처 기기' 권한을 허용하세요.",
  },
  '3013.web': {
    title: '통화 소리를 재생할 수 없음',
    message: '브라우저가 통화 소리를 재생하지 못했습니다.',
    hint: '스피커나 헤드폰을 확인하거나 다른 기기를 선택하세요.',
  },
  '3013.flutter': {
    title: '블루투스 오디오를 사용할 수 없음',
    message: '이 앱은 블루투스 오디오를 사용할 수 없습니다.',
    hint: '휴대전화 스피커나 유선 헤드셋을 사용하세요.',
  },
  '3014': {
    title: '{device} 연결 끊김',
    message: '선택한 {device}가 감지되지 않습니다.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: '{device} 신호 없음',
    message: '다른 앱이나 전화 통화가 {device}를 사용 중일 수 있습니다.',
    hint: '다른 통화를 끝낸 후 {device}를 껐다가 다시 켜세요.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: '오디오와 비디오를 보낼 수 없음',
    message: '오디오와 비디오 연결에 실패했습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `오디오와 비디오 연결에 실패하여${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: '오디오와 비디오를 받을 수 없음',
    message: '다른 사람의 오디오와 비디오 연결에 실패했습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `다른 사람의 오디오와 비디오 연결에 실패하여${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: '오디오와 비디오를 설정할 수 없음',
    message: '오디오와 비디오 설정에 실패했습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `오디오와 비디오 설정에 실패하여${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: '오디오와 비디오를 연결할 수 없음',
    message: '오디오와 비디오 연결을 완료하지 못했습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `오디오와 비디오가 연결되지 않아${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: '연결 끊김',
    message: '오디오와 비디오 연결에 실패했습니다.',
    hint: NETWORK_HINT,
    dialog: { message: `연결에 실패하여${GONE}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: '연결 불안정',
    message: '연결이 잠시 끊겨 다시 연결하는 중입니다.',
    hint: '계속되면 네트워크를 바꾸세요.',
    dialog: { message: `연결이 끊겨${GONE}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: '통화 품질 정보 없음',
    message: '통화에는 영향이 없습니다.',
    hint: QUIET,
  },
  '4008': {
    title: '연결을 새로 고치는 중',
    message: '곧 안정됩니다.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: '이미 이 통화에 참여 중',
    message: '이미 여기에서 참여했습니다.',
    hint: '통화를 계속하세요.',
  },
  '5002': {
    title: '아직 준비 중',
    message: '카메라와 마이크 미리보기를 시작하는 중입니다.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: '연결되지 않음',
    message: '지금 통화에 접속할 수 없습니다.',
    hint: NETWORK_HINT,
    dialog: { message: '통화와의 연결이 끊겼습니다.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: '완료하지 못함',
    message: '통화가 제대로 응답하지 않았습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': UNEXPECTED,
  '6002.flutter': {
    title: '통화를 업데이트할 수 없음',
    message: '오디오와 비디오 연결을 업데이트하지 못했습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `연결을 업데이트하지 못해${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: '아직 준비되지 않음',
    message: '통화가 아직 준비되지 않았습니다.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: '통화에서 예기치 않은 응답',
    message: '알 수 없는 응답을 받았습니다.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: '일부 오디오나 비디오가 누락되었을 수 있음',
    message: '일부 오디오나 비디오의 참여자를 찾지 못했습니다.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: '일부 오디오나 비디오가 누락되었을 수 있음',
    message: '일부 오디오나 비디오가 오지 않았습니다.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: '일부 참여자가 제대로 안 보일 수 있음',
    message: '통화 참여자 일부의 정보가 없습니다.',
    hint: '이름이나 비디오가 이상하면 다시 참여하세요.',
  },
  '6008': {
    title: '이 링크로 참여할 수 없음',
    message: '이 통화에서는 이 초대로 참여할 수 없습니다.',
    hint: LINK_HINT,
  },
  '6009': {
    title: '미리보기 이미 시작 중',
    message: '카메라와 마이크 미리보기를 시작하는 중입니다.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: '이 페이지에서 통화를 사용할 수 없음',
    message: '보안 연결이 아닌 페이지입니다.',
    hint: 'https로 시작하는 링크에서 통화를 여세요.',
  },
  '6011': {
    title: '이 브라우저로 통화에 참여할 수 없음',
    message: '브라우저가 오래되었거나 확장 프로그램이 통화를 차단했을 수 있습니다.',
    hint: '브라우저를 업데이트하거나 다른 브라우저를 사용해 보세요.',
  },
  '6012': {
    title: '설정이 저장되지 않음',
    message: '브라우저가 사이트 저장소를 차단하지만 통화에는 영향이 없습니다.',
    hint: '설정을 유지하려면 이 사이트의 쿠키를 허용하세요.',
  },
  '6013': {
    title: '실행되지 않음',
    message: '통화에서 앱 요청을 받아들이지 못했습니다.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: '여기서 지원되지 않는 효과',
    message: '브라우저나 기기에서 이 효과를 실행할 수 없습니다.',
    hint: '효과 없이 계속하거나 다른 브라우저를 사용해 보세요.',
  },
  '7002': {
    title: '효과를 켤 수 없음',
    message: '효과를 시작하지 못했습니다.',
    hint: '효과 없이 계속하거나 다시 시도하세요.',
    action: { hint: "'{action}' 버튼을 선택하거나 효과 없이 계속하세요." },
  },
  '7003': {
    title: '효과 작동 중지',
    message: '효과를 적용하지 못했습니다.',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: '효과를 켜는 중',
    message: '이미 효과를 켜는 중입니다.',
    hint: QUIET,
  },
  '7005': {
    title: '이 기기에서 지원되지 않는 효과',
    message: '이 기기에서는 이 효과를 실행할 수 없습니다.',
    hint: '효과 없이 계속하거나 다른 기기를 사용해 보세요.',
  },
  '7006': {
    title: '이 통화에서 사용할 수 없는 효과',
    message: '이 통화에서 이 효과가 켜져 있지 않습니다.',
    hint: '효과 없이 계속하세요.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: '재생목록 끝',
    message: '더 재생할 항목이 없습니다.',
    hint: '다른 항목이나 처음부터 재생하세요.',
  },
  '8002': {
    title: '재생 중인 항목 없음',
    message: '지금 재생 중인 항목이 없습니다.',
    hint: '재생목록에서 항목을 재생하세요.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: '통화에 참여할 수 없음',
    message: '통화에서 참여 요청을 받아들이지 못했습니다.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: '링크가 만료됨',
    message: '초대를 확인하지 못했습니다.',
    hint: LINK_HINT,
  },
  '403': {
    title: '이 통화에 대한 권한 없음',
    message: '이 초대로는 참여할 수 없습니다.',
    hint: LINK_HINT,
  },
  '404': {
    title: '통화를 찾을 수 없음',
    message: '이 통화를 찾지 못했습니다.',
    hint: '링크를 확인하거나 호스트에게 새 링크를 요청하세요.',
  },
  '410': {
    title: '더 이상 사용할 수 없는 통화',
    message: '통화가 종료되었습니다.',
    hint: '다시 참여하려면 호스트에게 새 링크를 요청하세요.',
  },
  '429': {
    title: '시도 횟수 초과',
    message: '통화 서비스가 혼잡합니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': SERVER_ERROR,
  '501': {
    title: '통화 서비스에서 지원하지 않음',
    message: '통화 서버가 이 요청을 지원하지 않습니다.',
    hint: SUPPORT,
  },
  '502': {
    title: '통화 서비스에 연결할 수 없음',
    message: '통화 서버가 제대로 응답하지 않았습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: '통화 서비스 이용 불가',
    message: '통화 서비스를 잠시 이용할 수 없습니다.',
    hint: '몇 분 후 다시 시도하세요.',
    action: { hint: "몇 분 후 '{action}' 버튼을 선택하세요." },
  },
  '504': {
    title: '통화 서비스 시간 초과',
    message: '통화 서버가 제때 응답하지 않았습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: '유효하지 않은 링크',
    message: '이 링크의 통화가 존재하지 않습니다.',
    hint: LINK_HINT,
  },
  '40002': {
    title: '통화와 맞지 않는 링크',
    message: '다른 통화의 초대입니다.',
    hint: LINK_HINT,
  },
  '40004': {
    title: '이미 다른 곳에서 참여 중',
    message: '다른 탭이나 기기에서 이 통화에 참여 중입니다.',
    hint: '그곳에서 나간 후 여기서 다시 참여하세요.',
  },
  '40100': { title: '초대를 확인할 수 없음', ...APP_SIDE },
  '40101': { title: '초대를 확인할 수 없음', ...APP_SIDE },
  '40102': {
    title: '유효하지 않은 링크',
    message: '존재하지 않는 통화의 초대입니다.',
    hint: LINK_HINT,
  },
  '40103': { title: '초대를 확인할 수 없음', ...APP_SIDE },
  '40104': { title: '초대를 확인할 수 없음', ...APP_SIDE },
  '40105': { title: '초대를 확인할 수 없음', ...APP_SIDE },
  '40107': { title: '초대를 확인할 수 없음', ...APP_SIDE },
  '40108': {
    title: '이 링크로 참여할 수 없음',
    message: '초대가 이 통화의 설정과 맞지 않습니다.',
    hint: LINK_HINT,
  },
  '40109': {
    title: '이 링크가 작동하지 않음',
    message: '초대가 손상되었거나 완전하지 않습니다.',
    hint: LINK_HINT,
  },
  '41001': {
    title: '통화에서 나가게 됨',
    message: '연결이 끊겨 통화에서 빠졌습니다.',
    hint: '다시 참여해 통화로 돌아가세요.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: '통화 인원 초과',
    message: '이 통화에 남은 자리가 없습니다.',
    hint: '호스트에게 자리를 요청한 후 다시 참여하세요.',
  },
  ROOM_ENDED: {
    title: '통화가 종료됨',
    message:
      '{requestedBy, select, none {전체 통화가 종료되었습니다.} other {{requestedBy}님이 전체 통화를 종료했습니다.}}' +
      '{reason, select, none {} other { 이유: {reason}}}',
    hint: '홈으로 이동하거나 페이지를 닫으세요.',
  },
  REMOVED_FROM_ROOM: {
    title: '통화에서 내보내짐',
    message:
      '{requestedBy, select, none {통화에서 내보내졌습니다.} other {{requestedBy}님이 통화에서 내보냈습니다.}}' +
      '{reason, select, none {} other { 이유: {reason}}}',
    hint: '실수라면 호스트에게 다시 초대를 요청하세요.',
  },
  RECONNECTING: {
    title: '다시 연결하는 중',
    message: '연결이 끊겨 통화에 다시 연결하는 중입니다.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: '다시 연결됨',
    message: '연결이 복구되었습니다.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device} 일시중지됨',
    message: '다른 앱이나 전화 통화가 {device}를 사용 중입니다.',
    hint: '다른 앱이 끝나면 다시 작동합니다.',
  },
  TRACK_RESUMED: {
    title: '{device} 다시 작동함',
    message: '{device}를 다시 사용할 수 있습니다.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: '통화가 제시간에 시작되지 않음',
    message: '참여가 너무 오래 걸리고 있습니다.',
    hint: '연결을 확인한 후 홈으로 이동하세요.',
    action: { hint: "연결을 확인한 후 '{action}' 버튼을 선택하세요." },
  },
  SLOW: {
    title: '계속 연결하는 중…',
    message: '참여가 평소보다 오래 걸리고 있습니다.',
    hint: '계속 기다리면 실패 시 알려 드립니다.',
  },
  NETWORK: {
    title: '연결 문제',
    message: '통화 서비스에 연결하지 못했습니다.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: '문제 발생',
    message: '예기치 않은 문제가 발생했습니다.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: UNEXPECTED.dialog,
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: '{device} 허용됨',
    message: '이제 이 사이트에서 {device}를 사용할 수 있습니다.',
    hint: '준비되면 켜세요.',
    action: USE_IT,
  },
  DEVICE_FOUND: {
    title: '{device} 연결됨',
    message: '{device}를 다시 사용할 수 있습니다.',
    hint: '준비되면 켜세요.',
    action: USE_IT,
  },
  OFFLINE: {
    title: '오프라인 상태',
    message: '기기의 인터넷 연결이 끊겼습니다.',
    hint: '연결이 돌아오면 다시 연결해 드립니다.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: '연결 문제',
    message: '연결을 유지하지 못했습니다.',
    hint: NETWORK_HINT,
    dialog: { message: `연결에 실패하여${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: '통화를 준비할 수 없음',
    message: '통화 준비를 마치지 못했습니다.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: '{device} 문제 발생',
    message: '{device}에 문제가 생겼습니다.',
    hint: '{device}를 다시 연결하고 사용 중인 다른 앱을 닫으세요.',
  },
  'range.4xxx': {
    title: '연결 문제',
    message: '오디오와 비디오에 문제가 생겼습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `오디오와 비디오 연결에 실패하여${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: '통화에 참여할 수 없음',
    message: '참여 중 문제가 생겼습니다.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '문제가 생겨 통화에 참여하지 못했습니다.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': UNEXPECTED,
  'range.7xxx': {
    title: '효과가 작동하지 않음',
    message: '효과에 문제가 생겼습니다.',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: '재생목록 문제',
    message: '재생목록에 문제가 생겼습니다.',
    hint: '다시 재생해 보세요.',
  },
  'range.http4xx': {
    title: '통화에 참여할 수 없음',
    message: '통화에서 참여 요청을 받아들이지 못했습니다.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': SERVER_ERROR,
  'range.server4xxxx': {
    title: '이 링크가 작동하지 않음',
    message: '이 링크로는 참여할 수 없었습니다.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const TIMES = '{count, plural, other {#회}}';
const SECONDS = '{seconds, plural, other {#초}}';

const labels: Record<LabelKey, string> = {
  goHome: '홈으로 이동',
  tryAgain: '다시 시도',
  rejoin: '다시 참여',
  turnCameraOn: '카메라 켜기',
  turnMicrophoneOn: '마이크 켜기',
  shareAgain: '다시 공유',
  errorCode: '오류 {code}',
  copyDetails: '세부정보 복사',
  copied: '복사됨',
  copyFailed: '자동 복사에 실패해 세부정보를 아래에 표시합니다.',
  details: '기술 정보',
  countdown: '{seconds}초 후 홈으로 이동',
  countdownStarted: `${SECONDS} 후 자동으로 홈으로 이동합니다.`,
  countdownPaused: '홈으로 자동 이동이 일시중지되었습니다.',
  pause: '일시중지',
  resume: '재개',
  region: '알림({hotkey})',
  dismiss: '닫기: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count}개 더',
  allowAudio: '오디오 허용',
  howToFix: '해결 방법',
  stepsInBrowser: '{browser}에서',
  stepsOnSystem: '{system}에서',
  fallbackTitle: '통화가 종료됨',
  useAnotherCamera: '다른 카메라 사용',
  useAnotherMicrophone: '다른 마이크 사용',
  chooseCamera: '카메라 선택',
  chooseMicrophone: '마이크 선택',
  unnamedCamera: '카메라 {count}',
  unnamedMicrophone: '마이크 {count}',
  switchDevice: '전환',
  cancel: '취소',
  noOtherDevice: '다른 기기를 찾지 못했습니다.',
  keepTrying: `최대 ${SECONDS} 동안 계속 시도합니다.`,
  severityError: '오류:',
  severityWarning: '경고:',
  severityInfo: '정보:',
  severitySuccess: '완료:',
  recent: '최근 알림',
  recentEmpty: '최근 알림이 없습니다.',
  respond: '{hotkey} 키로 응답하세요.',
  stillHappening: `계속 발생 중, ${TIMES}`,
  moreText: '대기 중인 알림 {count, plural, other {#개}}',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** Korean needs no agreement forms: `default` everywhere (see the header on particles). */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: '마이크' },
  video: { default: '카메라' },
  'audio, video': { default: '카메라와 마이크' },
  screen: { default: '화면 공유' },
  unknown: { default: '카메라 또는 마이크' },
};

/** Fills `{requestedBy}` when nobody is named (the catalog's own `select` never needs it). */
const someone = '다른 사람';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Korean, quoted in '':
 * - Chrome: the icon's tooltip is '사이트 정보 보기'; its panel links to '사이트 설정', whose
 *   options are '확인(기본값)' '허용' '차단'; the reload button is '새로고침'.
 * - Edge: '이 사이트에 대한 권한' — NOT verified against a Korean Edge.
 * - Firefox: the blocked entry reads '차단됨' ('일시적으로 차단됨') — not verified.
 * - Safari on Mac: Safari > '이 웹 사이트에 대한 설정' — not verified on a Korean Mac. On
 *   iPhone/iPad the page menu button shows '가가' instead of "aA" in Korean (believed, not checked
 *   on a device), and its item is '웹 사이트 설정' (not verified); the Settings app is '설정'.
 * - macOS 13+: Apple 메뉴 > '시스템 설정' > '개인정보 보호 및 보안' > '카메라' / '마이크'.
 * - Windows 11: '시작' > '설정' > '개인 정보 및 보안' > '앱 권한' > '카메라' / '마이크' (as Korean
 *   Windows guides show them; not checked on a Korean Windows).
 */
const RELOAD = '페이지를 새로고침하고 다시 시도하세요.';

const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      '주소 표시줄 왼쪽의 아이콘을 선택하세요.',
      '{device} 권한을 켜세요.',
      "없으면 '사이트 설정'에서 {device}를 '허용'으로 설정하세요.",
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      '주소 표시줄 왼쪽의 자물쇠 아이콘을 선택하세요.',
      "'이 사이트에 대한 권한'을 선택하세요.",
      "{device}를 '허용'으로 설정하세요.",
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      '주소 표시줄의 취소선 권한 아이콘을 선택하세요.',
      "'차단됨' 옆의 X를 선택하세요.",
      '페이지를 새로고침하고 Firefox가 물으면 {device}를 허용하세요.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      "Mac에서는 Safari > '이 웹 사이트에 대한 설정'을 선택하세요.",
      "iPhone이나 iPad에서는 주소 옆 '가가' > '웹 사이트 설정'을 탭하세요.",
      "{device}를 '허용'으로 설정하고 페이지를 새로고침하세요.",
      "iPhone이나 iPad에서 계속 차단되면 '설정' 앱에서 브라우저를 찾아 {device}를 허용하세요.",
    ],
  },
  other: {
    browser: '사용 중인 브라우저',
    steps: [
      '이 사이트의 브라우저 설정을 여세요(보통 주소 옆 아이콘).',
      '{device}를 허용하세요.',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      "Apple 메뉴 > '시스템 설정' > '개인정보 보호 및 보안'을 여세요.",
      "'카메라' 또는 '마이크'를 선택하세요.",
      '브라우저 옆의 스위치를 켜세요.',
      '브라우저를 다시 시작한 후 다시 참여하세요.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      "'시작' > '설정' > '개인 정보 및 보안'을 여세요.",
      "'앱 권한'에서 '카메라' 또는 '마이크'를 선택하세요.",
      '브라우저 등 데스크톱 앱의 액세스도 켜세요.',
      RELOAD,
    ],
  },
  other: {
    system: '사용 중인 기기',
    steps: [
      '기기 설정을 여세요.',
      "'개인정보 보호' 또는 '앱 권한'으로 이동하세요.",
      '브라우저에 {device} 사용을 허용하세요.',
      '통화로 돌아가 다시 시도하세요.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: '코드',
  name: '이름',
  action: '조치',
  message: '메시지',
  description: '설명',
  shownAs: '표시 형식',
  catalogKey: '카탈로그 키',
  kind: '종류',
  terminal: '통화 종료',
  platform: '플랫폼',
  time: '시간',
  count: '횟수',
  sources: '출처',
  userAgent: 'User-Agent', // the HTTP header's own name, as Korean developer tools show it
  developerNote: '개발자 참고',
  yes: '예',
  no: '아니요',
  none: '없음',
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
