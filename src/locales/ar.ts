/**
 * العربية (Modern Standard Arabic). The comment form follows the wording of WordPress's Arabic
 * translation, ar («أضف تعليق»، «اترك رداً على %s»، «الحقول الإلزامية مشار إليها بـ *»), with
 * the case endings of standard Arabic («أضف تعليقاً»).
 * Checked by: written for this project (a machine-assisted draft) against WordPress's ar
 * comment-form translation (the 2012 ar.mo of Debian's wordpress-l10n, which predates the consent
 * checkbox: that text is ours) and Intl.PluralRules('ar'); not yet reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const ar: Locale<'zero' | 'one' | 'two' | 'few' | 'many'> = {
  tag: 'ar',
  dir: 'rtl',
  article: {
    loading: 'جارٍ تحميل المقال…',
    tags: 'وسوم',
    loadFailed: 'تعذّر عرض المقال: {reason}.',
  },
  byline: {
    by: 'بقلم',
    updated: 'آخر تحديث',
    minRead: {
      zero: 'قراءة في {count} دقيقة',
      one: 'قراءة في دقيقة',
      two: 'قراءة في دقيقتين',
      few: 'قراءة في {count} دقائق',
      many: 'قراءة في {count} دقيقة',
      other: 'قراءة في {count} دقيقة',
    },
  },
  commentForm: {
    heading: 'أضف تعليقاً',
    replyHeading: 'اترك رداً على {name}',
    cancelReply: 'إلغاء الرد',
    emailNote: 'لن يتم نشر عنوان بريدك الإلكتروني.',
    requiredNote: 'الحقول الإلزامية مشار إليها بـ *',
    comment: 'التعليق',
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    website: 'الموقع',
    consent: 'احفظ اسمي وبريدي وموقعي في هذا المتصفح لتعليقي القادم.',
    submit: 'إضافة تعليق',
    sending: 'جارٍ النشر…',
    honeypot: 'اتركه فارغاً',
    retry: 'أعد المحاولة',
    contentMissing: 'الرجاء كتابة تعليقك.',
    contentTooLong: 'الرجاء اختصار تعليقك: عدد أحرفه {count} والحد الأقصى {max}.',
    nameMissing: 'الرجاء إدخال اسمك.',
    emailMissing: 'الرجاء إدخال بريدك الإلكتروني.',
    emailInvalid: 'الرجاء إدخال بريد إلكتروني صحيح، مثل name@example.com.',
    urlInvalid: 'الرجاء إدخال عنوان موقع صحيح، مثل https://example.com.',
    textMalformed: 'في النص حرف تالف، أعد كتابة الجزء الخاطئ.',
    fields: {
      zero: 'راجع {count} حقل.',
      one: 'راجع حقلاً واحداً.',
      two: 'راجع حقلين.',
      few: 'راجع {count} حقول.',
      many: 'راجع {count} حقلاً.',
      other: 'راجع {count} حقل.',
    },
    pending: 'تعليقك بانتظار المراجعة.',
    approved: 'تم نشر تعليقك.',
    sent: 'تم إرسال تعليقك.',
    noEndpoint: 'لا عنوان لهذا النموذج لإرسال التعليقات.',
    rejected: 'تعذّر نشر تعليقك (خطأ {status}).',
    duplicate: 'أرسلت هذا التعليق من قبل.',
    tooFast: 'أنت تنشر التعليقات بسرعة كبيرة. نصّك محفوظ، أعد المحاولة {time}.',
    soon: 'بعد قليل',
    login: 'الرجاء تسجيل الدخول للتعليق.',
    closed: 'التعليقات مغلقة.',
    server: 'واجه الخادم مشكلة ولم يحفظ تعليقك. نصّك محفوظ، أعد المحاولة {time}.',
    badResponse: 'تعذّرت قراءة رد الخادم. نصّك محفوظ، أعد المحاولة.',
    redirected: 'حاول الخادم إرسال تعليقك إلى عنوان آخر، فلم يُرسَل. نصّك محفوظ.',
    network: 'تعذّر إرسال تعليقك: تحقّق من اتصالك. نصّك محفوظ، أعد المحاولة.',
    timeout: 'تأخّر رد الخادم كثيراً. نصّك محفوظ، أعد المحاولة.',
  },
  commentList: {
    heading: {
      zero: 'لا توجد تعليقات',
      one: 'تعليق واحد',
      two: 'تعليقان',
      few: '{count} تعليقات',
      many: '{count} تعليقاً',
      other: '{count} تعليق',
    },
    headingNone: 'لا توجد تعليقات بعد',
    headingUnknown: 'التعليقات',
    empty: 'كن أول من يعلّق.',
    loading: 'جارٍ تحميل التعليقات…',
    loadFailed: 'تعذّر تحميل التعليقات. تحقّق من اتصالك وأعد المحاولة.',
    loadFailedStatus: 'تعذّر تحميل التعليقات (خطأ {status}).',
    retry: 'أعد المحاولة',
    loadMore: 'عرض المزيد من التعليقات',
    loadingMore: 'جارٍ التحميل…',
    reply: 'رد',
    replyTo: 'رد على {name}',
    awaitingModeration: 'تعليقك بانتظار المراجعة.',
    inReplyTo: 'رداً على {name}',
    anonymous: 'غير معروف',
  },
};
export default ar;
