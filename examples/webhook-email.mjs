// A webhook receiver that emails each new comment to the publisher, through the system's sendmail
// (`sendmail -t -i`, which Postfix, Exim, OpenSMTPD and msmtp all provide). The comments server
// posts every event here (WEBHOOK_URL); this checks the signature, mails `comment.created` and
// answers 204 once sendmail has taken the message. When sendmail fails it answers 500, and the
// server tries again later; a retry of a delivery already mailed is not mailed twice.
//
//   WEBHOOK_SECRET=s3cret MAIL_TO=editor@news.example MAIL_FROM=comments@news.example node examples/webhook-email.mjs
//   WEBHOOK_URL=http://127.0.0.1:8790/ WEBHOOK_SECRET=s3cret npx news-elements serve
//
// Environment: WEBHOOK_SECRET and MAIL_TO (required); MAIL_FROM (default: sendmail's own user);
// COMMENTS_URL (the comments server's address, for the approve command in the email); HOST
// (default 127.0.0.1), PORT (default 8790; 0 = any free port); SENDMAIL (default /usr/sbin/sendmail).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { verifyWebhookSignature } from 'news-elements/server';

const env = process.env;
const secret = env.WEBHOOK_SECRET;
const to = env.MAIL_TO;
const from = env.MAIL_FROM;
const sendmail = env.SENDMAIL || '/usr/sbin/sendmail';
if (!secret || !to || [to, from ?? ''].some((address) => /[\r\n]/.test(address))) {
  console.error('webhook-email: set WEBHOOK_SECRET and MAIL_TO (one line each; MAIL_FROM optional).');
  process.exit(2);
}

/** The largest request read: an event is a few KB (a comment is at most 64 KB). */
const MAX_BODY_BYTES = 1024 * 1024;
/** Delivery ids already mailed, the last few hundred: a retry whose answer got lost sends no second email. */
const mailed = new Set();
const REMEMBERED = 500;

/**
 * A header's text: as it is when it is printable ASCII, else RFC 2047 encoded words (UTF-8,
 * base64), each short enough for a 76-character line, a character never split between two.
 */
function headerText(text) {
  const line = text.replace(/[\x00-\x1f\x7f]+/g, ' '); // no line breaks: nothing can add a header
  if (/^[\x20-\x7e]*$/.test(line)) return line;
  const words = [];
  let word = '';
  for (const char of line) {
    if (Buffer.byteLength(word + char) > 39) {
      words.push(word);
      word = '';
    }
    word += char;
  }
  words.push(word);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\n ');
}

/** An address usable as is in a header (the server validated it; this only keeps a header a header). */
const plainAddress = (email) => /^[^\s<>()[\]\\,;:@"]+@[^\s<>()[\]\\,;:@"]+$/.test(email);

/** The email for a new comment: plain text, UTF-8, base64 so no line is ever too long. */
function commentEmail({ comment }) {
  const { author } = comment;
  const lines = [
    `${author.name} <${author.email}> wrote on ${comment.articleId}${comment.parentId === null ? '' : `, in reply to comment ${comment.parentId}`}:`,
    '',
    comment.content,
    '',
    ...(author.url ? [`Website: ${author.url}`] : []),
    `Comment ${comment.id}, ${comment.status}, ${comment.date}.`,
  ];
  if (comment.status === 'pending' && env.COMMENTS_URL) {
    const approve = new URL(`api/comments/${comment.id}/approve`, env.COMMENTS_URL.replace(/\/?$/, '/'));
    lines.push('', 'To approve it:', `  curl -X POST -H "Authorization: Bearer $MODERATION_TOKEN" ${approve}`);
  }
  const headers = [
    ...(from ? [`From: ${from}`] : []),
    `To: ${to}`,
    ...(plainAddress(author.email) ? [`Reply-To: <${author.email}>`] : []),
    `Subject: ${headerText(`New comment by ${author.name} on ${comment.articleId}`)}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'Auto-Submitted: auto-generated',
  ];
  const body = Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('base64').replace(/.{76}/g, '$&\n');
  return `${headers.join('\n')}\n\n${body}\n`;
}

/** Hands the message to sendmail; resolves once it exited with 0. `-i`: a line of one dot is text, not the end. */
function sendMail(message) {
  return new Promise((resolve, reject) => {
    const child = spawn(sendmail, ['-t', '-i'], { stdio: ['pipe', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${sendmail} exited with ${code}`))));
    child.stdin.on('error', () => {}); // EPIPE when sendmail quits early: its exit status tells
    child.stdin.end(message);
  });
}

/** The answer's status for one request. */
async function receive(headers, raw) {
  // The bytes as received, before parsing: the signature covers them and the timestamp (5 minutes' tolerance).
  if (!verifyWebhookSignature(secret, headers['x-news-elements-timestamp'], raw, headers['x-news-elements-signature'])) return 401;
  const event = JSON.parse(raw.toString('utf8'));
  if (event.type !== 'comment.created' || mailed.has(event.id)) return 204;
  await sendMail(commentEmail(event));
  mailed.add(event.id);
  if (mailed.size > REMEMBERED) mailed.delete(mailed.values().next().value);
  return 204;
}

const server = createServer((req, res) => {
  if (req.method !== 'POST') {
    req.resume();
    res.writeHead(405, { Allow: 'POST' }).end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413).end();
      return;
    }
    receive(req.headers, Buffer.concat(chunks)).then(
      (status) => res.writeHead(status).end(),
      (error) => {
        console.error(`webhook-email: ${error.message}`);
        res.writeHead(500).end(); // the server retries with backoff
      },
    );
  });
});

server.listen(Number(env.PORT || 8790), env.HOST || '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`Webhook receiver: http://${address}:${port}/`);
});
