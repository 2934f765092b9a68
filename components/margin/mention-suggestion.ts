import type { MentionOptions } from '@tiptap/extension-mention';

/** A course member who can be @mentioned. */
export interface Member {
  id: string;
  name: string;
}

/**
 * The @mention suggestion: members whose name starts a word with what was typed, shown
 * in a small listbox under the caret. Arrow keys move, Enter or Tab picks, Escape closes.
 */
export function mentionSuggestion(members: Member[]): MentionOptions['suggestion'] {
  return {
    items: ({ query }) => {
      const q = query.toLowerCase();
      return members
        .filter((m) =>
          m.name
            .toLowerCase()
            .split(/\s+/)
            .some((w) => w.startsWith(q)),
        )
        .slice(0, 6);
    },
    render: () => {
      let list: HTMLUListElement | null = null;
      let active = 0;
      let props: {
        items: Member[];
        command: (attrs: { id: string; label: string }) => void;
        clientRect?: (() => DOMRect | null) | null;
      } | null = null;
      const draw = () => {
        if (!list || !props) return;
        list.replaceChildren(
          ...props.items.map((m, i) => {
            const li = document.createElement('li');
            li.role = 'option';
            li.id = `mention-${m.id}`;
            li.textContent = m.name;
            li.ariaSelected = String(i === active);
            li.className = `cursor-pointer px-2 py-1 ${i === active ? 'bg-accent text-white' : ''}`;
            li.onmousedown = (e) => {
              e.preventDefault();
              props?.command({ id: m.id, label: m.name });
            };
            return li;
          }),
        );
        const rect = props.clientRect?.();
        if (rect)
          Object.assign(list.style, {
            left: `${rect.left + window.scrollX}px`,
            top: `${rect.bottom + window.scrollY + 4}px`,
          });
        list.hidden = props.items.length === 0;
      };
      return {
        onStart: (p) => {
          props = p as unknown as typeof props;
          active = 0;
          list = document.createElement('ul');
          list.role = 'listbox';
          list.ariaLabel = 'People to mention';
          list.className =
            'absolute z-50 min-w-40 rounded-md border border-stone-300 bg-white text-sm shadow';
          document.body.append(list);
          draw();
        },
        onUpdate: (p) => {
          props = p as unknown as typeof props;
          active = Math.min(active, Math.max(0, (props?.items.length ?? 1) - 1));
          draw();
        },
        onKeyDown: ({ event }) => {
          const count = props?.items.length ?? 0;
          if (!count) return false;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            active = (active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
            draw();
            return true;
          }
          if (event.key === 'Enter' || event.key === 'Tab') {
            const m = props!.items[active]!;
            props!.command({ id: m.id, label: m.name });
            return true;
          }
          return event.key === 'Escape';
        },
        onExit: () => {
          list?.remove();
          list = null;
        },
      };
    },
  };
}
