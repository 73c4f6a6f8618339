/**
 * Short-lived confirmations ("Sync requested", "Client deleted") shown as snackbars in the
 * bottom-left corner and announced to screen readers. Errors that need action stay inline on
 * the screen instead.
 */
import { SnackbarList } from '@wordpress/components';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

interface Notice {
  id: string;
  content: string;
}

type Notify = (message: string) => void;

const NoticesContext = createContext<Notify | null>(null);
const MAX_VISIBLE = 3;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(0);

  const notify = useCallback<Notify>((message) => {
    nextId.current += 1;
    const id = `notice-${nextId.current}`;
    setNotices((list) => [...list, { id, content: message }].slice(-MAX_VISIBLE));
  }, []);

  const remove = useCallback((id: string) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const value = useMemo(() => notify, [notify]);

  return (
    <NoticesContext.Provider value={value}>
      {children}
      <SnackbarList className="retainer-snackbars" notices={notices} onRemove={remove} />
    </NoticesContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticesContext);
  if (!notify) throw new Error('useNotify must be used inside <NoticesProvider>.');
  return notify;
}
