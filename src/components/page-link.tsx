import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { Link, useNavigate } from 'react-router';

type Navigate = (to: string) => void;

const StableNavigate = createContext<Navigate | null>(null);

/**
 * Gives `PageLink`s one navigate function for the app's whole life. The router's own links
 * follow the location, so each rendered again on every filter change (a national dashboard
 * shows hundreds).
 */
export function StableNavigateProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const latest = useRef(navigate);
  useLayoutEffect(() => {
    latest.current = navigate;
  });
  const [stable] = useState<Navigate>(() => (to: string) => void latest.current(to));
  return <StableNavigate.Provider value={stable}>{children}</StableNavigate.Provider>;
}

const modified = (event: MouseEvent) =>
  event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;

/**
 * A link to a page of the app (an absolute path), opened in place as the router's `Link` does,
 * and in a new tab or window with a modifier key or the middle button.
 */
export function PageLink({
  to,
  className,
  children,
}: {
  to: string;
  className?: string;
  children: ReactNode;
}) {
  const navigate = useContext(StableNavigate);
  if (!navigate)
    return (
      <Link to={to} className={className}>
        {children}
      </Link>
    );
  return (
    <a
      href={to}
      className={className}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || modified(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
