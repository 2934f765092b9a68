import { expect, test, type APIRequestContext } from '@playwright/test';
import { callServerAction } from './support/call-server-action';
import { newApiPerson } from './support/auth';
import { listRouteHandlers, listServerActions } from './support/list-endpoints';

/**
 * Every endpoint that acts for a person, found on disk (route handlers) and in the build
 * (server actions), must be listed here with the refusals it owes:
 * - without a session or token: 401 (a server action: "your session has ended");
 * - a cookie-authenticated write whose Origin is another site: 403;
 * - a course member without the right (`wrongRole`): the status given;
 * - the member who has the right on course A, with course B's ids (`otherCourse`): the
 *   status given.
 * Where a check cannot apply, the entry says why instead. A new endpoint fails this
 * test until it is listed, so none ships without these checks.
 */

/** Course A's people; the author wrote every note, reply and claim of the fixture. */
type Who = 'instructor' | 'moderator' | 'author' | 'student';

/** One course's fixture: course B's has the same shape and is made the same way. */
interface Side {
  course: string;
  doc: string;
  version: string;
  note: string;
  reply: string;
  claim: string;
  source: string;
  assignment: string;
  session: string;
  /** A student member other than the author. */
  member: string;
}

interface Check {
  /** Who may do this on course A's ids: the caller of the origin and other-course checks. */
  by: Who;
  /** Route parameters (bracketed segments) and, after `?`, the query. */
  params?: (s: Side) => Record<string, string>;
  query?: (s: Side) => string;
  body?: (s: Side) => unknown;
  /** A course-A member without the right and their status, or why no member lacks it. */
  wrongRole?: [Who, number] | string;
  /** The status `by` gets with course B's ids, or why the endpoint takes no course ids. */
  otherCourse: number | string;
}

const BOOK = { type: 'book', title: 'A Reading Guide', authors: ['Reader, Ann'], issued: '2001' };
const note = (exact: string) => ({
  target: { selector: [{ type: 'TextQuoteSelector', exact }] },
  body: 'Checked by the endpoint test.',
  visibility: 'course',
});
const reason = { reason: 'Checked by the endpoint test.' };
const id = (key: keyof Side) => (s: Side) => ({ id: s[key] });
const SELF = 'acts only on the caller’s own account';
const ANY_MEMBER = 'every member who can read the document may do this';

/** Route handlers anyone may call, and why. */
const PUBLIC: Record<string, string> = {
  'GET /api/health': 'the health check load balancers poll',
  'GET /api/auth/[...nextauth]': 'next-auth’s sign-in pages and CSRF token',
  'POST /api/auth/[...nextauth]':
    'next-auth’s sign-in, guarded by its CSRF token and the sign-in limit',
  'POST /api/v1/accounts': 'sign-up; the foreign-origin check is tested below',
  'GET /notifications/[id]': 'sends a visitor without a session to sign in; tested below',
};

/** Every route handler that needs a caller, by "METHOD /pattern". */
const ROUTES: Record<string, Check> = {
  // Notes, replies and their moderation.
  'GET /api/v1/annotations': { by: 'author', otherCourse: 'search spans what the caller may read' },
  'GET /api/v1/annotations/[id]': { by: 'author', params: id('note'), otherCourse: 404 },
  'PATCH /api/v1/annotations/[id]': {
    by: 'author',
    params: id('note'),
    body: () => ({ tags: ['checked'] }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'DELETE /api/v1/annotations/[id]': {
    by: 'author',
    params: id('note'),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/annotations/[id]/replies': {
    by: 'student',
    params: id('note'),
    body: () => ({ body: 'A reply.' }),
    wrongRole: ANY_MEMBER,
    otherCourse: 404,
  },
  'POST /api/v1/annotations/[id]/report': {
    by: 'student',
    params: id('note'),
    body: () => reason,
    wrongRole: ANY_MEMBER,
    otherCourse: 404,
  },
  'POST /api/v1/annotations/[id]/hide': {
    by: 'moderator',
    params: id('note'),
    body: () => reason,
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/annotations/[id]/unhide': {
    by: 'moderator',
    params: id('note'),
    body: () => reason,
    wrongRole: ['author', 403],
    otherCourse: 404,
  },
  'POST /api/v1/annotations/[id]/dismiss-report': {
    by: 'moderator',
    params: id('note'),
    body: () => reason,
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/annotations/[id]/sources': {
    by: 'author',
    params: id('note'),
    body: () => ({ source: BOOK, relation: 'context' }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'DELETE /api/v1/annotations/[id]/sources/[sourceId]': {
    by: 'author',
    params: (s) => ({ id: s.note, sourceId: s.source }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'PATCH /api/v1/replies/[id]': {
    by: 'author',
    params: id('reply'),
    body: () => ({ body: 'An edited reply.' }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'DELETE /api/v1/replies/[id]': {
    by: 'author',
    params: id('reply'),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/replies/[id]/report': {
    by: 'student',
    params: id('reply'),
    body: () => reason,
    wrongRole: ANY_MEMBER,
    otherCourse: 404,
  },
  'POST /api/v1/replies/[id]/hide': {
    by: 'moderator',
    params: id('reply'),
    body: () => reason,
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/replies/[id]/unhide': {
    by: 'moderator',
    params: id('reply'),
    body: () => reason,
    wrongRole: ['author', 403],
    otherCourse: 404,
  },
  'POST /api/v1/replies/[id]/dismiss-report': {
    by: 'moderator',
    params: id('reply'),
    body: () => reason,
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/claims/[id]/verdict': {
    by: 'moderator',
    params: id('claim'),
    body: () => ({ status: 'unverifiable', note: 'No source could be found.' }),
    wrongRole: ['author', 403],
    otherCourse: 404,
  },

  // Documents.
  'GET /api/v1/documents': { by: 'author', otherCourse: 'lists what the caller may read' },
  'POST /api/v1/documents': {
    by: 'instructor',
    body: (s) => ({ title: 'A new reading', text: 'One short paragraph.', courseId: s.course }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'GET /api/v1/documents/[id]': { by: 'author', params: id('doc'), otherCourse: 404 },
  'PUT /api/v1/documents/[id]': {
    by: 'instructor',
    params: id('doc'),
    body: () => ({ title: 'Renamed by the endpoint test' }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'DELETE /api/v1/documents/[id]': {
    by: 'instructor',
    params: id('doc'),
    wrongRole: ['moderator', 403],
    otherCourse: 404,
  },
  'GET /api/v1/documents/[id]/annotations': { by: 'author', params: id('doc'), otherCourse: 404 },
  'POST /api/v1/documents/[id]/annotations': {
    by: 'student',
    params: id('doc'),
    body: () => note('reading room'),
    wrongRole: ANY_MEMBER,
    otherCourse: 404,
  },
  'POST /api/v1/documents/[id]/annotations/import': {
    by: 'student',
    params: id('doc'),
    body: () => ({ type: 'AnnotationCollection', items: [] }),
    wrongRole: ANY_MEMBER,
    otherCourse: 404,
  },
  'POST /api/v1/documents/[id]/claims': {
    by: 'student',
    params: id('doc'),
    body: () => ({ ...note('reading room'), reason: 'needs_citation' }),
    wrongRole: ANY_MEMBER,
    otherCourse: 404,
  },
  'POST /api/v1/documents/[id]/prompts': {
    by: 'instructor',
    params: id('doc'),
    body: () => note('reading room'),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'PATCH /api/v1/documents/[id]/notebook': {
    by: 'instructor',
    params: id('doc'),
    body: () => ({ locked: false }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'GET /api/v1/documents/[id]/sources': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/documents/[id]/bibliography': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/documents/[id]/collab': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/documents/[id]/export.pdf': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/documents/[id]/export.jsonld': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/documents/[id]/export.csv': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/documents/[id]/export.md': { by: 'author', params: id('doc'), otherCourse: 404 },
  'GET /api/v1/collab/token': {
    by: 'author',
    query: (s) => `room=margin.${s.doc}.course`,
    otherCourse: 404,
  },

  // Live sessions.
  'GET /api/v1/documents/[id]/live-session': { by: 'author', params: id('doc'), otherCourse: 404 },
  'POST /api/v1/documents/[id]/live-session': {
    by: 'instructor',
    params: id('doc'),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'GET /api/v1/live-sessions/[id]': { by: 'author', params: id('session'), otherCourse: 404 },
  'POST /api/v1/live-sessions/[id]/spotlights': {
    by: 'instructor',
    params: id('session'),
    body: () => ({ start: 0, end: 5 }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/live-sessions/[id]/reveal': {
    by: 'instructor',
    params: id('session'),
    body: () => ({ forGood: false }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'POST /api/v1/live-sessions/[id]/end': {
    by: 'instructor',
    params: id('session'),
    wrongRole: ['moderator', 403],
    otherCourse: 404,
  },

  // Courses and assignments.
  'GET /api/v1/courses': { by: 'author', otherCourse: 'lists the caller’s own courses' },
  'POST /api/v1/courses': {
    by: 'student',
    body: () => ({ title: 'A course of my own' }),
    wrongRole: 'anyone may start a course, and teaches it',
    otherCourse: 'takes no course id',
  },
  'POST /api/v1/courses/join': {
    by: 'student',
    body: () => ({ code: 'NOT-A-CODE' }),
    wrongRole: 'anyone with the code may join',
    otherCourse: 'the code names the course; a wrong one is refused',
  },
  'GET /api/v1/courses/[id]': { by: 'author', params: id('course'), otherCourse: 404 },
  'PATCH /api/v1/courses/[id]': {
    by: 'instructor',
    params: id('course'),
    body: () => ({ title: 'Renamed course' }),
    wrongRole: ['moderator', 403],
    otherCourse: 404,
  },
  'PATCH /api/v1/courses/[id]/members/[userId]': {
    by: 'instructor',
    params: (s) => ({ id: s.course, userId: s.member }),
    body: () => ({ role: 'moderator' }),
    wrongRole: ['moderator', 403],
    otherCourse: 404,
  },
  'DELETE /api/v1/courses/[id]/members/[userId]': {
    by: 'instructor',
    params: (s) => ({ id: s.course, userId: s.member }),
    wrongRole: ['author', 403],
    otherCourse: 404,
  },
  'GET /api/v1/courses/[id]/assignments': { by: 'author', params: id('course'), otherCourse: 404 },
  'POST /api/v1/courses/[id]/assignments': {
    by: 'instructor',
    params: id('course'),
    body: (s) => ({ documentId: s.doc, title: 'Read it again' }),
    wrongRole: ['student', 403],
    otherCourse: 404,
  },
  'DELETE /api/v1/assignments/[id]': {
    by: 'instructor',
    params: id('assignment'),
    wrongRole: ['moderator', 403],
    otherCourse: 404,
  },
  'GET /api/v1/courses/[id]/audit': { by: 'instructor', params: id('course'), otherCourse: 404 },
  'GET /api/v1/courses/[id]/participation': {
    by: 'instructor',
    params: id('course'),
    otherCourse: 404,
  },
  'GET /api/v1/courses/[id]/participation.csv': {
    by: 'instructor',
    params: id('course'),
    otherCourse: 404,
  },
  'GET /api/v1/moderation/queue': { by: 'moderator', otherCourse: 'lists the caller’s own queue' },

  // The caller's own things.
  'GET /api/v1/me': { by: 'author', otherCourse: SELF },
  'GET /api/v1/me/assignments': { by: 'author', otherCourse: SELF },
  'GET /api/v1/notifications': { by: 'author', otherCourse: SELF },
  'POST /api/v1/notifications/read': {
    by: 'author',
    body: () => ({ ids: [] }),
    wrongRole: SELF,
    otherCourse: SELF,
  },
};

interface ActionCheck {
  by: Who;
  /** A course-A member without the right, or why no member lacks it. */
  wrongRole: [Who] | string;
  /** Whether `by` is refused with course B's ids, or why the action takes none. */
  otherCourse: true | string;
  /**
   * Why `by` is not also shown to succeed on course A, which proves the fields valid and
   * so the refusals the policy's; only for actions whose success would spoil the fixture.
   */
  noControl?: string;
  /** The page the form is on, for course A (the action runs before the page renders). */
  url: (s: Side) => string;
  fields: (s: Side) => Record<string, string | string[]>;
}

/** Every server action, by "file#export". */
const ACTIONS: Record<string, ActionCheck> = {
  'app/documents/actions.ts#updateDetailsAction': {
    by: 'instructor',
    url: () => '/',
    fields: (s) => ({ documentId: s.doc, title: 'Renamed by an action' }),
    wrongRole: ['student'],
    otherCourse: true,
  },
  'app/documents/actions.ts#moveDocumentAction': {
    by: 'instructor',
    url: () => '/',
    fields: (s) => ({ documentId: s.doc, courseId: s.course }),
    wrongRole: ['student'],
    otherCourse: true,
  },
  'app/documents/actions.ts#deleteDocumentAction': {
    by: 'instructor',
    url: () => '/',
    fields: (s) => ({ documentId: s.doc }),
    noControl: 'it would delete the document the other checks use',
    wrongRole: ['moderator'],
    otherCourse: true,
  },
  'app/documents/actions.ts#saveVersionAction': {
    by: 'instructor',
    url: (s) => `/documents/${s.doc}/edit`,
    fields: (s) => ({
      documentId: s.doc,
      baseVersionId: s.version,
      content: JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rewritten.' }] }],
      }),
    }),
    wrongRole: ['student'],
    otherCourse: true,
  },
  'app/courses/[id]/settings/actions.ts#saveAnnotationSettingsAction': {
    by: 'instructor',
    url: (s) => `/courses/${s.course}/settings`,
    fields: (s) => ({
      courseId: s.course,
      key: ['key-idea'],
      label: ['Main point'],
      color: ['#fde68a'],
      defaultVisibility: 'course',
    }),
    wrongRole: ['moderator'],
    otherCourse: true,
  },
  'app/notifications/actions.ts#markAllReadAction': {
    by: 'author',
    url: () => '/notifications',
    fields: () => ({}),
    wrongRole: SELF,
    otherCourse: SELF,
  },
  'app/settings/actions.ts#createTokenAction': {
    by: 'author',
    url: () => '/settings',
    fields: () => ({ name: 'endpoint test' }),
    wrongRole: SELF,
    otherCourse: SELF,
  },
  'app/settings/actions.ts#revokeTokenAction': {
    by: 'author',
    url: () => '/settings',
    fields: () => ({ tokenId: 'no-such-token' }),
    noControl: 'there is no token of the caller’s to revoke',
    wrongRole: SELF,
    otherCourse: SELF,
  },
  'app/settings/actions.ts#changePasswordAction': {
    by: 'author',
    url: () => '/settings',
    fields: () => ({ currentPassword: 'reading together', newPassword: 'another long phrase' }),
    noControl: 'it would sign the author out of every other check',
    wrongRole: SELF,
    otherCourse: SELF,
  },
  'app/settings/actions.ts#setCitationStyleAction': {
    by: 'author',
    url: () => '/settings',
    fields: () => ({ citationStyle: '' }),
    wrongRole: SELF,
    otherCourse: SELF,
  },
};

const FOREIGN = 'https://elsewhere.example';
const as = {} as Record<Who | 'outsider', APIRequestContext>;
let anonymous: APIRequestContext;
let A: Side;
let B: Side;

async function json<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A course with a document, a note, reply, source, claim, assignment and live session. */
async function makeSide(
  people: Record<Who, APIRequestContext>,
  ids: Record<Who, string>,
): Promise<Side> {
  const { instructor, moderator, author, student } = people;
  const course = await json<{ id: string; joinCode: string }>(
    await instructor.post('/api/v1/courses', { data: { title: 'Endpoint checks' } }),
  );
  for (const who of [moderator, author, student])
    await json(await who.post('/api/v1/courses/join', { data: { code: course.joinCode } }));
  await json(
    await instructor.patch(`/api/v1/courses/${course.id}/members/${ids.moderator}`, {
      data: { role: 'moderator' },
    }),
  );
  const doc = await json<{ id: string; versionId: string }>(
    await instructor.post('/api/v1/documents', {
      data: {
        title: 'The Reading Room',
        text: 'The reading room opened in 1857. Its dome was iron and glass.',
        courseId: course.id,
      },
    }),
  );
  const written = await json<{ id: string }>(
    await author.post(`/api/v1/documents/${doc.id}/annotations`, { data: note('opened in 1857') }),
  );
  const reply = await json<{ id: string }>(
    await author.post(`/api/v1/annotations/${written.id}/replies`, { data: { body: 'Mine.' } }),
  );
  const source = await json<{ sourceId: string }>(
    await author.post(`/api/v1/annotations/${written.id}/sources`, {
      data: { source: BOOK, relation: 'context' },
    }),
  );
  const claim = await json<{ id: string }>(
    await author.post(`/api/v1/documents/${doc.id}/claims`, {
      data: { ...note('iron and glass'), reason: 'needs_citation' },
    }),
  );
  const assignment = await json<{ id: string }>(
    await instructor.post(`/api/v1/courses/${course.id}/assignments`, {
      data: { documentId: doc.id, title: 'Read the room' },
    }),
  );
  const live = await json<{ session: { id: string } }>(
    await instructor.post(`/api/v1/documents/${doc.id}/live-session`),
  );
  return {
    course: course.id,
    doc: doc.id,
    version: doc.versionId,
    note: written.id,
    reply: reply.id,
    claim: claim.id,
    source: source.sourceId,
    assignment: assignment.id,
    session: live.session.id,
    member: ids.student,
  };
}

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL;
  anonymous = await playwright.request.newContext({ baseURL });
  const person = (name: string) => newApiPerson(playwright, baseURL, name);
  const a = {
    instructor: await person('Ines Instructor'),
    moderator: await person('Mo Moderator'),
    author: await person('Sam Author'),
    student: await person('Tia Student'),
  };
  const b = {
    instructor: await person('Bea Instructor'),
    moderator: await person('Max Moderator'),
    author: await person('Bo Author'),
    student: await person('Cy Student'),
  };
  const requests = (p: typeof a) =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.request])) as Record<
      Who,
      APIRequestContext
    >;
  const userIds = (p: typeof a) =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.id])) as Record<Who, string>;
  Object.assign(as, requests(a), { outsider: (await person('Olga Outsider')).request });
  A = await makeSide(requests(a), userIds(a));
  B = await makeSide(requests(b), userIds(b));
});

test.afterAll(async () => {
  await anonymous.dispose();
});

function urlOf(pattern: string, check: Check, side: Side): string {
  let url = pattern;
  for (const [name, value] of Object.entries(check.params?.(side) ?? {}))
    url = url.replace(`[${name}]`, encodeURIComponent(value));
  expect(url, `${pattern}: every bracketed segment needs a value`).not.toContain('[');
  return check.query ? `${url}?${check.query(side)}` : url;
}

function send(request: APIRequestContext, key: string, side: Side, origin?: string) {
  const check = ROUTES[key]!;
  const [method, pattern] = key.split(' ') as [string, string];
  const body = check.body?.(side);
  return request.fetch(urlOf(pattern, check, side), {
    method,
    headers: origin ? { origin } : {},
    ...(body === undefined ? {} : { data: body }),
    maxRedirects: 0,
  });
}

test('every route handler and server action is listed here with its checks', () => {
  const routes = listRouteHandlers();
  const unlisted = routes.filter((r) => !(r in ROUTES) && !(r in PUBLIC));
  expect(unlisted, 'new route handlers: add them to ROUTES or PUBLIC').toEqual([]);
  const gone = [...Object.keys(ROUTES), ...Object.keys(PUBLIC)].filter((r) => !routes.includes(r));
  expect(gone, 'listed routes that no longer exist').toEqual([]);

  const actions = listServerActions().map((a) => a.name);
  expect(
    actions.filter((a) => !(a in ACTIONS)),
    'new server actions: add them to ACTIONS',
  ).toEqual([]);
  expect(Object.keys(ACTIONS).filter((a) => !actions.includes(a))).toEqual([]);
});

for (const [key, check] of Object.entries(ROUTES)) {
  const write = !key.startsWith('GET ');
  test(`${key}: refused without a session, from another site, to the wrong role and with another course's ids`, async () => {
    const refusals: string[] = [];
    const expectStatus = async (
      what: string,
      response: Awaited<ReturnType<typeof send>>,
      status: number,
    ) => {
      if (response.status() !== status)
        refusals.push(
          `${what}: expected ${status}, got ${response.status()} ${(await response.text()).slice(0, 200)}`,
        );
    };
    await expectStatus('no session', await send(anonymous, key, A), 401);
    if (write) await expectStatus('foreign Origin', await send(as[check.by], key, A, FOREIGN), 403);
    if (Array.isArray(check.wrongRole)) {
      const [who, status] = check.wrongRole;
      await expectStatus(`as ${who}`, await send(as[who], key, A), status);
    } else if (write) {
      expect(check.wrongRole, `${key}: give wrongRole, or say why every member may`).toBeTruthy();
    }
    if (typeof check.otherCourse === 'number')
      await expectStatus(
        `${check.by} with course B's ids`,
        await send(as[check.by], key, B),
        check.otherCourse,
      );
    expect(refusals).toEqual([]);
  });
}

test('sign-up and the notification links refuse what they must', async () => {
  const signUp = await anonymous.post('/api/v1/accounts', {
    headers: { origin: FOREIGN },
    data: { name: 'Far Away', email: 'far-away@test.example', password: 'reading together' },
  });
  expect(signUp.status()).toBe(403);
  const link = await anonymous.get(`/notifications/anything`, { maxRedirects: 0 });
  expect(link.status()).toBe(303);
  expect(link.headers()['location']).toContain('/signin');
});

for (const [name, check] of Object.entries(ACTIONS)) {
  test(`${name}: refused without a session, from another site, to the wrong role and with another course's ids`, async ({
    baseURL,
  }) => {
    const action = listServerActions().find((a) => a.name === name)!;
    const call = (request: APIRequestContext, side: Side, origin = new URL(baseURL!).origin) =>
      callServerAction(request, {
        id: action.id,
        url: check.url(A),
        fields: check.fields(side),
        origin,
      });

    const none = await call(anonymous, A);
    expect(none.result?.error, 'without a session').toMatch(/session has ended/);
    const foreign = await call(as[check.by], A, FOREIGN);
    expect(foreign.status, 'from another site').toBe(403);
    expect(foreign.result).toBeNull();
    if (Array.isArray(check.wrongRole)) {
      const refused = await call(as[check.wrongRole[0]], A);
      expect(refused.result?.error, `as ${check.wrongRole[0]}`).toBeTruthy();
      expect(refused.result?.ok).toBeFalsy();
    }
    if (check.otherCourse === true) {
      const refused = await call(as[check.by], B);
      expect(refused.result?.error, `${check.by} with course B's ids`).toBeTruthy();
      expect(refused.result?.ok).toBeFalsy();
    }
    if (!check.noControl) {
      const allowed = await call(as[check.by], A);
      expect(allowed.result, `${check.by} on course A, with the same fields`).toMatchObject({
        ok: true,
      });
    }
  });
}
