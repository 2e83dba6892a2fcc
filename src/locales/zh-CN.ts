/*
 * react-hms-errors — Simplified Chinese (zh-CN) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts, with es.ts and ja.ts
 * as the model for structure and tone.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Polite "您", as the mainland video apps address the person in their Chinese UIs: Zoom
 * ("您已被主持人移出会议"), Tencent Meeting / 腾讯会议 and Google Meet all write "您" in their
 * notices; Microsoft Teams writes "你" (Microsoft's zh-CN style), which reads more casual than
 * an error in a call should. "您" is used only where the sentence needs a subject or a possessive
 * ("您的邀请"); Chinese UI drops the pronoun elsewhere. Requests are "请…", short, calm; failures
 * are stated impersonally ("连接失败", "未能…"); no blame ("这不是您的操作造成的"), no
 * exclamation marks. Being dropped from a call is "您已不在通话中" (you are no longer in the
 * call), never "您已退出" (which would say you chose to leave).
 * Titles are short statements without a final "。"; messages and hints are full sentences ending
 * in "。". UI names (buttons, menus, settings) are quoted in “”, as Apple's and Microsoft's zh-CN
 * help quotes them, including `{action}` and `{allowAudio}`.
 * Spacing: no spaces between Chinese and Latin words or digits ("Wi-Fi或", "3秒"), as in ja.ts,
 * so that filled placeholders (Chinese or Latin) and literal words look alike.
 *
 * ── Glossary (used consistently in every string; src/locales/glossaries/zh-CN.json) ────────────
 *   call ............ 通话 (Meet's word for a call; "会议" would be a meeting)
 *   link ............ 链接              invite ........ 邀请
 *   camera .......... 摄像头            microphone .... 麦克风
 *   screen share .... 屏幕共享 (noun) / 共享屏幕 (verb)
 *   audio / video ... 音频 / 视频 ("音频和视频")
 *   host ............ 主持人 (Zoom's and Tencent Meeting's term)
 *   join ............ 加入（通话）       rejoin ........ 重新加入 (also the button)
 *   reconnect ....... 重新连接 (network and device alike)
 *   allow ........... 允许 (the browsers' button is “允许”)
 *   settings ........ 设置 (site settings: 网站设置; system: 系统设置)
 *   go home ......... 返回首页          support ....... 应用技术支持
 *   device .......... 设备              participant ... 参与者
 *   effect .......... 特效
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Chinese has no gender, number, case or articles, so every `{device}` uses the `default` form:
 * "摄像头", "麦克风", "摄像头和麦克风", "屏幕共享", "摄像头或麦克风"; "您的" is written before it
 * only where Chinese would say it anyway. `deviceForms` only repeats the noun; no `{device:form}`
 * is used, so the kit's plain `deviceNames` option cannot break a sentence.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Chinese has one plural category, `other`; counts take a measure word (#次, #秒, #条通知).
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'zh-CN';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = '请检查Wi-Fi或网络连接。';
const LINK_HINT = '请向主持人索取新链接。';
const SUPPORT = '请联系应用技术支持。';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: '问题不在您这边。应用无法验证您的邀请。',
  hint: SUPPORT,
};
const LEFT = { hint: '请返回首页，稍后再重新加入。' };
const LEFT_REJOIN = { hint: '请选择“{action}”或返回首页。' };
const SUPPORT_HINT = '如问题持续，请联系应用技术支持。';
const WAIT_HINT = '请稍后重试。';
const WAIT_ACTION = { hint: '请稍后选择“{action}”。' };
const QUIET = '无需任何操作。';
const OPEN_AGAIN_HINT = '请重新打开链接，或向主持人索取新链接。';
const STILL_MISSING_HINT = '如仍缺少某人，请重新加入。';
const CHECK_NETWORK_REJOIN = '请检查网络，然后重新加入。';
const RECONNECT_OR_CHOOSE = '请重新连接设备，或在设置中选择其他设备。';
const EFFECT_OFF_ON = '请关闭再重新开启特效，或不用特效继续。';
const CARRY_ON = '可从中断处继续。';
const NO_EFFECT = '可以不用特效继续';
/** Ends a dialog message: the call is over for the person. */
const GONE = '，您已不在通话中。';
const STEPS = { hint: '请选择“{action}”查看操作步骤。' };

/** The same words for a code and its range fallback. */
const SERVER_ERROR: Entry = {
  title: '通话服务出现问题',
  message: '通话服务器出现了错误。',
  hint: WAIT_HINT,
  action: WAIT_ACTION,
};
const UNEXPECTED: Entry = {
  title: '出现问题',
  message: '通话中发生了意外问题。',
  hint: SUPPORT_HINT,
  action: WAIT_ACTION,
  dialog: { message: '发生了意外问题，您的通话已结束。', ...LEFT },
  dialogAction: LEFT_REJOIN,
};

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: '无法连接到通话',
    message: '无法建立连接。',
    hint: NETWORK_HINT,
    dialog: { message: '无法建立连接，您未能加入通话。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: '无法为您重新连接',
    message: '连接未能恢复。',
    hint: NETWORK_HINT,
    dialog: { message: `连接未能恢复${GONE}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: '无法加入通话',
    message: '加入时连接已断开。',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: '加入时连接已断开，您未能加入通话。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: '无法准备通话',
    message: '未能完成通话准备。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: '无法准备通话',
    message: '应用设置有问题，通话无法进行。',
    hint: SUPPORT,
  },
  '2003': {
    title: '无法访问通话',
    message: '无法连接到通话服务器。',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: '此链接无法使用',
    message: '无法读取您的邀请。',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: '{device}出现问题',
    message: '{device}出现了问题。',
    hint: '请关闭再重新开启{device}。',
    action: { hint: '请选择“{action}”。' },
  },
  '3001': {
    title: '无法使用{device}',
    message: '此网站无权使用您的{device}。',
    hint: '请在浏览器的网站设置中允许使用。',
    action: STEPS,
  },
  '3001.screen': {
    title: '未能开始共享屏幕',
    message: '共享已取消或被阻止。',
    hint: '请重新共享，并选择标签页、窗口或屏幕。',
    action: { hint: '请选择“{action}”，然后选择标签页、窗口或屏幕。' },
  },
  '3002': {
    title: '找不到{device}',
    message: '未检测到{device}。',
    hint: '请连接设备，或在设置中选择其他设备。',
  },
  '3003': {
    title: '无法启动{device}',
    message: '{device}可能被其他应用占用或无响应。',
    hint: '请关闭占用{device}的其他应用，然后重试。',
    action: { hint: '请关闭其他应用，然后选择“{action}”。' },
  },
  '3004': {
    title: '{device}已停止工作',
    message: '已无法访问您的{device}。',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: '没有可开启的设备',
    message: '未选择摄像头或麦克风。',
    hint: '请开启摄像头或麦克风。',
  },
  '3006': {
    title: '无法开启视频',
    message: '应用视频设置有问题，摄像头无法启动。',
    hint: SUPPORT,
  },
  '3007': {
    title: '通话中无法更改此设置',
    message: '此视频设置在通话中无法更改。',
    hint: '将在下次加入时生效。',
  },
  '3008': {
    title: '暂时听不到其他人的声音',
    message: '浏览器暂停了声音播放。',
    hint: '点按页面任意位置即可听到。',
    action: { hint: '选择“{allowAudio}”即可听到。' },
  },
  '3009': {
    title: '{device}无法达到要求',
    message: '无法达到此通话所需的质量。',
    hint: '请在设置中选择其他设备。',
  },
  '3010': {
    title: '麦克风没有声音',
    message: '已开启，但检测不到声音。',
    hint: '请确认已连接且未静音，或换一个。',
  },
  '3011': {
    title: '无法使用{device}',
    message: '{device}被系统阻止，或未连接。',
    hint: '请在系统隐私设置中允许浏览器。',
    action: STEPS,
  },
  '3011.screen': {
    title: '无法共享屏幕',
    message: '系统阻止了屏幕录制。',
    // macOS 15 (Sequoia) names the pane “录屏与系统录音” in Chinese — not verified on a Chinese
    // Mac; macOS 13–14 call it “屏幕录制”.
    hint: '请在“录屏与系统录音”中允许浏览器。',
  },
  '3xxx.screen': {
    title: '屏幕共享已停止',
    message: '屏幕共享未能开始，或已中断。',
    hint: '请重新共享。',
    action: { hint: '请选择“{action}”再试一次。' },
  },
  '3012.web': {
    title: '请共享此标签页以继续',
    message: '此通话需要您共享此标签页。',
    hint: '请重新共享，并选择此标签页。',
  },
  '3012.flutter': {
    title: '无法连接蓝牙音频',
    message: '此应用无权使用蓝牙设备。',
    // Android's permission is “附近的设备” in Chinese.
    hint: '请在手机设置中允许此应用使用“附近的设备”。',
  },
  '3013.web': {
    title: '无法播放通话的声音',
    message: '浏览器无法播放通话的音频。',
    hint: '请检查扬声器或耳机，或换用其他设备。',
  },
  '3013.flutter': {
    title: '无法使用蓝牙音频',
    message: '此应用无法使用蓝牙音频。',
    hint: '请改用手机扬声器或有线耳机。',
  },
  '3014': {
    title: '{device}已断开连接',
    message: '检测不到您选择的{device}。',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: '{device}没有信号',
    message: '其他应用或电话可能占用了{device}。',
    hint: '请结束另一个通话，然后关闭再重新开启{device}。',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: '无法发送音视频',
    message: '音视频连接失败。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `音视频连接失败${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: '无法接收音视频',
    message: '连接其他人的音视频失败。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `连接其他人的音视频失败${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: '无法设置音视频',
    message: '音视频设置失败。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `音视频设置失败${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: '无法连接音视频',
    message: '音视频未能完成连接。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `音视频未能连接${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: '连接已断开',
    message: '音视频连接失败。',
    hint: NETWORK_HINT,
    dialog: { message: `连接失败${GONE}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: '连接不稳定',
    message: '连接短暂中断，正在重新连接。',
    hint: '如问题持续，请切换网络。',
    dialog: { message: `连接已中断${GONE}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: '无法获取通话质量详情',
    message: '您的通话不受影响。',
    hint: QUIET,
  },
  '4008': {
    title: '正在更新连接',
    message: '稍后即会稳定。',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: '您已在此通话中',
    message: '您已在此处加入。',
    hint: '请继续通话。',
  },
  '5002': {
    title: '仍在准备中',
    message: '正在启动摄像头和麦克风预览。',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: '未连接',
    message: '目前无法访问通话。',
    hint: NETWORK_HINT,
    dialog: { message: '您已与通话断开连接。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: '无法完成该操作',
    message: '通话未按预期响应。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': UNEXPECTED,
  '6002.flutter': {
    title: '无法更新通话',
    message: '音视频连接更新失败。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `连接更新失败${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: '还未准备好',
    message: '通话暂时无法执行该操作。',
    hint: WAIT_HINT,
  },
  '6004': {
    title: '通话返回了意外响应',
    message: '收到了无法识别的响应。',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: '可能缺少部分音视频',
    message: '部分音视频无法对应到参与者。',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: '可能缺少部分音视频',
    message: '部分音视频未能送达。',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: '某位参与者可能显示异常',
    message: '缺少通话中某位参与者的信息。',
    hint: '如姓名或视频显示异常，请重新加入。',
  },
  '6008': {
    title: '无法使用此链接加入',
    message: '此通话不允许使用您的邀请加入。',
    hint: LINK_HINT,
  },
  '6009': {
    title: '预览已在启动中',
    message: '正在启动摄像头和麦克风预览。',
    hint: WAIT_HINT,
  },
  '6010': {
    title: '此页面无法进行通话',
    message: '此页面未使用安全连接。',
    hint: '请从https开头的链接打开通话。',
  },
  '6011': {
    title: '此浏览器无法加入通话',
    message: '浏览器可能过旧，或扩展程序阻止了通话。',
    hint: '请更新浏览器，或换用其他浏览器。',
  },
  '6012': {
    title: '设置将不会保存',
    message: '浏览器阻止了网站存储。通话不受影响。',
    hint: '请允许此网站使用Cookie以保存设置。',
  },
  '6013': {
    title: '操作未成功',
    message: '通话无法接受应用的请求。',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: '此处不支持该特效',
    message: '浏览器或设备无法运行此特效。',
    hint: `${NO_EFFECT}，或换用其他浏览器。`,
  },
  '7002': {
    title: '无法开启特效',
    message: '特效启动失败。',
    hint: `${NO_EFFECT}，或重试。`,
    action: { hint: '请选择“{action}”，或不用特效继续。' },
  },
  '7003': {
    title: '特效已停止工作',
    message: '无法应用该特效。',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: '特效仍在开启中',
    message: '已在添加此特效。',
    hint: QUIET,
  },
  '7005': {
    title: '此设备不支持该特效',
    message: '此设备无法运行此特效。',
    hint: `${NO_EFFECT}，或换用其他设备。`,
  },
  '7006': {
    title: '此通话中无法使用该特效',
    message: '此通话未启用该特效。',
    hint: `${NO_EFFECT}。`,
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: '播放列表已播完',
    message: '没有可播放的内容了。',
    hint: '请选择其他内容，或从头播放。',
  },
  '8002': {
    title: '未在播放任何内容',
    message: '目前未在播放任何内容。',
    hint: '请先从播放列表中开始播放。',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: '无法加入通话',
    message: '通话无法接受加入请求。',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: '此链接已过期',
    message: '无法确认您的邀请。',
    hint: LINK_HINT,
  },
  '403': {
    title: '您无权访问此通话',
    message: '您的邀请不允许您加入。',
    hint: LINK_HINT,
  },
  '404': {
    title: '找不到通话',
    message: '找不到此通话。',
    hint: '请检查链接，或向主持人索取新链接。',
  },
  '410': {
    title: '此通话已不可用',
    message: '通话已结束或已关闭。',
    hint: '请向主持人索取新链接以重新加入。',
  },
  '429': {
    title: '尝试次数过多',
    message: '通话服务目前繁忙。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': SERVER_ERROR,
  '501': {
    title: '通话服务不支持该操作',
    message: '通话服务器不支持此请求。',
    hint: SUPPORT,
  },
  '502': {
    title: '无法访问通话服务',
    message: '通话服务器未正确响应。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: '通话服务不可用',
    message: '通话服务暂时不可用。',
    hint: '请过几分钟再试。',
    action: { hint: '请过几分钟再选择“{action}”。' },
  },
  '504': {
    title: '通话服务响应超时',
    message: '通话服务器响应时间过长。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: '此链接无效',
    message: '此链接指向的通话不存在。',
    hint: LINK_HINT,
  },
  '40002': {
    title: '此链接与通话不匹配',
    message: '您的邀请对应的是另一个通话。',
    hint: LINK_HINT,
  },
  '40004': {
    title: '已在其他地方加入',
    message: '您已在其他标签页或设备加入此通话。',
    hint: '请先退出另一处，再在此重新加入。',
  },
  '40100': { title: '无法验证您的邀请', ...APP_SIDE },
  '40101': { title: '无法验证您的邀请', ...APP_SIDE },
  '40102': {
    title: '此链接无效',
    message: '您的邀请指向一个不存在的通话。',
    hint: LINK_HINT,
  },
  '40103': { title: '无法验证您的邀请', ...APP_SIDE },
  '40104': { title: '无法验证您的邀请', ...APP_SIDE },
  '40105': { title: '无法验证您的邀请', ...APP_SIDE },
  '40107': { title: '无法验证您的邀请', ...APP_SIDE },
  '40108': {
    title: '无法使用此链接加入',
    message: '您的邀请与此通话的设置不匹配。',
    hint: LINK_HINT,
  },
  '40109': {
    title: '此链接无法使用',
    message: '邀请已损坏或不完整。',
    hint: LINK_HINT,
  },
  '41001': {
    title: '您已不在通话中',
    message: '连接中断后，通话中已找不到您。',
    hint: '请重新加入以回到通话。',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: '此通话人数已满',
    message: '目前无法再有人加入此通话。',
    hint: '请让主持人腾出名额后重新加入。',
  },
  ROOM_ENDED: {
    title: '通话已结束',
    message:
      '{requestedBy, select, none {通话已为所有人结束。} other {{requestedBy}已为所有人结束通话。}}' +
      '{reason, select, none {} other {原因：{reason}}}',
    hint: '可返回首页或关闭此页面。',
  },
  REMOVED_FROM_ROOM: {
    title: '您已被移出通话',
    message:
      '{requestedBy, select, none {您已被移出通话。} other {{requestedBy}已将您移出通话。}}' +
      '{reason, select, none {} other {原因：{reason}}}',
    hint: '如有误，请让主持人重新邀请您。',
  },
  RECONNECTING: {
    title: '正在重新连接',
    message: '连接已中断，正在为您重新连接。',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: '已重新连接',
    message: '连接已恢复。',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device}已暂停',
    message: '其他应用或电话正在占用{device}。',
    hint: '其他应用停止使用后即会恢复。',
  },
  TRACK_RESUMED: {
    title: '{device}已恢复',
    message: '{device}已可正常使用。',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: '通话未能按时开始',
    message: '加入耗时远超预期。',
    hint: '请检查网络，然后返回首页。',
    action: { hint: '请检查网络，然后选择“{action}”。' },
  },
  SLOW: {
    title: '仍在连接…',
    message: '加入耗时比平时长。',
    hint: '可继续等待，如失败会通知您。',
  },
  NETWORK: {
    title: '连接问题',
    message: '无法连接到通话服务。',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: '出现问题',
    message: '发生了意外问题。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: UNEXPECTED.dialog,
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: '已允许使用{device}',
    message: '此网站现在可以使用{device}了。',
    hint: '准备好后即可开启。',
    action: { hint: '请选择“{action}”开始使用。' },
  },
  DEVICE_FOUND: {
    title: '{device}已连接',
    message: '现在可以再次使用{device}了。',
    hint: '准备好后即可开启。',
    action: { hint: '请选择“{action}”开始使用。' },
  },
  OFFLINE: {
    title: '您已离线',
    message: '设备已断开网络连接。',
    hint: '网络恢复后会为您重新连接。',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: '连接问题',
    message: '无法保持连接。',
    hint: NETWORK_HINT,
    dialog: { message: `连接失败${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: '无法准备通话',
    message: '通话准备失败。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: '{device}出现问题',
    message: '您的{device}出了点问题。',
    hint: '请重新连接{device}，并关闭占用它的其他应用。',
  },
  'range.4xxx': {
    title: '连接问题',
    message: '音视频出了点问题。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `音视频连接失败${GONE}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: '无法加入通话',
    message: '加入时出了点问题。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '出了点问题，您未能加入通话。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': UNEXPECTED,
  'range.7xxx': {
    title: '某个特效无法正常工作',
    message: '某个特效出了点问题。',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: '播放列表出现问题',
    message: '播放列表出了点问题。',
    hint: '请尝试重新播放。',
  },
  'range.http4xx': {
    title: '无法加入通话',
    message: '通话无法接受该请求。',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': SERVER_ERROR,
  'range.server4xxxx': {
    title: '此链接无法使用',
    message: '无法通过此链接让您加入。',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const TIMES = '{count, plural, other {#次}}';

const labels: Record<LabelKey, string> = {
  goHome: '返回首页',
  tryAgain: '重试',
  rejoin: '重新加入',
  turnCameraOn: '开启摄像头',
  turnMicrophoneOn: '开启麦克风',
  shareAgain: '重新共享',
  errorCode: '错误代码：{code}',
  copyDetails: '复制详情',
  copied: '已复制',
  copyFailed: '无法自动复制，详情见下方。',
  details: '技术详情',
  countdown: '{seconds}秒后返回首页',
  countdownStarted: '将在{seconds, plural, other {#秒}}后自动返回首页。',
  countdownPaused: '已暂停自动返回首页。',
  pause: '暂停',
  resume: '继续',
  region: '通知（{hotkey}）',
  dismiss: '关闭：{title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '还有{count}条',
  allowAudio: '允许播放声音',
  howToFix: '解决方法',
  stepsInBrowser: '在{browser}中',
  stepsOnSystem: '在{system}上',
  fallbackTitle: '通话已结束',
  useAnotherCamera: '使用其他摄像头',
  useAnotherMicrophone: '使用其他麦克风',
  chooseCamera: '选择摄像头',
  chooseMicrophone: '选择麦克风',
  unnamedCamera: '摄像头{count}',
  unnamedMicrophone: '麦克风{count}',
  switchDevice: '切换',
  cancel: '取消',
  noOtherDevice: '未找到其他设备。',
  keepTrying: '最多持续尝试{seconds, plural, other {#秒}}。',
  severityError: '错误：',
  severityWarning: '警告：',
  severityInfo: '提示：',
  severitySuccess: '成功：',
  recent: '最近的通知',
  recentEmpty: '没有最近的通知。',
  respond: '按{hotkey}键操作。',
  stillHappening: `仍在发生，已${TIMES}`,
  moreText: '还有{count, plural, other {#条通知}}待显示',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** Chinese needs no agreement forms: `default` everywhere (see the header). */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: '麦克风' },
  video: { default: '摄像头' },
  'audio, video': { default: '摄像头和麦克风' },
  screen: { default: '屏幕共享' },
  unknown: { default: '摄像头或麦克风' },
};

/** Fills `{requestedBy}` when nobody is named (the catalog's own `select` never needs it). */
const someone = '某位参与者';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Simplified Chinese, quoted in “”:
 * - Chrome: the icon's tooltip is “查看网站信息”; its panel links to “网站设置”, whose options are
 *   “询问（默认）”“允许”“屏蔽”; the reload button is “重新加载”.
 * - Edge: “此站点的权限” — NOT verified against a Chinese Edge.
 * - Firefox: the blocked entry reads “已阻止” (“已临时阻止” for a temporary block) — not verified.
 * - Safari on Mac: the menu is “Safari浏览器”, its item “此网站的设置…” — not verified on a Chinese
 *   Mac. iPhone/iPad: the page menu button (aA) and its item “网站设置” — not verified on a
 *   device; the Settings app is “设置”.
 * - macOS 13+: 苹果菜单 >“系统设置”>“隐私与安全性”>“摄像头”/“麦克风” (Apple's zh-CN names, as
 *   Chinese macOS guides show them).
 * - Windows 11: “开始”>“设置”>“隐私和安全性”>“应用权限”>“相机”/“麦克风” (Windows calls the camera
 *   pane “相机”, as Microsoft's zh-CN support pages show, while macOS says “摄像头”).
 */
const RELOAD = '重新加载页面，然后重试。';

const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      '选择地址栏左侧的图标。',
      '开启{device}的访问权限。',
      '如果没有，请选择“网站设置”，将{device}设为“允许”。',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      '选择地址栏左侧的锁图标。',
      '选择“此站点的权限”。',
      '将{device}设为“允许”。',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      '选择地址栏中划线的权限图标。',
      '选择“已阻止”旁的×解除阻止。',
      '重新加载页面，Firefox询问时允许使用{device}。',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      '在Mac上，从菜单栏选择“Safari浏览器”>“此网站的设置”。',
      '在iPhone或iPad上，轻点地址旁的“aA”，再轻点“网站设置”。',
      '将{device}设为“允许”，然后重新加载页面。',
      'iPhone或iPad上仍被阻止？请在“设置”App中找到浏览器，允许使用{device}。',
    ],
  },
  other: {
    browser: '您的浏览器',
    steps: [
      '打开此网站的浏览器设置，通常可从地址旁的图标进入。',
      '允许使用{device}。',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      '打开苹果菜单 >“系统设置”>“隐私与安全性”。',
      '按需选择“摄像头”或“麦克风”。',
      '打开浏览器旁的开关。',
      '重启浏览器，然后重新加入。',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      '打开“开始”>“设置”>“隐私和安全性”。',
      '在“应用权限”下，选择“相机”或“麦克风”。',
      '开启访问权限，包括浏览器等桌面应用。',
      RELOAD,
    ],
  },
  other: {
    system: '您的设备',
    steps: [
      '打开设备设置。',
      '前往“隐私”或“应用权限”。',
      '允许浏览器使用{device}。',
      '返回通话，然后重试。',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: '代码',
  name: '名称',
  action: '操作',
  message: '消息',
  description: '描述',
  shownAs: '显示方式',
  catalogKey: '目录键',
  kind: '类型',
  terminal: '结束通话',
  platform: '平台',
  time: '时间',
  count: '次数',
  sources: '来源',
  userAgent: '用户代理',
  developerNote: '开发者备注',
  yes: '是',
  no: '否',
  none: '无',
};

const punctuation = { sentence: '。', field: '：', list: '、' };

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
