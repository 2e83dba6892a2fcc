/*
 * react-hms-errors — Spanish (es) locale.
 *
 * Translated from /work/main/src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood
 * when this draft was made (copies and SHA-256 sums in ./source-snapshot/). en.ts was being edited by
 * other agents at the time; run `node tools/check.mjs` to see whether its keys have moved since.
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Neutral international Spanish, "tú" form (as Google Meet and Zoom write Spanish), calm, no
 * blame, no exclamation marks. Where Spain and Latin America differ, the choice is the form both
 * understand: pretérito simple ("se cortó", not "se ha cortado"), "video" without accent (RAE
 * accepts both; most readers write "video"), "app", "altavoz", "auriculares", "enlace", and
 * "Contacta con…" (the construction the Diccionario panhispánico de dudas recommends). Buttons are
 * infinitives ("Reintentar", "Volver a unirse"), as Spanish UIs write them.
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ llamada
 *   link ............ enlace            invite ........ invitación
 *   camera .......... cámara            microphone .... micrófono
 *   screen share .... compartir pantalla (action) / pantalla compartida (noun)
 *   host ............ anfitrión (Zoom's term; Meet says "organizador")
 *   join ............ unirse (a la llamada)      rejoin ........ volver a unirse
 *   reconnect ....... volver a conectar; "Reconectando" as a status
 *   allow ........... permitir (the browsers' own button is "Permitir")
 *   settings ........ configuración (the app's or the system's); browsers' menu names are quoted as
 *                     the browser shows them ("Configuración de sitios", "Permisos para este sitio")
 *   go home ......... ir al inicio      support ....... soporte de la app
 *   device .......... dispositivo (used as the antecedent of "uno"/"otro"/"lo" so that those words
 *                     never have to agree with {device})
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * The kit's formatter (src/core/copy/format.ts) fills `{device}` with the form called `default`
 * and `{device:form}` with any other form; a dotted `{device.form}` is NOT understood by it, so
 * this file uses the colon syntax. Forms (see `deviceForms` below):
 *   default   bare noun, always written after "tu": "tu {device}" → "tu cámara", "tu cámara y
 *             micrófono", "tu cámara o micrófono". Every `{device}` in this catalog, the labels and
 *             the permission steps is `tu {device}` (or "de tu {device}", "a tu {device}"), which
 *             needs no agreement: "tu" does not change with gender.
 *   chosen    the whole phrase "the {device} you chose": "la cámara que elegiste", "el micrófono
 *             que elegiste", "la cámara y el micrófono que elegiste". Used once: 3014 message.
 *   def       noun with definite article: "la cámara", "el micrófono", "la cámara y el
 *             micrófono". Not used by the catalog; for overrides.
 *   none      negative indefinite: "ninguna cámara", "ningún micrófono", "ninguna cámara ni
 *             micrófono". Used once: 3002 message.
 *   possessive, indefinite, gender ('f' | 'm'), number ('sg' | 'pl'): provided for overrides; not
 *             used by the catalog.
 * Sentences never make a verb, adjective or pronoun agree with {device}: the device is the object
 * ("Perdimos el acceso a tu {device}") or a postposed subject of a singular verb, which Spanish
 * accepts for "tu cámara y micrófono" ("Se desconectó tu {device}"); "lo", "uno", "otro" refer to
 * "el dispositivo". Caveat: an app that passes the kit's `deviceNames` option replaces all forms
 * with its plain word, and `{device:chosen}` / `{device:none}` then fall back to it. Both forms are
 * whole noun phrases so that this stays grammatical ("No detectamos cámara."), only less precise;
 * pass `devices` forms to keep them.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}.
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'es';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Revisa tu Wi-Fi o tu conexión de red.';
const LINK_HINT = 'Pide un enlace nuevo al anfitrión.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  message: 'No hiciste nada mal. La app no pudo verificar tu invitación.',
  hint: 'Contacta con el soporte de la app.',
};
const LEFT = { hint: 'Ve al inicio y vuelve a unirte en un momento.' };
const LEFT_REJOIN = { hint: 'Selecciona {action} o ve al inicio.' };
const SUPPORT_HINT = 'Si se repite, contacta con el soporte de la app.';
const WAIT_HINT = 'Vuelve a intentarlo en un momento.';
const WAIT_ACTION = { hint: 'Selecciona {action} en un momento.' };
const QUIET = 'No tienes que hacer nada.';
const OPEN_AGAIN_HINT = 'Abre el enlace otra vez o pide uno nuevo al anfitrión.';
const STILL_MISSING_HINT = 'Si aún falta alguien, vuelve a unirte.';
const CHECK_NETWORK_REJOIN = 'Revisa tu red y vuelve a unirte.';

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'No se pudo conectar a la llamada',
    message: 'No pudimos establecer la conexión.',
    hint: NETWORK_HINT,
    dialog: { message: 'No pudimos establecer la conexión y no llegaste a unirte.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'No pudimos volver a conectarte',
    message: 'Tu conexión no se restableció.',
    hint: NETWORK_HINT,
    dialog: { message: 'Tu conexión no se restableció y ya no estás en la llamada.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'No pudimos unirte a la llamada',
    message: 'La conexión se cerró mientras te unías.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'La conexión se cerró mientras te unías y no llegaste a entrar.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'No se pudo preparar la llamada',
    message: 'No pudimos dejar lista la llamada.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'No se pudo preparar la llamada',
    message: 'Un problema en la configuración de la app impidió la llamada.',
    hint: 'Contacta con el soporte de la app.',
  },
  '2003': {
    title: 'No se puede acceder a la llamada',
    message: 'No pudimos contactar con el servidor de la llamada.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Este enlace no funciona',
    message: 'No pudimos leer tu invitación.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problema con tu {device}',
    message: 'Se produjo un error en tu {device}.',
    hint: 'Desactiva y vuelve a activar tu {device}.',
    action: { hint: 'Selecciona {action}.' },
  },
  '3001': {
    title: 'No se puede usar tu {device}',
    message: 'Este sitio no tiene acceso a tu {device}.',
    hint: 'Permítelo en la configuración del sitio del navegador.',
    action: { hint: 'Selecciona {action} para ver los pasos.' },
  },
  '3001.screen': {
    title: 'No se pudo compartir la pantalla',
    message: 'Se canceló o se bloqueó.',
    hint: 'Vuelve a compartir y elige una pestaña, ventana o pantalla.',
    action: { hint: 'Selecciona {action} y elige una pestaña, ventana o pantalla.' },
  },
  '3002': {
    title: 'No encontramos tu {device}',
    message: 'No detectamos {device:none}.',
    hint: 'Conecta un dispositivo o elige otro en la configuración.',
  },
  '3003': {
    title: 'No se pudo iniciar tu {device}',
    message: 'Quizá otra app usa tu {device} o no responde.',
    hint: 'Cierra las demás apps y vuelve a intentarlo.',
    action: { hint: 'Cierra las demás apps y selecciona {action}.' },
  },
  '3004': {
    title: 'Dejó de funcionar tu {device}',
    message: 'Perdimos acceso a tu {device}.',
    hint: 'Reconecta el dispositivo o elige otro en la configuración.',
  },
  '3005': {
    title: 'No hay nada que activar',
    message: 'No se seleccionó ninguna cámara ni micrófono.',
    hint: 'Activa tu cámara o tu micrófono.',
  },
  '3006': {
    title: 'No se pudo iniciar tu video',
    message: 'Un problema de configuración de video de la app detuvo tu cámara.',
    hint: 'Contacta con el soporte de la app.',
  },
  '3007': {
    title: 'No se puede cambiar durante la llamada',
    message: 'Esta opción de video no se puede cambiar durante una llamada.',
    hint: 'Se aplicará la próxima vez que te unas.',
  },
  '3008': {
    title: 'Aún no puedes escuchar a los demás',
    message: 'Tu navegador pausó el sonido.',
    hint: 'Haz clic o toca cualquier parte de la página para escucharlos.',
    action: { hint: 'Selecciona {allowAudio} para escucharlos.' },
  },
  '3009': {
    title: 'No es posible con tu {device}',
    message: 'No ofrece la calidad que necesita esta llamada.',
    hint: 'Elige otro dispositivo en la configuración.',
  },
  '3010': {
    title: 'Tu micrófono no capta sonido',
    message: 'Está activado, pero no se oye nada.',
    hint: 'Comprueba que esté conectado y sin silenciar, o elige otro.',
  },
  '3011': {
    title: 'No se puede usar tu {device}',
    message: 'El sistema bloquea el acceso o el dispositivo está desconectado.',
    hint: 'Activa tu navegador en la configuración de privacidad.',
    action: { hint: 'Selecciona {action} para ver los pasos.' },
  },
  '3011.screen': {
    title: 'No se puede compartir tu pantalla',
    message: 'Tu sistema bloquea la grabación de pantalla.',
    // macOS 15 names the pane "Grabación de pantalla y audio del sistema" (not verified on every
    // macOS version; on macOS 13–14 it is "Grabación de pantalla").
    hint: 'Permite tu navegador en Grabación de pantalla y audio del sistema.',
  },
  '3xxx.screen': {
    title: 'Se dejó de compartir la pantalla',
    message: 'No se pudo empezar a compartir, o se interrumpió.',
    hint: 'Vuelve a compartir la pantalla.',
    action: { hint: 'Selecciona {action}.' },
  },
  '3012.web': {
    title: 'Comparte esta pestaña para continuar',
    message: 'Esta llamada requiere que compartas esta pestaña.',
    hint: 'Vuelve a compartir y elige esta pestaña.',
  },
  '3012.flutter': {
    title: 'No se puede conectar el audio Bluetooth',
    message: 'Esta app no tiene permiso para usar Bluetooth.',
    // Android's permission is "Dispositivos cercanos" in Spanish.
    hint: 'Permite Dispositivos cercanos a esta app en la configuración del teléfono.',
  },
  '3013.web': {
    title: 'No se puede reproducir el audio',
    message: 'Tu navegador no pudo reproducir el audio de la llamada.',
    hint: 'Revisa tu altavoz o tus auriculares, o elige otra salida.',
  },
  '3013.flutter': {
    title: 'No se puede usar el audio Bluetooth',
    message: 'Esta app no puede usar el audio Bluetooth.',
    hint: 'Usa el altavoz del teléfono o unos auriculares con cable.',
  },
  '3014': {
    title: 'Se desconectó tu {device}',
    message: 'No detectamos {device:chosen}.',
    hint: 'Reconecta el dispositivo o elige otro en la configuración.',
  },
  '3015': {
    title: 'No hay señal de tu {device}',
    message: 'Quizá otra app o una llamada usa tu {device}.',
    hint: 'Termina la otra llamada y desactiva y activa el dispositivo.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'No se pudo enviar tu audio y video',
    message: 'Falló la conexión de tu audio y video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Falló la conexión de tu audio y video, y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'No se pudo recibir el audio y el video',
    message: 'Falló la conexión con el audio y el video de los demás.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Falló la conexión con el audio y el video de los demás, y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'No se pudo preparar el audio y el video',
    message: 'Hubo un error al preparar tu audio y video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Hubo un error al preparar tu audio y video, y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'No se pudo conectar el audio y el video',
    message: 'Tu audio y video no terminaron de conectarse.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Tu audio y video no se conectaron, y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Se perdió la conexión',
    message: 'Falló tu conexión de audio y video.',
    hint: NETWORK_HINT,
    dialog: { message: 'Falló tu conexión y ya no estás en la llamada.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Conexión inestable',
    message: 'Tu conexión se cortó un momento. Estamos volviendo a conectarte.',
    hint: 'Si sigue pasando, cambia de red.',
    dialog: { message: 'Se cortó tu conexión y ya no estás en la llamada.', hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Datos de calidad no disponibles',
    message: 'Esto no afecta a tu llamada.',
    hint: QUIET,
  },
  '4008': {
    title: 'Actualizando tu conexión',
    message: 'Debería estabilizarse en un momento.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Ya estás en esta llamada',
    message: 'Ya te uniste desde aquí.',
    hint: 'Continúa con la llamada.',
  },
  '5002': {
    title: 'Todavía estamos preparando todo',
    message: 'Se está iniciando la vista previa de tu cámara y micrófono.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Sin conexión',
    message: 'Ahora mismo no se puede acceder a la llamada.',
    hint: NETWORK_HINT,
    dialog: { message: 'Se perdió la conexión con la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'No se pudo completar la acción',
    message: 'La llamada no respondió como se esperaba.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Algo salió mal',
    message: 'Ocurrió un problema inesperado en la llamada.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Un problema inesperado te sacó de la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: 'No se pudo actualizar la llamada',
    message: 'Falló la actualización de tu conexión de audio y video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'No se pudo actualizar tu conexión y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Aún no está todo listo',
    message: 'La llamada todavía no está lista para eso.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Respuesta inesperada de la llamada',
    message: 'Recibimos una respuesta que no pudimos interpretar.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Puede que falte audio o video',
    message: 'No pudimos asignar parte del audio o video a su participante.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Puede que falte audio o video',
    message: 'No llegó parte del audio o video.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Puede que alguien no se vea bien',
    message: 'Nos faltan datos de alguien en la llamada.',
    hint: 'Si un nombre o un video se ve mal, vuelve a unirte.',
  },
  '6008': {
    title: 'No puedes unirte con este enlace',
    message: 'Esta llamada no permite unirse con tu invitación.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'La vista previa ya se está iniciando',
    message: 'Se está iniciando la vista previa de tu cámara y micrófono.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Llamadas no disponibles en esta página',
    message: 'Esta página no se abrió con una conexión segura.',
    hint: 'Abre la llamada desde un enlace https.',
  },
  '6011': {
    title: 'Este navegador no admite llamadas',
    message: 'Puede que esté desactualizado o que una extensión bloquee las llamadas.',
    hint: 'Actualízalo o prueba otro navegador.',
  },
  '6012': {
    title: 'No se guardará tu configuración',
    message: 'Tu navegador bloquea los datos del sitio. La llamada sigue igual.',
    hint: 'Permite sus cookies para guardar tu configuración.',
  },
  '6013': {
    title: 'No funcionó',
    message: 'La llamada no pudo aceptar una solicitud de la app.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Efecto no compatible aquí',
    message: 'Tu navegador o dispositivo no puede usar este efecto.',
    hint: 'Continúa sin él o prueba otro navegador.',
  },
  '7002': {
    title: 'No se pudo activar el efecto',
    message: 'El efecto no pudo iniciarse.',
    hint: 'Continúa sin él o vuelve a intentarlo.',
    action: { hint: 'Selecciona {action} o continúa sin él.' },
  },
  '7003': {
    title: 'El efecto dejó de funcionar',
    message: 'No se pudo aplicar el efecto.',
    hint: 'Desactívalo y vuelve a activarlo, o continúa sin él.',
  },
  '7004': {
    title: 'El efecto aún se está activando',
    message: 'Ya estamos aplicando este efecto.',
    hint: QUIET,
  },
  '7005': {
    title: 'Este dispositivo no admite el efecto',
    message: 'El efecto no puede funcionar en este dispositivo.',
    hint: 'Continúa sin él o prueba otro dispositivo.',
  },
  '7006': {
    title: 'Efecto no disponible en esta llamada',
    message: 'Este efecto no está activado para esta llamada.',
    hint: 'Continúa sin él.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Fin de la lista de reproducción',
    message: 'No queda nada por reproducir.',
    hint: 'Elige otra cosa o vuelve a empezar.',
  },
  '8002': {
    title: 'No se está reproduciendo nada',
    message: 'Ahora mismo no hay nada en reproducción.',
    hint: 'Primero reproduce algo de la lista.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'No pudimos unirte a la llamada',
    message: 'La llamada no aceptó la solicitud para unirte.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Este enlace expiró',
    message: 'No pudimos confirmar tu invitación.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'No tienes acceso a esta llamada',
    message: 'Tu invitación no te permite unirte.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'No se encontró la llamada',
    message: 'No pudimos encontrar esta llamada.',
    hint: 'Revisa el enlace o pide uno nuevo al anfitrión.',
  },
  '410': {
    title: 'Esta llamada ya no está disponible',
    message: 'La llamada terminó o se cerró.',
    hint: 'Pide un enlace nuevo al anfitrión para volver a unirte.',
  },
  '429': {
    title: 'Demasiados intentos',
    message: 'El servicio de llamadas está saturado en este momento.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'El servicio de llamadas tuvo un problema',
    message: 'Algo salió mal en el servidor de la llamada.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: 'El servicio de llamadas no admite eso',
    message: 'El servidor de la llamada no admite esta solicitud.',
    hint: 'Contacta con el soporte de la app.',
  },
  '502': {
    title: 'Servicio de llamadas inaccesible',
    message: 'El servidor de la llamada no respondió correctamente.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Servicio de llamadas no disponible',
    message: 'El servicio de llamadas no está disponible por el momento.',
    hint: 'Vuelve a intentarlo en unos minutos.',
    action: { hint: 'Selecciona {action} en unos minutos.' },
  },
  '504': {
    title: 'El servicio de llamadas tardó demasiado',
    message: 'El servidor de la llamada tardó demasiado en responder.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Este enlace no es válido',
    message: 'La llamada de este enlace no existe.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Este enlace no corresponde a la llamada',
    message: 'Tu invitación es para otra llamada.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Ya te uniste desde otro lugar',
    message: 'Estás en esta llamada desde otra pestaña o dispositivo.',
    hint: 'Sal de allí y vuelve a unirte aquí.',
  },
  '40100': { title: 'No pudimos verificar tu invitación', ...APP_SIDE },
  '40101': { title: 'No pudimos verificar tu invitación', ...APP_SIDE },
  '40102': {
    title: 'Este enlace no es válido',
    message: 'Tu invitación es para una llamada que no existe.',
    hint: LINK_HINT,
  },
  '40103': { title: 'No pudimos verificar tu invitación', ...APP_SIDE },
  '40104': { title: 'No pudimos verificar tu invitación', ...APP_SIDE },
  '40105': { title: 'No pudimos verificar tu invitación', ...APP_SIDE },
  '40107': { title: 'No pudimos verificar tu invitación', ...APP_SIDE },
  '40108': {
    title: 'No puedes unirte con este enlace',
    message: 'Tu invitación no coincide con la configuración de esta llamada.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Este enlace no funciona',
    message: 'Tu invitación está dañada o incompleta.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Ya no estás en la llamada',
    message: 'Tras un corte de conexión, dejaste de figurar en la llamada.',
    hint: 'Vuelve a unirte para entrar de nuevo.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Esta llamada está llena',
    message: 'Por ahora no pueden unirse más personas.',
    hint: 'Pide al anfitrión que libere un lugar y vuelve a unirte.',
  },
  ROOM_ENDED: {
    title: 'La llamada terminó',
    message:
      '{requestedBy, select, none {La llamada terminó para todos.} other {{requestedBy} terminó la llamada para todos.}}' +
      '{reason, select, none {} other { Motivo: {reason}}}',
    hint: 'Puedes ir al inicio o cerrar esta página.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Te quitaron de la llamada',
    message:
      '{requestedBy, select, none {Te quitaron de la llamada.} other {{requestedBy} te quitó de la llamada.}}' +
      '{reason, select, none {} other { Motivo: {reason}}}',
    hint: 'Si fue un error, pide al anfitrión que vuelva a invitarte.',
  },
  RECONNECTING: {
    title: 'Reconectando',
    message: 'Se cortó tu conexión. Estamos volviendo a conectarte.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Conexión restablecida',
    message: 'Ya tienes conexión de nuevo.',
    hint: 'Continúa donde te quedaste.',
  },
  TRACK_INTERRUPTED: {
    title: 'Se pausó tu {device}',
    message: 'Otra app o una llamada telefónica está usando tu {device}.',
    hint: 'Se reanudará cuando la otra app termine.',
  },
  TRACK_RESUMED: {
    title: 'Se reanudó tu {device}',
    message: 'Ya puedes volver a usar tu {device}.',
    hint: 'Continúa donde te quedaste.',
  },
  TIMEOUT: {
    title: 'La llamada no empezó a tiempo',
    message: 'Unirte está tardando mucho más de lo normal.',
    hint: 'Revisa tu conexión y ve al inicio.',
    action: { hint: 'Revisa tu conexión y selecciona {action}.' },
  },
  SLOW: {
    title: 'Seguimos conectando…',
    message: 'Unirte está tardando más de lo habitual.',
    hint: 'Puedes seguir esperando; te avisaremos si falla.',
  },
  NETWORK: {
    title: 'Problema de conexión',
    message: 'No pudimos contactar con el servicio de llamadas.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Algo salió mal',
    message: 'Ocurrió un problema inesperado.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Un problema inesperado te sacó de la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Se permite usar tu {device}',
    message: 'Este sitio ya puede usar tu {device}.',
    hint: 'Activa tu {device} cuando quieras.',
    action: { hint: 'Selecciona {action} cuando quieras.' },
  },
  DEVICE_FOUND: {
    title: 'Se conectó tu {device}',
    message: 'Ya puedes volver a usar tu {device}.',
    hint: 'Activa tu {device} cuando quieras.',
    action: { hint: 'Selecciona {action} cuando quieras.' },
  },
  OFFLINE: {
    title: 'Estás sin conexión',
    message: 'Tu dispositivo perdió la conexión a internet.',
    hint: 'Te volveremos a conectar cuando vuelva la conexión.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Problema de conexión',
    message: 'Nos costó mantener la conexión.',
    hint: NETWORK_HINT,
    dialog: { message: 'Falló tu conexión y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'No se pudo preparar la llamada',
    message: 'Hubo un error al preparar la llamada.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Problema con tu {device}',
    message: 'Algo salió mal con tu {device}.',
    hint: 'Reconecta el dispositivo y cierra las apps que lo usen.',
  },
  'range.4xxx': {
    title: 'Problema de conexión',
    message: 'Algo salió mal con tu audio y video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Falló tu conexión de audio y video, y ya no estás en la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'No pudimos unirte a la llamada',
    message: 'Algo salió mal al unirte.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Algo salió mal y no llegaste a unirte.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Algo salió mal',
    message: 'Ocurrió un problema inesperado en la llamada.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Un problema inesperado te sacó de la llamada.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: 'Un efecto no funciona',
    message: 'Algo salió mal con un efecto.',
    hint: 'Desactívalo y vuelve a activarlo, o continúa sin él.',
  },
  'range.8xxx': {
    title: 'Problema con la lista de reproducción',
    message: 'Algo salió mal con la lista de reproducción.',
    hint: 'Vuelve a reproducirla.',
  },
  'range.http4xx': {
    title: 'No pudimos unirte a la llamada',
    message: 'La llamada no aceptó la solicitud.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': {
    title: 'El servicio de llamadas tuvo un problema',
    message: 'Algo salió mal en el servidor de la llamada.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: 'Este enlace no funciona',
    message: 'No pudimos dejarte entrar con este enlace.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const labels: Record<LabelKey, string> = {
  goHome: 'Ir al inicio',
  tryAgain: 'Reintentar',
  rejoin: 'Volver a unirse',
  turnCameraOn: 'Activar cámara',
  turnMicrophoneOn: 'Activar micrófono',
  shareAgain: 'Volver a compartir',
  errorCode: 'Error {code}',
  copyDetails: 'Copiar detalles',
  copied: 'Se copió',
  copyFailed: 'No se pudo copiar automáticamente. Los detalles se muestran abajo.',
  details: 'Detalles técnicos',
  countdown: 'Volviendo al inicio en {seconds} s',
  countdownStarted: 'Volverás al inicio automáticamente en {seconds, plural, one {# segundo} other {# segundos}}.',
  countdownPaused: 'Se pausó la vuelta automática al inicio.',
  pause: 'Pausar',
  resume: 'Reanudar',
  region: 'Notificaciones ({hotkey})',
  dismiss: 'Descartar: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count, plural, one {# vez} other {# veces}}',
  more: '+{count} más',
  allowAudio: 'Permitir audio',
  howToFix: 'Cómo solucionarlo',
  stepsInBrowser: 'En {browser}',
  stepsOnSystem: 'En {system}',
  fallbackTitle: 'La llamada terminó',
  useAnotherCamera: 'Usar otra cámara',
  useAnotherMicrophone: 'Usar otro micrófono',
  chooseCamera: 'Elige una cámara',
  chooseMicrophone: 'Elige un micrófono',
  unnamedCamera: 'Cámara {count}',
  unnamedMicrophone: 'Micrófono {count}',
  switchDevice: 'Cambiar',
  cancel: 'Cancelar',
  noOtherDevice: 'No se encontró ningún otro dispositivo.',
  keepTrying: 'Seguiremos intentándolo durante un máximo de {seconds, plural, one {# segundo} other {# segundos}}.',
  severityError: 'Error:',
  severityWarning: 'Advertencia:',
  severityInfo: 'Información:',
  severitySuccess: 'Listo:',
  recent: 'Notificaciones recientes',
  recentEmpty: 'No hay notificaciones recientes.',
  respond: 'Pulsa {hotkey} para responder.',
  stillHappening: 'Sigue ocurriendo, {count, plural, one {# vez} other {# veces}}',
  moreText: '{count, plural, one {# notificación más} other {# notificaciones más}} en espera',
};


// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** Plain words, as `defaultDeviceNames` (the kit's `deviceNames` option): always read after "tu". */
const deviceNames: Record<DeviceKey, string> = {
  audio: 'micrófono',
  video: 'cámara',
  'audio, video': 'cámara y micrófono',
  screen: 'pantalla compartida',
  unknown: 'cámara o micrófono',
};

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: {
    default: 'micrófono',
    noun: 'micrófono',
    def: 'el micrófono',
    chosen: 'el micrófono que elegiste',
    possessive: 'tu micrófono',
    indefinite: 'un micrófono',
    none: 'ningún micrófono',
    gender: 'm',
    number: 'sg',
  },
  video: {
    default: 'cámara',
    noun: 'cámara',
    def: 'la cámara',
    chosen: 'la cámara que elegiste',
    possessive: 'tu cámara',
    indefinite: 'una cámara',
    none: 'ninguna cámara',
    gender: 'f',
    number: 'sg',
  },
  'audio, video': {
    default: 'cámara y micrófono',
    noun: 'cámara y micrófono',
    def: 'la cámara y el micrófono',
    chosen: 'la cámara y el micrófono que elegiste',
    possessive: 'tu cámara y micrófono',
    indefinite: 'una cámara y un micrófono',
    none: 'ninguna cámara ni micrófono',
    gender: 'm',
    number: 'pl',
  },
  screen: {
    default: 'pantalla compartida',
    noun: 'pantalla compartida',
    def: 'la pantalla compartida',
    chosen: 'la pantalla compartida que elegiste',
    possessive: 'tu pantalla compartida',
    indefinite: 'una pantalla compartida',
    none: 'ninguna pantalla compartida',
    gender: 'f',
    number: 'sg',
  },
  unknown: {
    default: 'cámara o micrófono',
    noun: 'cámara o micrófono',
    def: 'la cámara o el micrófono',
    chosen: 'la cámara o el micrófono que elegiste',
    possessive: 'tu cámara o micrófono',
    indefinite: 'una cámara o un micrófono',
    none: 'ninguna cámara ni micrófono',
    gender: 'f',
    number: 'sg',
  },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Alguien';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Spanish. Where Spain (es-ES) and Latin
 * America (es-419) differ, the Latin American name is written and the other is noted:
 * - Chrome: the icon's tooltip is "Ver información del sitio"; its panel links to
 *   "Configuración de sitios" (Chrome writes "de sitios", not "del sitio"), whose options are
 *   "Preguntar", "Permitir", "Bloquear"; the reload button is "Volver a cargar".
 * - Edge: "Permisos para este sitio" (seen in several public Spanish guides; not checked in Edge).
 * - Firefox: the blocked entry reads "Bloqueado" (or "Bloqueado temporalmente").
 * - Safari on Mac: es-419 "Configuración para este sitio web…", es-ES "Ajustes para este sitio
 *   web…" — NOT verified against a Spanish Safari; Apple's es-CL help confirms that Safari's own
 *   settings are "Safari > Configuración" in Latin America.
 * - iPhone/iPad: the Settings app is "Configuración" in es-419 and "Ajustes" in es-ES, so the
 *   step names both; the page menu's item is "Configuración del sitio web" (es-ES "Ajustes del
 *   sitio web") — not verified on a device.
 * - macOS: "Configuración del Sistema" (es-419, confirmed by Apple's es-CL help) / "Ajustes del
 *   Sistema" (es-ES), then "Privacidad y seguridad".
 * - Windows 11: "Inicio > Configuración > Privacidad y seguridad", "Permisos de aplicaciones",
 *   "Acceso a la cámara" / "Permitir que las aplicaciones de escritorio accedan a la cámara".
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Selecciona el icono que está a la izquierda de la barra de direcciones.',
      'Activa el acceso a tu {device}.',
      'Si no aparece, elige Configuración de sitios y cambia tu {device} a Permitir.',
      'Vuelve a cargar la página e inténtalo de nuevo.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Selecciona el icono de candado que está a la izquierda de la barra de direcciones.',
      'Elige Permisos para este sitio.',
      'Cambia tu {device} a Permitir.',
      'Vuelve a cargar la página e inténtalo de nuevo.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Selecciona el icono de permiso tachado en la barra de direcciones.',
      'Junto a Bloqueado, selecciona la X para quitar el bloqueo.',
      'Vuelve a cargar la página y permite el acceso a tu {device} cuando Firefox te lo pida.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'En Mac, elige Safari > Configuración para este sitio web en la barra de menús.',
      'En iPhone o iPad, toca el menú de la página (aA) junto a la dirección y luego Configuración del sitio web.',
      'Cambia tu {device} a Permitir y vuelve a cargar la página.',
      '¿Sigue sin funcionar en iPhone o iPad? Abre la app Configuración (Ajustes), busca tu navegador y permite el acceso a tu {device}.',
    ],
  },
  other: {
    browser: 'tu navegador',
    steps: [
      'Abre la configuración de tu navegador para este sitio, a menudo desde el icono junto a la dirección.',
      'Permite el acceso a tu {device}.',
      'Vuelve a cargar la página e inténtalo de nuevo.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Abre el menú Apple > Configuración del Sistema (Ajustes del Sistema) > Privacidad y seguridad.',
      'Selecciona Cámara o Micrófono, según lo que necesites.',
      'Activa el interruptor junto a tu navegador.',
      'Cierra el navegador por completo, vuelve a abrirlo y únete de nuevo.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Abre Inicio > Configuración > Privacidad y seguridad.',
      'En Permisos de aplicaciones, selecciona Cámara o Micrófono.',
      'Activa el acceso para las aplicaciones, incluidas las de escritorio como tu navegador.',
      'Vuelve a cargar la página e inténtalo de nuevo.',
    ],
  },
  other: {
    system: 'tu dispositivo',
    steps: [
      'Abre la configuración de tu dispositivo.',
      'Ve a Privacidad o a Permisos de aplicaciones.',
      'Permite que tu navegador use tu {device}.',
      'Vuelve a la llamada e inténtalo de nuevo.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Código',
  name: 'Nombre',
  action: 'Acción',
  message: 'Mensaje',
  description: 'Descripción',
  shownAs: 'Se muestra como',
  catalogKey: 'Clave del catálogo',
  kind: 'Tipo',
  terminal: 'Finaliza la llamada',
  platform: 'Plataforma',
  time: 'Hora',
  count: 'Veces',
  sources: 'Orígenes',
  userAgent: 'Agente de usuario',
  developerNote: 'Nota para desarrolladores',
  yes: 'sí',
  no: 'no',
  none: 'ninguno',
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

// en.ts (second snapshot) says "it" in these messages, referring to the device in the title. This
// draft names the device instead: a pronoun would have to agree with {device} (es, ar), and
// Japanese would simply drop it, so naming it keeps the sentence clear on its own.
