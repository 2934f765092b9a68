import { apiRoute } from '../api/api-route';
import { dismissReport } from './dismiss-report';
import { moderationReasonInput } from './moderation-input';
import type { ModerationTarget } from './moderation-target';
import { reportContent } from './report-content';
import { setHidden } from './set-hidden';

type Context = { params: Promise<{ id: string }> };
type Operation = 'hide' | 'unhide' | 'report' | 'dismiss-report';

/**
 * The route glue shared by `POST /api/v1/{annotations,replies}/:id/{hide,unhide,report,dismiss-report}`:
 * `{reason}` in, the policy decides in the domain function.
 */
export function moderationRoute(kind: 'annotation' | 'reply', operation: Operation) {
  return apiRoute<Context>(async (request, user, { params }) => {
    const { id } = await params;
    const { reason } = moderationReasonInput.parse(await request.json().catch(() => ({})));
    const target: ModerationTarget = kind === 'reply' ? { replyId: id } : { annotationId: id };
    if (operation === 'report') {
      await reportContent({ actor: user, target, reason });
      return Response.json({ id, reported: true }, { status: 201 });
    }
    if (operation === 'dismiss-report') {
      await dismissReport({ actor: user, target, reason });
      return Response.json({ id, dismissed: true });
    }
    return Response.json(
      await setHidden({ actor: user, target, hidden: operation === 'hide', reason }),
    );
  });
}
