// How the API answers: JSON, utf-8, never cached unless a route says otherwise.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendRaw(res: ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(json, 'utf8');
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Length', String(body.length));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(body);
}

export function send(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  sendRaw(res, status, JSON.stringify(body), headers);
}

/** For answers given without reading the request body: let the rest of it drain. */
export function discardBody(req: IncomingMessage): void {
  if (!req.readableEnded) req.resume();
}
