import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical-text';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('canonicalText', () => {
  it('joins text blocks with a blank line, through lists and quotes, skipping dividers and empty blocks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
        p('First.'),
        { type: 'horizontalRule' },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p('One')] },
            { type: 'listItem', content: [p('Two')] },
          ],
        },
        { type: 'blockquote', content: [p('Quoted')] },
      ],
    };
    expect(canonicalText(doc)).toBe('Title\n\nFirst.\n\nOne\n\nTwo\n\nQuoted');
  });

  it('turns hard breaks into newlines and keeps marked text', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Cook' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Banned', marks: [{ type: 'italic' }] },
          ],
        },
      ],
    };
    expect(canonicalText(doc)).toBe('Cook\nBanned');
  });
});
