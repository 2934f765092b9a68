'use client';

import type { CollabStatus } from './use-collab-session';
import type { Peer } from './use-presence';

const STATUS: Record<CollabStatus, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  disconnected: 'Reconnecting…',
  unavailable: 'Live updates are unavailable; reload to see others’ notes.',
};

/**
 * Who is reading this document now (one avatar per person, however many tabs), the
 * live connection's state, and the switch for showing others' selections.
 */
export function PresenceBar(props: {
  peers: Peer[];
  status: CollabStatus;
  showSelections: boolean;
  onShowSelections: (show: boolean) => void;
}) {
  const people = [...new Map(props.peers.map((p) => [p.user.id, p.user])).values()];
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs text-stone-600">
      <span
        role="status"
        data-testid="collab-status"
        className={props.status === 'connected' ? 'text-emerald-800' : 'text-amber-900'}
      >
        {STATUS[props.status]}
      </span>
      <ul aria-label="Reading now" className="flex items-center gap-1">
        {people.map((u) => (
          <li
            key={u.id}
            title={u.name}
            aria-label={`${u.name} is reading`}
            className="flex h-6 w-6 items-center justify-center rounded-full text-[0.7rem] font-semibold text-white"
            style={{ backgroundColor: u.color }}
          >
            {u.name.slice(0, 1).toUpperCase()}
          </li>
        ))}
      </ul>
      {people.length > 0 && (
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={props.showSelections}
            onChange={(e) => props.onShowSelections(e.target.checked)}
          />
          Show others’ selections
        </label>
      )}
    </div>
  );
}
