import type { ReactNode } from 'react';

export function PageHeader({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  return (
    <header className="retainer-page-header">
      <div className="retainer-page-header__text">
        <h1>{title}</h1>
        {children}
      </div>
      {actions ? <div className="retainer-page-header__actions">{actions}</div> : null}
    </header>
  );
}
