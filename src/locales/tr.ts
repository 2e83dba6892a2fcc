/*
 * react-hms-errors — Turkish (tr) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts (commit 1e83462).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Polite "siz": sentences address the person with -iniz/-ınız and -in/-ın imperatives ("Kontrol
 * edin", "Yeniden katılın"), as Google Meet, Zoom and Microsoft Teams write Turkish; "sen" would
 * read as a friend's message. Buttons are bare-stem imperatives ("Tekrar dene", "Yeniden katıl"),
 * the convention of those same apps' buttons. "Select {action}" is "“{action}” düğmesini seçin",
 * so that no suffix has to follow a button name whose vowels are unknown. Failures are stated
 * impersonally ("…kurulamadı", "…bulunamadı"), never as the person's fault; being dropped is
 * "artık görüşmede değilsiniz", never "ayrıldınız" (which would say you chose to leave). No
 * exclamation marks. Apostrophe before suffixes on names: ’ (U+2019), e.g. "Mac’te".
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ görüşme (Google Meet's word; a phone call is "telefon görüşmesi")
 *   link ............ bağlantı (Meet's and Zoom's word for a link). Turkish also says bağlantı for
 *                     a network connection; sentences about a link say "bu bağlantı" or sit next
 *                     to "davet", and network sentences say "bağlantınız", "internet", "ağ".
 *   invite .......... davet             camera ........ kamera      microphone .... mikrofon
 *   screen share .... ekran paylaşımı / paylaşmak (Meet: "Ekranı paylaş", Zoom: "Ekran Paylaşımı")
 *   audio / video ... ses / video
 *   host ............ düzenleyen (Meet's "Toplantıyı düzenleyen"; the call is not a "toplantı")
 *   join ............ katılmak          rejoin ........ yeniden katılmak
 *   reconnect ....... yeniden bağlanmak (Zoom: "Yeniden bağlanılıyor")
 *   allow ........... izin vermek (the browsers' button is "İzin ver")
 *   settings ........ ayarlar           go home ....... ana sayfaya dönmek
 *   support ......... uygulamanın destek ekibi
 *   device .......... cihaz
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Turkish has no gender, and an inanimate plural subject takes a singular verb, so verbs never
 * need to agree with {device}. What changes is the suffix, which follows vowel harmony
 * (kameranızı / mikrofonunuzu), so every suffixed form is written out (see `deviceForms`):
 *   default         bare noun: "kamera", "kamera ve mikrofon", "ekran paylaşımı" — used before
 *                   "için" and in "Seçtiğiniz {device}";
 *   cap             bare noun, capitalised, opening a sentence: "{device:cap} sorunu" (Turkish UIs
 *                   often leave "your" out, as here);
 *   yourAcc, yourDat, capYourLoc   "kameranızı", "kameranıza", "Kameranızda" ("your" + -ı, -a, -da;
 *                   capitalised when a sentence opens);
 *   none            "Hiç kamera", "Kamera ve mikrofon", "Paylaşılacak ekran": 3002.
 * In a pair both nouns take the suffix ("kameranızı ve mikrofonunuzu"). If an app passes the
 * kit's plain `deviceNames`, every form falls back to its word and stays readable.
 *
 * ── Size ──────────────────────────────────────────────────────────────────────────────────────
 * Shipped packed (see src/core/copy/pack.ts): 4648 B gzip, within the 6 kB budget of
 * `.size-limit.js`. Measured there with UTF-8 output, as bundlers ship text.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Turkish has one and other, but a noun after a number stays singular ("1 saniye", "5 saniye"),
 * so both branches read the same.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. A named person is
 * only ever a subject, so no suffix follows a name. `{browser}` / `{system}` fill the headings
 * "{browser} için" / "{system} için", which need no suffix either.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'tr';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Wi-Fi veya ağ bağlantınızı kontrol edin.';
const LINK_HINT = 'Düzenleyenden yeni bir bağlantı isteyin.';
const SUPPORT = 'Uygulamanın destek ekibine başvurun.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'Sizden kaynaklanan bir sorun değil. Uygulama davetinizi doğrulayamadı.',
  hint: SUPPORT,
};
const LEFT = { hint: 'Ana sayfaya dönün ve biraz sonra yeniden katılın.' };
const LEFT_REJOIN = { hint: '“{action}” düğmesini seçin veya ana sayfaya dönün.' };
const SUPPORT_HINT = 'Sorun tekrarlanırsa uygulamanın destek ekibine başvurun.';
const WAIT_HINT = 'Biraz sonra tekrar deneyin.';
const WAIT_ACTION = { hint: 'Biraz sonra “{action}” düğmesini seçin.' };
const QUIET = 'Bir şey yapmanız gerekmiyor.';
const OPEN_AGAIN_HINT = 'Bağlantıyı yeniden açın veya düzenleyenden yenisini isteyin.';
const STILL_MISSING_HINT = 'Biri hâlâ eksikse görüşmeye yeniden katılın.';
const CHECK_NETWORK_REJOIN = 'Ağınızı kontrol edin ve yeniden katılın.';
const DROPPED = ' ve artık görüşmede değilsiniz.';
const UNEXPECTED_ENDED = 'Beklenmeyen bir sorun görüşmeyi sizin için sonlandırdı.';
const SWAP_HINT = 'Cihazı yeniden bağlayın veya ayarlardan başka birini seçin.';
const STEPS_ACTION = { hint: 'Adımları görmek için “{action}” düğmesini seçin.' };
const USE_IT = { hint: 'Kullanmak için “{action}” düğmesini seçin.' };
const WHEN_READY = 'Hazır olduğunuzda açın.';
const CARRY_ON = 'Kaldığınız yerden devam edin.';
const WITHOUT_IT = 'Onsuz devam edin';
const OFF_ON = 'Kapatıp yeniden açın veya onsuz devam edin.';
const SERVER_WRONG = 'Görüşme sunucusunda bir sorun oluştu.';
const JOIN_FAILED = 'Görüşmeye katılamadınız';
const CANT_USE = '{device:cap} kullanılamıyor';
const SERVICE_PROBLEM = 'Görüşme hizmetinde bir sorun oluştu';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Görüşmeye bağlanılamadı',
    message: 'Bağlantı kurulamadı.',
    hint: NETWORK_HINT,
    dialog: { message: 'Bağlantı kurulamadı ve görüşmeye katılamadınız.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Sizi yeniden bağlayamadık',
    message: 'Bağlantınız geri gelmedi.',
    hint: NETWORK_HINT,
    dialog: { message: 'Bağlantınız geri gelmedi' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: JOIN_FAILED,
    message: 'Siz katılırken bağlantı kapandı.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Siz katılırken bağlantı kapandı ve görüşmeye katılamadınız.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Görüşme hazırlanamadı',
    message: 'Görüşmeyi hazır hâle getiremedik.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Görüşme hazırlanamadı',
    message: 'Uygulama ayarlarındaki bir sorun görüşmeyi engelledi.',
    hint: SUPPORT,
  },
  '2003': {
    title: 'Görüşmeye ulaşılamıyor',
    message: 'Görüşme sunucusuna ulaşamadık.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Bu bağlantı çalışmıyor',
    message: 'Davetiniz okunamadı.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: '{device:cap} sorunu',
    message: '{device:capYourLoc} bir sorun oluştu.',
    hint: 'Kapatıp yeniden açın.',
    action: { hint: '“{action}” düğmesini seçin.' },
  },
  '3001': {
    title: CANT_USE,
    message: 'Bu sitenin {device:yourAcc} kullanma izni yok.',
    hint: 'Tarayıcınızın site ayarlarından izin verin.',
    action: STEPS_ACTION,
  },
  '3001.screen': {
    title: 'Ekran paylaşımı başlamadı',
    message: 'Paylaşım iptal edildi veya engellendi.',
    hint: 'Paylaşımı yeniden başlatın ve bir sekme, pencere veya ekran seçin.',
    action: { hint: '“{action}” düğmesine basıp bir sekme, pencere veya ekran seçin.' },
  },
  '3002': {
    title: '{device:cap} bulunamıyor',
    message: '{device:none} bulunamadı.',
    hint: 'Bir cihaz bağlayın veya ayarlardan başka birini seçin.',
  },
  '3003': {
    title: '{device:cap} açılamıyor',
    message: 'Başka bir uygulama kullanıyor ya da yanıt vermiyor olabilir.',
    hint: 'Cihazı kullanan uygulamaları kapatıp tekrar deneyin.',
    action: { hint: 'Diğer uygulamaları kapatıp “{action}” düğmesini seçin.' },
  },
  '3004': {
    title: '{device:cap} erişimi kesildi',
    message: 'Artık {device:yourDat} erişemiyoruz.',
    hint: SWAP_HINT,
  },
  '3005': {
    title: 'Açılacak bir şey yok',
    message: 'Kamera veya mikrofon seçilmedi.',
    hint: 'Kameranızı veya mikrofonunuzu açın.',
  },
  '3006': {
    title: 'Videonuz başlatılamıyor',
    message: 'Uygulamanın video ayarlarındaki bir sorun kameranızı durdurdu.',
    hint: SUPPORT,
  },
  '3007': {
    title: 'Görüşme sırasında değiştirilemez',
    message: 'Bu video ayarı siz görüşmedeyken değiştirilemez.',
    hint: 'Bir sonraki katılışınızda geçerli olur.',
  },
  '3008': {
    title: 'Diğerlerini henüz duyamıyorsunuz',
    message: 'Tarayıcınız sesi duraklattı.',
    hint: 'Onları duymak için sayfada herhangi bir yere tıklayın veya dokunun.',
    action: { hint: 'Onları duymak için “{allowAudio}” düğmesini seçin.' },
  },
  '3009': {
    title: '{device:cap} yetersiz',
    message: 'Bu görüşmenin gerektirdiği kaliteyi sağlayamıyor.',
    hint: 'Ayarlardan başka bir cihaz seçin.',
  },
  '3010': {
    title: 'Mikrofonunuzdan ses gelmiyor',
    message: 'Açık, ancak ondan hiçbir şey duyamıyoruz.',
    hint: 'Bağlı ve sessizde olmadığını kontrol edin veya başka birini seçin.',
  },
  '3011': {
    title: CANT_USE,
    message: 'Sisteminiz engelliyor veya cihaz bağlı değil.',
    hint: 'Sisteminizin gizlilik ayarlarında tarayıcınıza izin verin.',
    action: STEPS_ACTION,
  },
  '3011.screen': {
    title: 'Ekranınız paylaşılamıyor',
    message: 'Sisteminiz ekran kaydını engelliyor.',
    // macOS 15 names the pane "Ekran ve Sistem Sesi Kaydı" (not verified on a Turkish Mac; macOS
    // 13–14 says "Ekran Kaydı").
    hint: 'Ekran ve Sistem Sesi Kaydı bölümünde tarayıcınıza izin verin.',
  },
  '3xxx.screen': {
    title: 'Ekran paylaşımı durdu',
    message: 'Ekran paylaşımınız başlayamadı veya durdu.',
    hint: 'Paylaşımı yeniden başlatın.',
    action: { hint: 'Tekrar denemek için “{action}” düğmesini seçin.' },
  },
  '3012.web': {
    title: 'Devam etmek için bu sekmeyi paylaşın',
    message: 'Bu görüşme, bu sekmeyi paylaşmanızı gerektiriyor.',
    hint: 'Paylaşımı yeniden başlatın ve bu sekmeyi seçin.',
  },
  '3012.flutter': {
    title: 'Bluetooth sese bağlanılamıyor',
    message: 'Bu uygulama Bluetooth cihazlarını kullanamıyor.',
    // Android's permission is "Yakındaki cihazlar" in Turkish.
    hint: 'Telefon ayarlarından bu uygulamaya Yakındaki cihazlar izni verin.',
  },
  '3013.web': {
    title: 'Görüşmenin sesi çalınamıyor',
    message: 'Tarayıcınız görüşmenin sesini çalamadı.',
    hint: 'Hoparlörünüzü veya kulaklığınızı kontrol edin ya da başka birini seçin.',
  },
  '3013.flutter': {
    title: 'Bluetooth ses kullanılamıyor',
    message: 'Bu uygulama Bluetooth sesi kullanamıyor.',
    hint: 'Telefonun hoparlörünü veya kablolu kulaklık kullanın.',
  },
  '3014': {
    title: '{device:cap} bağlantısı kesildi',
    message: 'Seçtiğiniz {device} algılanamıyor.',
    hint: SWAP_HINT,
  },
  '3015': {
    title: '{device:cap} sinyali gelmiyor',
    message: 'Cihazı başka bir uygulama veya telefon görüşmesi almış olabilir.',
    hint: 'Telefon görüşmesini bitirin, sonra cihazı kapatıp açın.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'Sesiniz ve videonuz gönderilemedi',
    message: 'Ses ve video bağlantınız kurulamadı.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ses ve video bağlantınız kurulamadı' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Ses ve video alınamadı',
    message: 'Diğerlerinin sesine ve videosuna bağlanılamadı.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Diğerlerinin sesine ve videosuna bağlanılamadı' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Ses ve video hazırlanamadı',
    message: 'Sesiniz ve videonuz hazırlanırken hata oluştu.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Sesiniz ve videonuz hazırlanırken hata oluştu' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Ses ve video bağlanamadı',
    message: 'Sesinizin ve videonuzun bağlantısı tamamlanmadı.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Sesiniz ve videonuz bağlanamadı' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Bağlantı kesildi',
    message: 'Ses ve video bağlantınız koptu.',
    hint: NETWORK_HINT,
    dialog: { message: 'Bağlantınız koptu' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Bağlantı kararsız',
    message: 'Bağlantınız bir anlığına koptu. Yeniden bağlanıyoruz.',
    hint: 'Sürekli tekrarlanırsa başka bir ağa geçin.',
    dialog: { message: 'Bağlantınız koptu' + DROPPED, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Görüşme kalitesi bilgisi alınamıyor',
    message: 'Görüşmeniz bundan etkilenmez.',
    hint: QUIET,
  },
  '4008': {
    title: 'Bağlantınız yenileniyor',
    message: 'Kısa süre içinde düzelecek.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Zaten bu görüşmedesiniz',
    message: 'Buradan zaten katıldınız.',
    hint: 'Görüşmeye devam edin.',
  },
  '5002': {
    title: 'Hâlâ hazırlanıyor',
    message: 'Kamera ve mikrofon önizlemeniz başlıyor.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Bağlı değilsiniz',
    message: 'Görüşmeye şu anda ulaşılamıyor.',
    hint: NETWORK_HINT,
    dialog: { message: 'Artık görüşmeye bağlı değilsiniz.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Bu işlem tamamlanamadı',
    message: 'Görüşme beklendiği gibi yanıt vermedi.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Bir sorun oluştu',
    message: 'Görüşmede beklenmeyen bir sorun oluştu.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'Görüşme güncellenemedi',
    message: 'Ses ve video bağlantınız güncellenemedi.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Bağlantınız güncellenemedi' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Henüz hazır değil',
    message: 'Görüşme bunun için henüz hazır değil.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Görüşmeden beklenmeyen yanıt',
    message: 'Anlayamadığımız bir yanıt aldık.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Bazı ses veya videolar eksik olabilir',
    message: 'Bazı ses veya videolar sahibiyle eşleştirilemedi.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Bazı ses veya videolar eksik olabilir',
    message: 'Bazı ses veya videolar ulaşmadı.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Biri doğru görünmeyebilir',
    message: 'Görüşmedeki birinin bilgileri eksik.',
    hint: 'Bir ad veya video yanlış görünüyorsa yeniden katılın.',
  },
  '6008': {
    title: 'Bu bağlantıyla katılamazsınız',
    message: 'Bu görüşmeye davetinizle katılmaya izin verilmiyor.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Önizleme zaten başlıyor',
    message: 'Kamera ve mikrofon önizlemeniz başlıyor.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Bu sayfada görüşme yapılamaz',
    message: 'Bu sayfa güvenli bir bağlantıyla açılmadı.',
    hint: 'Görüşmeyi https ile başlayan bir bağlantıdan açın.',
  },
  '6011': {
    title: 'Bu tarayıcı görüşmelere katılamıyor',
    message: 'Güncel olmayabilir veya bir uzantı görüşmeleri engelliyor olabilir.',
    hint: 'Güncelleyin veya başka bir tarayıcı deneyin.',
  },
  '6012': {
    title: 'Ayarlarınız kaydedilmeyecek',
    message: 'Tarayıcınız site depolamasını engelliyor. Görüşme etkilenmez.',
    hint: 'Ayarlarınızı korumak için bu sitede çerezlere izin verin.',
  },
  '6013': {
    title: 'Bu işe yaramadı',
    message: 'Görüşme uygulamadan gelen bir isteği kabul edemedi.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Efekt burada desteklenmiyor',
    message: 'Tarayıcınız veya cihazınız bu efekti çalıştıramıyor.',
    hint: WITHOUT_IT + ' veya başka bir tarayıcı deneyin.',
  },
  '7002': {
    title: 'Efekt açılamadı',
    message: 'Efekt başlatılamadı.',
    hint: WITHOUT_IT + ' veya tekrar deneyin.',
    action: { hint: '“{action}” düğmesini seçin veya efekt olmadan devam edin.' },
  },
  '7003': {
    title: 'Efekt çalışmayı durdurdu',
    message: 'Efekt uygulanamadı.',
    hint: OFF_ON,
  },
  '7004': {
    title: 'Efekt hâlâ açılıyor',
    message: 'Bu efekt zaten ekleniyor.',
    hint: QUIET,
  },
  '7005': {
    title: 'Efekt bu cihazda desteklenmiyor',
    message: 'Bu cihaz bu efekti çalıştıramıyor.',
    hint: WITHOUT_IT + ' veya başka bir cihaz deneyin.',
  },
  '7006': {
    title: 'Efekt bu görüşmede kullanılamıyor',
    message: 'Bu efekt bu görüşme için açık değil.',
    hint: WITHOUT_IT + '.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Oynatma listesinin sonu',
    message: 'Oynatılacak başka bir şey kalmadı.',
    hint: 'Başka bir şey seçin veya baştan başlayın.',
  },
  '8002': {
    title: 'Hiçbir şey oynatılmıyor',
    message: 'Şu anda oynatılan bir şey yok.',
    hint: 'Önce oynatma listesinden bir şey başlatın.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: JOIN_FAILED,
    message: 'Görüşme katılma isteğini kabul edemedi.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Bu bağlantının süresi doldu',
    message: 'Davetinizi doğrulayamadık.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Bu görüşmeye erişiminiz yok',
    message: 'Davetiniz katılmanıza izin vermiyor.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Görüşme bulunamadı',
    message: 'Bu görüşmeyi bulamadık.',
    hint: 'Bağlantıyı kontrol edin veya düzenleyenden yenisini isteyin.',
  },
  '410': {
    title: 'Bu görüşme artık kullanılamıyor',
    message: 'Görüşme sona erdi veya kapatıldı.',
    hint: 'Yeniden katılmak için düzenleyenden yeni bir bağlantı isteyin.',
  },
  '429': {
    title: 'Çok fazla deneme',
    message: 'Görüşme hizmeti şu anda yoğun.',
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
    title: 'Görüşme hizmeti bunu yapamıyor',
    message: 'Görüşme sunucusu bu isteği desteklemiyor.',
    hint: SUPPORT,
  },
  '502': {
    title: 'Görüşme hizmetine ulaşılamıyor',
    message: 'Görüşme sunucusu düzgün yanıt vermedi.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Görüşme hizmeti kullanılamıyor',
    message: 'Görüşme hizmeti kısa süreliğine kullanılamıyor.',
    hint: 'Birkaç dakika sonra tekrar deneyin.',
    action: { hint: 'Birkaç dakika sonra “{action}” düğmesini seçin.' },
  },
  '504': {
    title: 'Görüşme hizmeti zaman aşımına uğradı',
    message: 'Görüşme sunucusu çok geç yanıt verdi.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Bu bağlantı geçerli değil',
    message: 'Bu bağlantının gösterdiği görüşme mevcut değil.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Bu bağlantı görüşmeyle eşleşmiyor',
    message: 'Davetiniz başka bir görüşme için.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Zaten başka bir yerden katıldınız',
    message: 'Bu görüşmeye başka bir sekmeden veya cihazdan bağlısınız.',
    hint: 'Oradan ayrılın ve burada yeniden katılın.',
  },
  '40100': { title: 'Davetiniz doğrulanamadı', ...APP_SIDE },
  '40101': { title: 'Davetiniz doğrulanamadı', ...APP_SIDE },
  '40102': {
    title: 'Bu bağlantı geçerli değil',
    message: 'Davetiniz var olmayan bir görüşmeyi gösteriyor.',
    hint: LINK_HINT,
  },
  '40103': { title: 'Davetiniz doğrulanamadı', ...APP_SIDE },
  '40104': { title: 'Davetiniz doğrulanamadı', ...APP_SIDE },
  '40105': { title: 'Davetiniz doğrulanamadı', ...APP_SIDE },
  '40107': { title: 'Davetiniz doğrulanamadı', ...APP_SIDE },
  '40108': {
    title: 'Bu bağlantıyla katılamazsınız',
    message: 'Davetiniz bu görüşmenin ayarlarıyla eşleşmiyor.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Bu bağlantı çalışmıyor',
    message: 'Davetiniz bozuk veya eksik.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Artık görüşmede değilsiniz',
    message: 'Bağlantı kesintisinden sonra görüşme sizi kaybetti.',
    hint: 'Geri dönmek için yeniden katılın.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Bu görüşme dolu',
    message: 'Şu anda bu görüşmeye daha fazla kişi katılamıyor.',
    hint: 'Düzenleyenden yer açmasını isteyin ve yeniden katılın.',
  },
  ROOM_ENDED: {
    title: 'Görüşme sona erdi',
    message:
      '{requestedBy, select, none {Bu görüşme herkes için sona erdi.} other {{requestedBy} görüşmeyi herkes için sonlandırdı.}}' +
      '{reason, select, none {} other { Neden: {reason}}}',
    hint: 'Ana sayfaya dönebilir veya bu sayfayı kapatabilirsiniz.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Görüşmeden çıkarıldınız',
    message:
      '{requestedBy, select, none {Görüşmeden çıkarıldınız.} other {{requestedBy} sizi görüşmeden çıkardı.}}' +
      '{reason, select, none {} other { Neden: {reason}}}',
    hint: 'Bir hata olduysa düzenleyenden sizi yeniden davet etmesini isteyin.',
  },
  RECONNECTING: {
    title: 'Yeniden bağlanılıyor',
    message: 'Bağlantınız koptu. Sizi görüşmeye geri alıyoruz.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Yeniden bağlandınız',
    message: 'Bağlantınız geri geldi.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device:cap} duraklatıldı',
    message: 'Başka bir uygulama veya telefon görüşmesi kullanıyor.',
    hint: 'Diğer uygulama bıraktığında geri gelir.',
  },
  TRACK_RESUMED: {
    title: '{device:cap} geri geldi',
    message: '{device:cap} yeniden çalışıyor.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'Görüşme zamanında başlamadı',
    message: 'Katılmak olması gerekenden çok daha uzun sürüyor.',
    hint: 'Bağlantınızı kontrol edin ve ana sayfaya dönün.',
    action: { hint: 'Bağlantınızı kontrol edin ve “{action}” düğmesini seçin.' },
  },
  SLOW: {
    title: 'Hâlâ bağlanıyor…',
    message: 'Katılmak normalden uzun sürüyor.',
    hint: 'Beklemeye devam edebilirsiniz; olmazsa size haber veririz.',
  },
  NETWORK: {
    title: 'Bağlantı sorunu',
    message: 'Görüşme hizmetine ulaşamadık.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Bir sorun oluştu',
    message: 'Beklenmeyen bir sorun oluştu.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: '{device:cap} izni verildi',
    message: 'Bu site artık {device:yourAcc} kullanabilir.',
    hint: WHEN_READY,
    action: USE_IT,
  },
  DEVICE_FOUND: {
    title: '{device:cap} bağlandı',
    message: 'Artık {device:yourAcc} yeniden kullanabilirsiniz.',
    hint: WHEN_READY,
    action: USE_IT,
  },
  OFFLINE: {
    title: 'Çevrimdışısınız',
    message: 'Cihazınızın internet bağlantısı kesildi.',
    hint: 'Bağlantı geri geldiğinde sizi yeniden bağlayacağız.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Bağlantı sorunu',
    message: 'Bağlantıyı sürdürmekte zorlandık.',
    hint: NETWORK_HINT,
    dialog: { message: 'Bağlantınız koptu' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Görüşme hazırlanamadı',
    message: 'Görüşme hazırlanırken hata oluştu.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: '{device:cap} sorunu',
    message: '{device:capYourLoc} bir şeyler ters gitti.',
    hint: 'Cihazı yeniden bağlayın ve onu kullanan uygulamaları kapatın.',
  },
  'range.4xxx': {
    title: 'Bağlantı sorunu',
    message: 'Sesiniz ve videonuzla ilgili bir sorun oluştu.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Ses ve video bağlantınız koptu' + DROPPED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: JOIN_FAILED,
    message: 'Katılırken bir sorun oluştu.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Bir sorun oluştu ve görüşmeye katılamadınız.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Bir sorun oluştu',
    message: 'Görüşmede beklenmeyen bir sorun oluştu.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: UNEXPECTED_ENDED, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Bir efekt çalışmıyor',
    message: 'Bir efektte sorun oluştu.',
    hint: OFF_ON,
  },
  'range.8xxx': {
    title: 'Oynatma listesi sorunu',
    message: 'Oynatma listesinde bir sorun oluştu.',
    hint: 'Yeniden oynatmayı deneyin.',
  },
  'range.http4xx': {
    title: JOIN_FAILED,
    message: 'Görüşme isteği kabul edemedi.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: SERVICE_PROBLEM,
    message: SERVER_WRONG,
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Bu bağlantı çalışmıyor',
    message: 'Bu bağlantıyla sizi içeri alamadık.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const TIMES = '{count, plural, other {# kez}}';

const labels: Record<LabelKey, string> = {
  goHome: 'Ana sayfaya dön',
  tryAgain: 'Tekrar dene',
  rejoin: 'Yeniden katıl',
  turnCameraOn: 'Kamerayı aç',
  turnMicrophoneOn: 'Mikrofonu aç',
  shareAgain: 'Yeniden paylaş',
  errorCode: 'Hata {code}',
  copyDetails: 'Ayrıntıları kopyala',
  copied: 'Kopyalandı',
  copyFailed: 'Otomatik kopyalanamadı. Ayrıntılar aşağıda gösteriliyor.',
  details: 'Teknik ayrıntılar',
  countdown: '{seconds} sn içinde ana sayfaya dönülüyor',
  countdownStarted: '{seconds, plural, other {# saniye}} içinde otomatik olarak ana sayfaya döneceksiniz.',
  countdownPaused: 'Ana sayfaya otomatik dönüş duraklatıldı.',
  pause: 'Duraklat',
  resume: 'Devam et',
  region: 'Bildirimler ({hotkey})',
  dismiss: 'Kapat: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count} daha',
  allowAudio: 'Sese izin ver',
  howToFix: 'Nasıl düzeltilir',
  stepsInBrowser: '{browser} için',
  stepsOnSystem: '{system} için',
  fallbackTitle: 'Görüşme sona erdi',
  useAnotherCamera: 'Başka kamera kullan',
  useAnotherMicrophone: 'Başka mikrofon kullan',
  chooseCamera: 'Kamera seçin',
  chooseMicrophone: 'Mikrofon seçin',
  unnamedCamera: 'Kamera {count}',
  unnamedMicrophone: 'Mikrofon {count}',
  switchDevice: 'Değiştir',
  cancel: 'İptal',
  noOtherDevice: 'Başka cihaz bulunamadı.',
  keepTrying: '{seconds, plural, other {# saniyeye}} kadar denemeye devam ediyoruz.',
  severityError: 'Hata:',
  severityWarning: 'Uyarı:',
  severityInfo: 'Bilgi:',
  severitySuccess: 'Başarılı:',
  recent: 'Son bildirimler',
  recentEmpty: 'Son bildirim yok.',
  respond: 'Yanıtlamak için {hotkey} tuşuna basın.',
  stillHappening: 'Hâlâ oluyor, ' + TIMES,
  moreText: '{count, plural, other {# bildirim daha}} bekliyor',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: {
    default: 'mikrofon',
    cap: 'Mikrofon',
    yourAcc: 'mikrofonunuzu',
    yourDat: 'mikrofonunuza',
    capYourLoc: 'Mikrofonunuzda',
    none: 'Hiç mikrofon',
  },
  video: {
    default: 'kamera',
    cap: 'Kamera',
    yourAcc: 'kameranızı',
    yourDat: 'kameranıza',
    capYourLoc: 'Kameranızda',
    none: 'Hiç kamera',
  },
  'audio, video': {
    default: 'kamera ve mikrofon',
    cap: 'Kamera ve mikrofon',
    yourAcc: 'kameranızı ve mikrofonunuzu',
    yourDat: 'kameranıza ve mikrofonunuza',
    capYourLoc: 'Kameranızda ve mikrofonunuzda',
    none: 'Kamera ve mikrofon',
  },
  screen: {
    default: 'ekran paylaşımı',
    cap: 'Ekran paylaşımı',
    yourAcc: 'ekran paylaşımınızı',
    yourDat: 'ekran paylaşımınıza',
    capYourLoc: 'Ekran paylaşımınızda',
    none: 'Paylaşılacak ekran',
  },
  unknown: {
    default: 'kamera veya mikrofon',
    cap: 'Kamera veya mikrofon',
    yourAcc: 'kameranızı veya mikrofonunuzu',
    yourDat: 'kameranıza veya mikrofonunuza',
    capYourLoc: 'Kameranızda veya mikrofonunuzda',
    none: 'Hiç kamera veya mikrofon',
  },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Biri';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Turkish. None was checked in a running
 * Turkish UI for this draft; they follow the vendors' usual Turkish wording:
 * - Chrome: panel link "Site ayarları", option "İzin ver" — not verified.
 * - Edge: "Bu site için izinler" — not verified.
 * - Firefox: the blocked entry reads "Engellendi" (or "Geçici olarak engellendi") — not verified.
 * - Safari on Mac: "Safari > Bu Web Sitesi İçin Ayarlar…"; iPhone/iPad: "Web Sitesi Ayarları" in
 *   the aA menu; the Settings app is "Ayarlar"; Apple's button is "İzin Ver" — not verified.
 * - macOS 13+: "Sistem Ayarları" > "Gizlilik ve Güvenlik" — not verified.
 * - Windows 11: "Başlat > Ayarlar > Gizlilik ve güvenlik", "Uygulama izinleri" — not verified.
 */
const RELOAD = 'Sayfayı yeniden yükleyin ve tekrar deneyin.';
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Adres çubuğunun solundaki simgeyi seçin.',
      'Açılan panelde {device:yourDat} erişimi açın.',
      'Orada yoksa “Site ayarları”nı açın ve {device} için “İzin ver”i seçin.',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Adres çubuğunun solundaki kilit simgesini seçin.',
      '“Bu site için izinler”i seçin.',
      '{device:cap} için “İzin ver”i seçin.',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Adres çubuğundaki üstü çizili izin simgesini seçin.',
      'Engeli kaldırmak için “Engellendi” yazısının yanındaki X’i seçin.',
      'Sayfayı yeniden yükleyin ve Firefox sorduğunda {device:yourDat} izin verin.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Mac’te menü çubuğundan Safari > “Bu Web Sitesi İçin Ayarlar”ı seçin.',
      'iPhone veya iPad’de adresin yanındaki sayfa menüsüne (aA), ardından “Web Sitesi Ayarları”na dokunun.',
      '{device:cap} için “İzin Ver”i seçin ve sayfayı yeniden yükleyin.',
      'iPhone veya iPad’de hâlâ engelli mi? Ayarlar uygulamasını açın, tarayıcınızı bulun ve {device:yourDat} izin verin.',
    ],
  },
  other: {
    browser: 'tarayıcınız',
    steps: [
      'Tarayıcınızda bu sitenin ayarlarını açın; çoğu zaman adresin yanındaki simgeden.',
      'Bu sitenin {device:yourAcc} kullanmasına izin verin.',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Apple menüsü > Sistem Ayarları > Gizlilik ve Güvenlik’i açın.',
      'İhtiyacınıza göre Kamera’yı veya Mikrofon’u seçin.',
      'Tarayıcınızın yanındaki anahtarı açın.',
      'Tarayıcıdan tamamen çıkıp yeniden açın, ardından görüşmeye yeniden katılın.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Başlat > Ayarlar > Gizlilik ve güvenlik’i açın.',
      'Uygulama izinleri altında Kamera’yı veya Mikrofon’u seçin.',
      'Tarayıcınız gibi masaüstü uygulamaları dahil, uygulamaların erişimini açın.',
      RELOAD,
    ],
  },
  other: {
    system: 'cihazınız',
    steps: [
      'Cihazınızın ayarlarını açın.',
      'Gizlilik veya Uygulama izinleri bölümüne gidin.',
      'Tarayıcınızın {device:yourAcc} kullanmasına izin verin.',
      'Görüşmeye dönün ve tekrar deneyin.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Kod',
  name: 'Ad',
  action: 'Eylem',
  message: 'Mesaj',
  description: 'Açıklama',
  shownAs: 'Gösterim biçimi',
  catalogKey: 'Katalog anahtarı',
  kind: 'Tür',
  terminal: 'Görüşmeyi sonlandırır',
  platform: 'Platform',
  time: 'Zaman',
  count: 'Sayı',
  sources: 'Kaynaklar',
  userAgent: 'Kullanıcı aracısı',
  developerNote: 'Geliştirici notu',
  yes: 'evet',
  no: 'hayır',
  none: 'yok',
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
