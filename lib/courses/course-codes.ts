import { randomBytes, randomInt } from 'node:crypto';

// No 0/O or 1/I/L: codes are read aloud and typed from a projector.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh join code like `K7QX-M4PD`: 8 characters from an unambiguous alphabet. */
export function newJoinCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** A fresh invite-link token: 24 random bytes, URL-safe. */
export function newInviteToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A join code as typed (any case, spaces, with or without the dash) in its stored form. */
export function normalizeJoinCode(text: string): string {
  const bare = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
}
