'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-request';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

/** Creates a course with the reader as its instructor, then opens it. */
export function CreateCourseForm() {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label="Create a course"
      className="flex max-w-md flex-col gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        setBusy(true);
        setError('');
        try {
          const course = (await apiRequest('/api/v1/courses', 'POST', {
            title: String(form.get('title') ?? ''),
            term: String(form.get('term') ?? ''),
            defaultVisibility: String(form.get('defaultVisibility') ?? 'course'),
          })) as { id: string };
          router.push(`/courses/${course.id}`);
        } catch (err) {
          setError((err as Error).message);
          setBusy(false);
        }
      }}
    >
      {error && <Alert>{error}</Alert>}
      <TextField label="Title" name="title" required maxLength={200} />
      <TextField label="Term (optional)" name="term" maxLength={100} />
      <SelectField
        label="Who sees a new note by default"
        name="defaultVisibility"
        defaultValue="course"
        options={[
          { value: 'course', label: 'The course' },
          { value: 'private', label: 'Only its author' },
          { value: 'public', label: 'Anyone who can read the document' },
        ]}
      />
      <Button type="submit" pending={busy} className="self-start">
        {busy ? 'Creating…' : 'Create course'}
      </Button>
    </form>
  );
}
