import { Button } from '@wordpress/components';
import { useEffect, useId, useState } from 'react';
import { copyText } from '../lib/clipboard';

/** A read-only value with a "Copy" button; the value can also be selected by hand. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <div className="retainer-copy-field">
      <label htmlFor={id} className="retainer-copy-field__label">
        {label}
      </label>
      <div className="retainer-copy-field__row">
        <input
          id={id}
          className="retainer-copy-field__value"
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          variant="secondary"
          __next40pxDefaultSize
          onClick={async () => setState((await copyText(value)) ? 'copied' : 'failed')}
          aria-label={`Copy ${label.toLowerCase()}`}
        >
          {state === 'copied' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <span className="retainer-visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? `${label} copied to the clipboard.` : state === 'failed' ? 'Copying failed; select the text and copy it by hand.' : ''}
      </span>
    </div>
  );
}
