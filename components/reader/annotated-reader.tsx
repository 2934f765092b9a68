'use client';
import { EditorContent, useEditor } from '@tiptap/react';
import { use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { CourseNotebook } from '@/components/collab/course-notebook';
import { PresenceBar } from '@/components/collab/presence-bar';
import { useCollabSession } from '@/components/collab/use-collab-session';
import { usePresence, type Peer } from '@/components/collab/use-presence';
import { useShowSelections } from '@/components/collab/use-show-selections';
import { AnnotationCard } from '@/components/margin/annotation-card';
import { MarginCards } from '@/components/margin/margin-cards';
import { passes, type Filters } from '@/components/margin/margin-filters';
import type { Member } from '@/components/margin/mention-suggestion';
import type { NewNote } from '@/components/margin/new-note-form';
import { NotesSummary } from '@/components/margin/notes-summary';
import { OrphanedNotes } from '@/components/margin/orphaned-notes';
import type { NoteJson } from '@/components/margin/note-json';
import { useAnnotations } from '@/components/margin/use-annotations';
import type { PaletteColor } from '@/lib/annotations/default-palette';
import { unpackHighlights, type PackedHighlights } from '@/lib/annotations/pack-highlights';
import { canonicalText } from '@/lib/documents/canonical-text';
import type { DocNode } from '@/lib/documents/doc-node';
import { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { memoHighlightSpecs, noteHighlight, sameSpecs } from './highlight-specs';
import { OpeningDocument } from './opening-document';
import { highlightTops } from './highlight-tops';
import { Highlights, type HighlightSpec } from './highlights-extension';
import { ReadOnlyGuard } from './read-only-guard';
import { RemoteSelections } from './remote-selections-extension';
import { Spotlight } from './spotlight-extension';
import { PeerGateNotice } from './peer-gate-notice';
import { LiveSessionPanel } from '@/components/live/live-session-panel';
import { useFollowSpotlight } from '@/components/live/use-follow-spotlight';
import { useRefreshOnReveal } from '@/components/live/use-refresh-on-reveal';
import type { PeerGate } from '@/lib/assignments/peer-gate';
import { freshCommands } from './fresh-commands';
import { useRemoteSelections } from './use-remote-selections';
import { SelectionForms, type Selected, type SelectionPanel } from './selection-forms';
import { SelectionToolbar } from './selection-toolbar';
import { targetOf } from './target-of';
import { useBackToText } from './use-back-to-text';
import type { CitationStyle } from '@/lib/sources/citation-styles';

const NO_NOTES: NoteJson[] = [];

const NO_PEERS: Peer[] = [];

const NO_FILTERS: Filters = {
  author: '',
  tag: '',
  color: '',
  visibility: '',
  kind: '',
  sort: 'position',
};

// The note a #annotation-<id> link points at, if any.
function linkedNoteId(): string | null {
  return /^#annotation-([a-z0-9]+)$/i.exec(location.hash)?.[1] ?? null;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The reader with its margin: highlights painted as decorations, a toolbar for the
 * selection, notes beside their passages without overlap, orphans listed apart,
 * filters, and `]` / `[` to move between notes.
 */
export function AnnotatedReader(props: {
  documentId: string;
  content: DocNode;
  userId: string;
  userName: string;
  members: Member[];
  palette: readonly PaletteColor[];
  defaultVisibility: string;
  isModerator: boolean;
  /** Whether the document is in a course: only then can passages be flagged as claims. */
  inCourse: boolean;
  /** Whether the reader may pose reading prompts here (the policy's 'prompt'). */
  canPrompt: boolean;
  /** Whether the reader may lead a live session on this document (an instructor). */
  canLead: boolean;
  /** Hide-until-post: how many notes a student must post before classmates' show, if any. */
  gate: PeerGate | null;
  /** The live session that had revealed hidden notes when the page was rendered, if any. */
  revealedBy: string | null;
  /** The course is archived: notes are shown, and nothing new can be written. */
  archived: boolean;
  citationStyle: CitationStyle;
  /** The highlights the page was rendered with, streamed after the text: they paint with it, before the notes load. */
  initialHighlights: Promise<PackedHighlights>;
}) {
  const packed = use(props.initialHighlights);
  const { session, status } = useCollabSession(props.documentId);
  const me = useMemo(
    () => ({ id: props.userId, name: props.userName }),
    [props.userId, props.userName],
  );
  const { notes, error, busy, actions, create, clearError } = useAnnotations(props.documentId, {
    session,
    me,
  });
  const presence = usePresence(session);
  const [follow, setFollow] = useState(true);
  const [ownSpotlight, setOwnSpotlight] = useState<{
    start: number;
    end: number;
    at: number;
  } | null>(null);
  useRefreshOnReveal(presence.live, status === 'connected', props.revealedBy);
  const [showSelections, setShowSelections] = useShowSelections();
  const text = useMemo(() => canonicalText(props.content), [props.content]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [panel, setPanel] = useState<SelectionPanel | null>(null);
  const [refused, setRefused] = useState<NewNote | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [announcement, setAnnouncement] = useState('');
  const [anchorTops, setAnchorTops] = useState<Record<string, number> | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const margin = useRef<HTMLElement>(null);
  const positions = useRef<CanonicalPositions | null>(null);
  const moveFocus = useRef<(step: number) => void>(() => {});

  const visible = useMemo(() => (notes ?? []).filter((n) => passes(n, filters)), [notes, filters]);
  const anchored = useMemo(
    () => visible.filter((n) => n.anchor.status !== 'orphan' && n.anchor.start !== null),
    [visible],
  );
  const orphans = useMemo(() => visible.filter((n) => n.anchor.status === 'orphan'), [visible]);
  const colorOf = useCallback(
    (key: string | null) => props.palette.find((p) => p.key === key) ?? null,
    [props.palette],
  );

  const initialHighlights = useMemo(() => unpackHighlights(packed), [packed]);
  const highlights = useMemo(
    () => (notes ? anchored.map(noteHighlight) : initialHighlights),
    [notes, anchored, initialHighlights],
  );
  const specsOf = useMemo(() => memoHighlightSpecs(colorOf), [colorOf]);
  const painted = useRef<HighlightSpec[] | null>(null);
  const editor = useEditor({
    extensions: [
      ...documentExtensions(),
      ReadOnlyGuard,
      RemoteSelections,
      Spotlight,
      Highlights.configure({
        onActivate: (id) => setFocusedId(id),
        // The editor starts with the page's highlights, so the text is drawn once, marked.
        initial: (doc) => specsOf(initialHighlights, CanonicalPositions.of(doc)),
      }),
    ],
    content: props.content,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'document-prose',
        role: 'article',
        'aria-label': 'Document text',
        'aria-describedby': 'reader-help',
        inputmode: 'none',
        spellcheck: 'false',
      },
      handleKeyDown: (_view, event) => {
        if (
          (event.key === ']' || event.key === '[') &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          moveFocus.current(event.key === ']' ? 1 : -1);
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor: e }) => {
      positions.current = CanonicalPositions.of(e.state.doc);
      const linked = linkedNoteId();
      if (linked) setFocusedId(linked);
    },
    onSelectionUpdate: ({ editor: e }) => {
      const { from, to } = e.state.selection;
      const map = positions.current;
      if (!map || from === to || !stage.current) {
        presence.setSelection(null);
        return setSelected(null);
      }
      const [start, end] = trimRange(text, map.fromPos(from), map.fromPos(to - 1) + 1);
      presence.setSelection(end > start ? { start, end } : null);
      if (end <= start) return setSelected(null);
      const top = e.view.coordsAtPos(to).bottom - stage.current.getBoundingClientRect().top + 6;
      setSelected({ start, end, top });
    },
  });

  const back = useBackToText(editor, setFocusedId);

  // Paint highlights whenever the shown notes change; measure where they start.
  useEffect(() => {
    const map = positions.current;
    if (!editor || !map || !stage.current) return;
    const specs = specsOf(highlights, map);
    painted.current ??= specsOf(initialHighlights, map);
    if (!sameSpecs(specs, painted.current)) freshCommands(editor).setHighlights(specs);
    painted.current = specs;
    // Cards are placed inside the margin list, so measure highlight tops from its top.
    const base = (margin.current?.querySelector('ol') ?? stage.current).getBoundingClientRect().top;
    setAnchorTops(highlightTops(editor.view, specs, base));
  }, [editor, highlights, initialHighlights, specsOf]);

  useEffect(() => {
    if (editor) freshCommands(editor).focusHighlight(focusedId);
  }, [editor, focusedId]);

  useRemoteSelections(editor, showSelections ? presence.peers : NO_PEERS);
  useFollowSpotlight(editor, presence.live, presence.peers, ownSpotlight, follow);

  // A link to a note (#annotation-<id>, as notifications use) opens at its highlight.
  useEffect(() => {
    const id = linkedNoteId();
    if (editor && id)
      document
        .querySelector(`mark[data-annotation-id="${id}"]`)
        ?.scrollIntoView({ block: 'center' });
  }, [editor]);

  const order = useMemo(
    () =>
      filters.sort === 'time'
        ? [...anchored].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        : [...anchored].sort((a, b) => a.anchor.start! - b.anchor.start!),
    [anchored, filters.sort],
  );

  const step = useCallback(
    (by: number) => {
      if (!order.length) return setAnnouncement('There are no notes on this document.');
      const at = order.findIndex((n) => n.id === focusedId);
      const next = order[(at + by + order.length) % order.length]!;
      setFocusedId(next.id);
      document
        .querySelector(`[data-annotation-id="${next.id}"]`)
        ?.scrollIntoView({ block: 'center' });
      const quote = text.slice(next.anchor.start!, next.anchor.end!).slice(0, 80);
      setAnnouncement(
        `Note ${order.indexOf(next) + 1} of ${order.length}, by ${next.author?.name ?? 'a deleted author'}, on “${quote}”: ${next.bodyText || 'highlight only'}`,
      );
    },
    [order, focusedId, text],
  );
  useEffect(() => {
    moveFocus.current = step;
  }, [step]);

  async function createNote(selection: Selected, note: Partial<NewNote>) {
    const exact = text.slice(selection.start, selection.end);
    const saving = create(
      {
        target: targetOf(text, selection),
        body: note.body ?? undefined,
        color: note.color,
        tags: note.tags ?? [],
        visibility: note.visibility ?? props.defaultVisibility,
      },
      selection,
    );
    // The note shows at once, as pending: close the form and collapse the selection onto
    // its end now, not when the server answers (the reader may have moved on by then).
    // The keyboard goes back to the text there, rather than to the page's top.
    setPanel(null);
    setRefused(null);
    setSelected(null);
    back.at(positions.current?.toPos(selection.end) ?? 0);
    if (await saving) setAnnouncement(`Saved a note on “${exact.slice(0, 60)}”.`);
    // Refused: the form comes back with what was written, beside the error.
    else if (note.body) {
      setRefused({
        tags: note.tags ?? [],
        visibility: props.defaultVisibility,
        ...note,
      } as NewNote);
      setPanel({ kind: 'note', at: selection });
    }
  }

  async function reattach(id: string) {
    if (!selected) return setAnnouncement('Select the passage to attach the note to first.');
    await actions.update(id, { target: targetOf(text, selected) });
  }

  const focusCard = useCallback((id: string) => {
    setFocusedId(id);
    document
      .querySelector(`mark[data-annotation-id="${id}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, []);
  const reattachTo = useRef(reattach);
  useEffect(() => {
    reattachTo.current = reattach;
  });
  const reattachCard = useCallback((id: string) => void reattachTo.current(id), []);
  const renderCard = useCallback(
    (n: NoteJson, canReattach = false, expanded = false) => (
      <AnnotationCard
        note={n}
        userId={props.userId}
        members={props.members}
        focused={n.id === focusedId}
        busy={busy}
        colorLabel={colorOf(n.color)?.label ?? null}
        actions={actions}
        onFocus={focusCard}
        onReattach={canReattach ? reattachCard : undefined}
        onEscape={back.highlight}
        expanded={expanded}
        replying={presence.replyingOn[n.id]}
        onReplying={presence.setTyping}
        isModerator={props.isModerator}
        citationStyle={props.citationStyle}
        readOnly={props.archived}
      />
    ),
    [
      props.userId,
      props.members,
      focusedId,
      busy,
      colorOf,
      actions,
      focusCard,
      reattachCard,
      back.highlight,
      presence.replyingOn,
      presence.setTyping,
      props.isModerator,
      props.citationStyle,
      props.archived,
    ],
  );

  return (
    <div>
      <section aria-label="Notes on this document" className="mb-6 flex flex-col gap-2">
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
        {error && (
          <div onClick={clearError}>
            <Alert>{error}</Alert>
          </div>
        )}
        <PresenceBar
          peers={presence.peers}
          status={status}
          showSelections={showSelections}
          onShowSelections={setShowSelections}
        />
        <LiveSessionPanel
          documentId={props.documentId}
          live={presence.live}
          me={me}
          peers={presence.peers}
          canLead={props.canLead}
          selection={selected}
          onSpotlight={(range) => {
            presence.setSpotlight(range);
            setOwnSpotlight({ ...range, at: Date.now() });
          }}
          follow={follow}
          onFollow={setFollow}
        />
        {props.gate && <PeerGateNotice gate={props.gate} notes={notes} userId={props.userId} />}
        <NotesSummary
          notes={notes}
          shown={visible.length}
          filters={filters}
          palette={props.palette}
          onChange={setFilters}
        />
        <OrphanedNotes
          orphans={orphans}
          renderCard={(n) =>
            renderCard(n, !!selected && (n.author?.id === props.userId || props.isModerator), true)
          }
        />
        {session?.rooms.notebook && (
          <CourseNotebook documentId={props.documentId} session={session} />
        )}
      </section>
      <div ref={stage} className="relative lg:grid lg:grid-cols-[minmax(0,68ch)_20rem] lg:gap-8">
        <div className="relative min-w-0">
          <p id="reader-help" className="sr-only">
            Select text with the mouse or with Shift and the arrow keys, then press Tab for the note
            toolbar. Press ] and [ to move between notes.
          </p>
          {editor ? <EditorContent editor={editor} /> : <OpeningDocument />}
          {props.archived && (
            <p className="mb-2 text-sm text-stone-600">
              This course is archived: you can read its notes, but not add to them.
            </p>
          )}
          {selected && !props.archived && !panel && (
            <SelectionToolbar
              top={selected.top}
              palette={props.palette}
              busy={busy}
              onHighlight={(color) => void createNote(selected, { color })}
              onComment={() => setPanel({ kind: 'note', at: selected })}
              onTag={() => setPanel({ kind: 'tags', at: selected })}
              onFlag={props.inCourse ? () => setPanel({ kind: 'claim', at: selected }) : undefined}
              onPrompt={
                props.canPrompt ? () => setPanel({ kind: 'prompt', at: selected }) : undefined
              }
              onSource={() => setPanel({ kind: 'source', at: selected })}
            />
          )}
        </div>
        <aside ref={margin} aria-label="Notes" className="relative mt-8 lg:mt-0">
          {panel && (
            <SelectionForms
              panel={panel}
              text={text}
              documentId={props.documentId}
              palette={props.palette}
              members={props.members}
              defaultVisibility={props.defaultVisibility}
              citationStyle={props.citationStyle}
              busy={busy}
              refused={refused}
              actions={actions}
              onNote={(at, note) => void createNote(at, note)}
              onClose={(said) => {
                setPanel(null);
                setRefused(null);
                // Back to the text: cancelled, with the passage still selected; saved, with
                // the caret after it.
                if (!said) return back.at();
                setSelected(null);
                setAnnouncement(said);
                back.at(positions.current?.toPos(panel.at.end));
              }}
            />
          )}
          <MarginCards
            notes={anchorTops ? order : NO_NOTES}
            anchorTops={anchorTops ?? {}}
            aligned={filters.sort === 'position'}
            focusedId={focusedId}
            renderCard={renderCard}
          />
        </aside>
      </div>
    </div>
  );
}
