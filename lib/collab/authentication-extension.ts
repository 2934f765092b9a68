import type { Extension, onAuthenticatePayload, onUpgradePayload } from '@hocuspocus/server';
import { authorizeRoom } from './authorize-room';
import type { CollabContext } from './collab-context';
import { verifyCollabToken } from './collab-token';
import { parseRoomName } from './room-name';
import { userColor } from './user-color';

/**
 * Who may connect: sockets from a foreign Origin are refused at the upgrade (browsers
 * always send one; other clients must still hold a token), and each room needs a
 * valid, unexpired token signed by the web app for that user, document and room, and
 * the policy's leave (`authorizeRoom`), which also decides whether it is read-only.
 */
export class AuthenticationExtension implements Extension {
  extensionName = 'authentication';
  priority = 200;

  constructor(private readonly allowedOrigins: readonly string[]) {}

  async onUpgrade({ request, socket }: onUpgradePayload) {
    const origin = request.headers.origin;
    if (origin && !this.allowedOrigins.includes(origin)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      // An empty rejection stops the upgrade without an error (see Server.setupHttpUpgrade).
      throw undefined;
    }
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
    const claims = verifyCollabToken(token);
    const room = parseRoomName(documentName);
    if (!claims || !room || claims.room !== documentName || claims.doc !== room.documentId) {
      throw new Error('The collab token is invalid or expired, or for another room.');
    }
    const grant = await authorizeRoom(claims.sub, room);
    connectionConfig.readOnly = grant.readOnly;
    const context: CollabContext = { ...grant, room, color: userColor(grant.shownAs.id) };
    return context;
  }
}
