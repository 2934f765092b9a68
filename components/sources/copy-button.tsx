'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies text to the clipboard and says so. */
export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="flex items-center gap-2">
      <Button
        variant="secondary"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          )
        }
      >
        Copy bibliography
      </Button>
      <span role="status">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Copying failed; select the text instead.'
            : ''}
      </span>
    </span>
  );
}
