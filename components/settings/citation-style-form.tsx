'use client';

import { useActionState } from 'react';
import { setCitationStyleAction } from '@/app/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { CITATION_STYLES } from '@/lib/sources/citation-styles';

/** The user's own citation style, which overrides each course's. */
export function CitationStyleForm({ current }: { current: string | null }) {
  const [state, action, pending] = useActionState(setCitationStyleAction, {});
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3">
      <SelectField
        label="Show citations in"
        name="citationStyle"
        defaultValue={current ?? ''}
        options={[
          { value: '', label: 'The course’s style' },
          ...CITATION_STYLES.map((s) => ({ value: s.id, label: s.label })),
        ]}
      />
      {state.ok && <Alert tone="success">Citation style saved.</Alert>}
      <Button type="submit" pending={pending} className="self-start">
        Save style
      </Button>
    </form>
  );
}
