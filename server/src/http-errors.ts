/**
 * Errors the HTTP layer turns into `{ error: code }` with a status. Codes follow the client's
 * `SyncErrorKind` where one fits, so the adapter can map them without guessing.
 */
export type HttpErrorCode =
  | 'bad-request'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'payload-too-large'
  | 'version-not-supported'
  | 'client-state-not-found'
  | 'server';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad-request', message);
export const unauthorized = (message = 'auth') => new HttpError(401, 'auth', message);
export const forbidden = (message = 'forbidden') => new HttpError(403, 'forbidden', message);
export const versionNotSupported = (message = 'version-not-supported') =>
  new HttpError(426, 'version-not-supported', message);
/** 410: the server has no state for a client group that has pushed before (restored backup). */
export const clientStateNotFound = (message = 'client-state-not-found') =>
  new HttpError(410, 'client-state-not-found', message);
export const payloadTooLarge = (message = 'payload-too-large') =>
  new HttpError(413, 'payload-too-large', message);
