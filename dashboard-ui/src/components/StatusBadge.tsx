/** A coloured pill with a text label (never colour alone). `tone` picks the colour. */
export type BadgeTone = 'success' | 'warning' | 'error' | 'info' | 'neutral';

export function Badge({
  tone,
  children,
  title,
  testId,
}: {
  tone: BadgeTone;
  children: string;
  title?: string;
  testId?: string;
}) {
  return (
    <span className={`retainer-badge retainer-badge--${tone}`} title={title} data-testid={testId}>
      {children}
    </span>
  );
}
