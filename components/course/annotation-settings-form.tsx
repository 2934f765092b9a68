'use client';

import { useActionState } from 'react';
import { saveAnnotationSettingsAction } from '@/app/courses/[id]/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { CITATION_STYLES } from '@/lib/sources/citation-styles';
import type { PaletteColor } from '@/lib/annotations/default-palette';

/** The instructor's form for what each highlight colour means, and the default visibility of notes. */
export function AnnotationSettingsForm(props: {
  courseId: string;
  palette: readonly PaletteColor[];
  defaultVisibility: string;
  citationStyle: string;
}) {
  const [state, action, pending] = useActionState(saveAnnotationSettingsAction, {});
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="courseId" value={props.courseId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Highlight colours and what they mean</legend>
        {props.palette.map((p) => (
          <div key={p.key} className="flex items-center gap-2">
            <input type="hidden" name="key" value={p.key} />
            <label className="sr-only" htmlFor={`color-${p.key}`}>
              Colour for {p.label}
            </label>
            <input
              id={`color-${p.key}`}
              type="color"
              name="color"
              defaultValue={p.color}
              className="h-9 w-12 rounded border border-stone-300"
            />
            <label className="sr-only" htmlFor={`label-${p.key}`}>
              Meaning of the {p.key} colour
            </label>
            <input
              id={`label-${p.key}`}
              name="label"
              defaultValue={p.label}
              className="flex-1 rounded-md border border-stone-300 bg-white px-3 py-2"
            />
          </div>
        ))}
      </fieldset>
      <SelectField
        label="Who sees a new note by default"
        name="defaultVisibility"
        defaultValue={props.defaultVisibility}
        options={[
          { value: 'private', label: 'Only its author' },
          { value: 'course', label: 'The course' },
          { value: 'public', label: 'Anyone who can read the document' },
        ]}
      />
      <SelectField
        label="Citation style"
        name="citationStyle"
        defaultValue={props.citationStyle}
        options={CITATION_STYLES.map((s) => ({ value: s.id, label: s.label }))}
      />
      {state.error && <Alert>{state.error}</Alert>}
      {state.ok && (
        <Alert tone="success">
          Settings saved. Readers see them the next time they open a document.
        </Alert>
      )}
      <Button type="submit" pending={pending} className="self-start">
        {pending ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}
