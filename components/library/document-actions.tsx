'use client';

import { useActionState, useState } from 'react';
import {
  deleteDocumentAction,
  moveDocumentAction,
  updateDetailsAction,
} from '@/app/documents/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { courseOptions, SelectField } from '@/components/ui/select-field';

/** The owner's actions on a library row: rename, move to a course, delete. */
export function DocumentActions({
  documentId,
  title,
  courseId,
  courses,
}: {
  documentId: string;
  title: string;
  courseId: string | null;
  courses: { id: string; title: string }[];
}) {
  const [renaming, setRenaming] = useState(false);
  const [renameState, rename, renaming_] = useActionState(
    async (prev: { error?: string; ok?: boolean }, form: FormData) => {
      const result = await updateDetailsAction(prev, form);
      if (result.ok) setRenaming(false);
      return result;
    },
    {},
  );
  const [moveState, move, moving] = useActionState(moveDocumentAction, {});
  const [deleteState, remove, deleting] = useActionState(deleteDocumentAction, {});
  const error =
    renameState.error ?? renameState.fieldErrors?.title ?? moveState.error ?? deleteState.error;

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {renaming ? (
        <form action={rename} className="flex items-center gap-2">
          <input type="hidden" name="documentId" value={documentId} />
          <label className="sr-only" htmlFor={`rename-${documentId}`}>
            New title for {title}
          </label>
          <input
            id={`rename-${documentId}`}
            name="title"
            defaultValue={title}
            autoFocus
            className="rounded-md border border-stone-300 px-2 py-1"
          />
          <Button type="submit" pending={renaming_}>
            Save
          </Button>
          <Button variant="secondary" onClick={() => setRenaming(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button
          variant="secondary"
          onClick={() => setRenaming(true)}
          aria-label={`Rename ${title}`}
        >
          Rename
        </Button>
      )}
      <form action={move} className="flex items-center gap-1">
        <input type="hidden" name="documentId" value={documentId} />
        <SelectField
          label={`Course for ${title}`}
          hideLabel
          compact
          name="courseId"
          defaultValue={courseId ?? ''}
          options={courseOptions(courses)}
        />
        <Button type="submit" variant="secondary" pending={moving} aria-label={`Move ${title}`}>
          Move
        </Button>
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (
            !window.confirm(
              `Delete “${title}”? Its versions and all notes on it will be gone for good.`,
            )
          ) {
            e.preventDefault();
          }
        }}
      >
        <input type="hidden" name="documentId" value={documentId} />
        <Button type="submit" variant="danger" pending={deleting} aria-label={`Delete ${title}`}>
          Delete
        </Button>
      </form>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
