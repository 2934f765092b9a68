import type { beforeHandleMessagePayload, Extension, onConnectPayload } from '@hocuspocus/server';
import { parseRoomName } from './room-name';

/** The collab server's limits; each can be set by environment (see README). */
export interface CollabLimits {
  /** Largest frame accepted, in bytes; a bigger one closes that socket (1009). */
  maxFrameBytes: number;
  /** Connections one document accepts, across its rooms (each reader holds up to four). */
  maxConnectionsPerDocument: number;
  /** Sustained messages per second one socket may send in a room, and the burst above it. */
  messagesPerSecond: number;
  burst: number;
}

/** Limits from COLLAB_MAX_FRAME_BYTES, COLLAB_MAX_CONNECTIONS, COLLAB_MESSAGES_PER_SECOND. */
export function collabLimitsFromEnv(
  env: Record<string, string | undefined> = process.env,
): CollabLimits {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${name} must be a positive number.`);
    return value;
  };
  const messagesPerSecond = num('COLLAB_MESSAGES_PER_SECOND', 60);
  return {
    maxFrameBytes: num('COLLAB_MAX_FRAME_BYTES', 1024 * 1024),
    maxConnectionsPerDocument: num('COLLAB_MAX_CONNECTIONS', 2000),
    messagesPerSecond,
    burst: messagesPerSecond * 2,
  };
}

/**
 * What Hocuspocus buffers for a socket before it has signed into a room. A provider
 * sends a token, a state vector and its awareness per room (four rooms at most) and
 * waits; Hocuspocus's defaults (5 MB, 1,000 messages, 100 rooms) let forty idle sockets
 * hold 200 MB. Beyond these, the socket is closed (4205).
 */
export function unauthenticatedLimits(limits: CollabLimits) {
  return {
    maxUnauthenticatedQueueSize: limits.maxFrameBytes,
    maxUnauthenticatedQueueMessages: 256,
    maxPendingDocuments: 16,
  };
}

/** Close code for a socket that sent more than its share (RFC 6455 policy violation). */
export const RATE_LIMITED = { code: 1008, reason: 'Too many messages' };

/**
 * Caps connections per document and messages per socket (one token bucket per WebSocket,
 * across the rooms it carries). A socket over its rate is closed; nobody else notices. The frame size cap is set on
 * the WebSocket server itself (see startCollabServer).
 */
export class LimitsExtension implements Extension {
  extensionName = 'limits';
  priority = 300;
  private buckets = new WeakMap<object, { tokens: number; at: number }>();

  constructor(private readonly limits: CollabLimits) {}

  async onConnect({ instance, documentName }: onConnectPayload) {
    const documentId = parseRoomName(documentName)?.documentId;
    let open = 0;
    for (const [name, room] of instance.documents)
      if (parseRoomName(name)?.documentId === documentId) open += room.getConnectionsCount();
    const max = this.limits.maxConnectionsPerDocument;
    if (open >= max) throw new Error(`This document is full (${max} connections).`);
  }

  async beforeHandleMessage({ connection }: beforeHandleMessagePayload) {
    const now = performance.now();
    const { messagesPerSecond, burst } = this.limits;
    const socket = connection.webSocket;
    const bucket = this.buckets.get(socket) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * messagesPerSecond);
    bucket.at = now;
    this.buckets.set(socket, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    socket.close(RATE_LIMITED.code, RATE_LIMITED.reason);
    throw Object.assign(new Error('Too many messages.'), RATE_LIMITED);
  }
}
