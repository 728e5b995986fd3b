/**
 * עברית. The comment form follows the wording of WordPress's Hebrew translation, he_IL
 * („כתיבת תגובה", „האימייל לא יוצג באתר.", „להגיב"), in its impersonal style (infinitives,
 * „נא ל…"), which addresses no reader as man or woman.
 * Checked by: written for this project (a machine-assisted draft) against WordPress's he_IL
 * comment-form translation (the 3.6 he_IL.mo of Debian's wordpress-l10n, which predates the consent
 * checkbox: that text is ours) and Intl.PluralRules('he'); not yet reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const he: Locale<'one' | 'two'> = {
  tag: 'he',
  dir: 'rtl',
  article: {
    loading: 'הכתבה נטענת…',
    tags: 'תגיות',
    loadFailed: 'לא ניתן להציג את הכתבה: {reason}.',
  },
  byline: {
    by: 'מאת',
    updated: 'עודכן',
    minRead: { one: 'דקת קריאה', two: 'שתי דקות קריאה', other: '{count} דקות קריאה' },
  },
  commentForm: {
    heading: 'כתיבת תגובה',
    replyHeading: 'כתיבת תגובה ל־{name}',
    cancelReply: 'ביטול תגובה',
    emailNote: 'האימייל לא יוצג באתר.',
    requiredNote: 'שדות חובה מסומנים *',
    comment: 'התגובה שלך',
    name: 'שם',
    email: 'אימייל',
    website: 'אתר',
    consent: 'לשמור את השם, האימייל והאתר שלי בדפדפן זה לתגובה הבאה.',
    submit: 'להגיב',
    sending: 'התגובה נשלחת…',
    honeypot: 'להשאיר ריק',
    retry: 'לנסות שוב',
    contentMissing: 'נא להקליד תגובה.',
    contentTooLong: 'נא לקצר את התגובה ל־{max} תווים (כרגע {count}).',
    nameMissing: 'נא להזין שם.',
    emailMissing: 'נא להזין כתובת אימייל.',
    emailInvalid: 'נא להזין כתובת אימייל תקינה, כמו name@example.com.',
    urlInvalid: 'נא להזין כתובת אתר תקינה, כמו https://example.com.',
    textMalformed: 'הטקסט מכיל תו פגום. נא להקליד מחדש את החלק שנראה שגוי.',
    fields: {
      one: 'שדה אחד דורש תשומת לב.',
      two: 'שני שדות דורשים תשומת לב.',
      other: '{count} שדות דורשים תשומת לב.',
    },
    pending: 'התגובה ממתינה לאישור.',
    approved: 'התגובה פורסמה.',
    sent: 'התגובה נשלחה.',
    noEndpoint: 'לטופס זה אין כתובת לשליחת תגובות.',
    rejected: 'לא ניתן לפרסם את התגובה (שגיאה {status}).',
    duplicate: 'כבר פרסמת את התגובה הזאת.',
    tooFast: 'שלחת תגובות מהר מדי. הטקסט שלך שמור: אפשר לנסות שוב {time}.',
    soon: 'בעוד רגע',
    login: 'צריך להתחבר כדי להגיב.',
    closed: 'סגור לתגובות.',
    server: 'אירעה תקלה בשרת והתגובה לא נשמרה. הטקסט שלך שמור: אפשר לנסות שוב {time}.',
    badResponse: 'לא ניתן לקרוא את תשובת השרת. הטקסט שלך שמור: אפשר לנסות שוב.',
    redirected: 'שרת התגובות ניסה להעביר את התגובה לכתובת אחרת, ולכן היא לא נשלחה. הטקסט שלך שמור.',
    network: 'לא ניתן לשלוח את התגובה: נא לבדוק את החיבור. הטקסט שלך שמור: אפשר לנסות שוב.',
    timeout: 'השרת לא ענה בזמן. הטקסט שלך שמור: אפשר לנסות שוב.',
  },
  commentList: {
    heading: { one: 'תגובה אחת', two: 'שתי תגובות', other: '{count} תגובות' },
    headingNone: 'אין עדיין תגובות',
    headingUnknown: 'תגובות',
    empty: 'היו הראשונים להגיב.',
    loading: 'התגובות נטענות…',
    loadFailed: 'לא ניתן לטעון את התגובות. נא לבדוק את החיבור ולנסות שוב.',
    loadFailedStatus: 'לא ניתן לטעון את התגובות (שגיאה {status}).',
    retry: 'לנסות שוב',
    loadMore: 'הצגת תגובות נוספות',
    loadingMore: 'בטעינה…',
    reply: 'להגיב',
    replyTo: 'להגיב ל־{name}',
    awaitingModeration: 'התגובה ממתינה לאישור.',
    inReplyTo: 'בתגובה ל־{name}',
    anonymous: 'אנונימי',
    newComments: { one: 'תגובה חדשה אחת', two: 'שתי תגובות חדשות', other: '{count} תגובות חדשות' },
  },
};
export default he;
