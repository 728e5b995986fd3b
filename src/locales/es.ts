/**
 * Español (España). The comment form follows the wording of WordPress's es_ES translation
 * («Deja un comentario», «Los campos necesarios están marcados *»), addressing the reader as «tú».
 * Checked by: written for this project (a machine-assisted draft) against the es_ES comment-form
 * translation shipped in Debian's WordPress 6.1 l10n package (its .mo dates from 2014 and lacks the
 * consent sentence, written here after it) and `Intl.PluralRules('es')`; not yet reviewed by a
 * native speaker.
 */
import type { Locale } from '../internal/localize.js';

const es: Locale<'one' | 'many'> = {
  tag: 'es',
  dir: 'ltr',
  article: {
    loading: 'Cargando el artículo…',
    tags: 'Etiquetas',
    loadFailed: 'No se ha podido mostrar el artículo: {reason}.',
  },
  byline: {
    by: 'Por',
    updated: 'Actualizado',
    minRead: { one: '{count} min de lectura', many: '{count} min de lectura', other: '{count} min de lectura' },
  },
  commentForm: {
    heading: 'Deja un comentario',
    replyHeading: 'Responder a {name}',
    cancelReply: 'Cancelar respuesta',
    emailNote: 'Tu dirección de correo electrónico no será publicada.',
    requiredNote: 'Los campos necesarios están marcados *',
    comment: 'Comentario',
    name: 'Nombre',
    email: 'Correo electrónico',
    website: 'Web',
    consent: 'Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.',
    submit: 'Publicar comentario',
    sending: 'Publicando…',
    honeypot: 'Dejar vacío',
    retry: 'Reintentar',
    contentMissing: 'Escribe tu comentario.',
    contentTooLong: 'Acorta tu comentario a {max} caracteres (tiene {count}).',
    nameMissing: 'Escribe tu nombre.',
    emailMissing: 'Escribe tu dirección de correo electrónico.',
    emailInvalid: 'Escribe una dirección de correo electrónico válida, como nombre@ejemplo.es.',
    urlInvalid: 'Escribe una dirección web válida, como https://ejemplo.es.',
    textMalformed: 'Este texto contiene un carácter dañado. Vuelve a escribir la parte que parezca incorrecta.',
    fields: {
      one: '{count} campo necesita tu atención.',
      many: '{count} de campos necesitan tu atención.',
      other: '{count} campos necesitan tu atención.',
    },
    pending: 'Tu comentario está pendiente de moderación.',
    approved: 'Tu comentario se ha publicado.',
    sent: 'Tu comentario se ha enviado.',
    noEndpoint: 'Este formulario no tiene una dirección a la que enviar los comentarios.',
    rejected: 'No se ha podido publicar tu comentario (error {status}).',
    duplicate: 'Ya has publicado este comentario.',
    tooFast: 'Estás publicando demasiado rápido. Tu texto se conserva: inténtalo de nuevo {time}.',
    soon: 'en un momento',
    login: 'Inicia sesión para comentar.',
    closed: 'Los comentarios están cerrados.',
    server: 'El servidor ha tenido un problema y no ha guardado tu comentario. Tu texto se conserva: inténtalo de nuevo {time}.',
    badResponse: 'No se ha podido leer la respuesta del servidor. Tu texto se conserva: inténtalo de nuevo.',
    redirected: 'El servidor de comentarios ha intentado enviar tu comentario a otra dirección, así que no se ha enviado. Tu texto se conserva.',
    network: 'No se ha podido enviar tu comentario: comprueba tu conexión. Tu texto se conserva: inténtalo de nuevo.',
    timeout: 'El servidor ha tardado demasiado en responder. Tu texto se conserva: inténtalo de nuevo.',
  },
  commentList: {
    heading: { one: '{count} comentario', many: '{count} de comentarios', other: '{count} comentarios' },
    headingNone: 'Aún no hay comentarios',
    headingUnknown: 'Comentarios',
    empty: 'Sé el primero en dar tu opinión.',
    loading: 'Cargando comentarios…',
    loadFailed: 'No se han podido cargar los comentarios. Comprueba tu conexión e inténtalo de nuevo.',
    loadFailedStatus: 'No se han podido cargar los comentarios (error {status}).',
    retry: 'Reintentar',
    loadMore: 'Cargar más comentarios',
    loadingMore: 'Cargando…',
    reply: 'Responder',
    replyTo: 'Responder a {name}',
    awaitingModeration: 'Tu comentario está pendiente de moderación.',
    inReplyTo: 'En respuesta a {name}',
    anonymous: 'Anónimo',
    newComments: { one: '{count} comentario nuevo', many: '{count} de comentarios nuevos', other: '{count} comentarios nuevos' },
  },
};
export default es;
