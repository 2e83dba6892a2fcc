/*
 * react-hms-errors — Indonesian (id) locale.
 *
 * Translated from src/core/copy/en.ts, locale-en.ts and permission-steps.ts (same keys and
 * variants), following the structure of es.ts.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Standard, polite Bahasa Indonesia with "Anda" (capitalised), as Google Meet, Zoom and Microsoft
 * Teams write Indonesian ("Periksa koneksi Anda", "Coba lagi"): "kamu" is for chat apps and games,
 * not for a call you may join for work. Instructions are bare imperatives ("Periksa", "Pilih",
 * "Minta"), which read as polite in UI text; "Silakan" is left out to keep toasts short. Failures
 * are "Tidak dapat …" (the form Google and Microsoft use), never blaming the person. No
 * exclamation marks. Buttons are short imperatives ("Coba lagi", "Gabung lagi"), as Meet writes
 * them.
 *
 * ── Glossary (used consistently in every string; see glossaries/id.json) ─────────────────────
 *   call ............ panggilan (Meet/WhatsApp's word; "rapat" would say "meeting")
 *   link ............ link (as Google writes Indonesian: "Salin link"; "tautan" is Zoom's formal word)
 *   invite .......... undangan          host ............ host (Zoom's term)
 *   camera .......... kamera            microphone ...... mikrofon
 *   screen share .... berbagi layar / membagikan layar
 *   join ............ bergabung          rejoin .......... bergabung lagi (button: "Gabung lagi")
 *   reconnect ....... menyambungkan ulang / tersambung kembali ("sambung"); connect = terhubung,
 *                     connection = koneksi
 *   allow ........... izinkan (the browsers' button: "Izinkan")
 *   settings ........ setelan (Google's word; Windows and macOS say "Pengaturan", quoted as shown)
 *   go home ......... kembali ke beranda          support ...... dukungan aplikasi
 *   device .......... perangkat          effect .......... efek
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * Indonesian has no gender, case or grammatical number, and "your" follows the noun unchanged
 * ("kamera Anda", "kamera dan mikrofon Anda"), so the forms differ only in capitals:
 *   default   lower case, mid-sentence: "kamera", "mikrofon", "kamera dan mikrofon", "berbagi
 *             layar", "kamera atau mikrofon" — every `{device}` but the ones below;
 *   cap       the same, capitalised, where a title or sentence starts with the device
 *             ("{device:cap} Anda terputus" → "Kamera Anda terputus"): 3002, 3009, 3014, TRACK_*,
 *             PERMISSION_GRANTED, DEVICE_FOUND. With the kit's plain `deviceNames` option it falls
 *             back to the lower-case word, which stays grammatical;
 *   noun      the bare noun again, for overrides.
 * Titles that would pass 40 characters with "kamera atau mikrofon" leave out "Anda" ("Tidak dapat
 * memulai kamera"); the message keeps it.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Indonesian has one plural category, `other` ("1 detik", "5 detik"): nouns after a number do
 * not change, so plural blocks have only `other`.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'id';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Periksa Wi-Fi atau koneksi jaringan Anda.';
const LINK_HINT = 'Minta link baru kepada host.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'Ini bukan kesalahan Anda. Aplikasi tidak dapat memverifikasi undangan Anda.',
  hint: 'Hubungi dukungan aplikasi.',
};
const LEFT = { hint: 'Kembali ke beranda, lalu bergabung kembali sebentar lagi.' };
const LEFT_REJOIN = { hint: 'Pilih {action} untuk bergabung lagi, atau kembali ke beranda.' };
const SUPPORT_HINT = 'Jika terus terjadi, hubungi dukungan aplikasi.';
const WAIT_HINT = 'Tunggu sebentar, lalu coba lagi.';
const WAIT_ACTION = { hint: 'Tunggu sebentar, lalu pilih {action}.' };
const QUIET = 'Anda tidak perlu melakukan apa pun.';
const OPEN_AGAIN_HINT = 'Buka link itu lagi, atau minta link baru kepada host.';
const STILL_MISSING_HINT = 'Jika masih ada yang tidak muncul, bergabung lagi.';
const CHECK_NETWORK_REJOIN = 'Periksa jaringan Anda, lalu bergabung lagi.';
const LEFT_CALL = 'sehingga Anda keluar dari panggilan.';
const NOT_JOINED = 'sehingga Anda belum bergabung.';
const RECONNECT_OR_CHOOSE = 'Sambungkan ulang perangkat, atau pilih yang lain di setelan.';
const CARRY_ON = 'Lanjutkan dari bagian terakhir.';
const WITHOUT_IT = 'Lanjutkan tanpa efek';
const NOT_VERIFIED = 'Tidak dapat memverifikasi undangan Anda';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Tidak dapat terhubung ke panggilan',
    message: 'Kami tidak dapat membuka koneksi.',
    hint: NETWORK_HINT,
    dialog: { message: `Kami tidak dapat membuka koneksi, ${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Tidak dapat menyambungkan Anda kembali',
    message: 'Koneksi Anda tidak pulih.',
    hint: NETWORK_HINT,
    dialog: { message: `Koneksi Anda tidak pulih, ${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'Tidak dapat bergabung ke panggilan',
    message: 'Koneksi terputus saat Anda sedang bergabung.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Koneksi terputus saat Anda sedang bergabung, ${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Tidak dapat menyiapkan panggilan',
    message: 'Persiapan panggilan tidak selesai.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Tidak dapat menyiapkan panggilan',
    message: 'Masalah pada setelan aplikasi menghentikan panggilan.',
    hint: APP_SIDE.hint,
  },
  '2003': {
    title: 'Panggilan tidak dapat dijangkau',
    message: 'Kami tidak dapat menjangkau server panggilan.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Link ini tidak berfungsi',
    message: 'Undangan Anda tidak dapat dibaca.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Masalah pada {device} Anda',
    message: 'Terjadi masalah pada {device} Anda.',
    hint: 'Matikan {device} Anda, lalu nyalakan lagi.',
    action: { hint: 'Pilih {action}.' },
  },
  '3001': {
    title: 'Tidak dapat memakai {device}',
    message: 'Situs ini tidak diizinkan menggunakan {device} Anda.',
    hint: 'Izinkan di setelan situs pada browser Anda.',
    action: { hint: 'Pilih {action} untuk melihat langkahnya.' },
  },
  '3001.screen': {
    title: 'Berbagi layar tidak dimulai',
    message: 'Berbagi layar dibatalkan atau diblokir.',
    hint: 'Mulai berbagi layar lagi, lalu pilih tab, jendela, atau layar.',
    action: { hint: 'Pilih {action}, lalu pilih tab, jendela, atau layar.' },
  },
  '3002': {
    title: '{device:cap} tidak ditemukan',
    message: 'Tidak ada {device} yang ditemukan.',
    hint: 'Hubungkan perangkat, atau pilih yang lain di setelan.',
  },
  '3003': {
    title: 'Tidak dapat memulai {device}',
    message: 'Perangkat mungkin sedang dipakai aplikasi lain atau tidak merespons.',
    hint: 'Tutup aplikasi lain yang memakainya, lalu coba lagi.',
    action: { hint: 'Tutup aplikasi lain, lalu pilih {action}.' },
  },
  '3004': {
    title: 'Akses {device} hilang',
    message: 'Kami kehilangan akses ke {device} Anda.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'Tidak ada yang bisa dinyalakan',
    message: 'Tidak ada kamera atau mikrofon yang dipilih.',
    hint: 'Nyalakan kamera atau mikrofon Anda.',
  },
  '3006': {
    title: 'Tidak dapat memulai video Anda',
    message: 'Masalah pada setelan video aplikasi menghentikan kamera Anda.',
    hint: APP_SIDE.hint,
  },
  '3007': {
    title: 'Tidak dapat diubah selama panggilan',
    message: 'Setelan video ini tidak dapat diubah selama Anda dalam panggilan.',
    hint: 'Setelan akan berlaku saat Anda bergabung berikutnya.',
  },
  '3008': {
    title: 'Anda belum bisa mendengar peserta lain',
    message: 'Browser Anda menjeda suara.',
    hint: 'Klik atau ketuk di mana saja pada halaman untuk mendengar mereka.',
    action: { hint: 'Pilih {allowAudio} untuk mendengar mereka.' },
  },
  '3009': {
    title: '{device:cap} tidak mendukung ini',
    message: 'Kualitasnya kurang untuk panggilan.',
    hint: 'Pilih perangkat lain di setelan.',
  },
  '3010': {
    title: 'Tidak ada suara dari mikrofon Anda',
    message: 'Mikrofon menyala, tetapi kami tidak mendengar apa pun.',
    hint: 'Pastikan terhubung dan tidak dibisukan, atau pilih yang lain.',
  },
  '3011': {
    title: 'Tidak dapat memakai {device}',
    message: 'Diblokir oleh sistem Anda, atau tidak terhubung.',
    hint: 'Izinkan browser Anda di setelan privasi sistem.',
    action: { hint: 'Pilih {action} untuk melihat langkahnya.' },
  },
  '3011.screen': {
    title: 'Tidak dapat membagikan layar Anda',
    message: 'Sistem Anda memblokir perekaman layar.',
    // macOS's pane in Indonesian: "Rekaman Layar & Audio Sistem" (not verified on a Mac).
    hint: 'Izinkan browser Anda di Rekaman Layar & Audio Sistem.',
  },
  '3xxx.screen': {
    title: 'Berbagi layar berhenti',
    message: 'Berbagi layar Anda tidak dapat dimulai, atau berhenti.',
    hint: 'Mulai berbagi layar lagi.',
    action: { hint: 'Pilih {action} untuk mencoba lagi.' },
  },
  '3012.web': {
    title: 'Bagikan tab ini untuk melanjutkan',
    message: 'Panggilan ini mengharuskan Anda membagikan tab ini.',
    hint: 'Mulai berbagi lagi dan pilih tab ini.',
  },
  '3012.flutter': {
    title: 'Tidak dapat terhubung ke audio Bluetooth',
    message: 'Aplikasi ini tidak dapat memakai perangkat Bluetooth.',
    // Android's permission is "Perangkat di sekitar" in Indonesian.
    hint: 'Izinkan Perangkat di sekitar untuk aplikasi ini di setelan ponsel.',
  },
  '3013.web': {
    title: 'Tidak dapat memutar suara panggilan',
    message: 'Browser Anda tidak dapat memutar audio panggilan.',
    hint: 'Periksa speaker atau headphone Anda, atau pilih yang lain.',
  },
  '3013.flutter': {
    title: 'Tidak dapat menggunakan audio Bluetooth',
    message: 'Aplikasi ini tidak dapat menggunakan audio Bluetooth.',
    hint: 'Gunakan speaker ponsel atau headset berkabel.',
  },
  '3014': {
    title: '{device:cap} Anda terputus',
    message: 'Kami tidak mendeteksi {device} yang Anda pilih.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: 'Tidak ada sinyal {device}',
    message: 'Mungkin sedang dipakai aplikasi lain atau panggilan telepon.',
    hint: 'Akhiri panggilan itu, lalu matikan dan nyalakan perangkat.',
  },

  // ── WebRTC ───────────────────────────────────────────────────────────────────────────────
  '4001': {
    title: 'Tidak dapat mengirim audio dan video',
    message: 'Gagal menghubungkan audio dan video Anda.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Gagal menghubungkan audio dan video Anda, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Tidak dapat menerima audio dan video',
    message: 'Gagal terhubung ke audio dan video peserta lain.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Gagal terhubung ke audio dan video peserta lain, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Tidak dapat menyiapkan audio dan video',
    message: 'Gagal menyiapkan audio dan video Anda.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Gagal menyiapkan audio dan video Anda, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Audio dan video tidak dapat terhubung',
    message: 'Audio dan video Anda tidak selesai terhubung.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Audio dan video Anda tidak terhubung, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Koneksi terputus',
    message: 'Koneksi audio dan video Anda gagal.',
    hint: NETWORK_HINT,
    dialog: { message: `Koneksi Anda gagal, ${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Koneksi tidak stabil',
    message: 'Koneksi Anda sempat terputus. Kami sedang menyambungkan Anda kembali.',
    hint: 'Jika terus terjadi, ganti jaringan.',
    dialog: { message: `Koneksi Anda terputus, ${LEFT_CALL}`, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Detail kualitas panggilan tidak tersedia',
    message: 'Panggilan Anda tidak terpengaruh.',
    hint: QUIET,
  },
  '4008': {
    title: 'Memperbarui koneksi Anda',
    message: 'Koneksi akan stabil sebentar lagi.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Anda sudah ada di panggilan ini',
    message: 'Anda sudah bergabung dari sini.',
    hint: 'Lanjutkan panggilan.',
  },
  '5002': {
    title: 'Masih bersiap',
    message: 'Pratinjau kamera dan mikrofon Anda sedang dimulai.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Anda tidak terhubung',
    message: 'Panggilan tidak dapat dijangkau saat ini.',
    hint: NETWORK_HINT,
    dialog: { message: 'Anda tidak lagi terhubung ke panggilan.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Tidak dapat menyelesaikannya',
    message: 'Panggilan tidak merespons seperti yang diharapkan.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Terjadi masalah',
    message: 'Terjadi masalah tak terduga dalam panggilan.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Masalah tak terduga mengakhiri panggilan untuk Anda.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'Tidak dapat memperbarui panggilan',
    message: 'Gagal memperbarui koneksi audio dan video Anda.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Gagal memperbarui koneksi Anda, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Belum siap',
    message: 'Panggilan belum siap untuk itu.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Respons tak terduga dari panggilan',
    message: 'Kami menerima respons yang tidak dapat kami pahami.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Sebagian video atau audio mungkin hilang',
    message: 'Sebagian audio atau video tidak dapat dicocokkan dengan pesertanya.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Sebagian video atau audio mungkin hilang',
    message: 'Sebagian audio atau video tidak sampai.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Ada peserta yang mungkin tampil keliru',
    message: 'Ada detail yang kurang tentang seseorang di panggilan.',
    hint: 'Jika nama atau video tampak salah, bergabung lagi.',
  },
  '6008': {
    title: 'Tidak dapat bergabung dengan link ini',
    message: 'Panggilan ini tidak mengizinkan bergabung dengan undangan Anda.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Pratinjau sudah dimulai',
    message: 'Pratinjau kamera dan mikrofon Anda sedang dimulai.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Panggilan tidak tersedia di halaman ini',
    message: 'Halaman ini tidak dibuka melalui koneksi aman.',
    hint: 'Buka panggilan dari link yang diawali https.',
  },
  '6011': {
    title: 'Browser ini tidak mendukung panggilan',
    message: 'Mungkin versinya sudah lama, atau ada ekstensi yang memblokir panggilan.',
    hint: 'Perbarui browser, atau coba browser lain.',
  },
  '6012': {
    title: 'Setelan Anda tidak akan disimpan',
    message: 'Browser Anda memblokir penyimpanan situs. Panggilan tetap berjalan.',
    hint: 'Izinkan cookie situs ini agar setelan tersimpan.',
  },
  '6013': {
    title: 'Tidak berhasil',
    message: 'Panggilan tidak dapat menerima permintaan dari aplikasi.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Efek tidak didukung di sini',
    message: 'Browser atau perangkat Anda tidak dapat menjalankan efek ini.',
    hint: `${WITHOUT_IT}, atau coba browser lain.`,
  },
  '7002': {
    title: 'Tidak dapat mengaktifkan efek',
    message: 'Efek gagal dimulai.',
    hint: `${WITHOUT_IT}, atau coba lagi.`,
    action: { hint: 'Pilih {action}, atau lanjutkan tanpa efek.' },
  },
  '7003': {
    title: 'Efek berhenti berfungsi',
    message: 'Gagal menerapkan efek.',
    hint: 'Matikan efek lalu aktifkan lagi, atau lanjutkan tanpa efek.',
  },
  '7004': {
    title: 'Efek masih dalam proses diaktifkan',
    message: 'Efek ini sudah sedang ditambahkan.',
    hint: QUIET,
  },
  '7005': {
    title: 'Efek tidak didukung di perangkat ini',
    message: 'Perangkat ini tidak dapat menjalankan efek ini.',
    hint: `${WITHOUT_IT}, atau coba perangkat lain.`,
  },
  '7006': {
    title: 'Efek tidak tersedia di panggilan ini',
    message: 'Efek ini tidak diaktifkan untuk panggilan ini.',
    hint: `${WITHOUT_IT}.`,
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Akhir playlist',
    message: 'Tidak ada lagi yang bisa diputar.',
    hint: 'Pilih yang lain, atau mulai dari awal.',
  },
  '8002': {
    title: 'Tidak ada yang diputar',
    message: 'Saat ini tidak ada yang sedang diputar.',
    hint: 'Putar sesuatu dari playlist terlebih dahulu.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'Tidak dapat bergabung ke panggilan',
    message: 'Panggilan tidak dapat menerima permintaan untuk bergabung.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Link ini sudah kedaluwarsa',
    message: 'Kami tidak dapat mengonfirmasi undangan Anda.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Anda tidak punya akses ke panggilan ini',
    message: 'Undangan Anda tidak mengizinkan Anda bergabung.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Panggilan tidak ditemukan',
    message: 'Kami tidak dapat menemukan panggilan ini.',
    hint: 'Periksa link, atau minta link baru kepada host.',
  },
  '410': {
    title: 'Panggilan ini tidak tersedia lagi',
    message: 'Panggilan sudah berakhir atau ditutup.',
    hint: 'Minta link baru kepada host untuk bergabung lagi.',
  },
  '429': {
    title: 'Terlalu banyak percobaan',
    message: 'Layanan panggilan sedang sibuk.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'Layanan panggilan mengalami masalah',
    message: 'Terjadi masalah di server panggilan.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'Layanan panggilan tidak mendukungnya',
    message: 'Server panggilan tidak mendukung permintaan ini.',
    hint: APP_SIDE.hint,
  },
  '502': {
    title: 'Layanan panggilan tidak terjangkau',
    message: 'Server panggilan tidak menjawab dengan benar.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Layanan panggilan tidak tersedia',
    message: 'Layanan panggilan sedang tidak tersedia untuk sementara.',
    hint: 'Coba lagi dalam beberapa menit.',
    action: { hint: 'Pilih {action} dalam beberapa menit.' },
  },
  '504': {
    title: 'Waktu layanan panggilan habis',
    message: 'Server panggilan terlalu lama menjawab.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Link ini tidak valid',
    message: 'Panggilan yang dituju link ini tidak ada.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Link ini tidak cocok dengan panggilan',
    message: 'Undangan Anda untuk panggilan lain.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Sudah bergabung di tempat lain',
    message: 'Anda ada di panggilan ini dari tab atau perangkat lain.',
    hint: 'Keluar dari sana, lalu bergabung lagi di sini.',
  },
  '40100': { title: NOT_VERIFIED, ...APP_SIDE },
  '40101': { title: NOT_VERIFIED, ...APP_SIDE },
  '40102': {
    title: 'Link ini tidak valid',
    message: 'Undangan Anda mengarah ke panggilan yang tidak ada.',
    hint: LINK_HINT,
  },
  '40103': { title: NOT_VERIFIED, ...APP_SIDE },
  '40104': { title: NOT_VERIFIED, ...APP_SIDE },
  '40105': { title: NOT_VERIFIED, ...APP_SIDE },
  '40107': { title: NOT_VERIFIED, ...APP_SIDE },
  '40108': {
    title: 'Tidak dapat bergabung dengan link ini',
    message: 'Undangan Anda tidak sesuai dengan pengaturan panggilan ini.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Link ini tidak berfungsi',
    message: 'Undangan Anda rusak atau tidak lengkap.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Anda tidak lagi ada di panggilan',
    message: 'Panggilan kehilangan jejak Anda setelah koneksi terputus.',
    hint: 'Bergabung lagi untuk kembali masuk.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Panggilan ini penuh',
    message: 'Saat ini tidak ada lagi yang bisa bergabung ke panggilan ini.',
    hint: 'Minta host menyediakan tempat, lalu bergabung lagi.',
  },
  ROOM_ENDED: {
    title: 'Panggilan telah berakhir',
    message:
      '{requestedBy, select, none {Panggilan ini telah diakhiri untuk semua orang.} other {{requestedBy} mengakhiri panggilan untuk semua orang.}}' +
      '{reason, select, none {} other { Alasan: {reason}}}',
    hint: 'Anda dapat kembali ke beranda atau menutup halaman ini.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Anda dikeluarkan dari panggilan',
    message:
      '{requestedBy, select, none {Anda dikeluarkan dari panggilan.} other {{requestedBy} mengeluarkan Anda dari panggilan.}}' +
      '{reason, select, none {} other { Alasan: {reason}}}',
    hint: 'Jika ini keliru, minta host mengundang Anda lagi.',
  },
  RECONNECTING: {
    title: 'Menyambungkan ulang',
    message: 'Koneksi Anda terputus. Kami sedang menyambungkan Anda kembali.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Tersambung kembali',
    message: 'Koneksi Anda sudah pulih.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: '{device:cap} Anda dijeda',
    message: 'Aplikasi lain atau panggilan telepon sedang memakainya.',
    hint: 'Perangkat akan kembali saat aplikasi lain melepasnya.',
  },
  TRACK_RESUMED: {
    title: '{device:cap} Anda aktif kembali',
    message: 'Sekarang {device} Anda berfungsi lagi.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'Panggilan tidak dimulai tepat waktu',
    message: 'Proses bergabung jauh lebih lama dari seharusnya.',
    hint: 'Periksa koneksi Anda, lalu kembali ke beranda.',
    action: { hint: 'Periksa koneksi Anda, lalu pilih {action}.' },
  },
  SLOW: {
    title: 'Masih menghubungkan…',
    message: 'Proses bergabung lebih lama dari biasanya.',
    hint: 'Anda bisa terus menunggu; kami akan memberi tahu jika gagal.',
  },
  NETWORK: {
    title: 'Masalah koneksi',
    message: 'Kami tidak dapat menjangkau layanan panggilan.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Terjadi masalah',
    message: 'Terjadi masalah tak terduga.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Masalah tak terduga mengakhiri panggilan untuk Anda.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: '{device:cap} Anda diizinkan',
    message: 'Situs ini sekarang dapat menggunakan {device} Anda.',
    hint: 'Nyalakan saat Anda siap.',
    action: { hint: 'Pilih {action} untuk menggunakannya.' },
  },
  DEVICE_FOUND: {
    title: '{device:cap} Anda terhubung',
    message: 'Anda dapat menggunakan {device} Anda lagi.',
    hint: 'Nyalakan saat Anda siap.',
    action: { hint: 'Pilih {action} untuk menggunakannya.' },
  },
  OFFLINE: {
    title: 'Anda sedang offline',
    message: 'Perangkat Anda kehilangan koneksi internet.',
    hint: 'Kami akan menyambungkan Anda kembali saat internet pulih.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Masalah koneksi',
    message: 'Kami kesulitan menjaga koneksi.',
    hint: NETWORK_HINT,
    dialog: { message: `Koneksi Anda gagal, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Tidak dapat menyiapkan panggilan',
    message: 'Gagal menyiapkan panggilan.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Masalah pada {device} Anda',
    message: 'Terjadi kesalahan pada {device} Anda.',
    hint: 'Sambungkan ulang perangkat dan tutup aplikasi lain yang memakainya.',
  },
  'range.4xxx': {
    title: 'Masalah koneksi',
    message: 'Terjadi kesalahan pada audio dan video Anda.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Koneksi audio dan video Anda gagal, ${LEFT_CALL}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'Tidak dapat bergabung ke panggilan',
    message: 'Terjadi kesalahan saat bergabung.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: `Terjadi kesalahan, ${NOT_JOINED}`, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Terjadi masalah',
    message: 'Terjadi masalah tak terduga dalam panggilan.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Masalah tak terduga mengakhiri panggilan untuk Anda.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Ada efek yang tidak berfungsi',
    message: 'Terjadi kesalahan pada sebuah efek.',
    hint: 'Matikan efek lalu aktifkan lagi, atau lanjutkan tanpa efek.',
  },
  'range.8xxx': {
    title: 'Masalah playlist',
    message: 'Terjadi kesalahan pada playlist.',
    hint: 'Coba putar lagi.',
  },
  'range.http4xx': {
    title: 'Tidak dapat bergabung ke panggilan',
    message: 'Panggilan tidak dapat menerima permintaan.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'Layanan panggilan mengalami masalah',
    message: 'Terjadi masalah di server panggilan.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Link ini tidak berfungsi',
    message: 'Kami tidak dapat memasukkan Anda dengan link ini.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const labels: Record<LabelKey, string> = {
  goHome: 'Kembali ke beranda',
  tryAgain: 'Coba lagi',
  rejoin: 'Gabung lagi',
  turnCameraOn: 'Nyalakan kamera',
  turnMicrophoneOn: 'Nyalakan mikrofon',
  shareAgain: 'Bagikan lagi',
  errorCode: 'Kesalahan {code}',
  copyDetails: 'Salin detail',
  copied: 'Disalin',
  copyFailed: 'Tidak dapat menyalin otomatis. Detailnya ditampilkan di bawah.',
  details: 'Detail teknis',
  countdown: 'Kembali ke beranda dalam {seconds} dtk',
  countdownStarted: 'Anda akan dibawa ke beranda secara otomatis dalam {seconds, plural, other {# detik}}.',
  countdownPaused: 'Kembali ke beranda otomatis dijeda.',
  pause: 'Jeda',
  resume: 'Lanjutkan',
  region: 'Notifikasi ({hotkey})',
  dismiss: 'Tutup: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count, plural, other {# kali}}',
  more: '+{count} lainnya',
  allowAudio: 'Izinkan audio',
  howToFix: 'Cara memperbaiki',
  stepsInBrowser: 'Di {browser}',
  stepsOnSystem: 'Di {system}',
  fallbackTitle: 'Panggilan telah berakhir',
  useAnotherCamera: 'Gunakan kamera lain',
  useAnotherMicrophone: 'Gunakan mikrofon lain',
  chooseCamera: 'Pilih kamera',
  chooseMicrophone: 'Pilih mikrofon',
  unnamedCamera: 'Kamera {count}',
  unnamedMicrophone: 'Mikrofon {count}',
  switchDevice: 'Ganti',
  cancel: 'Batal',
  noOtherDevice: 'Tidak ditemukan perangkat lain.',
  keepTrying: 'Kami terus mencoba hingga {seconds, plural, other {# detik}}.',
  severityError: 'Kesalahan:',
  severityWarning: 'Peringatan:',
  severityInfo: 'Informasi:',
  severitySuccess: 'Berhasil:',
  recent: 'Notifikasi terbaru',
  recentEmpty: 'Tidak ada notifikasi terbaru.',
  respond: 'Tekan {hotkey} untuk merespons.',
  stillHappening: 'Masih terjadi, {count, plural, other {# kali}}',
  moreText: '{count, plural, other {# notifikasi lagi}} menunggu',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** `default` (lower case, mid-sentence) and `cap` (capitalised, where a title starts with the device). */
const noun = (word: string): WordForms => ({ default: word, noun: word, cap: word[0]!.toUpperCase() + word.slice(1) });

/** The forms the sentences use (`HMSLocale.devices`), always read before "Anda". */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: noun('mikrofon'),
  video: noun('kamera'),
  'audio, video': noun('kamera dan mikrofon'),
  screen: noun('berbagi layar'),
  unknown: noun('kamera atau mikrofon'),
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Seseorang';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Indonesian:
 * - Chrome: "Setelan situs", options "Tanya", "Izinkan", "Blokir"; reload is "Muat ulang".
 * - Edge: "Izin untuk situs ini" (not verified in an Indonesian Edge).
 * - Firefox: the blocked entry reads "Diblokir" (or "Diblokir Sementara").
 * - Safari on Mac: "Pengaturan untuk Situs Web Ini…" (macOS 13+ wording; not verified).
 * - iPhone/iPad: page menu item "Pengaturan Situs Web"; the Settings app is "Pengaturan" (not
 *   verified on a device).
 * - macOS: "Pengaturan Sistem > Privasi & Keamanan" (Apple's Indonesian help).
 * - Windows 11: "Mulai > Pengaturan > Privasi & keamanan", "Izin aplikasi" (not verified).
 */
const RELOAD = 'Muat ulang halaman dan coba lagi.';

const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Pilih ikon di sebelah kiri kolom alamat.',
      'Aktifkan akses ke {device} Anda.',
      'Jika tidak ada di sana, pilih Setelan situs dan setel {device} Anda ke Izinkan.',
      RELOAD,
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Pilih ikon gembok di sebelah kiri kolom alamat.',
      'Pilih Izin untuk situs ini.',
      'Setel {device} Anda ke Izinkan.',
      RELOAD,
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Pilih ikon izin yang dicoret di kolom alamat.',
      'Di samping Diblokir, pilih X untuk menghapus blokir.',
      'Muat ulang halaman, lalu izinkan {device} Anda saat Firefox meminta.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'Di Mac, pilih Safari > Pengaturan untuk Situs Web Ini di bar menu.',
      'Di iPhone atau iPad, ketuk menu halaman (aA) di samping alamat, lalu Pengaturan Situs Web.',
      'Setel {device} Anda ke Izinkan, lalu muat ulang halaman.',
      'Masih diblokir di iPhone atau iPad? Buka app Pengaturan, cari browser Anda, lalu izinkan {device} Anda.',
    ],
  },
  other: {
    browser: 'browser Anda',
    steps: [
      'Buka setelan browser Anda untuk situs ini, biasanya dari ikon di samping alamat.',
      'Izinkan {device} Anda.',
      RELOAD,
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Buka menu Apple > Pengaturan Sistem > Privasi & Keamanan.',
      'Pilih Kamera atau Mikrofon, sesuai kebutuhan Anda.',
      'Aktifkan tombol di samping browser Anda.',
      'Keluar dari browser dan buka lagi, lalu bergabung lagi.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Buka Mulai > Pengaturan > Privasi & keamanan.',
      'Di bawah Izin aplikasi, pilih Kamera atau Mikrofon.',
      'Aktifkan akses untuk aplikasi, termasuk aplikasi desktop seperti browser Anda.',
      RELOAD,
    ],
  },
  other: {
    system: 'perangkat Anda',
    steps: [
      'Buka setelan perangkat Anda.',
      'Buka Privasi atau Izin aplikasi.',
      'Izinkan browser Anda menggunakan {device} Anda.',
      'Kembali ke panggilan dan coba lagi.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Kode',
  name: 'Nama',
  action: 'Tindakan',
  message: 'Pesan',
  description: 'Deskripsi',
  shownAs: 'Ditampilkan sebagai',
  catalogKey: 'Kunci katalog',
  kind: 'Jenis',
  terminal: 'Mengakhiri panggilan',
  platform: 'Platform SDK',
  time: 'Waktu',
  count: 'Jumlah',
  sources: 'Sumber',
  userAgent: 'Agen pengguna',
  developerNote: 'Catatan developer',
  yes: 'ya',
  no: 'tidak',
  none: 'tidak ada',
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
