/*
 * react-hms-errors — Brazilian Portuguese (pt-BR) locale.
 *
 * Translated from /work/main/src/core/copy/en.ts, locale-en.ts and permission-steps.ts as they stood
 * at commit 1e83462 (the keys of PERMISSION_GRANTED, DEVICE_FOUND and OFFLINE included).
 *
 * ── Register ──────────────────────────────────────────────────────────────────────────────────
 * Brazilian Portuguese, "você", with requests in the imperative of "você" ("Verifique", "Peça",
 * "Selecione"), as Google Meet, Zoom and Microsoft Teams write pt-BR ("Verifique sua conexão",
 * "Tentar novamente"). Possessives without article ("sua câmera"), as Brazilian UIs write them.
 * Buttons are infinitives ("Tentar novamente", "Entrar novamente"). Calm, no blame, no
 * exclamation marks. The person is never the subject of a participle or adjective, which would be
 * masculine or feminine ("conectado/conectada", "removido/removida"): "Sem conexão", "Removeram
 * você da chamada", "você não está mais na chamada" (not "você saiu", which would say you left).
 *
 * ── Glossary (used consistently in every string) ─────────────────────────────────────────────
 *   call ............ chamada  (a phone call: "chamada telefônica")
 *   link ............ link               invite ........ convite
 *   camera .......... câmera             microphone .... microfone
 *   screen share .... compartilhamento de tela / compartilhar a tela
 *   host ............ organizador (Meet's and Teams' pt-BR term; Zoom says "anfitrião")
 *   join ............ entrar (na chamada)          rejoin ........ entrar novamente
 *   reconnect ....... reconectar; "Reconectando", "Reconexão concluída"
 *   allow ........... permitir (the browsers' own button is "Permitir")
 *   turn on / off ... ativar / desativar (Meet's "Ativar câmera")
 *   settings ........ configurações (app, site, Windows); Apple's "Ajustes" on Mac and iPhone
 *   go home ......... ir para o início   support ....... suporte do app
 *   tab ............. guia (Chrome's and Edge's pt-BR word)
 *   device .......... dispositivo: the antecedent of "ele"/"o"/"outro", so that no pronoun has
 *                     to agree with {device}
 *
 * ── {device} ──────────────────────────────────────────────────────────────────────────────────
 * câmera is feminine, microfone and compartilhamento masculine, and the pairs are plural, so
 * possessives, articles and contractions change with the device. The sentences are written so
 * that one form (`deviceForms` below) fits all five:
 *   default   with the possessive: "sua câmera", "seu microfone", "sua câmera e microfone", "seu
 *             compartilhamento de tela", "sua câmera ou microfone" — as an object ("usar {device}"),
 *             after a colon in titles ("Em pausa: sua câmera") or after a
 *             preposition without contraction ("a {device}", "de {device}", "com {device}"), which
 *             standard Portuguese allows before a possessive (the crase before "sua" is optional),
 *             so the same form serves câmera and microfone.
 * "nenhum(a) …" (3002) and "the … you chose" (3014) are said with "o
 * dispositivo" after the title has named the device, which keeps the file within its size budget.
 * No verb, participle or adjective agrees with {device}: it is an object, a complement or a
 * word after a colon, and "ele"/"o"/"outro" refer to "o dispositivo". A sentence never starts
 * with {device} (it would need a capital). If an app passes the kit's plain `deviceNames`, every
 * form falls back to that word ("Problema com câmera"): still understandable; pass `devices`.
 *
 * ── Plurals ──────────────────────────────────────────────────────────────────────────────────
 * Intl.PluralRules('pt-BR'): one (0 and 1: "1 segundo"), many (exact millions: "1.000.000 de
 * segundos", with "de") and other. The kit formats `#`.
 *
 * ── Other placeholders ───────────────────────────────────────────────────────────────────────
 * Kept exactly as in English: {action}, {allowAudio}, {requestedBy}, {reason} (and their `select`
 * blocks), {code}, {count}, {seconds}, {title}, {hotkey}, {browser}, {system}. A named person
 * ({requestedBy}) is the subject of a past verb, which does not change with gender ("encerrou").
 */

import type { HMSLocale } from '../core/copy/locale';
import type { BrowserFamily, BrowserSteps, CatalogKey, DeviceKey, Entry, LabelKey, SystemFamily, SystemSteps, WordForms } from './shape';

const tag = 'pt-BR';
const dir = 'ltr' as const;

// ── Shared sentences (as in en.ts) ───────────────────────────────────────────────────────────

const NETWORK_HINT = 'Verifique o Wi-Fi ou sua conexão de rede.';
const LINK_HINT = 'Peça um novo link ao organizador.';
/** Credential errors the app made, not the person. */
const APP_SIDE = {
  title: 'Não foi possível verificar seu convite',
  message: 'Você não fez nada de errado. O app não conseguiu verificar seu convite.',
  hint: 'Fale com o suporte do app.',
};
const LEFT = { hint: 'Vá para o início e entre novamente daqui a pouco.' };
const LEFT_REJOIN = { hint: 'Selecione {action} ou vá para o início.' };
const SUPPORT_HINT = 'Se continuar acontecendo, fale com o suporte do app.';
const WAIT_HINT = 'Tente novamente daqui a pouco.';
const WAIT_ACTION = { hint: 'Selecione {action} daqui a pouco.' };
const QUIET = 'Você não precisa fazer nada.';
const OPEN_AGAIN_HINT = 'Abra o link de novo ou peça um novo ao organizador.';
const STILL_MISSING_HINT = 'Se alguém continuar faltando, entre novamente.';
const CHECK_NETWORK_REJOIN = 'Verifique sua rede e entre novamente.';
const RECONNECT_OR_CHOOSE = 'Reconecte o dispositivo ou escolha outro nas configurações.';
const LEFT_CALL = ', e você não está mais na chamada.';
const EFFECT_OFF_ON = 'Desative e ative o efeito de novo, ou continue sem ele.';
const CARRY_ON = 'Continue de onde parou.';
const TURN_ON = { hint: 'Ative o dispositivo quando quiser.', action: { hint: 'Selecione {action} para usar o dispositivo.' } };
const STEPS_ACTION = { hint: 'Selecione {action} para ver o passo a passo.' };
const UNEXPECTED = {
  title: 'Algo deu errado',
  message: 'Ocorreu um problema inesperado na chamada.',
  hint: SUPPORT_HINT,
  action: WAIT_ACTION,
  dialog: { message: 'Um problema inesperado encerrou a chamada para você.', ...LEFT },
  dialogAction: LEFT_REJOIN,
};
const SERVER_PROBLEM = {
  title: 'O serviço de chamadas teve um problema',
  message: 'Algo deu errado no servidor da chamada.',
  hint: WAIT_HINT,
  action: WAIT_ACTION,
};

const catalog: Record<CatalogKey, Entry> = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: 'Não foi possível conectar à chamada',
    message: 'Não conseguimos abrir uma conexão.',
    hint: NETWORK_HINT,
    dialog: { message: 'Não conseguimos abrir uma conexão, e você não chegou a entrar.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: 'Não conseguimos reconectar você',
    message: 'Sua conexão não voltou.',
    hint: NETWORK_HINT,
    dialog: { message: 'Sua conexão não voltou' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: 'Não foi possível entrar na chamada',
    message: 'A conexão foi encerrada enquanto você entrava.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'A conexão foi encerrada enquanto você entrava, e você não chegou a entrar.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: 'Não foi possível preparar a chamada',
    message: 'Não conseguimos deixar a chamada pronta.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: 'Não foi possível preparar a chamada',
    message: 'Um problema nas configurações do app impediu a chamada.',
    hint: APP_SIDE.hint,
  },
  '2003': {
    title: 'Não é possível acessar a chamada',
    message: 'Não conseguimos acessar o servidor da chamada.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: 'Este link não funciona',
    message: 'Não foi possível ler seu convite.',
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problema com {device}',
    message: 'Ocorreu um erro com {device}.',
    hint: 'Desative e ative {device} novamente.',
    action: { hint: 'Selecione {action}.' },
  },
  '3001': {
    title: 'Sem acesso a {device}',
    message: 'Este site não tem permissão para usar {device}.',
    hint: 'Permita o acesso nas configurações do site, no navegador.',
    action: STEPS_ACTION,
  },
  '3001.screen': {
    title: 'O compartilhamento de tela não começou',
    message: 'O compartilhamento foi cancelado ou bloqueado.',
    hint: 'Compartilhe de novo e escolha uma guia, janela ou tela.',
    action: { hint: 'Selecione {action} e escolha uma guia, janela ou tela.' },
  },
  '3002': {
    title: 'Não encontramos {device}',
    message: 'Não detectamos nenhum dispositivo desse tipo.',
    hint: 'Conecte um dispositivo ou escolha outro nas configurações.',
  },
  '3003': {
    title: 'Falha ao iniciar {device}',
    message: 'Outro app pode estar usando o dispositivo, ou ele não responde.',
    hint: 'Feche os outros apps que o usam e tente novamente.',
    action: { hint: 'Feche os outros apps e selecione {action}.' },
  },
  '3004': {
    title: 'Sem acesso a {device}',
    message: 'Perdemos o acesso a {device}.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3005': {
    title: 'Nada para ativar',
    message: 'Nenhuma câmera ou microfone foi selecionado.',
    hint: 'Ative sua câmera ou seu microfone.',
  },
  '3006': {
    title: 'Não foi possível iniciar seu vídeo',
    message: 'Um problema nas configurações de vídeo do app parou sua câmera.',
    hint: APP_SIDE.hint,
  },
  '3007': {
    title: 'Não é possível mudar isso na chamada',
    message: 'Esta configuração de vídeo não pode mudar durante uma chamada.',
    hint: 'Ela será aplicada na próxima vez que você entrar.',
  },
  '3008': {
    title: 'Você ainda não ouve os outros',
    message: 'Seu navegador pausou o som.',
    hint: 'Clique ou toque em qualquer parte da página para ouvi-los.',
    action: { hint: 'Selecione {allowAudio} para ouvi-los.' },
  },
  '3009': {
    title: 'Não compatível: {device}',
    message: 'O dispositivo não oferece a qualidade de que esta chamada precisa.',
    hint: 'Escolha outro nas configurações.',
  },
  '3010': {
    title: 'Seu microfone não capta som',
    message: 'Ele está ativado, mas não ouvimos nada.',
    hint: 'Verifique se está conectado e fora do mudo, ou escolha outro.',
  },
  '3011': {
    title: 'Sem acesso a {device}',
    message: 'Acesso bloqueado pelo sistema ou dispositivo desconectado.',
    hint: 'Permita o navegador nas opções de privacidade do sistema.',
    action: STEPS_ACTION,
  },
  '3011.screen': {
    title: 'Não é possível compartilhar sua tela',
    message: 'Seu sistema bloqueia a gravação de tela.',
    // macOS 15's pane in pt-BR, as Apple's pt-BR support pages name it (not checked on a Mac;
    // macOS 13–14 call it "Gravação de Tela").
    hint: 'Permita seu navegador em Gravação de Tela e Áudio do Sistema.',
  },
  '3xxx.screen': {
    title: 'O compartilhamento de tela parou',
    message: 'O compartilhamento de tela não começou ou foi interrompido.',
    hint: 'Compartilhe a tela de novo.',
    action: { hint: 'Selecione {action} para tentar outra vez.' },
  },
  '3012.web': {
    title: 'Compartilhe esta guia para continuar',
    message: 'Esta chamada precisa que você compartilhe esta guia.',
    hint: 'Compartilhe de novo e escolha esta guia.',
  },
  '3012.flutter': {
    title: 'Sem conexão com o áudio Bluetooth',
    message: 'Este app não pode usar dispositivos Bluetooth.',
    // Android's permission "Nearby devices" in pt-BR (not checked on a device).
    hint: 'Permita Dispositivos por perto para este app nas configurações do celular.',
  },
  '3013.web': {
    title: 'Não foi possível tocar o som da chamada',
    message: 'Seu navegador não conseguiu reproduzir o áudio da chamada.',
    hint: 'Verifique o alto-falante ou os fones, ou escolha outra saída.',
  },
  '3013.flutter': {
    title: 'Não é possível usar o áudio Bluetooth',
    message: 'Este app não consegue usar o áudio Bluetooth.',
    hint: 'Use o alto-falante do celular ou um fone com fio.',
  },
  '3014': {
    title: 'Sem conexão com {device}',
    message: 'Não detectamos o dispositivo que você escolheu.',
    hint: RECONNECT_OR_CHOOSE,
  },
  '3015': {
    title: 'Nenhum sinal de {device}',
    message: 'Pode estar em uso por outro app ou por uma chamada telefônica.',
    hint: 'Encerre a outra chamada e desative e ative o dispositivo.',
  },

  // ── Audio and video connection (WebRTC) ────────────────────────────────────────────────────
  '4001': {
    title: 'Seu áudio e vídeo não foram enviados',
    message: 'A conexão do seu áudio e vídeo falhou.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'A conexão do seu áudio e vídeo falhou' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: 'Não foi possível receber áudio e vídeo',
    message: 'A conexão com o áudio e o vídeo dos outros falhou.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'A conexão com o áudio e o vídeo dos outros falhou' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: 'Não foi possível preparar áudio e vídeo',
    message: 'A preparação do seu áudio e vídeo falhou.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'A preparação do seu áudio e vídeo falhou' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: 'Não foi possível conectar áudio e vídeo',
    message: 'Seu áudio e vídeo não terminaram de se conectar.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Seu áudio e vídeo não se conectaram' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Conexão perdida',
    message: 'Sua conexão de áudio e vídeo falhou.',
    hint: NETWORK_HINT,
    dialog: { message: 'Sua conexão falhou' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Conexão instável',
    message: 'Sua conexão caiu por um momento. Estamos reconectando.',
    hint: 'Se continuar acontecendo, mude de rede.',
    dialog: { message: 'Sua conexão caiu' + LEFT_CALL, hint: CHECK_NETWORK_REJOIN },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Qualidade da chamada: sem detalhes',
    message: 'Isso não afeta sua chamada.',
    hint: QUIET,
  },
  '4008': {
    title: 'Atualizando sua conexão',
    message: 'Ela deve se estabilizar em instantes.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: 'Você já está nesta chamada',
    message: 'Você já entrou por aqui.',
    hint: 'Continue na chamada.',
  },
  '5002': {
    title: 'Ainda estamos preparando tudo',
    message: 'A prévia da câmera e do microfone está começando.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: 'Sem conexão',
    message: 'Não é possível acessar a chamada agora.',
    hint: NETWORK_HINT,
    dialog: { message: 'Sua conexão com a chamada foi perdida.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: 'Não foi possível concluir a ação',
    message: 'A chamada não respondeu como esperado.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': UNEXPECTED,
  '6002.flutter': {
    title: 'Não foi possível atualizar a chamada',
    message: 'A atualização da sua conexão de áudio e vídeo falhou.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'A atualização da sua conexão falhou' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Ainda não está tudo pronto',
    message: 'A chamada ainda não está pronta para isso.',
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Resposta inesperada da chamada',
    message: 'Recebemos uma resposta que não conseguimos entender.',
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Pode estar faltando áudio ou vídeo',
    message: 'Parte do áudio ou vídeo não foi associada à pessoa certa.',
    hint: STILL_MISSING_HINT,
  },
  '6006': {
    title: 'Pode estar faltando áudio ou vídeo',
    message: 'Parte do áudio ou vídeo não chegou.',
    hint: STILL_MISSING_HINT,
  },
  '6007': {
    title: 'Alguém pode não aparecer corretamente',
    message: 'Faltam informações sobre alguém na chamada.',
    hint: 'Se um nome ou vídeo parecer errado, entre novamente.',
  },
  '6008': {
    title: 'Não é possível entrar com este link',
    message: 'Esta chamada não permite a entrada com seu convite.',
    hint: LINK_HINT,
  },
  '6009': {
    title: 'A prévia já está começando',
    message: 'A prévia da câmera e do microfone está começando.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: 'Chamadas indisponíveis nesta página',
    message: 'Esta página não foi aberta por uma conexão segura.',
    hint: 'Abra a chamada por um link que comece com https.',
  },
  '6011': {
    title: 'Chamadas não funcionam neste navegador',
    message: 'Ele pode estar desatualizado, ou uma extensão bloqueia as chamadas.',
    hint: 'Atualize-o ou experimente outro navegador.',
  },
  '6012': {
    title: 'Suas configurações não serão salvas',
    message: 'Seu navegador bloqueia o armazenamento do site. A chamada continua normal.',
    hint: 'Permita cookies deste site para mantê-las.',
  },
  '6013': {
    title: 'Não funcionou',
    message: 'A chamada não conseguiu aceitar uma solicitação do app.',
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Efeito não compatível aqui',
    message: 'Seu navegador ou dispositivo não consegue usar este efeito.',
    hint: 'Continue sem ele ou experimente outro navegador.',
  },
  '7002': {
    title: 'Não foi possível ativar o efeito',
    message: 'O efeito não conseguiu iniciar.',
    hint: 'Continue sem ele ou tente novamente.',
    action: { hint: 'Selecione {action} ou continue sem ele.' },
  },
  '7003': {
    title: 'O efeito parou de funcionar',
    message: 'Não foi possível aplicar o efeito.',
    hint: EFFECT_OFF_ON,
  },
  '7004': {
    title: 'O efeito ainda está sendo ativado',
    message: 'Já estamos aplicando este efeito.',
    hint: QUIET,
  },
  '7005': {
    title: 'Efeito incompatível com este dispositivo',
    message: 'Este dispositivo não consegue usar este efeito.',
    hint: 'Continue sem ele ou experimente outro dispositivo.',
  },
  '7006': {
    title: 'Efeito indisponível nesta chamada',
    message: 'Este efeito não está ativado nesta chamada.',
    hint: 'Continue sem ele.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'Fim da playlist',
    message: 'Não há mais nada para tocar.',
    hint: 'Escolha outra coisa ou comece de novo.',
  },
  '8002': {
    title: 'Nada está tocando',
    message: 'Não há nada tocando agora.',
    hint: 'Primeiro, reproduza algo da playlist.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: 'Não foi possível entrar na chamada',
    message: 'A chamada não aceitou o pedido para entrar.',
    hint: OPEN_AGAIN_HINT,
  },
  '401': {
    title: 'Este link expirou',
    message: 'Não conseguimos confirmar seu convite.',
    hint: LINK_HINT,
  },
  '403': {
    title: 'Você não tem acesso a esta chamada',
    message: 'Seu convite não permite que você entre.',
    hint: LINK_HINT,
  },
  '404': {
    title: 'Chamada não encontrada',
    message: 'Não conseguimos encontrar esta chamada.',
    hint: 'Verifique o link ou peça um novo ao organizador.',
  },
  '410': {
    title: 'Esta chamada não está mais disponível',
    message: 'A chamada terminou ou foi fechada.',
    hint: 'Peça um novo link ao organizador para entrar de novo.',
  },
  '429': {
    title: 'Muitas tentativas',
    message: 'O serviço de chamadas está sobrecarregado agora.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': SERVER_PROBLEM,
  '501': {
    title: 'O serviço de chamadas não aceita isso',
    message: 'O servidor da chamada não é compatível com esta solicitação.',
    hint: APP_SIDE.hint,
  },
  '502': {
    title: 'Serviço de chamadas inacessível',
    message: 'O servidor da chamada não respondeu corretamente.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Serviço de chamadas indisponível',
    message: 'O serviço de chamadas está indisponível no momento.',
    hint: 'Tente novamente em alguns minutos.',
    action: { hint: 'Selecione {action} em alguns minutos.' },
  },
  '504': {
    title: 'O serviço de chamadas demorou demais',
    message: 'O servidor da chamada demorou demais para responder.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: 'Este link não é válido',
    message: 'A chamada deste link não existe.',
    hint: LINK_HINT,
  },
  '40002': {
    title: 'Este link não é desta chamada',
    message: 'Seu convite é para outra chamada.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Você já entrou em outro lugar',
    message: 'Você está nesta chamada em outra guia ou dispositivo.',
    hint: 'Saia de lá e entre novamente aqui.',
  },
  '40100': APP_SIDE,
  '40101': APP_SIDE,
  '40102': {
    title: 'Este link não é válido',
    message: 'Seu convite é para uma chamada que não existe.',
    hint: LINK_HINT,
  },
  '40103': APP_SIDE,
  '40104': APP_SIDE,
  '40105': APP_SIDE,
  '40107': APP_SIDE,
  '40108': {
    title: 'Não é possível entrar com este link',
    message: 'Seu convite não corresponde às configurações desta chamada.',
    hint: LINK_HINT,
  },
  '40109': {
    title: 'Este link não funciona',
    message: 'Seu convite está danificado ou incompleto.',
    hint: LINK_HINT,
  },
  '41001': {
    title: 'Você não está mais na chamada',
    message: 'Após uma queda de conexão, a chamada perdeu o contato com você.',
    hint: 'Entre novamente para voltar.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'Esta chamada está lotada',
    message: 'No momento, mais ninguém pode entrar nesta chamada.',
    hint: 'Peça ao organizador para liberar uma vaga e entre novamente.',
  },
  ROOM_ENDED: {
    title: 'A chamada terminou',
    message:
      '{requestedBy, select, none {A chamada terminou para todos.} other {{requestedBy} encerrou a chamada para todos.}}' +
      '{reason, select, none {} other { Motivo: {reason}}}',
    hint: 'Você pode ir para o início ou fechar esta página.',
  },
  REMOVED_FROM_ROOM: {
    title: 'Removeram você da chamada',
    message:
      '{requestedBy, select, none {Removeram você da chamada.} other {{requestedBy} removeu você da chamada.}}' +
      '{reason, select, none {} other { Motivo: {reason}}}',
    hint: 'Se foi um engano, peça ao organizador para convidar você de novo.',
  },
  RECONNECTING: {
    title: 'Reconectando',
    message: 'Sua conexão caiu. Estamos trazendo você de volta.',
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Reconexão concluída',
    message: 'Sua conexão voltou.',
    hint: CARRY_ON,
  },
  TRACK_INTERRUPTED: {
    title: 'Em pausa: {device}',
    message: 'Outro app ou uma chamada telefônica está usando o dispositivo.',
    hint: 'Ele volta quando o outro app o liberar.',
  },
  TRACK_RESUMED: {
    title: 'De volta: {device}',
    message: 'Você já pode usar {device} novamente.',
    hint: CARRY_ON,
  },
  TIMEOUT: {
    title: 'A chamada não começou a tempo',
    message: 'A entrada está demorando muito mais do que deveria.',
    hint: 'Verifique sua conexão e vá para o início.',
    action: { hint: 'Verifique sua conexão e selecione {action}.' },
  },
  SLOW: {
    title: 'Ainda conectando…',
    message: 'A entrada está demorando mais que o normal.',
    hint: 'Você pode continuar esperando; avisaremos se falhar.',
  },
  NETWORK: {
    title: 'Problema de conexão',
    message: 'Não conseguimos acessar o serviço de chamadas.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: { ...UNEXPECTED, message: 'Ocorreu um problema inesperado.' },
  PERMISSION_GRANTED: {
    title: 'Acesso permitido',
    message: 'Este site já pode usar {device}.',
    ...TURN_ON,
  },
  DEVICE_FOUND: {
    title: 'Detectamos {device}',
    message: 'Você já pode usar {device} novamente.',
    ...TURN_ON,
  },
  OFFLINE: {
    title: 'Você está off-line',
    message: 'Seu dispositivo perdeu a conexão com a internet.',
    hint: 'Vamos reconectar você quando ela voltar.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Problema de conexão',
    message: 'Tivemos dificuldade para manter a conexão.',
    hint: NETWORK_HINT,
    dialog: { message: 'Sua conexão falhou' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: 'Não foi possível preparar a chamada',
    message: 'A preparação da chamada falhou.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Problema com {device}',
    message: 'Algo deu errado com {device}.',
    hint: 'Reconecte o dispositivo e feche os outros apps que o usam.',
  },
  'range.4xxx': {
    title: 'Problema de conexão',
    message: 'Algo deu errado com seu áudio e vídeo.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Sua conexão de áudio e vídeo falhou' + LEFT_CALL, ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: 'Não foi possível entrar na chamada',
    message: 'Algo deu errado durante a entrada.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'Algo deu errado, e você não chegou a entrar.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': UNEXPECTED,
  'range.7xxx': {
    title: 'Um efeito não está funcionando',
    message: 'Algo deu errado com um efeito.',
    hint: EFFECT_OFF_ON,
  },
  'range.8xxx': {
    title: 'Problema na playlist',
    message: 'Algo deu errado com a playlist.',
    hint: 'Tente reproduzi-la de novo.',
  },
  'range.http4xx': {
    title: 'Não foi possível entrar na chamada',
    message: 'A chamada não aceitou o pedido.',
    hint: OPEN_AGAIN_HINT,
  },
  'range.http5xx': SERVER_PROBLEM,
  'range.server4xxxx': {
    title: 'Este link não funciona',
    message: 'Não conseguimos deixar você entrar com este link.',
    hint: OPEN_AGAIN_HINT,
  },
};

// ── Labels (same keys as defaultLabels) ─────────────────────────────────────────────────────

const SECONDS = '{seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}';
const TIMES = '{count, plural, one {# vez} many {# de vezes} other {# vezes}}';

const labels: Record<LabelKey, string> = {
  goHome: 'Ir para o início',
  tryAgain: 'Tentar novamente',
  rejoin: 'Entrar novamente',
  turnCameraOn: 'Ativar câmera',
  turnMicrophoneOn: 'Ativar microfone',
  shareAgain: 'Compartilhar de novo',
  errorCode: 'Erro {code}',
  copyDetails: 'Copiar detalhes',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar automaticamente. Os detalhes estão abaixo.',
  details: 'Detalhes técnicos',
  countdown: 'Indo para o início em {seconds} s',
  countdownStarted: `Você vai para o início automaticamente em ${SECONDS}.`,
  countdownPaused: 'A volta automática para o início está pausada.',
  pause: 'Pausar',
  resume: 'Retomar',
  region: 'Notificações ({hotkey})',
  dismiss: 'Dispensar: {title}',
  repeatCount: '×{count}',
  repeatCountText: TIMES,
  more: '+{count} em espera',
  allowAudio: 'Permitir áudio',
  howToFix: 'Como resolver',
  stepsInBrowser: 'No {browser}',
  stepsOnSystem: 'No {system}',
  fallbackTitle: 'A chamada terminou',
  useAnotherCamera: 'Usar outra câmera',
  useAnotherMicrophone: 'Usar outro microfone',
  chooseCamera: 'Escolha uma câmera',
  chooseMicrophone: 'Escolha um microfone',
  unnamedCamera: 'Câmera {count}',
  unnamedMicrophone: 'Microfone {count}',
  switchDevice: 'Trocar',
  cancel: 'Cancelar',
  noOtherDevice: 'Nenhum outro dispositivo encontrado.',
  keepTrying: `Vamos continuar tentando por até ${SECONDS}.`,
  severityError: 'Erro:',
  severityWarning: 'Aviso:',
  severityInfo: 'Informação:',
  severitySuccess: 'Concluído:',
  recent: 'Notificações recentes',
  recentEmpty: 'Nenhuma notificação recente.',
  respond: 'Pressione {hotkey} para responder.',
  stillHappening: `Ainda acontecendo, ${TIMES}`,
  moreText: 'Mais {count, plural, one {# notificação} many {# de notificações} other {# notificações}} em espera',
};

// ── Device names ─────────────────────────────────────────────────────────────────────────────

/** Plain words, as `defaultDeviceNames` (the kit's `deviceNames` option). */
const deviceNames: Record<DeviceKey, string> = {
  audio: 'microfone',
  video: 'câmera',
  'audio, video': 'câmera e microfone',
  screen: 'compartilhamento de tela',
  unknown: 'câmera ou microfone',
};

/** The forms the sentences use (`HMSLocale.devices`): see the header for which string uses which. */
const deviceForms: Record<DeviceKey, WordForms> = {
  audio: {
    default: 'seu microfone',
  },
  video: {
    default: 'sua câmera',
  },
  'audio, video': {
    default: 'sua câmera e microfone',
  },
  screen: {
    default: 'seu compartilhamento de tela',
  },
  unknown: {
    default: 'sua câmera ou microfone',
  },
};

/** Fills `{requestedBy}` when nobody is named. */
const someone = 'Alguém';

// ── Permission steps ─────────────────────────────────────────────────────────────────────────
/*
 * Menu names as the browsers and systems show them in Brazilian Portuguese:
 * - Chrome: the icon's tooltip is "Ver informações do site"; its panel links to "Configurações do
 *   site", whose options are "Perguntar", "Permitir", "Bloquear"; the reload button "Recarregar".
 * - Edge: "Permissões para este site" (not checked in a pt-BR Edge).
 * - Firefox: the blocked entry reads "Bloqueado" (or "Bloqueado temporariamente").
 * - Safari on Mac: "Safari > Ajustes para Este Site…" — NOT verified against a pt-BR Safari.
 * - iPhone/iPad: the Settings app is "Ajustes"; the page menu's item "Ajustes do Site" — not
 *   verified on a device.
 * - macOS: "Ajustes do Sistema" > "Privacidade e Segurança" > "Câmera" / "Microfone" (Apple's
 *   pt-BR support pages).
 * - Windows 11: "Iniciar > Configurações > Privacidade e segurança", "Permissões do aplicativo",
 *   "Câmera" / "Microfone" (not checked on a pt-BR Windows).
 */
const permissionSteps: Record<BrowserFamily, BrowserSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Selecione o ícone à esquerda da barra de endereço.',
      'Ative o acesso a {device}.',
      'Se não aparecer, escolha Configurações do site e mude {device} para Permitir.',
      'Recarregue a página e tente novamente.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Selecione o ícone de cadeado à esquerda da barra de endereço.',
      'Escolha Permissões para este site.',
      'Mude {device} para Permitir.',
      'Recarregue a página e tente novamente.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Selecione o ícone de permissão riscado na barra de endereço.',
      'Ao lado de Bloqueado, selecione o X para remover o bloqueio.',
      'Recarregue a página e permita o acesso a {device} quando o Firefox pedir.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'No Mac, escolha Safari > Ajustes para Este Site na barra de menus.',
      'No iPhone ou iPad, toque no menu da página (aA), ao lado do endereço, e em Ajustes do Site.',
      'Mude {device} para Permitir e recarregue a página.',
      'Continua bloqueado no iPhone ou iPad? Abra o app Ajustes, encontre seu navegador e permita o acesso a {device}.',
    ],
  },
  other: {
    browser: 'seu navegador',
    steps: [
      'Abra as configurações do site no navegador, em geral pelo ícone ao lado do endereço.',
      'Permita o acesso a {device}.',
      'Recarregue a página e tente novamente.',
    ],
  },
};

const systemPermissionSteps: Record<SystemFamily, SystemSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Abra o menu Apple > Ajustes do Sistema > Privacidade e Segurança.',
      'Selecione Câmera ou Microfone, conforme o que você precisa.',
      'Ative a chave ao lado do seu navegador.',
      'Encerre e reabra o navegador, depois entre novamente.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Abra Iniciar > Configurações > Privacidade e segurança.',
      'Em Permissões do aplicativo, selecione Câmera ou Microfone.',
      'Ative o acesso dos aplicativos, inclusive os da área de trabalho, como o navegador.',
      'Recarregue a página e tente novamente.',
    ],
  },
  other: {
    system: 'seu dispositivo',
    steps: [
      'Abra as configurações do dispositivo.',
      'Vá para Privacidade ou Permissões de apps.',
      'Permita que seu navegador use {device}.',
      'Volte para a chamada e tente novamente.',
    ],
  },
};

// ── The rest of an HMSLocale (developer-facing) ──────────────────────────────────────────────

const diagnostics = {
  code: 'Código',
  name: 'Nome',
  action: 'Ação',
  message: 'Mensagem',
  description: 'Descrição',
  shownAs: 'Exibido como',
  catalogKey: 'Chave do catálogo',
  kind: 'Tipo',
  terminal: 'Encerra a chamada',
  platform: 'Plataforma',
  time: 'Hora',
  count: 'Ocorrências',
  sources: 'Origens',
  userAgent: 'Agente do usuário',
  developerNote: 'Nota para desenvolvedores',
  yes: 'sim',
  no: 'não',
  none: 'nenhum',
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
