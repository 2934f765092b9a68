'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import type { NoteJson } from '@/components/margin/note-json';
import type { PeerGate } from '@/lib/assignments/peer-gate';

/** What the server counts as posting: comments, claims and replies, not bare highlights. */
function postedBy(notes: readonly NoteJson[], userId: string): number {
  let posted = 0;
  for (const n of notes) {
    // Only what the server has: a note or reply still sending does not count yet.
    if (
      n.author?.id === userId &&
      !n.deleted &&
      !n.pending &&
      (n.kind === 'comment' || n.kind === 'claim')
    )
      posted++;
    posted += n.replies.filter((r) => r.author?.id === userId && !r.pending).length;
  }
  return posted;
}

/**
 * Hide-until-post in the margin: how many notes the student still has to post before
 * classmates' notes appear. Once they have, the page is refreshed, so the reader opens
 * with everything the server now lets them see.
 */
export function PeerGateNotice(props: {
  gate: PeerGate;
  notes: readonly NoteJson[] | null;
  userId: string;
}) {
  const router = useRouter();
  const posted = useMemo(
    () => Math.max(props.gate.posted, props.notes ? postedBy(props.notes, props.userId) : 0),
    [props.gate.posted, props.notes, props.userId],
  );
  const left = props.gate.required - posted;
  // Refreshed until the server agrees (the page then opens the reader afresh); a few
  // tries cover a refresh that raced the last note's commit.
  useEffect(() => {
    if (left > 0) return;
    router.refresh();
    let tries = 0;
    const again = setInterval(() => {
      if (++tries > 5) clearInterval(again);
      else router.refresh();
    }, 2000);
    return () => clearInterval(again);
  }, [left, router]);
  return (
    <p
      role="status"
      data-testid="peer-gate"
      className="rounded-md border border-sky-200 bg-sky-50 p-2 text-sm text-sky-950"
    >
      {left > 0
        ? `Classmates’ notes are hidden until you post ${left} more ${left === 1 ? 'note' : 'notes'} (${posted} of ${props.gate.required} so far). Comments and replies count.`
        : 'Showing your classmates’ notes…'}
    </p>
  );
}
