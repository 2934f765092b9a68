'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useCourseChange } from './use-course-change';

/**
 * How people get into a course, for its instructors: the join code and the invite
 * link, each shown, turned on or off, or replaced; and archiving the course.
 */
export function CourseAccessPanel(props: {
  courseId: string;
  joinCode: string;
  joinCodeEnabled: boolean;
  inviteUrl: string;
  inviteEnabled: boolean;
  archived: boolean;
}) {
  const { change, error, busy } = useCourseChange();
  const patch = (body: unknown) => void change(`/api/v1/courses/${props.courseId}`, 'PATCH', body);
  const row = 'flex flex-wrap items-center gap-2';
  return (
    <div className="flex flex-col gap-3 text-sm">
      {error && <Alert>{error}</Alert>}
      {!props.archived && (
        <>
          <div className={row}>
            <span className="font-medium">Join code:</span>
            <code data-testid="join-code" className="rounded bg-stone-100 px-2 py-0.5 text-base">
              {props.joinCode}
            </code>
            {!props.joinCodeEnabled && <span className="text-red-800">(turned off)</span>}
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => patch({ joinCodeEnabled: !props.joinCodeEnabled })}
            >
              {props.joinCodeEnabled ? 'Turn off' : 'Turn on'}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                window.confirm('Replace the join code? The old one stops working.') &&
                patch({ regenerate: 'joinCode' })
              }
            >
              New code
            </Button>
          </div>
          <div className={row}>
            <span className="font-medium">Invite link:</span>
            <input
              readOnly
              aria-label="Invite link"
              value={props.inviteUrl}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-0.5"
            />
            {!props.inviteEnabled && <span className="text-red-800">(turned off)</span>}
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => patch({ inviteEnabled: !props.inviteEnabled })}
            >
              {props.inviteEnabled ? 'Turn off' : 'Turn on'}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                window.confirm('Replace the invite link? The old one stops working.') &&
                patch({ regenerate: 'invite' })
              }
            >
              New link
            </Button>
          </div>
        </>
      )}
      <div className={row}>
        <Button
          variant={props.archived ? 'primary' : 'secondary'}
          disabled={busy}
          onClick={() =>
            props.archived
              ? patch({ archived: false })
              : window.confirm('Archive this course? Its documents and notes become read-only.') &&
                patch({ archived: true })
          }
        >
          {props.archived ? 'Bring the course back' : 'Archive course'}
        </Button>
      </div>
    </div>
  );
}
