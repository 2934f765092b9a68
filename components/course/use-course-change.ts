'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { apiRequest } from '@/components/ui/api-request';

/** Runs one change to a course through the API, then re-renders the page from the server. */
export function useCourseChange() {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const change = useCallback(
    async (url: string, method: string, body?: unknown) => {
      setBusy(true);
      setError('');
      try {
        await apiRequest(url, method, body);
        router.refresh();
        return true;
      } catch (err) {
        setError(err instanceof TypeError ? 'You are offline; try again.' : (err as Error).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [router],
  );
  return { change, error, busy };
}
