/**
 * The three states every data screen has besides "here is your data": loading, failed (with a
 * retry when retrying can help) and empty.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import type { ReactNode } from 'react';
import { errorMessage, isRetryable, type ErrorMessages } from '../app/error-messages';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="retainer-state retainer-state--loading" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  title = 'This could not be loaded.',
  messages,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  messages?: ErrorMessages;
}) {
  return (
    <Notice status="error" isDismissible={false} className="retainer-state retainer-state--error">
      <p>
        <strong>{title}</strong> {errorMessage(error, messages)}
      </p>
      {onRetry && isRetryable(error) ? (
        <Button variant="secondary" __next40pxDefaultSize onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </Notice>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="retainer-state retainer-state--empty">
      <h2 className="retainer-state__title">{title}</h2>
      {children}
    </div>
  );
}

/** A small muted line saying plainly what this version does not do yet. */
export function ComingSoon({ children }: { children: ReactNode }) {
  return <p className="retainer-coming-soon">{children}</p>;
}

export function InlineError({ error, messages }: { error: unknown; messages?: ErrorMessages }) {
  if (!error) return null;
  return (
    <Notice status="error" isDismissible={false} className="retainer-inline-error">
      {errorMessage(error, messages)}
    </Notice>
  );
}
