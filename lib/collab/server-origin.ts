/** The origin of the collab server's own writes to a room: not a client's, and nothing to store. */
export const SERVER_ORIGIN = { source: 'local' as const, skipStoreHooks: true };
