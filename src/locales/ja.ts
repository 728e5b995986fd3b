/**
 * 日本語. The comment form follows the wording of WordPress's Japanese (ja) translation
 * (「コメントを残す」「* が付いている欄は必須項目です」「コメントを送信」).
 * Checked by: written for this project (a machine-assisted draft) against the ja comment-form
 * translation shipped with WordPress 6.1 (Debian's wordpress-l10n; that .mo dates from 2014 and has
 * no consent string, which is written here in the same style) and Intl.PluralRules('ja'); not yet
 * reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const ja: Locale<never> = {
  tag: 'ja',
  dir: 'ltr',
  article: {
    loading: '記事を読み込み中…',
    tags: 'タグ',
    loadFailed: '記事を表示できませんでした（{reason}）。',
  },
  byline: {
    by: '文',
    updated: '更新',
    minRead: { other: '{count}分で読めます' },
  },
  commentForm: {
    heading: 'コメントを残す',
    replyHeading: '{name} にコメントする',
    cancelReply: 'コメントをキャンセル',
    emailNote: 'メールアドレスが公開されることはありません。',
    requiredNote: '* が付いている欄は必須項目です',
    comment: 'コメント',
    name: '名前',
    email: 'メールアドレス',
    website: 'ウェブサイト',
    consent: '次回のコメントで使用するため、名前、メールアドレス、ウェブサイトをこのブラウザーに保存する。',
    submit: 'コメントを送信',
    sending: '送信中…',
    honeypot: '空欄にしてください',
    retry: '再試行',
    contentMissing: 'コメントを入力してください。',
    contentTooLong: 'コメントを{max}文字以内にしてください（現在{count}文字）。',
    nameMissing: '名前を入力してください。',
    emailMissing: 'メールアドレスを入力してください。',
    emailInvalid: '有効なメールアドレスを入力してください（例：name@example.com）。',
    urlInvalid: '有効なURLを入力してください（例：https://example.com）。',
    textMalformed: '壊れた文字が含まれています。おかしな部分を入力し直してください。',
    fields: { other: '{count}件の項目を確認してください。' },
    pending: 'あなたのコメントは承認待ちです。',
    approved: 'コメントが公開されました。',
    sent: 'コメントを送信しました。',
    noEndpoint: 'このフォームにはコメントの送信先がありません。',
    rejected: 'コメントを投稿できませんでした（エラー {status}）。',
    duplicate: '同じコメントをすでに投稿しています。',
    tooFast: '投稿の間隔が短すぎます。入力内容は保持されています。{time}、もう一度お試しください。',
    soon: 'しばらくして',
    login: 'コメントを投稿するにはログインしてください。',
    closed: 'コメントは停止中です。',
    server: 'サーバーで問題が発生し、コメントは保存されませんでした。入力内容は保持されています。{time}、もう一度お試しください。',
    badResponse: 'サーバーの応答を読み取れませんでした。入力内容は保持されています。もう一度お試しください。',
    redirected: 'コメントサーバーが別のアドレスへ送ろうとしたため、送信していません。入力内容は保持されています。',
    network: 'コメントを送信できませんでした。接続を確認してください。入力内容は保持されています。もう一度お試しください。',
    timeout: 'サーバーの応答がタイムアウトしました。入力内容は保持されています。もう一度お試しください。',
  },
  commentList: {
    heading: { other: '{count}件のコメント' },
    headingNone: 'コメントはまだありません',
    headingUnknown: 'コメント',
    empty: '最初のコメントをお寄せください。',
    loading: 'コメントを読み込み中…',
    loadFailed: 'コメントを読み込めませんでした。接続を確認して、もう一度お試しください。',
    loadFailedStatus: 'コメントを読み込めませんでした（エラー {status}）。',
    retry: '再試行',
    loadMore: 'コメントをさらに表示',
    loadingMore: '読み込み中…',
    reply: '返信',
    replyTo: '{name} に返信',
    awaitingModeration: 'あなたのコメントは承認待ちです。',
    inReplyTo: '{name} への返信',
    anonymous: '匿名',
    newComments: { other: '新しいコメント{count}件' },
  },
};
export default ja;
