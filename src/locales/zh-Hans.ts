/**
 * 简体中文. The comment form follows the wording of WordPress's Simplified Chinese (zh_CN)
 * translation (“发表评论”“必填项已用*标注”“电子邮件地址不会被公开。”).
 * Checked by: written for this project (a machine-assisted draft) against the zh_CN comment-form
 * translation shipped with WordPress 6.1 (Debian's wordpress-l10n; that .mo dates from WordPress 4.5
 * and has no consent string, which is written here in the same style) and
 * Intl.PluralRules('zh-Hans'); not yet reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const zhHans: Locale<never> = {
  tag: 'zh-Hans',
  dir: 'ltr',
  article: {
    loading: '正在加载文章…',
    tags: '标签',
    loadFailed: '无法显示文章：{reason}。',
  },
  byline: {
    by: '作者',
    updated: '更新于',
    minRead: { other: '阅读约需{count}分钟' },
  },
  commentForm: {
    heading: '发表评论',
    replyHeading: '向{name}进行回复',
    cancelReply: '取消回复',
    emailNote: '电子邮件地址不会被公开。',
    requiredNote: '必填项已用*标注',
    comment: '评论',
    name: '姓名',
    email: '电子邮件',
    website: '站点',
    consent: '在此浏览器中保存我的姓名、电子邮件和站点地址，以便下次评论时使用。',
    submit: '发表评论',
    sending: '正在发表…',
    honeypot: '请留空',
    retry: '重试',
    contentMissing: '请输入评论内容。',
    contentTooLong: '请将评论缩减到{max}个字符以内（当前为{count}个）。',
    nameMissing: '请输入您的姓名。',
    emailMissing: '请输入您的电子邮件地址。',
    emailInvalid: '请输入有效的电子邮件地址（如name@example.com）。',
    urlInvalid: '请输入有效的网址（如https://example.com）。',
    textMalformed: '此文本包含损坏的字符，请重新输入看起来有误的部分。',
    fields: { other: '有{count}个字段需要检查。' },
    pending: '您的评论正在等待审核。',
    approved: '您的评论已发表。',
    sent: '您的评论已发送。',
    noEndpoint: '此表单没有设置评论的提交地址。',
    rejected: '您的评论未能发表（错误{status}）。',
    duplicate: '您已经发表过这条评论了。',
    tooFast: '您提交评论的速度太快了。您输入的内容已保留，请{time}再试。',
    soon: '稍后',
    login: '请登录后发表评论。',
    closed: '评论已关闭。',
    server: '服务器出现问题，未能保存您的评论。您输入的内容已保留，请{time}再试。',
    badResponse: '无法读取服务器的响应。您输入的内容已保留，请重试。',
    redirected: '评论服务器试图将您的评论发送到其他地址，因此评论未发送。您输入的内容已保留。',
    network: '您的评论未能发送，请检查网络连接。您输入的内容已保留，请重试。',
    timeout: '服务器响应超时。您输入的内容已保留，请重试。',
  },
  commentList: {
    heading: { other: '{count}条评论' },
    headingNone: '暂无评论',
    headingUnknown: '评论',
    empty: '快来发表第一条评论，分享您的看法吧。',
    loading: '正在加载评论…',
    loadFailed: '评论加载失败。请检查网络连接后重试。',
    loadFailedStatus: '评论加载失败（错误{status}）。',
    retry: '重试',
    loadMore: '加载更多评论',
    loadingMore: '正在加载…',
    reply: '回复',
    replyTo: '回复给{name}',
    awaitingModeration: '您的评论正在等待审核。',
    inReplyTo: '回复给{name}',
    anonymous: '匿名',
    newComments: { other: '{count}条新评论' },
  },
};
export default zhHans;
