/**
 * हिन्दी. There is no WordPress hi_IN translation on this machine: the comment form keeps
 * WordPress's structure in the wording of Indian Hindi news sites («टिप्पणी करें», «आपका ईमेल पता
 * प्रकाशित नहीं होगा।»), with the danda (।), their anusvara spellings (टिप्पणियां)
 * and loanwords without nukta (फील्ड, फॉर्म).
 * Checked by: written for this project (a machine-assisted draft) after the usage of Indian Hindi
 * news sites, without a WordPress .mo to check against, and Intl.PluralRules('hi'); not yet
 * reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const hi: Locale<'one'> = {
  tag: 'hi',
  dir: 'ltr',
  article: {
    loading: 'लेख लोड हो रहा है…',
    tags: 'टैग',
    loadFailed: 'लेख नहीं दिख सका: {reason}।',
  },
  byline: {
    by: 'लेखक:',
    updated: 'अपडेटेड',
    minRead: { one: '{count} मिनट में पढ़ें', other: '{count} मिनट में पढ़ें' },
  },
  commentForm: {
    heading: 'टिप्पणी करें',
    replyHeading: '{name} को जवाब दें',
    cancelReply: 'जवाब रद्द करें',
    emailNote: 'आपका ईमेल पता प्रकाशित नहीं होगा।',
    requiredNote: 'जरूरी फील्ड पर * लगा है',
    comment: 'टिप्पणी',
    name: 'नाम',
    email: 'ईमेल',
    website: 'वेबसाइट',
    consent: 'अगली बार के लिए मेरा नाम, ईमेल और वेबसाइट इस ब्राउजर में सहेजें।',
    submit: 'टिप्पणी पोस्ट करें',
    sending: 'पोस्ट हो रही है…',
    honeypot: 'खाली छोड़ें',
    retry: 'फिर कोशिश करें',
    contentMissing: 'अपनी टिप्पणी लिखें।',
    contentTooLong: 'टिप्पणी {max} अक्षरों तक छोटी करें (अभी {count})।',
    nameMissing: 'अपना नाम लिखें।',
    emailMissing: 'अपना ईमेल पता लिखें।',
    emailInvalid: 'सही ईमेल पता लिखें, जैसे name@example.com',
    urlInvalid: 'सही वेबसाइट पता लिखें, जैसे https://example.com',
    textMalformed: 'टेक्स्ट में एक अक्षर खराब है। वह हिस्सा फिर टाइप करें।',
    fields: { one: '{count} फील्ड पर ध्यान दें।', other: '{count} फील्ड पर ध्यान दें।' },
    pending: 'आपकी टिप्पणी समीक्षा में है।',
    approved: 'आपकी टिप्पणी प्रकाशित हो गई।',
    sent: 'आपकी टिप्पणी भेज दी गई।',
    noEndpoint: 'इस फॉर्म में टिप्पणी भेजने का पता नहीं है।',
    rejected: 'आपकी टिप्पणी पोस्ट नहीं हो सकी (त्रुटि {status})।',
    duplicate: 'आप यह टिप्पणी पहले ही कर चुके हैं।',
    tooFast: 'आप बहुत जल्दी टिप्पणी कर रहे हैं। आपका टेक्स्ट सुरक्षित है। {time} फिर कोशिश करें।',
    soon: 'थोड़ी देर में',
    login: 'टिप्पणी के लिए लॉग इन करें।',
    closed: 'टिप्पणियां बंद हैं।',
    server: 'सर्वर की गड़बड़ी से टिप्पणी सहेजी नहीं गई। आपका टेक्स्ट सुरक्षित है। {time} फिर कोशिश करें।',
    badResponse: 'सर्वर का जवाब पढ़ा नहीं जा सका। आपका टेक्स्ट सुरक्षित है। फिर कोशिश करें।',
    redirected: 'सर्वर ने टिप्पणी दूसरे पते पर भेजनी चाही, इसलिए नहीं भेजी गई। आपका टेक्स्ट सुरक्षित है।',
    network: 'टिप्पणी नहीं भेजी जा सकी: कनेक्शन जांचें। आपका टेक्स्ट सुरक्षित है। फिर कोशिश करें।',
    timeout: 'सर्वर ने जवाब में बहुत देर की। आपका टेक्स्ट सुरक्षित है। फिर कोशिश करें।',
  },
  commentList: {
    heading: { one: '{count} टिप्पणी', other: '{count} टिप्पणियां' },
    headingNone: 'अभी कोई टिप्पणी नहीं',
    headingUnknown: 'टिप्पणियां',
    empty: 'सबसे पहले अपनी राय दें।',
    loading: 'टिप्पणियां लोड हो रही हैं…',
    loadFailed: 'टिप्पणियां लोड नहीं हो सकीं। कनेक्शन जांचें और फिर कोशिश करें।',
    loadFailedStatus: 'टिप्पणियां लोड नहीं हो सकीं (त्रुटि {status})।',
    retry: 'फिर कोशिश करें',
    loadMore: 'और टिप्पणियां देखें',
    loadingMore: 'लोड हो रहा है…',
    reply: 'जवाब दें',
    replyTo: '{name} को जवाब दें',
    awaitingModeration: 'आपकी टिप्पणी समीक्षा में है।',
    inReplyTo: '{name} के जवाब में',
    anonymous: 'अज्ञात',
    newComments: { one: '{count} नई टिप्पणी', other: '{count} नई टिप्पणियां' },
  },
};
export default hi;
