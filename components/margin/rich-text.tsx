import type { ReactNode } from 'react';
import type { DocNode } from '@/lib/documents/doc-node';
import { isSafeHref } from '@/lib/documents/editor/is-safe-href';

function marked(text: ReactNode, marks: DocNode['marks'], key: number): ReactNode {
  return (marks ?? []).reduce<ReactNode>((inner, mark, i) => {
    const k = `${key}-${i}`;
    switch (mark.type) {
      case 'bold':
        return <strong key={k}>{inner}</strong>;
      case 'italic':
        return <em key={k}>{inner}</em>;
      case 'underline':
        return <u key={k}>{inner}</u>;
      case 'strike':
        return <s key={k}>{inner}</s>;
      case 'code':
        return <code key={k}>{inner}</code>;
      case 'link': {
        const href = String(mark.attrs?.href ?? '');
        return isSafeHref(href) ? (
          <a
            key={k}
            href={href}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="underline"
          >
            {inner}
          </a>
        ) : (
          inner
        );
      }
      default:
        return inner;
    }
  }, text);
}

function render(node: DocNode, key: number): ReactNode {
  const children = node.content?.map(render);
  switch (node.type) {
    case 'doc':
      return <>{children}</>;
    case 'text':
      return marked(node.text ?? '', node.marks, key);
    case 'hardBreak':
      return <br key={key} />;
    case 'mention':
      return (
        <span key={key} className="mention font-medium text-accent-strong">
          @{String(node.attrs?.label ?? '')}
        </span>
      );
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading':
      return (
        <p key={key} className="font-semibold">
          {children}
        </p>
      );
    case 'bulletList':
      return (
        <ul key={key} className="list-disc pl-5">
          {children}
        </ul>
      );
    case 'orderedList':
      return (
        <ol key={key} className="list-decimal pl-5">
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return (
        <blockquote key={key} className="border-l-2 border-stone-300 pl-2 text-stone-700">
          {children}
        </blockquote>
      );
    case 'codeBlock':
      return (
        <pre key={key} className="overflow-x-auto">
          <code>{children}</code>
        </pre>
      );
    default:
      return <span key={key}>{children}</span>;
  }
}

/** A comment rendered from its JSON as React elements: text stays text, never HTML. */
export function RichText({ doc }: { doc: unknown }) {
  if (!doc || typeof doc !== 'object') return null;
  return <div className="space-y-1 text-sm leading-relaxed">{render(doc as DocNode, 0)}</div>;
}
