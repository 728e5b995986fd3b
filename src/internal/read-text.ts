/**
 * Reading a response body without trusting its size: at most `maxBytes` are read, the rest of the
 * stream is cancelled (so a 20 MB answer costs 20 MB of nobody's memory), and the bytes are decoded
 * as UTF-8 as they arrive. A server that sends more than it should is told apart from one that
 * does not by `truncated`.
 */
export interface BoundedText {
  text: string;
  /** The body was longer than `maxBytes`: `text` holds only its start. */
  truncated: boolean;
}

export async function readBoundedText(response: Response, maxBytes: number): Promise<BoundedText> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    const room = maxBytes - size;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room));
      void reader.cancel().catch(() => {}); // the rest is never downloaded
      return { text, truncated: true };
    }
    size += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}

/** A JSON body of at most `maxBytes`: the value, or why there is none (`too-large`, `not-json`). */
export async function readBoundedJson(response: Response, maxBytes: number): Promise<{ value: unknown } | { problem: 'too-large' | 'not-json' }> {
  const { text, truncated } = await readBoundedText(response, maxBytes);
  if (truncated) return { problem: 'too-large' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: 'not-json' };
  }
}
