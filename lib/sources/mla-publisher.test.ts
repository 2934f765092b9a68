import { describe, expect, it } from 'vitest';
import { mlaPublisher } from './mla-publisher';

describe('mlaPublisher', () => {
  it.each([
    ['University of Chicago Press', 'U of Chicago P'],
    ['Oxford University Press', 'Oxford UP'],
    ['Johns Hopkins University Press', 'Johns Hopkins UP'],
    ['MIT Press', 'MIT P'],
    ['Penguin Books', 'Penguin Books'],
    ['Pressburger Universityville', 'Pressburger Universityville'],
  ])('shortens %j to %j', (name, short) => {
    expect(mlaPublisher(name)).toBe(short);
  });
});
