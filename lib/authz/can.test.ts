import { describe, expect, it } from 'vitest';
import { can, type DocumentResource } from './can';

const doc = (over: Partial<DocumentResource> = {}): DocumentResource => ({
  type: 'document',
  ownerId: 'owner',
  actorCourseRole: null,
  courseArchived: false,
  assignmentClosed: false,
  peersHidden: false,
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

describe('can: courses', () => {
  const course = (actorRole: 'INSTRUCTOR' | 'MODERATOR' | 'STUDENT' | null, archived = false) => ({
    type: 'course' as const,
    actorRole,
    archived,
  });
  it('lets instructors and moderators add documents to an active course', () => {
    expect(can({ id: 'u' }, 'add-document', course('INSTRUCTOR'))).toBe(true);
    expect(can({ id: 'u' }, 'add-document', course('MODERATOR'))).toBe(true);
  });
  it('refuses students, outsiders and archived courses', () => {
    expect(can({ id: 'u' }, 'add-document', course('STUDENT'))).toBe(false);
    expect(can({ id: 'u' }, 'add-document', course(null))).toBe(false);
    expect(can({ id: 'u' }, 'add-document', course('INSTRUCTOR', true))).toBe(false);
  });
  it('lets only the owner move a document', () => {
    expect(
      can({ id: 'owner' }, 'move', {
        type: 'document',
        ownerId: 'owner',
        actorCourseRole: null,
        courseArchived: false,
        assignmentClosed: false,
        peersHidden: false,
      }),
    ).toBe(true);
    expect(
      can({ id: 'ta' }, 'move', {
        type: 'document',
        ownerId: 'owner',
        actorCourseRole: 'INSTRUCTOR',
        courseArchived: false,
        assignmentClosed: false,
        peersHidden: false,
      }),
    ).toBe(false);
  });
});

describe('can: replies', () => {
  type Role = 'INSTRUCTOR' | 'MODERATOR' | 'STUDENT' | null;
  const reply = (role: Role, hidden = false, visibility: 'PRIVATE' | 'COURSE' = 'COURSE') => ({
    type: 'reply' as const,
    authorId: 'ben',
    hidden,
    note: {
      type: 'annotation' as const,
      kind: 'COMMENT' as const,
      authorId: 'ana',
      visibility,
      hidden: false,
      document: {
        type: 'document' as const,
        ownerId: 'teacher',
        actorCourseRole: role,
        courseArchived: false,
        assignmentClosed: false,
        peersHidden: false,
      },
    },
  });
  it('lets only the author of a reply edit or delete it', () => {
    expect(can({ id: 'ben' }, 'update', reply('STUDENT'))).toBe(true);
    expect(can({ id: 'ben' }, 'delete', reply('STUDENT'))).toBe(true);
    expect(can({ id: 'ana' }, 'update', reply('STUDENT'))).toBe(false);
    expect(can({ id: 'ta' }, 'delete', reply('MODERATOR'))).toBe(false);
  });
  it('shows a hidden reply only to its author and moderators', () => {
    expect(can({ id: 'cy' }, 'read', reply('STUDENT', true))).toBe(false);
    expect(can({ id: 'ben' }, 'read', reply('STUDENT', true))).toBe(true);
    expect(can({ id: 'ta' }, 'read', reply('MODERATOR', true))).toBe(true);
  });
  it('follows its note: no reading or editing once the note is out of reach', () => {
    expect(can({ id: 'ben' }, 'update', reply('STUDENT', false, 'PRIVATE'))).toBe(false);
    expect(can({ id: 'ben' }, 'read', reply(null))).toBe(false);
  });
});

describe('can: notebooks', () => {
  const notebook = (
    actorRole: 'INSTRUCTOR' | 'MODERATOR' | 'STUDENT' | null,
    locked = false,
    archived = false,
  ) => ({
    type: 'notebook' as const,
    locked,
    course: { type: 'course' as const, actorRole, archived },
  });
  it('lets every member read and write an open notebook, and nobody else', () => {
    for (const role of ['STUDENT', 'MODERATOR', 'INSTRUCTOR'] as const) {
      expect(can({ id: 'u' }, 'read', notebook(role))).toBe(true);
      expect(can({ id: 'u' }, 'update', notebook(role))).toBe(true);
    }
    expect(can({ id: 'u' }, 'read', notebook(null))).toBe(false);
    expect(can({ id: 'u' }, 'update', notebook(null))).toBe(false);
  });
  it('leaves a locked notebook writable by instructors only', () => {
    expect(can({ id: 'u' }, 'update', notebook('INSTRUCTOR', true))).toBe(true);
    expect(can({ id: 'u' }, 'update', notebook('MODERATOR', true))).toBe(false);
    expect(can({ id: 'u' }, 'update', notebook('STUDENT', true))).toBe(false);
    expect(can({ id: 'u' }, 'read', notebook('STUDENT', true))).toBe(true);
  });
  it('lets only instructors of an active course lock it, and freezes archived courses', () => {
    expect(can({ id: 'u' }, 'manage', notebook('INSTRUCTOR'))).toBe(true);
    expect(can({ id: 'u' }, 'manage', notebook('MODERATOR'))).toBe(false);
    expect(can({ id: 'u' }, 'update', notebook('STUDENT', false, true))).toBe(false);
  });
});

describe('can: claims, sources and moderation', () => {
  type Role = 'INSTRUCTOR' | 'MODERATOR' | 'STUDENT' | null;
  const note = (role: Role, kind: 'COMMENT' | 'CLAIM' = 'COMMENT', hidden = false) => ({
    type: 'annotation' as const,
    kind,
    authorId: 'ana',
    visibility: 'COURSE' as const,
    hidden,
    document: {
      type: 'document' as const,
      ownerId: 'teacher',
      actorCourseRole: role,
      courseArchived: false,
      assignmentClosed: false,
      peersHidden: false,
    },
  });
  it('lets only the author cite sources on a plain note, and any member on a claim', () => {
    expect(can({ id: 'ana' }, 'cite', note('STUDENT'))).toBe(true);
    expect(can({ id: 'ben' }, 'cite', note('STUDENT'))).toBe(false);
    expect(can({ id: 'ben' }, 'cite', note('STUDENT', 'CLAIM'))).toBe(true);
    expect(can({ id: 'ben' }, 'cite', note(null, 'CLAIM'))).toBe(false);
    expect(can({ id: 'ben' }, 'cite', note('MODERATOR', 'CLAIM', true))).toBe(false);
  });
  it('lets readers report what others wrote, never their own', () => {
    expect(can({ id: 'ben' }, 'report', note('STUDENT'))).toBe(true);
    expect(can({ id: 'ana' }, 'report', note('STUDENT'))).toBe(false);
    expect(can({ id: 'stranger' }, 'report', note(null))).toBe(false);
  });
  it('lets moderators and instructors moderate notes and replies, and nobody else', () => {
    for (const [role, allowed] of [
      ['INSTRUCTOR', true],
      ['MODERATOR', true],
      ['STUDENT', false],
      [null, false],
    ] as const) {
      expect(can({ id: 'x' }, 'moderate', note(role, 'CLAIM'))).toBe(allowed);
      const reply = { type: 'reply' as const, authorId: 'ben', hidden: false, note: note(role) };
      expect(can({ id: 'x' }, 'moderate', reply)).toBe(allowed);
    }
  });
  it('lets only instructors read the audit log, also after the course is archived', () => {
    const course = (actorRole: Role, archived = false) => ({
      type: 'course' as const,
      actorRole,
      archived,
    });
    expect(can({ id: 'u' }, 'audit', course('INSTRUCTOR', true))).toBe(true);
    expect(can({ id: 'u' }, 'audit', course('MODERATOR'))).toBe(false);
    expect(can({ id: 'u' }, 'audit', course('STUDENT'))).toBe(false);
    expect(can(null, 'audit', course('INSTRUCTOR'))).toBe(false);
  });
});

describe('can: sources attached to notes', () => {
  const link = (addedById: string, role: 'MODERATOR' | 'STUDENT' | null) => ({
    type: 'source-link' as const,
    addedById,
    note: {
      type: 'annotation' as const,
      kind: 'CLAIM' as const,
      authorId: 'ana',
      visibility: 'COURSE' as const,
      hidden: false,
      document: {
        type: 'document' as const,
        ownerId: 'teacher',
        actorCourseRole: role,
        courseArchived: false,
        assignmentClosed: false,
        peersHidden: false,
      },
    },
  });
  it('lets whoever attached it, the note’s author and moderators remove it, and nobody else', () => {
    expect(can({ id: 'ben' }, 'delete', link('ben', 'STUDENT'))).toBe(true);
    expect(can({ id: 'ana' }, 'delete', link('ben', 'STUDENT'))).toBe(true);
    expect(can({ id: 'mo' }, 'delete', link('ben', 'MODERATOR'))).toBe(true);
    expect(can({ id: 'cy' }, 'delete', link('ben', 'STUDENT'))).toBe(false);
    expect(can({ id: 'ben' }, 'delete', link('ben', null))).toBe(false);
    expect(can({ id: 'ben' }, 'update', link('ben', 'STUDENT'))).toBe(false);
  });
});

describe('can: archived courses', () => {
  const document = (courseArchived: boolean) => ({
    type: 'document' as const,
    ownerId: 'teacher',
    actorCourseRole: 'STUDENT' as const,
    courseArchived,
    assignmentClosed: false,
    peersHidden: false,
  });
  const note = {
    type: 'annotation' as const,
    kind: 'COMMENT' as const,
    authorId: 'ana',
    visibility: 'COURSE' as const,
    hidden: false,
    document: document(true),
  };
  it('keeps documents and notes readable and refuses every write on them', () => {
    expect(can({ id: 'ana' }, 'read', document(true))).toBe(true);
    expect(can({ id: 'ana' }, 'annotate', document(true))).toBe(false);
    expect(can({ id: 'ana' }, 'annotate', document(false))).toBe(true);
    expect(
      can({ id: 'teacher' }, 'update', { ...document(true), actorCourseRole: 'INSTRUCTOR' }),
    ).toBe(false);
    expect(can({ id: 'ana' }, 'read', note)).toBe(true);
    for (const action of ['update', 'delete', 'reply', 'cite', 'report'] as const)
      expect(can({ id: 'ana' }, action, note)).toBe(false);
    const reply = { type: 'reply' as const, authorId: 'ana', hidden: false, note };
    expect(can({ id: 'ana' }, 'read', reply)).toBe(true);
    expect(can({ id: 'ana' }, 'update', reply)).toBe(false);
  });
  it('lets only instructors archive a course or bring it back', () => {
    const course = (actorRole: 'INSTRUCTOR' | 'MODERATOR' | 'STUDENT') => ({
      type: 'course' as const,
      actorRole,
      archived: true,
    });
    expect(can({ id: 'u' }, 'archive', course('INSTRUCTOR'))).toBe(true);
    expect(can({ id: 'u' }, 'archive', course('MODERATOR'))).toBe(false);
    expect(can({ id: 'u' }, 'manage', course('INSTRUCTOR'))).toBe(false);
    expect(can({ id: 'u' }, 'read', course('STUDENT'))).toBe(true);
  });
});

describe('can: assignments past due without late work', () => {
  const document = (actorCourseRole: 'STUDENT' | 'MODERATOR' | 'INSTRUCTOR') => ({
    type: 'document' as const,
    ownerId: 'teacher',
    actorCourseRole,
    courseArchived: false,
    assignmentClosed: true,
    peersHidden: false,
  });
  it('stops students adding notes, and lets the course staff go on', () => {
    expect(can({ id: 'ana' }, 'annotate', document('STUDENT'))).toBe(false);
    expect(can({ id: 'ana' }, 'read', document('STUDENT'))).toBe(true);
    expect(can({ id: 'mo' }, 'annotate', document('MODERATOR'))).toBe(true);
    expect(can({ id: 'teacher' }, 'annotate', document('INSTRUCTOR'))).toBe(true);
  });
});

describe('can: hide-until-post, prompts and live sessions', () => {
  const gated = doc({ actorCourseRole: 'STUDENT', peersHidden: true });
  const note = (authorId: string, kind: 'COMMENT' | 'PROMPT' = 'COMMENT') => ({
    type: 'annotation' as const,
    kind,
    authorId,
    visibility: 'COURSE' as const,
    hidden: false,
    document: gated,
  });
  it('leaves a gated student their own notes and the prompts only', () => {
    expect(can({ id: 'me' }, 'read', note('me'))).toBe(true);
    expect(can({ id: 'me' }, 'read', note('classmate'))).toBe(false);
    expect(can({ id: 'me' }, 'read', note('teacher', 'PROMPT'))).toBe(true);
    const reply = (authorId: string) => ({
      type: 'reply' as const,
      authorId,
      hidden: false,
      note: note('teacher', 'PROMPT'),
    });
    expect(can({ id: 'me' }, 'read', reply('me'))).toBe(true);
    expect(can({ id: 'me' }, 'read', reply('classmate'))).toBe(false);
  });
  it('gives prompts to the teaching staff and sessions to instructors, while active', () => {
    for (const [role, prompt, lead] of [
      ['INSTRUCTOR', true, true],
      ['MODERATOR', true, false],
      ['STUDENT', false, false],
    ] as const) {
      expect(can({ id: 'u' }, 'prompt', doc({ actorCourseRole: role }))).toBe(prompt);
      expect(can({ id: 'u' }, 'lead', doc({ actorCourseRole: role }))).toBe(lead);
    }
    const archived = doc({ actorCourseRole: 'INSTRUCTOR', courseArchived: true });
    expect(can({ id: 'u' }, 'prompt', archived)).toBe(false);
    expect(can({ id: 'u' }, 'lead', archived)).toBe(false);
  });
});
