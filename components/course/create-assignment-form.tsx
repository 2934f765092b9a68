'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useCourseChange } from './use-course-change';

/** An instructor assigns one of the course's documents with its peer settings; the due time is entered in their own time zone. */
export function CreateAssignmentForm({
  courseId,
  documents,
}: {
  courseId: string;
  documents: { id: string; title: string }[];
}) {
  const { change, error, busy } = useCourseChange();
  const [key, setKey] = useState(0);
  if (!documents.length)
    return <p className="text-sm text-stone-600">Add a document to the course to assign it.</p>;
  return (
    <form
      key={key}
      aria-label="New assignment"
      className="flex max-w-md flex-col gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const due = String(form.get('dueAt') ?? '');
        const ok = await change(`/api/v1/courses/${courseId}/assignments`, 'POST', {
          documentId: String(form.get('documentId')),
          title: String(form.get('title') ?? ''),
          instructions: String(form.get('instructions') ?? ''),
          // datetime-local has no zone: the browser reads it in the user's own.
          ...(due ? { dueAt: new Date(due).toISOString() } : {}),
          allowLate: form.get('allowLate') === 'on',
          hideUntilPostCount: Number(form.get('hideUntilPostCount') || 0),
          anonymousToPeers: form.get('anonymousToPeers') === 'on',
        });
        if (ok) setKey(key + 1);
      }}
    >
      {error && <Alert>{error}</Alert>}
      <SelectField
        label="Document"
        name="documentId"
        options={documents.map((d) => ({ value: d.id, label: d.title }))}
      />
      <TextField label="Title" name="title" required maxLength={200} />
      <label className="flex flex-col gap-1 text-sm font-medium">
        Instructions
        <textarea
          name="instructions"
          rows={3}
          maxLength={5000}
          className="rounded-md border border-stone-300 bg-white px-3 py-2 font-normal"
        />
      </label>
      <TextField label="Due (your time zone, optional)" name="dueAt" type="datetime-local" />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="allowLate" defaultChecked /> Accept late notes
      </label>
      <TextField
        label="Hide classmates’ notes until a student has posted this many notes"
        hint="0 = never hide; at most 50."
        name="hideUntilPostCount"
        type="number"
        inputMode="numeric"
        min={0}
        max={50}
        step={1}
        defaultValue={0}
        required
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="anonymousToPeers" /> Anonymous to peers: students see
        “Classmate”, instructors see names
      </label>
      <Button type="submit" pending={busy} className="self-start">
        Assign
      </Button>
    </form>
  );
}
