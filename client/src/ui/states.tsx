/** Loading, error and empty states every page shows the same way. */
import type { ErrorLike } from '@apollo/client';
import { COMMON } from '../i18n/common';
import { useMessages } from '../i18n/i18n';

export function Loading() {
  const t = useMessages(COMMON);
  return <p role="status" className="state">{t.loading}</p>;
}

export function Empty({ children }: { children?: string }) {
  const t = useMessages(COMMON);
  return <p className="state">{children ?? t.empty}</p>;
}

/** An API error in words a person understands; validation messages are shown by the forms themselves. */
export function ErrorMessage({ error, onRetry }: { error: ErrorLike; onRetry?: () => void }) {
  const t = useMessages(COMMON);
  return (
    <div role="alert" className="state error">
      <p>{t.error}</p>
      {import.meta.env.DEV && <pre>{error.message}</pre>}
      {onRetry && <button type="button" onClick={onRetry}>{t.retry}</button>}
    </div>
  );
}
