import { expect, test, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readPdfPages } from '../lib/export/pdf/testing/read-pdf-pages';
import { connectRoom } from '../lib/testing/connect-room';
import { newPerson } from './support/auth';

/** Who asks, in the order of each cell's letters. */
const ROLES = ['anonymous', 'outsider', 'student', 'other', 'moderator', 'instructor'] as const;
type Role = (typeof ROLES)[number];

/** Every way a note can be read over HTTP or the collab server. */
const PATHS = ['list', 'item', 'reader', 'room', 'search', 'pdf', 'jsonld', 'csv', 'md'] as const;
type Path = (typeof PATHS)[number];

/**
 * Whether each role sees each note on each path. A cell has one letter per role, in
 * ROLES order: anonymous, outsider, student (the author of every note), another
 * student, moderator, instructor. Y: shown; `.`: not shown; x: the document itself is
 * refused, with the status in REFUSED. Every note is the student's, on a course
 * document: private is theirs alone; hidden was hidden by the moderator; claim is a
 * flagged claim; peerHidden is a course note on a second document whose assignment
 * hides classmates' notes until one is posted, which the other student has not done.
 * Search spans every document, so it refuses no signed-in outsider: it finds nothing.
 * Exports leave out hidden notes for everyone, their author and moderators included
 * (lib/export/load-export.ts): an export is a record to share, not a moderation view.
 */
const EXPECTED = table(`
  state       list    item    reader  room    search  pdf     jsonld  csv     md
  private     xxY...  xxY...  xxY...  xxY...  x.Y...  xxY...  xxY...  xxY...  xxY...
  course      xxYYYY  xxYYYY  xxYYYY  xxYYYY  x.YYYY  xxYYYY  xxYYYY  xxYYYY  xxYYYY
  public      xxYYYY  xxYYYY  xxYYYY  xxYYYY  x.YYYY  xxYYYY  xxYYYY  xxYYYY  xxYYYY
  hidden      xxY.YY  xxY.YY  xxY.YY  xxY.YY  x.Y.YY  xx....  xx....  xx....  xx....
  claim       xxYYYY  xxYYYY  xxYYYY  xxYYYY  x.YYYY  xxYYYY  xxYYYY  xxYYYY  xxYYYY
  peerHidden  xxY.YY  xxY.YY  xxY.YY  xxY.YY  x.Y.YY  xxY.YY  xxY.YY  xxY.YY  xxY.YY
`);

/**
 * The status each refusal (x) carries. The reader page sends anonymous visitors to
 * sign in; the room's status is that of the call that lists a reader's rooms.
 */
const REFUSED = table(`
  role        list    item    reader  room    search  pdf     jsonld  csv     md
  anonymous   401     401     307     401     401     401     401     401     401
  outsider    404     404     404     404     -       404     404     404     404
`);

type State = 'private' | 'course' | 'public' | 'hidden' | 'claim' | 'peerHidden';

/** One of the student's notes, with the word that marks it in any output. */
interface Note {
  state: State;
  id: string;
  marker: string;
  documentId: string;
}

/** What a path gave one role: the HTTP status and the text to look for notes in. */
interface Output {
  status: number;
  text: string;
}

/** Reads a whitespace table whose columns are PATHS into row name → path → cell. */
function table(text: string): Record<string, Record<Path, string>> {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  if (header!.slice(1).join(' ') !== PATHS.join(' '))
    throw new Error(`The table's columns must be: ${PATHS.join(' ')}`);
  return Object.fromEntries(
    rows.map(([name, ...cells]) => [
      name!,
      Object.fromEntries(PATHS.map((path, i) => [path, cells[i]!])) as Record<Path, string>,
    ]),
  );
}

// A word per run, so search can find all of this run's notes and only them.
const run = randomUUID()
  .replace(/[^a-f]/g, '')
  .slice(0, 8);
const as = {} as Record<Role, APIRequestContext>;
const userIds = {} as Record<Role, string>;
const notes: Note[] = [];
let mainDocumentId = '';
let gatedDocumentId = '';

test.describe.configure({ mode: 'serial' });

async function created(response: Awaited<ReturnType<APIRequestContext['post']>>) {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; joinCode: string };
}

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  test.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL;
  as.anonymous = await playwright.request.newContext({ baseURL });
  const names: [Exclude<Role, 'anonymous'>, string][] = [
    ['instructor', 'Ines Instructor'],
    ['moderator', 'Mo Moderator'],
    ['student', 'Sam Student'],
    ['other', 'Tia Student'],
    ['outsider', 'Olga Outsider'],
  ];
  for (const [role, name] of names) {
    as[role] = (await newPerson(browser, name, { baseURL })).request;
    userIds[role] = ((await (await as[role].get('/api/v1/me')).json()) as { id: string }).id;
  }

  const course = await created(
    await as.instructor.post('/api/v1/courses', { data: { title: 'Who reads what' } }),
  );
  for (const role of ['moderator', 'student', 'other'] as const) {
    const joined = await as[role].post('/api/v1/courses/join', {
      data: { code: course.joinCode },
    });
    expect(joined.status()).toBe(200);
  }
  const promoted = await as.instructor.patch(
    `/api/v1/courses/${course.id}/members/${userIds.moderator}`,
    { data: { role: 'moderator' } },
  );
  expect(promoted.status()).toBe(200);

  const document = async (title: string, text: string) =>
    (
      await created(
        await as.instructor.post('/api/v1/documents', {
          data: { title, text, courseId: course.id },
        }),
      )
    ).id;
  mainDocumentId = await document(
    'The Reading Room',
    [
      'The reading room opened in 1857.',
      'Its dome was made of iron and glass.',
      'Readers came from every country.',
      'Silence was the first rule.',
      'The catalogue filled a hundred volumes.',
    ].join('\n\n'),
  );
  gatedDocumentId = await document('The Orchard', 'The orchard was planted in rows.');
  await created(
    await as.instructor.post(`/api/v1/courses/${course.id}/assignments`, {
      data: { documentId: gatedDocumentId, title: 'Read the orchard', hideUntilPostCount: 1 },
    }),
  );

  const write = async (
    state: State,
    documentId: string,
    exact: string,
    extra: Record<string, unknown>,
    route = 'annotations',
  ) => {
    const marker = `${run}${state.toLowerCase()}`;
    const { id } = await created(
      await as.student.post(`/api/v1/documents/${documentId}/${route}`, {
        data: {
          target: { selector: [{ type: 'TextQuoteSelector', exact }] },
          body: `Margin word ${marker} here.`,
          ...extra,
        },
      }),
    );
    notes.push({ state, id, marker, documentId });
    return id;
  };
  await write('private', mainDocumentId, 'opened in 1857', { visibility: 'private' });
  await write('course', mainDocumentId, 'iron and glass', { visibility: 'course' });
  await write('public', mainDocumentId, 'every country', { visibility: 'public' });
  const hidden = await write('hidden', mainDocumentId, 'Silence was the first rule', {
    visibility: 'course',
  });
  await write('claim', mainDocumentId, 'a hundred volumes', { reason: 'needs_citation' }, 'claims');
  // The student has now posted on the gated document; the other student has not.
  await write('peerHidden', gatedDocumentId, 'planted in rows', { visibility: 'course' });
  const hid = await as.moderator.post(`/api/v1/annotations/${hidden}/hide`, {
    data: { reason: 'Off topic for this reading.' },
  });
  expect(hid.status(), await hid.text()).toBe(200);
});

test.afterAll(async () => {
  await as.anonymous.dispose();
});

async function textOf(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  return { status: response.status(), text: await response.text() };
}

// Everything the student's margin rooms hold for this role, as the reader's client
// would join them: the rooms the collab call lists, each with a token from the web app.
async function roomText(request: APIRequestContext, documentId: string): Promise<Output> {
  const listed = await request.get(`/api/v1/documents/${documentId}/collab`);
  if (listed.status() !== 200) return textOf(listed);
  const { url, margin } = (await listed.json()) as { url: string; margin: string[] };
  const held: string[] = [];
  for (const room of margin) {
    const granted = await request.get(`/api/v1/collab/token?room=${encodeURIComponent(room)}`);
    expect(granted.status(), `a token for ${room}, which the collab call listed`).toBe(200);
    const { token } = (await granted.json()) as { token: string };
    const client = await connectRoom({ port: Number(new URL(url).port), room, userId: '', token });
    held.push(JSON.stringify([...client.notes()]));
    client.close();
  }
  return { status: 200, text: held.join('\n') };
}

async function pdfText(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  if (response.status() !== 200) return textOf(response);
  const pages = await readPdfPages(new Uint8Array(await response.body()));
  const text = pages.flatMap((p) => [p.text, ...p.highlights.map((h) => h.contents)]).join('\n');
  return { status: 200, text };
}

const outputs = new Map<string, Promise<Output>>();

/** What `path` gives `role` where `note` should or should not show; fetched once per document. */
function observe(role: Role, path: Path, note: Note): Promise<Output> {
  const key = `${role} ${path} ${path === 'item' ? note.id : path === 'search' ? '' : note.documentId}`;
  if (!outputs.has(key)) {
    const request = as[role];
    const doc = `/api/v1/documents/${note.documentId}`;
    const fetched = {
      list: () => request.get(`${doc}/annotations`).then(textOf),
      item: () => request.get(`/api/v1/annotations/${note.id}`).then(textOf),
      reader: () => request.get(`/documents/${note.documentId}`, { maxRedirects: 0 }).then(textOf),
      room: () => roomText(request, note.documentId),
      search: () => request.get(`/api/v1/annotations?q=${run}&pageSize=100`).then(textOf),
      pdf: () => request.get(`${doc}/export.pdf`).then(pdfText),
      jsonld: () => request.get(`${doc}/export.jsonld`).then(textOf),
      csv: () => request.get(`${doc}/export.csv`).then(textOf),
      md: () => request.get(`${doc}/export.md`).then(textOf),
    }[path]();
    outputs.set(key, fetched);
  }
  return outputs.get(key)!;
}

/** How one cell differs from the table, or null when it matches. */
async function mismatch(role: Role, path: Path, note: Note): Promise<string | null> {
  const expected = EXPECTED[note.state]![path][ROLES.indexOf(role)];
  const { status, text } = await observe(role, path, note);
  const shown = text.includes(note.marker) || text.includes(note.id);
  // An unreadable note is as absent from the item API as one that never was.
  const wantedStatus =
    expected === 'x'
      ? Number(REFUSED[role]![path])
      : expected === '.' && path === 'item'
        ? 404
        : 200;
  const wantedShown = expected === 'Y';
  if (status === wantedStatus && shown === wantedShown) return null;
  return `${role} × ${note.state} × ${path}: expected ${expected} (status ${wantedStatus}), got status ${status}, ${shown ? 'shown' : 'not shown'}`;
}

for (const path of PATHS) {
  test(`${path}: every role sees exactly the notes the table says`, async () => {
    test.setTimeout(90_000);
    const found: string[] = [];
    for (const role of ROLES)
      for (const note of notes) {
        const wrong = await mismatch(role, path, note);
        if (wrong) found.push(wrong);
      }
    expect(found, `cells that differ from the table on ${path}`).toEqual([]);
  });
}

test('the collab server grants no margin room beyond a reader’s own audience', async () => {
  const rooms: [Role, string, number][] = [
    ['anonymous', `margin.${mainDocumentId}.course`, 401],
    ['outsider', `margin.${mainDocumentId}.course`, 404],
    ['outsider', `margin.${mainDocumentId}.private.${userIds.outsider}`, 404],
    ['student', `margin.${mainDocumentId}.moderators`, 403],
    ['other', `margin.${mainDocumentId}.private.${userIds.student}`, 403],
    ['other', `margin.${gatedDocumentId}.course`, 403],
    ['moderator', `margin.${mainDocumentId}.course`, 403],
    ['student', `margin.${mainDocumentId}.course`, 200],
    ['instructor', `margin.${mainDocumentId}.moderators`, 200],
  ];
  const found: string[] = [];
  for (const [role, room, wanted] of rooms) {
    const got = await as[role].get(`/api/v1/collab/token?room=${encodeURIComponent(room)}`);
    if (got.status() !== wanted) found.push(`${role} × ${room}: ${got.status()}, not ${wanted}`);
  }
  expect(found).toEqual([]);
});
