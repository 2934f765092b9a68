/** The secret the web app and the collab server share, for signatures that must not be forged. */
export function serverSecret(): string {
  const value = process.env.COLLAB_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error('Set NEXTAUTH_SECRET (or COLLAB_SECRET) for the collab server.');
  return value;
}
