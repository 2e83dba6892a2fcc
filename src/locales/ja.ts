/*
 * react-hms-errors — Japanese (ja) locale.
 *
 * Translated from /work/main/src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood
 * when this draft was made (copies and SHA-256 sums in ./source-snapshot/). en.ts was being edited by
 * other agents at the time; run `node tools/check.mjs ja` to see whether its keys have moved since.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Polite です/ます throughout, as Zoom's and Google Meet's Japanese UIs write. Titles are short
 * statements without a final 。 ("通話に接続できませんでした"); messages and hints are full sentences
 * ending in 。. Requests use 〜してください; permission steps use 〜します, as Apple's and Microsoft's
 * Japanese help does. No blame: failures are stated impersonally ("接続が切断されました"), and being
 * dropped from a call is "通話から切断されました", never "退出しました" (which would say you left).
 * UI names (buttons, menus, settings) are quoted in 「」, including `{action}` and `{allowAudio}`.
 * Spacing: no spaces between Japanese and Latin words or digits (Google's Japanese style:
 * "Wi-Fiまたは", "Bluetoothオーディオ", "3秒"), so that placeholders and literal words look alike.
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ 通話
 *   link ............ リンク            invite ........ 招待
 *   camera .......... カメラ            microphone .... マイク
 *   screen share .... 画面共有（画面を共有する）
 *   audio / video ... 音声 / ビデオ ("音声とビデオ")
 *   host ............ ホスト (Zoom's term; Meet says 主催者)
 *   join ............ 参加する          rejoin ........ もう一度参加する（button: 再参加）
 *   reconnect ....... 再接続する
 *   allow ........... 許可する (browsers' button: 「許可」)
 *   settings ........ 設定 (site settings: サイトの設定; system: システム設定 / 設定)
 *   go home ......... ホームに戻る      support ....... アプリのサポート
 *   device .......... デバイス          participant ... 参加者
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Japanese has no gender, number or articles, and particles follow the noun unchanged, so every
 * `{device}` in this file uses the `default` form: "カメラ", "マイク", "カメラとマイク",
 * "画面共有", "カメラまたはマイク". "your" is left out, as Japanese UI does ("カメラを使用できません").
 * `deviceForms` therefore only repeats the noun (`default`, `noun`); no `{device:form}` is used,
 * which also means the kit's plain `deviceNames` option cannot break any sentence.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Japanese has one plural category, `other` (see `plural` below).
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. A named person is
 * written "{requestedBy}さん", as Meet does.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'ja';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Wi-Fiまたはネットワーク接続を確認してください。';
const LINK_HINT = 'ホストに新しいリンクを依頼してください。';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: '操作に問題があったわけではありません。アプリが招待を確認できませんでした。',
  hint: 'アプリのサポートにお問い合わせください。',
};
const LEFT = { hint: 'ホームに戻り、しばらくしてからもう一度参加してください。' };
const LEFT_REJOIN = { hint: '「{action}」を選択するか、ホームに戻ってください。' };
const SUPPORT_HINT = '問題が続く場合は、アプリのサポートにお問い合わせください。';
const WAIT_HINT = 'しばらくしてからもう一度お試しください。';
const WAIT_ACTION = { hint: 'しばらくしてから「{action}」を選択してください。' };
const QUIET = '操作は必要ありません。';
const OPEN_AGAIN_HINT = 'リンクをもう一度開くか、ホストに新しいリンクを依頼してください。';
const STILL_MISSING_HINT = '表示されない参加者がいる場合は、もう一度参加してください。';
const CHECK_NETWORK_REJOIN = 'ネットワークを確認してから、もう一度参加してください。';
const RECONNECT_OR_CHOOSE = 'デバイスを再接続するか、設定で別のデバイスを選択してください。';
const EFFECT_OFF_ON = 'エフェクトをオフにしてから再度オンにするか、エフェクトなしで続けてください。';
const CARRY_ON = '中断したところから続けられます。';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: '通話に接続できませんでした',
    message: '接続を確立できませんでした。',
    hint: NETWORK_HINT,
    dialog: { message: '接続を確立できなかったため、通話に参加できていません。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: '再接続できませんでした',
    message: '接続が回復しませんでした。',
    hint: NETWORK_HINT,
    dialog: { message: '接続が回復しなかったため、通話から切断されました。', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: '通話に参加できませんでした',
    message: '参加の途中で接続が切断されました。',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: '参加の途中で接続が切断されたため、通話に参加できていません。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: '通話を準備できませんでした',
    message: '通話を開始する準備が整いませんでした。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: '通話を準備できませんでした',
    message: 'アプリの設定に問題があるため、通話を開始できません。',
    hint: 'アプリのサポートにお問い合わせください。',
  },
  '2003': {
    title: '通話にアクセスできません',
    message: '通話のサーバーに接続できませんでした。',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'このリンクは使用できません',
    message: '招待を読み取れませんでした。',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: '{device}に問題があります',
    message: '{device}で問題が発生しました。',
    hint: '{device}をオフにしてから、もう一度オンにしてください。',
    action: { hint: '「{action}」を選択してください。' },
  },
  '3001': {
    title: '{device}を使用できません',
    message: 'このサイトには{device}の使用が許可されていません。',
    hint: 'ブラウザのサイトの設定で許可してください。',
    action: { hint: '「{action}」を選択すると手順が表示されます。' },
  },
  '3001.screen': {
    title: '画面共有を開始できませんでした',
    message: '共有がキャンセルされたか、ブロックされました。',
    hint: 'もう一度共有を開始して、タブ、ウィンドウ、画面のいずれかを選んでください。',
    action: { hint: '「{action}」を選択して、タブ、ウィンドウ、画面のいずれかを選んでください。' },
  },
  '3002': {
    title: '{device}が見つかりません',
    message: '{device}が検出されませんでした。',
    hint: 'デバイスを接続するか、設定で別のデバイスを選択してください。',
  },
  '3003': {
    title: '{device}を起動できません',
    message: '{device}が他のアプリで使用中か、応答していない可能性があります。',
    hint: '{device}を使用している他のアプリを閉じてから、もう一度お試しください。',
    action: { hint: '{device}を使用している他のアプリを閉じてから、「{action}」を選択してください。' },
  },
  '3004': {
    title: '{device}が動作しなくなりました',
    message: '{device}にアクセスできなくなりました。',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'オンにするデバイスがありません',
    message: 'カメラもマイクも選択されていません。',
    hint: 'カメラまたはマイクをオンにしてください。',
  },
  '3006': {
    title: 'ビデオを開始できません',
    message: 'アプリのビデオ設定に問題があるため、カメラを起動できませんでした。',
    hint: 'アプリのサポートにお問い合わせください。',
  },
  '3007': {
    title: '通話中は変更できません',
    message: 'このビデオ設定は通話中に変更できません。',
    hint: '次回の参加時に適用されます。',
  },
  '3008': {
    title: '他の参加者の音声がまだ聞こえません',
    message: 'ブラウザによって音声が一時停止されています。',
    hint: 'ページ内のどこかをクリックまたはタップすると聞こえるようになります。',
    action: { hint: '「{allowAudio}」を選択すると聞こえるようになります。' },
  },
  '3009': {
    title: '{device}では対応できません',
    message: 'この通話に必要な品質を{device}で提供できません。',
    hint: '設定で別のデバイスを選択してください。',
  },
  '3010': {
    title: 'マイクから音声が届いていません',
    message: 'マイクはオンになっていますが、音声が聞こえません。',
    hint: 'マイクが接続されていてミュートでないか確認するか、別のマイクを選択してください。',
  },
  '3011': {
    title: '{device}を使用できません',
    message: '{device}がシステムでブロックされているか、接続されていません。',
    hint: 'システムのプライバシー設定でブラウザを許可してください。',
    action: { hint: '「{action}」を選択すると手順が表示されます。' },
  },
  '3011.screen': {
    title: '画面を共有できません',
    message: 'システムによって画面収録がブロックされています。',
    // macOS 15 (Sequoia) names the pane 「画面収録とシステムオーディオ録音」; not verified on a
    // Japanese Mac. macOS 13–14 call it 「画面収録」.
    hint: '「画面収録とシステムオーディオ録音」でブラウザを許可してください。',
  },
  '3xxx.screen': {
    title: '画面共有が停止しました',
    message: '画面共有を開始できなかったか、途中で停止しました。',
    hint: 'もう一度共有を開始してください。',
    action: { hint: '「{action}」を選択して、もう一度お試しください。' },
  },
  '3012.web': {
    title: 'このタブを共有して続行してください',
    message: 'この通話では、このタブを共有する必要があります。',
    hint: 'もう一度共有を開始して、このタブを選んでください。',
  },
  '3012.flutter': {
    title: 'Bluetoothオーディオに接続できません',
    message: 'このアプリにはBluetoothデバイスの使用が許可されていません。',
    // Android's permission is 「付近のデバイス」 in Japanese.
    hint: 'スマートフォンの設定で、このアプリに「付近のデバイス」を許可してください。',
  },
  '3013.web': {
    title: '通話の音声を再生できません',
    message: 'ブラウザで通話の音声を再生できませんでした。',
    hint: 'スピーカーやヘッドフォンを確認するか、別の出力先を選択してください。',
  },
  '3013.flutter': {
    title: 'Bluetoothオーディオを使用できません',
    message: 'このアプリではBluetoothオーディオを使用できません。',
    hint: '代わりにスマートフォンのスピーカーか有線のヘッドセットを使用してください。',
  },
  '3014': {
    title: '{device}の接続が切れました',
    message: '選択した{device}が検出されません。',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: '{device}から信号がありません',
    message: '他のアプリか電話の通話が{device}を使用している可能性があります。',
    hint: 'もう一方の通話を終了してから、{device}をオフにして再度オンにしてください。',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: '音声とビデオを送信できませんでした',
    message: '音声とビデオの接続に失敗しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '音声とビデオの接続に失敗したため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: '音声とビデオを受信できませんでした',
    message: '他の参加者の音声とビデオへの接続に失敗しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '他の参加者の音声とビデオへの接続に失敗したため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: '音声とビデオを準備できませんでした',
    message: '音声とビデオの準備に失敗しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '音声とビデオの準備に失敗したため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: '音声とビデオを接続できませんでした',
    message: '音声とビデオの接続が完了しませんでした。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '音声とビデオが接続されなかったため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: '接続が切断されました',
    message: '音声とビデオの接続が失われました。',
    hint: NETWORK_HINT,
    dialog: { message: '接続に失敗したため、通話から切断されました。', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: '接続が不安定です',
    message: '接続が一時的に切れました。再接続しています。',
    hint: '問題が続く場合は、別のネットワークに切り替えてください。',
    dialog: { message: '接続が切れたため、通話から切断されました。', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: '通話品質の詳細を取得できません',
    message: '通話には影響ありません。',
    hint: QUIET,
  },
  '4008': {
    title: '接続を更新しています',
    message: 'まもなく安定するはずです。',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'すでにこの通話に参加しています',
    message: 'この画面からすでに参加済みです。',
    hint: 'そのまま通話を続けてください。',
  },
  '5002': {
    title: 'まだ準備中です',
    message: 'カメラとマイクのプレビューを開始しています。',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: '接続されていません',
    message: '現在、通話にアクセスできません。',
    hint: NETWORK_HINT,
    dialog: { message: '通話との接続が切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: '操作を完了できませんでした',
    message: '通話から想定どおりの応答がありませんでした。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: '問題が発生しました',
    message: '通話で予期しない問題が発生しました。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '予期しない問題により、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: '通話を更新できませんでした',
    message: '音声とビデオの接続を更新できませんでした。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '接続を更新できなかったため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'まだ準備ができていません',
    message: '通話はまだその操作を受け付けられる状態ではありません。',
    hint: WAIT_HINT,
  },
  '6004': {
    title: '通話から予期しない応答がありました',
    message: '解釈できない応答を受信しました。',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: '一部の音声やビデオが欠けている可能性があります',
    message: '一部の音声やビデオが、どの参加者のものか特定できませんでした。',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: '一部の音声やビデオが欠けている可能性があります',
    message: '一部の音声やビデオが届きませんでした。',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: '一部の参加者が正しく表示されない可能性があります',
    message: '通話内の参加者の情報が一部不足しています。',
    hint: '名前やビデオが正しく表示されない場合は、もう一度参加してください。',
  },
  '6008': {
    title: 'このリンクでは参加できません',
    message: 'この通話では、お持ちの招待での参加が許可されていません。',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'プレビューはすでに開始中です',
    message: 'カメラとマイクのプレビューを開始しています。',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'このページでは通話を利用できません',
    message: 'このページは安全な接続で開かれていません。',
    hint: 'httpsで始まるリンクから通話を開いてください。',
  },
  '6011': {
    title: 'このブラウザでは通話に参加できません',
    message: 'ブラウザが古いか、拡張機能によって通話がブロックされている可能性があります。',
    hint: 'ブラウザを更新するか、別のブラウザをお試しください。',
  },
  '6012': {
    title: '設定は保存されません',
    message: 'ブラウザがサイトのデータ保存をブロックしています。通話はそのまま利用できます。',
    hint: '設定を保持するには、このサイトのCookieを許可してください。',
  },
  '6013': {
    title: 'うまくいきませんでした',
    message: 'アプリからのリクエストを通話が受け付けられませんでした。',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'この環境ではエフェクトを使用できません',
    message: 'お使いのブラウザまたはデバイスでは、このエフェクトを実行できません。',
    hint: 'エフェクトなしで続けるか、別のブラウザをお試しください。',
  },
  '7002': {
    title: 'エフェクトをオンにできませんでした',
    message: 'エフェクトを開始できませんでした。',
    hint: 'エフェクトなしで続けるか、もう一度お試しください。',
    action: { hint: '「{action}」を選択するか、エフェクトなしで続けてください。' },
  },
  '7003': {
    title: 'エフェクトが停止しました',
    message: 'エフェクトを適用できませんでした。',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'エフェクトをオンにしている途中です',
    message: 'このエフェクトはすでに追加中です。',
    hint: QUIET,
  },
  '7005': {
    title: 'このデバイスはエフェクトに対応していません',
    message: 'このデバイスではこのエフェクトを実行できません。',
    hint: 'エフェクトなしで続けるか、別のデバイスをお試しください。',
  },
  '7006': {
    title: 'この通話ではエフェクトを利用できません',
    message: 'この通話では、このエフェクトが有効になっていません。',
    hint: 'エフェクトなしで続けてください。',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'プレイリストの最後です',
    message: '再生できる項目はもうありません。',
    hint: '別の項目を選ぶか、最初から再生してください。',
  },
  '8002': {
    title: '何も再生されていません',
    message: '現在、再生中の項目はありません。',
    hint: 'まずプレイリストから再生を開始してください。',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: '通話に参加できませんでした',
    message: '通話が参加のリクエストを受け付けられませんでした。',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'このリンクは有効期限が切れています',
    message: '招待を確認できませんでした。',
    hint: LINK_HINT,
  },
  '403': {
    title: 'この通話へのアクセス権がありません',
    message: 'お持ちの招待ではこの通話に参加できません。',
    hint: LINK_HINT,
  },
  '404': {
    title: '通話が見つかりません',
    message: 'この通話が見つかりませんでした。',
    hint: 'リンクを確認するか、ホストに新しいリンクを依頼してください。',
  },
  '410': {
    title: 'この通話は利用できなくなりました',
    message: '通話は終了したか、閉じられました。',
    hint: 'もう一度参加するには、ホストに新しいリンクを依頼してください。',
  },
  '429': {
    title: '試行回数が多すぎます',
    message: '現在、通話サービスが混み合っています。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: '通話サービスで問題が発生しました',
    message: '通話のサーバーで問題が発生しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: '通話サービスはこの操作に対応していません',
    message: '通話のサーバーがこのリクエストに対応していません。',
    hint: 'アプリのサポートにお問い合わせください。',
  },
  '502': {
    title: '通話サービスに接続できません',
    message: '通話のサーバーから正しい応答がありませんでした。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: '通話サービスを利用できません',
    message: '通話サービスは一時的に利用できません。',
    hint: '数分後にもう一度お試しください。',
    action: { hint: '数分後に「{action}」を選択してください。' },
  },
  '504': {
    title: '通話サービスの応答がありません',
    message: '通話のサーバーからの応答に時間がかかりすぎました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'このリンクは無効です',
    message: 'このリンクが示す通話は存在しません。',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'このリンクは通話と一致しません',
    message: 'この招待は別の通話のものです。',
    hint: LINK_HINT,
  },
  '40004': {
    title: '別の場所ですでに参加しています',
    message: '別のタブまたはデバイスからこの通話に参加しています。',
    hint: 'そちらで通話から退出してから、ここでもう一度参加してください。',
  },
  '40100': { title: '招待を確認できませんでした', ...APP_SIDE },
  '40101': { title: '招待を確認できませんでした', ...APP_SIDE },
  '40102': {
    title: 'このリンクは無効です',
    message: '招待先の通話が存在しません。',
    hint: LINK_HINT,
  },
  '40103': { title: '招待を確認できませんでした', ...APP_SIDE },
  '40104': { title: '招待を確認できませんでした', ...APP_SIDE },
  '40105': { title: '招待を確認できませんでした', ...APP_SIDE },
  '40107': { title: '招待を確認できませんでした', ...APP_SIDE },
  '40108': {
    title: 'このリンクでは参加できません',
    message: '招待の内容がこの通話の設定と一致しません。',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'このリンクは使用できません',
    message: '招待が破損しているか、不完全です。',
    hint: LINK_HINT,
  },
  '41001': {
    title: '通話から外れました',
    message: '接続が途切れたため、通話で参加状態を確認できなくなりました。',
    hint: 'もう一度参加すると通話に戻れます。',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'この通話は満員です',
    message: '現在、この通話にはこれ以上参加できません。',
    hint: 'ホストに空きを作ってもらってから、もう一度参加してください。',
  },
  ROOM_ENDED: {
    title: '通話は終了しました',
    message:
      '{requestedBy, select, none {この通話は全員に対して終了しました。} other {{requestedBy}さんが全員の通話を終了しました。}}' +
      '{reason, select, none {} other {理由：{reason}}}',
    hint: 'ホームに戻るか、このページを閉じてください。',
  },
  REMOVED_FROM_ROOM: {
    title: '通話から削除されました',
    message:
      '{requestedBy, select, none {通話から削除されました。} other {{requestedBy}さんによって通話から削除されました。}}' +
      '{reason, select, none {} other {理由：{reason}}}',
    hint: '誤りと思われる場合は、ホストにもう一度招待してもらってください。',
  },
  RECONNECTING: {
    title: '再接続しています',
    message: '接続が切れました。通話に戻れるよう再接続しています。',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: '再接続しました',
    message: '接続が回復しました。',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device}が一時停止しています',
    message: '他のアプリか電話の通話が{device}を使用しています。',
    hint: '他のアプリが使用を終えると再開します。',
  },
  TRACK_RESUMED: {
    title: '{device}が再開しました',
    message: '{device}が再び使えるようになりました。',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: '時間内に通話を開始できませんでした',
    message: '参加に想定よりかなり時間がかかっています。',
    hint: '接続を確認してから、ホームに戻ってください。',
    action: { hint: '接続を確認してから、「{action}」を選択してください。' },
  },
  SLOW: {
    title: '接続しています…',
    message: '参加にいつもより時間がかかっています。',
    hint: 'このままお待ちいただけます。失敗した場合はお知らせします。',
  },
  NETWORK: {
    title: '接続の問題',
    message: '通話サービスに接続できませんでした。',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: '問題が発生しました',
    message: '予期しない問題が発生しました。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '予期しない問題により、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: '{device}の使用が許可されました',
    message: 'このサイトで{device}を使用できるようになりました。',
    hint: '準備ができたら{device}をオンにしてください。',
    action: { hint: '使用するには「{action}」を選択してください。' },
  },
  DEVICE_FOUND: {
    title: '{device}が接続されました',
    message: '{device}を再び使用できるようになりました。',
    hint: '準備ができたら{device}をオンにしてください。',
    action: { hint: '使用するには「{action}」を選択してください。' },
  },
  OFFLINE: {
    title: 'オフラインです',
    message: 'デバイスのインターネット接続が切れました。',
    hint: '接続が戻ると自動的に再接続します。',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: '接続の問題',
    message: '通話への接続を維持できませんでした。',
    hint: NETWORK_HINT,
    dialog: { message: '接続に失敗したため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: '通話を準備できませんでした',
    message: '通話の準備に失敗しました。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: '{device}に問題があります',
    message: '{device}で問題が発生しました。',
    hint: '{device}を再接続し、{device}を使用している他のアプリを閉じてください。',
  },
  'range.4xxx': {
    title: '接続の問題',
    message: '音声とビデオで問題が発生しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '音声とビデオの接続に失敗したため、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: '通話に参加できませんでした',
    message: '参加中に問題が発生しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '問題が発生したため、通話に参加できていません。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: '問題が発生しました',
    message: '通話で予期しない問題が発生しました。',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: '予期しない問題により、通話から切断されました。', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'エフェクトが機能していません',
    message: 'エフェクトで問題が発生しました。',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'プレイリストの問題',
    message: 'プレイリストで問題が発生しました。',
    hint: 'もう一度再生してみてください。',
  },
  'range.http4xx': {
    title: '通話に参加できませんでした',
    message: '通話がリクエストを受け付けられませんでした。',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: '通話サービスで問題が発生しました',
    message: '通話のサーバーで問題が発生しました。',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'このリンクは使用できません',
    message: 'このリンクでは通話に参加できませんでした。',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const labels: Record<LabelKey, string> = {
  goHome: 'ホームに戻る',
  tryAgain: '再試行',
  rejoin: '再参加',
  turnCameraOn: 'カメラをオンにする',
  turnMicrophoneOn: 'マイクをオンにする',
  shareAgain: 'もう一度共有',
  errorCode: 'エラー {code}',
  copyDetails: '詳細をコピー',
  copied: 'コピーしました',
  copyFailed: '自動でコピーできませんでした。詳細を下に表示しています。',
  details: '技術的な詳細',
  countdown: '{seconds}秒後にホームに戻ります',
  countdownStarted: '{seconds, plural, other {#秒}}後に自動的にホームに戻ります。',
  countdownPaused: 'ホームへの自動移動を一時停止しました。',
  pause: '一時停止',
  resume: '再開',
  region: '通知（{hotkey}）',
  dismiss: '閉じる：{title}',
  repeatCount: '×{count}',
  repeatCountText: '{count, plural, other {#回}}',
  more: 'ほか{count}件',
  allowAudio: '音声を許可',
  howToFix: '解決方法',
  stepsInBrowser: '{browser}の場合',
  stepsOnSystem: '{system}の場合',
  fallbackTitle: '通話は終了しました',
  useAnotherCamera: '別のカメラを使用',
  useAnotherMicrophone: '別のマイクを使用',
  chooseCamera: 'カメラを選択',
  chooseMicrophone: 'マイクを選択',
  unnamedCamera: 'カメラ{count}',
  unnamedMicrophone: 'マイク{count}',
  switchDevice: '切り替え',
  cancel: 'キャンセル',
  noOtherDevice: '他のデバイスが見つかりません。',
  keepTrying: '最大{seconds, plural, other {#秒}}間、再接続を試みます。',
  severityError: 'エラー：',
  severityWarning: '警告：',
  severityInfo: 'お知らせ：',
  severitySuccess: '完了：',
  recent: '最近の通知',
  recentEmpty: '最近の通知はありません。',
  respond: '{hotkey}キーで操作できます。',
  stillHappening: '引き続き発生しています（{count, plural, other {#回}}）',
  moreText: 'ほかに{count, plural, other {#件}}の通知が待機しています',
};


// ── Device names ─────────────────────────────────────────────────────────────────────────────

const deviceNames: Record<DeviceKey, string> = {
  audio: 'マイク',
  video: 'カメラ',
  'audio, video': 'カメラとマイク',
  screen: '画面共有',
  unknown: 'カメラまたはマイク',
};

/** Japanese needs no agreement forms: `default` everywhere (see the header). */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: { default: 'マイク', noun: 'マイク' },
  video: { default: 'カメラ', noun: 'カメラ' },
  'audio, video': { default: 'カメラとマイク', noun: 'カメラとマイク' },
  screen: { default: '画面共有', noun: '画面共有' },
  unknown: { default: 'カメラまたはマイク', noun: 'カメラまたはマイク' },
};

/**
 * Fills `{requestedBy}` when nobody is named. The catalog's own sentences never show it (their
 * `select` has a `none` branch); an override that writes "{requestedBy}さん" should not use it.
 */
const someone = '他の参加者';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Japanese:
 * - Chrome: the icon's tooltip is 「サイト情報を表示」; its panel links to 「サイトの設定」, whose
 *   options are 「確認する（デフォルト）」「許可」「ブロック」.
 * - Edge: 「このサイトのアクセス許可」 — NOT verified against a Japanese Edge.
 * - Firefox: the blocked entry's label is 「ブロック」 (「一時的にブロック」 for a temporary block) —
 *   not verified against a Japanese Firefox.
 * - Safari on Mac: 「Safari」>「このWebサイトの設定…」. On iPhone/iPad the page menu button shows
 *   「ぁあ」 instead of "aA" in Japanese (believed, not checked on a device), and its item is
 *   「Webサイトの設定」; the Settings app is 「設定」.
 * - macOS 13+: アップルメニュー >「システム設定」>「プライバシーとセキュリティ」>「カメラ」/「マイク」.
 * - Windows 11: 「スタート」>「設定」>「プライバシーとセキュリティ」>「アプリのアクセス許可」>
 *   「カメラ」/「マイク」; switches 「カメラへのアクセス」「アプリにカメラへのアクセスを許可する」
 *   「デスクトップ アプリがカメラにアクセスできるようにする」.
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'アドレスバーの左にあるアイコンを選択します。',
      '{device}へのアクセスをオンにします。',
      '表示されない場合は、「サイトの設定」を選択し、{device}を「許可」に設定します。',
      'ページを再読み込みして、もう一度お試しください。',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'アドレスバーの左にある鍵のアイコンを選択します。',
      '「このサイトのアクセス許可」を選択します。',
      '{device}を「許可」に設定します。',
      'ページを再読み込みして、もう一度お試しください。',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'アドレスバーにある、斜線の入った許可アイコンを選択します。',
      '「ブロック」の横にある×を選択して、ブロックを解除します。',
      'ページを再読み込みし、Firefoxから確認されたら{device}を許可します。',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Macでは、メニューバーの「Safari」>「このWebサイトの設定」を選択します。',
      'iPhoneまたはiPadでは、アドレスの横にあるページメニュー（ぁあ）をタップし、「Webサイトの設定」を選択します。',
      '{device}を「許可」に設定し、ページを再読み込みします。',
      'iPhoneやiPadでまだブロックされている場合は、「設定」アプリでお使いのブラウザを探し、{device}を許可してください。',
    ],
  },
  other: {
    browser: 'お使いのブラウザ',
    steps: [
      'このサイトのブラウザ設定を開きます。多くの場合、アドレスの横にあるアイコンから開けます。',
      '{device}を許可します。',
      'ページを再読み込みして、もう一度お試しください。',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'アップルメニュー >「システム設定」>「プライバシーとセキュリティ」を開きます。',
      '必要に応じて「カメラ」または「マイク」を選択します。',
      'お使いのブラウザの横にあるスイッチをオンにします。',
      'ブラウザを終了してから開き直し、もう一度参加してください。',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      '「スタート」>「設定」>「プライバシーとセキュリティ」を開きます。',
      '「アプリのアクセス許可」で「カメラ」または「マイク」を選択します。',
      'アプリへのアクセスをオンにします。ブラウザなどのデスクトップアプリも含めてオンにしてください。',
      'ページを再読み込みして、もう一度お試しください。',
    ],
  },
  other: {
    system: 'お使いのデバイス',
    steps: [
      'デバイスの設定を開きます。',
      '「プライバシー」または「アプリの権限」に移動します。',
      'ブラウザに{device}の使用を許可します。',
      '通話に戻って、もう一度お試しください。',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'コード',
  name: '名前',
  action: '対処',
  message: 'メッセージ',
  description: '説明',
  shownAs: '表示形式',
  catalogKey: 'カタログキー',
  kind: '種類',
  terminal: '通話終了',
  platform: 'プラットフォーム',
  time: '時刻',
  count: '回数',
  sources: '発生元',
  userAgent: 'ユーザーエージェント',
  developerNote: '開発者向けメモ',
  yes: 'はい',
  no: 'いいえ',
  none: 'なし',
};

const punctuation = { sentence: '。', field: '：', list: '、' };

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
