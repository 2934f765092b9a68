'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Peer } from '@/components/collab/use-presence';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-request';
import { Button } from '@/components/ui/button';
import type { LiveSessionState } from '@/lib/live-sessions/live-session-state';

/**
 * A document's live session in the reader. Instructors start one, spotlight the passage
 * they have selected (the room follows it), reveal hidden notes for the session or for
 * good, and end it (then read its summary). Everyone sees who is in the room; students
 * may stop following the instructor.
 */
export function LiveSessionPanel(props: {
  documentId: string;
  live: LiveSessionState | null;
  me: { id: string; name: string };
  peers: readonly Peer[];
  canLead: boolean;
  /** The reader's current selection, in canonical offsets. */
  selection: { start: number; end: number } | null;
  onSpotlight: (range: { start: number; end: number }) => void;
  follow: boolean;
  onFollow: (follow: boolean) => void;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');
  const { live } = props;

  async function run(label: string, action: () => Promise<unknown>, done?: string) {
    setBusy(label);
    setError('');
    try {
      await action();
      if (done) setSaid(done);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  if (!live) {
    if (!props.canLead) return null;
    return (
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          pending={busy === 'start'}
          onClick={() =>
            void run('start', () =>
              apiRequest(`/api/v1/documents/${props.documentId}/live-session`, 'POST'),
            )
          }
        >
          Start live session
        </Button>
        {error && <Alert>{error}</Alert>}
      </div>
    );
  }

  const people = [
    props.me,
    ...new Map(props.peers.map((p) => [p.user.id, p.user])).values(),
  ].filter((u, i, all) => all.findIndex((o) => o.id === u.id) === i);
  const leading = props.canLead;
  const spotlight = () => {
    const range = props.selection!;
    props.onSpotlight(range);
    return apiRequest(`/api/v1/live-sessions/${live.id}/spotlights`, 'POST', range);
  };

  return (
    <section
      aria-label="Live session"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p className="font-medium text-amber-950">
        Live session{leading ? '' : ` led by ${live.leader.name}`}
        {live.revealed && ' · hidden notes revealed'}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {said}
      </p>
      <div>
        <h3 className="text-xs font-semibold text-stone-700">In the room ({people.length})</h3>
        <ul aria-label="In the room" className="flex flex-wrap gap-x-3 text-stone-800">
          {people.map((u) => (
            <li key={u.id}>{u.id === props.me.id ? `${u.name} (you)` : u.name}</li>
          ))}
        </ul>
      </div>
      {leading ? (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            disabled={!props.selection}
            pending={busy === 'spotlight'}
            title={props.selection ? undefined : 'Select a passage first'}
            onClick={() => void run('spotlight', spotlight, 'Spotlighted the selected passage.')}
          >
            Spotlight selection
          </Button>
          {!live.revealed && (
            <>
              <Button
                variant="secondary"
                pending={busy === 'reveal'}
                onClick={() =>
                  void run(
                    'reveal',
                    () => apiRequest(`/api/v1/live-sessions/${live.id}/reveal`, 'POST', {}),
                    'Hidden notes are revealed to the room for this session.',
                  )
                }
              >
                Reveal hidden notes
              </Button>
              <Button
                variant="secondary"
                pending={busy === 'reveal-for-good'}
                onClick={() =>
                  void run(
                    'reveal-for-good',
                    () =>
                      apiRequest(`/api/v1/live-sessions/${live.id}/reveal`, 'POST', {
                        forGood: true,
                      }),
                    'Hidden notes are revealed for good.',
                  )
                }
              >
                Reveal for good
              </Button>
            </>
          )}
          <Button
            variant="danger"
            pending={busy === 'end'}
            onClick={() =>
              void run('end', async () => {
                await apiRequest(`/api/v1/live-sessions/${live.id}/end`, 'POST');
                router.push(`/documents/${props.documentId}/sessions/${live.id}`);
              })
            }
          >
            End session
          </Button>
        </div>
      ) : (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={props.follow}
            onChange={(e) => props.onFollow(e.target.checked)}
          />
          Follow the instructor
        </label>
      )}
      {error && <Alert>{error}</Alert>}
    </section>
  );
}
