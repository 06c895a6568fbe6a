import { useEffect, useState } from 'react';

/** A status line that clears itself after a while; the live region stays to announce the next. */
export function useStatus(clearAfterMs = 10_000): [string, (status: string) => void] {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), clearAfterMs);
    return () => clearTimeout(timer);
  }, [status, clearAfterMs]);
  return [status, setStatus];
}
