/**
 * 繁體中文（臺灣）. The comment form follows the wording of WordPress's Traditional Chinese (zh_TW)
 * translation (「取消回覆」「必要欄位標記為 *」「你的電子郵件位址並不會被公開。」), writing 留言 — as
 * Taiwanese news sites do and as that translation's own moderation notice does — for its older 迴響.
 * Checked by: written for this project (a machine-assisted draft) against the zh_TW comment-form
 * translation shipped with WordPress 6.1 (Debian's wordpress-l10n; that .mo dates from WordPress 4.6
 * and has no consent string, which is written here in the same style) and
 * Intl.PluralRules('zh-Hant'); not yet reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const zhHant: Locale<never> = {
  tag: 'zh-Hant',
  dir: 'ltr',
  article: {
    loading: '正在載入文章…',
    tags: '標籤',
    loadFailed: '無法顯示文章：{reason}。',
  },
  byline: {
    by: '作者',
    updated: '更新於',
    minRead: { other: '閱讀時間約 {count} 分鐘' },
  },
  commentForm: {
    heading: '發表留言',
    replyHeading: '對 {name} 發表留言',
    cancelReply: '取消回覆',
    emailNote: '你的電子郵件位址並不會被公開。',
    requiredNote: '必要欄位標記為 *',
    comment: '留言',
    name: '名稱',
    email: '電子郵件',
    website: '個人網站',
    consent: '在瀏覽器中儲存我的名稱、電子郵件和個人網站，以便下次留言時使用。',
    submit: '張貼留言',
    sending: '張貼中…',
    honeypot: '請留空',
    retry: '再試一次',
    contentMissing: '請輸入留言內容。',
    contentTooLong: '請將留言縮短至 {max} 個字元以內（目前為 {count} 個）。',
    nameMissing: '請輸入你的名稱。',
    emailMissing: '請輸入你的電子郵件位址。',
    emailInvalid: '請輸入正確的電子郵件位址（例如 name@example.com）。',
    urlInvalid: '請輸入正確的網址（例如 https://example.com）。',
    textMalformed: '這段文字含有損壞的字元，請重新輸入看起來有誤的部分。',
    fields: { other: '有 {count} 個欄位需要檢查。' },
    pending: '你的留言正在審核中。',
    approved: '你的留言已發佈。',
    sent: '你的留言已送出。',
    noEndpoint: '此表單沒有設定留言的送出位址。',
    rejected: '你的留言無法張貼（錯誤 {status}）。',
    duplicate: '你已經發表過這則留言了。',
    tooFast: '你留言的速度太快了。你輸入的內容已保留，{time}請再試一次。',
    soon: '稍後',
    login: '請登入後再留言。',
    closed: '留言已關閉。',
    server: '伺服器發生問題，未能儲存你的留言。你輸入的內容已保留，{time}請再試一次。',
    badResponse: '無法讀取伺服器的回應。你輸入的內容已保留，請再試一次。',
    redirected: '留言伺服器試圖將你的留言送往其他位址，因此並未送出。你輸入的內容已保留。',
    network: '你的留言無法送出，請檢查網路連線。你輸入的內容已保留，請再試一次。',
    timeout: '伺服器回應時間過長。你輸入的內容已保留，請再試一次。',
  },
  commentList: {
    heading: { other: '{count} 則留言' },
    headingNone: '目前還沒有留言',
    headingUnknown: '留言',
    empty: '歡迎留下第一則留言，分享你的想法。',
    loading: '正在載入留言…',
    loadFailed: '無法載入留言。請檢查網路連線後再試一次。',
    loadFailedStatus: '無法載入留言（錯誤 {status}）。',
    retry: '再試一次',
    loadMore: '載入更多留言',
    loadingMore: '載入中…',
    reply: '回覆',
    replyTo: '回覆 {name}',
    awaitingModeration: '你的留言正在審核中。',
    inReplyTo: '回覆給 {name}',
    anonymous: '訪客',
    newComments: { other: '{count} 則新留言' },
  },
};
export default zhHant;
