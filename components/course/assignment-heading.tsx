import Link from 'next/link';
import { ProgressBadges } from './progress-badges';

/** An assignment's first line: its title linking to the reader, the document, the reader's progress. */
export function AssignmentHeading(props: {
  title: string;
  document: { id: string; title: string };
  progress: Parameters<typeof ProgressBadges>[0]['progress'];
}) {
  return (
    <p className="flex flex-wrap items-center gap-2">
      <Link
        href={`/documents/${props.document.id}`}
        className="inline-flex min-h-6 items-center font-medium underline"
      >
        {props.title}
      </Link>
      <span className="text-stone-600">on {props.document.title}</span>
      <ProgressBadges progress={props.progress} />
    </p>
  );
}
