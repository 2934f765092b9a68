import { describe, expect, it } from 'vitest';
import { can, type DocumentResource } from './can';

const doc = (over: Partial<DocumentResource> = {}): DocumentResource => ({
  type: 'document',
  ownerId: 'owner',
  actorCourseRole: null,
  ...over,
});

describe('can: documents', () => {
  it('lets nobody anonymous do anything', () => {
    for (const action of ['read', 'update', 'delete'] as const)
      expect(can(null, action, doc())).toBe(false);
  });
  it('lets the owner read, update and delete', () => {
    for (const action of ['read', 'update', 'delete'] as const) {
      expect(can({ id: 'owner' }, action, doc())).toBe(true);
    }
  });
  it('lets course members read but not change', () => {
    for (const role of ['STUDENT', 'MODERATOR', 'INSTRUCTOR'] as const) {
      const d = doc({ actorCourseRole: role });
      expect(can({ id: 'member' }, 'read', d)).toBe(true);
      expect(can({ id: 'member' }, 'update', d)).toBe(false);
      expect(can({ id: 'member' }, 'delete', d)).toBe(false);
    }
  });
  it('keeps outsiders out', () => {
    expect(can({ id: 'stranger' }, 'read', doc())).toBe(false);
  });
});
