'use client';

import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'scholia.showSelections';
const EVENT = 'scholia:show-selections';

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** Whether to show other readers' selections: on by default, remembered per browser. */
export function useShowSelections(): [boolean, (show: boolean) => void] {
  const show = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(KEY) !== 'false',
    () => true,
  );
  const update = useCallback((next: boolean) => {
    localStorage.setItem(KEY, String(next));
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [show, update];
}
