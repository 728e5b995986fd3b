/**
 * Dispatches a typed, prefixed event that bubbles out of shadow roots.
 * Returns `false` when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<T>(
  target: EventTarget,
  name: string,
  detail: T,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }),
  );
}

/** The message carried by every `*-error` event of the library. */
export interface ErrorDetail {
  message: string;
}
