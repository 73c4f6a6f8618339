/**
 * A very small history-API router: the current location as React state, `navigate()`, and a
 * `<Link>` that behaves like a normal link (middle click, ctrl-click and "open in new tab" keep
 * working) but switches screens without a page load. The hub serves index.html for unknown paths.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const CHANGE_EVENT = 'retainer:navigate';

export interface LocationSnapshot {
  pathname: string;
  search: string;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(CHANGE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(CHANGE_EVENT, callback);
  };
}

// useSyncExternalStore needs a stable snapshot; keep one object per distinct URL.
let lastSnapshot: LocationSnapshot = { pathname: '/', search: '' };
function getSnapshot(): LocationSnapshot {
  const { pathname, search } = window.location;
  if (pathname !== lastSnapshot.pathname || search !== lastSnapshot.search) {
    lastSnapshot = { pathname, search };
  }
  return lastSnapshot;
}

export function useLocation(): LocationSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  // A new screen starts at the top, like a page load would.
  if (!options.replace) window.scrollTo(0, 0);
}

export function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  replace?: boolean;
}

export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event) || (target && target !== '_self')) return;
        event.preventDefault();
        navigate(to, replace ? { replace } : {});
      }}
    />
  );
}
