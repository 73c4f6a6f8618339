import type { ReactNode } from 'react';

/** The centred frame shared by sign-in and first-run setup. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="content" className="retainer-auth">
      <div className="retainer-auth__card">
        <p className="retainer-auth__brand">Retainer</p>
        <h1 className="retainer-auth__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
