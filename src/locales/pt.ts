/**
 * Português (Brasil). The comment form follows the wording of WordPress's pt_BR translation
 * («Deixe um comentário», «Campos obrigatórios são marcados *»), addressing the reader as «você».
 * Checked by: written for this project (a machine-assisted draft) against the pt_BR comment-form
 * translation shipped in Debian's WordPress 6.1 l10n package (its .mo dates from 2012 and lacks the
 * consent sentence, written here after it) and `Intl.PluralRules('pt')`; not yet reviewed by a
 * native speaker.
 */
import type { Locale } from '../internal/localize.js';

const pt: Locale<'one' | 'many'> = {
  tag: 'pt',
  dir: 'ltr',
  article: {
    loading: 'Carregando o artigo…',
    tags: 'Tags',
    loadFailed: 'Não foi possível exibir o artigo: {reason}.',
  },
  byline: {
    by: 'Por',
    updated: 'Atualizado',
    minRead: { one: '{count} min de leitura', many: '{count} min de leitura', other: '{count} min de leitura' },
  },
  commentForm: {
    heading: 'Deixe um comentário',
    replyHeading: 'Responder a {name}',
    cancelReply: 'Cancelar resposta',
    emailNote: 'O seu endereço de email não será publicado.',
    requiredNote: 'Campos obrigatórios são marcados *',
    comment: 'Comentário',
    name: 'Nome',
    email: 'Email',
    website: 'Site',
    consent: 'Salvar meu nome, email e site neste navegador para a próxima vez que eu comentar.',
    submit: 'Publicar comentário',
    sending: 'Publicando…',
    honeypot: 'Deixe em branco',
    retry: 'Tentar novamente',
    contentMissing: 'Digite seu comentário.',
    contentTooLong: 'Reduza seu comentário para {max} caracteres (ele tem {count}).',
    nameMissing: 'Informe seu nome.',
    emailMissing: 'Informe seu endereço de email.',
    emailInvalid: 'Informe um endereço de email válido, como nome@exemplo.com.br.',
    urlInvalid: 'Informe um endereço de site válido, como https://exemplo.com.br.',
    textMalformed: 'Este texto contém um caractere corrompido. Digite novamente a parte que parece errada.',
    fields: {
      one: '{count} campo precisa da sua atenção.',
      many: '{count} de campos precisam da sua atenção.',
      other: '{count} campos precisam da sua atenção.',
    },
    pending: 'O seu comentário está aguardando moderação.',
    approved: 'Seu comentário foi publicado.',
    sent: 'Seu comentário foi enviado.',
    noEndpoint: 'Este formulário não tem um endereço para onde enviar os comentários.',
    rejected: 'Não foi possível publicar seu comentário (erro {status}).',
    duplicate: 'Você já publicou este comentário.',
    tooFast: 'Você está comentando rápido demais. Seu texto foi mantido: tente novamente {time}.',
    soon: 'em instantes',
    login: 'Faça login para comentar.',
    closed: 'Os comentários estão fechados.',
    server: 'O servidor teve um problema e não salvou seu comentário. Seu texto foi mantido: tente novamente {time}.',
    badResponse: 'Não foi possível ler a resposta do servidor. Seu texto foi mantido: tente novamente.',
    redirected: 'O servidor de comentários tentou enviar seu comentário para outro endereço, por isso ele não foi enviado. Seu texto foi mantido.',
    network: 'Não foi possível enviar seu comentário: verifique sua conexão. Seu texto foi mantido: tente novamente.',
    timeout: 'O servidor demorou demais para responder. Seu texto foi mantido: tente novamente.',
  },
  commentList: {
    heading: { one: '{count} comentário', many: '{count} de comentários', other: '{count} comentários' },
    headingNone: 'Nenhum comentário ainda',
    headingUnknown: 'Comentários',
    empty: 'Seja o primeiro a dar sua opinião.',
    loading: 'Carregando comentários…',
    loadFailed: 'Não foi possível carregar os comentários. Verifique sua conexão e tente novamente.',
    loadFailedStatus: 'Não foi possível carregar os comentários (erro {status}).',
    retry: 'Tentar novamente',
    loadMore: 'Carregar mais comentários',
    loadingMore: 'Carregando…',
    reply: 'Responder',
    replyTo: 'Responder a {name}',
    awaitingModeration: 'O seu comentário está aguardando moderação.',
    inReplyTo: 'Em resposta a {name}',
    anonymous: 'Anônimo',
    newComments: { one: '{count} comentário novo', many: '{count} de comentários novos', other: '{count} comentários novos' },
  },
};
export default pt;
