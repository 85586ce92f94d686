import { ApiError } from '../api/request.js';
import { byId } from './dom.js';

/** Says what is happening (loading, empty) or what went wrong, where screen readers hear it too. */
export function showStatus(message: string, { error = false }: { error?: boolean } = {}): void {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', error);
}

/** Clears the status line once a drawing is shown. */
export function clearStatus(): void {
  showStatus('');
}

/** A sentence for a failure, naming its cause: server down, database down, unknown id, or the message. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    // 502 and 504 come from a proxy (the dev server's) whose API is not running.
    if (error.status === 0 || error.status === 502 || error.status === 504)
      return 'The API cannot be reached. Is the server running? (npm start)';
    if (error.code === 'DATABASE_UNAVAILABLE')
      return 'The API is up but its database does not answer. Try again in a moment.';
    if (error.code === 'NOT_FOUND') return `Not found: ${error.errors[0]?.message ?? 'unknown id'}.`;
    if (error.status >= 500) return `The server failed (HTTP ${error.status}). ${error.errors[0]?.message ?? ''}`;
    return `The API refused the request: ${error.errors.map((e) => e.message).join('; ') || `HTTP ${error.status}`}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Shows a failure in the status line. */
export function showError(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  console.error(error);
  showStatus(describeError(error), { error: true });
}
