'use client';

import { useState } from 'react';
import { ClaimPanel } from '@/components/claims/claim-panel';
import { ModerationControls } from '@/components/moderation/moderation-controls';
import { AttachSourceForm } from '@/components/sources/attach-source-form';
import { SourceList } from '@/components/sources/source-list';
import { Button } from '@/components/ui/button';
import type { CitationStyle } from '@/lib/sources/citation-styles';
import type { CardActions } from './annotation-card';
import type { NoteJson } from './note-json';

/**
 * What a note carries beyond its comment: its sources (always shown), and when the card
 * is open the claim's review, attaching a source, and reporting or hiding.
 */
export function NoteReview({
  note,
  userId,
  isModerator,
  style,
  open,
  readOnly,
  busy,
  actions,
}: {
  note: NoteJson;
  userId: string;
  isModerator: boolean;
  style: CitationStyle;
  open: boolean;
  readOnly: boolean;
  busy: boolean;
  actions: CardActions;
}) {
  const [attaching, setAttaching] = useState(false);
  const mine = note.author?.id === userId;
  // The server decides; these only keep controls off cards where they would be refused.
  const canCite = !readOnly && !note.deleted && !note.hidden && (mine || note.claim !== null);
  return (
    <>
      <SourceList
        sources={note.sources}
        style={style}
        busy={busy}
        canDetach={(s) => !readOnly && (mine || isModerator || s.addedBy?.id === userId)}
        onDetach={(sourceId) =>
          void actions.act(note.id, `annotations/${note.id}/sources/${sourceId}`, 'DELETE')
        }
      />
      {open && note.claim && (
        <ClaimPanel
          claim={note.claim}
          sources={note.sources}
          style={style}
          isModerator={isModerator && !readOnly}
          busy={busy}
          onVerdict={(verdict) =>
            actions.act(note.id, `claims/${note.id}/verdict`, 'POST', verdict)
          }
        />
      )}
      {open && attaching && (
        <AttachSourceForm
          documentId={note.documentId}
          style={style}
          busy={busy}
          onAttach={(body) => actions.act(note.id, `annotations/${note.id}/sources`, 'POST', body)}
          onCancel={() => setAttaching(false)}
        />
      )}
      {open && !readOnly && !note.deleted && (
        <div className="flex flex-wrap items-center gap-2">
          {canCite && !attaching && (
            <Button variant="secondary" onClick={() => setAttaching(true)}>
              {note.claim ? 'Add evidence' : 'Attach source'}
            </Button>
          )}
          <ModerationControls
            what="note"
            mine={mine}
            hidden={note.hidden}
            isModerator={isModerator}
            busy={busy}
            run={(operation, reason) =>
              actions.act(note.id, `annotations/${note.id}/${operation}`, 'POST', { reason })
            }
          />
        </div>
      )}
    </>
  );
}
