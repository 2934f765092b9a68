import { describe, expect, it } from 'vitest';
import { passwordSchema } from './password-schema';

const message = (p: string) => passwordSchema.safeParse(p).error?.issues[0]?.message;

describe('passwordSchema', () => {
  it('accepts a long, varied password', () => {
    expect(passwordSchema.safeParse('margins are for arguing').success).toBe(true);
  });
  it('explains a short password', () => {
    expect(message('short')).toBe('Use a password of at least 10 characters.');
  });
  it('refuses common passwords whatever their case', () => {
    expect(message('Password123')).toBe('That password is too common; choose another.');
  });
  it('refuses a run of one repeated character', () => {
    expect(message('aaaaaaaaaaaa')).toMatch(/repeats too few characters/);
  });
  it('refuses absurdly long input', () => {
    expect(message('x'.repeat(150) + 'yzw'.repeat(20))).toMatch(/at most 200/);
  });
});
