'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-request';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/** Joins a course with the code an instructor gave out (or the token of an invite link), then opens it. */
export function JoinCourseForm({ invite }: { invite?: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label="Join a course"
      className="flex max-w-md flex-col gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const code = String(new FormData(e.currentTarget).get('code') ?? '');
        setBusy(true);
        setError('');
        try {
          const course = (await apiRequest(
            '/api/v1/courses/join',
            'POST',
            invite ? { invite } : { code },
          )) as { id: string };
          router.push(`/courses/${course.id}`);
        } catch (err) {
          setError((err as Error).message);
          setBusy(false);
        }
      }}
    >
      {error && <Alert>{error}</Alert>}
      {!invite && (
        <TextField
          label="Join code"
          name="code"
          required
          autoComplete="off"
          hint="Eight letters and digits, like K7QX-M4PD."
        />
      )}
      <Button type="submit" pending={busy} className="self-start">
        {busy ? 'Joining…' : 'Join course'}
      </Button>
    </form>
  );
}
