import type { ReactNode } from 'react';

/** Where a form about the selection sits in the margin: level with the passage on wide screens. */
export function MarginFormSlot({ top, children }: { top: number; children: ReactNode }) {
  return (
    <div className="z-40 mb-3 lg:absolute lg:inset-x-0" style={{ top: Math.max(0, top - 40) }}>
      {children}
    </div>
  );
}
