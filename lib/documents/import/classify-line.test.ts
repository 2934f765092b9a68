import { describe, expect, it } from 'vitest';
import { classifyLine } from './classify-line';

describe('classifyLine', () => {
  it('tells a no-break-space line (a post separator) from an ordinary blank line', () => {
    expect(classifyLine('\u00A0')).toEqual({ kind: 'separator' });
    expect(classifyLine(' \u00A0\t')).toEqual({ kind: 'separator' });
    expect(classifyLine('   ')).toEqual({ kind: 'blank' });
    expect(classifyLine('')).toEqual({ kind: 'blank' });
  });

  it('reads glyph bullets, with or without a space, as unambiguous', () => {
    expect(classifyLine('● Role: A close confidant')).toEqual({
      kind: 'bullet',
      text: 'Role: A close confidant',
      unambiguous: true,
    });
    expect(classifyLine('•Tea')).toEqual({ kind: 'bullet', text: 'Tea', unambiguous: true });
  });

  it('keeps a stray comma before a bullet glyph as text of the item', () => {
    expect(classifyLine(', ● Role: Beria was')).toEqual({
      kind: 'bullet',
      text: ', Role: Beria was',
      unambiguous: true,
    });
  });

  it('reads "-", "*" and "+" as bullets only with a space and some words after them', () => {
    expect(classifyLine('- apples')).toEqual({
      kind: 'bullet',
      text: 'apples',
      unambiguous: false,
    });
    expect(classifyLine('* pears')).toEqual({ kind: 'bullet', text: 'pears', unambiguous: false });
    expect(classifyLine('***')).toEqual({ kind: 'plain', text: '***' });
    expect(classifyLine('* * *')).toEqual({ kind: 'plain', text: '* * *' });
    expect(classifyLine('--')).toEqual({ kind: 'plain', text: '--' });
    expect(classifyLine('-5 degrees')).toEqual({ kind: 'plain', text: '-5 degrees' });
  });

  it('reads numbered lines with up to three digits, but not years or decimals', () => {
    expect(classifyLine('1. Georgy Malenkov')).toEqual({
      kind: 'ordered',
      number: 1,
      text: 'Georgy Malenkov',
    });
    expect(classifyLine('2) Beria')).toEqual({ kind: 'ordered', number: 2, text: 'Beria' });
    expect(classifyLine('(3) Khrushchev')).toEqual({
      kind: 'ordered',
      number: 3,
      text: 'Khrushchev',
    });
    expect(classifyLine('2)')).toEqual({ kind: 'ordered', number: 2, text: '' });
    expect(classifyLine('1953. The year Stalin died')).toEqual({
      kind: 'plain',
      text: '1953. The year Stalin died',
    });
    expect(classifyLine('1.5 million people')).toEqual({
      kind: 'plain',
      text: '1.5 million people',
    });
  });
});
