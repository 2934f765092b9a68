import { beforeAll, describe, expect, it } from 'vitest';
import { POST as replyTo } from '@/app/api/v1/annotations/[id]/replies/route';
import { POST as importRoute } from '@/app/api/v1/documents/[id]/annotations/import/route';
import { GET as list, POST as annotate } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as csvRoute } from '@/app/api/v1/documents/[id]/export.csv/route';
import { GET as jsonldRoute } from '@/app/api/v1/documents/[id]/export.jsonld/route';
import { GET as mdRoute } from '@/app/api/v1/documents/[id]/export.md/route';
import { getDb } from '../../db/prisma';
import { apiClientFor, jsonRequest, multipart } from '../../testing/api-client';
import { makeCourse, makeCourseDocument, paragraphDoc } from '../../testing/make-course';
import { exportDate } from '../export-date';
import { fetchRoute } from '../../testing/fetch-route';

type Who = 'teacher' | 'ana' | 'ben' | 'stranger';
type Api = Awaited<ReturnType<typeof apiClientFor>>;
type Note = {
  id: string;
  bodyText: string;
  tags: string[];
  color: string | null;
  visibility: string;
  target: { selector: { type: string; exact?: string }[] };
  anchor: { status: string };
  replies: { bodyText: string }[];
};
type WebAnnotation = {
  id: string;
  type: string;
  motivation: string;
  creator: { id: string; type: string; name: string };
  body: { type: string; purpose: string; value: string }[] | { value: string };
  target: string | { source: string; selector: Record<string, unknown>[] };
  'scholia:color'?: string;
};

const TEXT =
  'The harbour was quiet at dawn. Gulls argued over the nets while the fishermen mended them in silence. A bell rang twice from the chapel on the hill, and the first boats slipped out past the breakwater into a grey and restless sea.';

let api: Record<Who, Api>;
let ids: Record<Who, string>;
let courseId: string;

const json = (body: unknown, params: Record<string, string>) => jsonRequest('POST', body, params);

async function note(who: Who, documentId: string, input: Record<string, unknown>) {
  const res = await api[who].call(annotate, json(input, { id: documentId }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body!.id as string;
}

const quote = (exact: string) => ({ selector: [{ type: 'TextQuoteSelector', exact }] });

async function reply(who: Who, noteId: string, text: string) {
  const res = await api[who].call(replyTo, json({ body: paragraphDoc(text) }, { id: noteId }));
  expect(res.status).toBe(201);
}

async function notesOn(who: Who, documentId: string) {
  return (await api[who].call(list, { params: { id: documentId } })).body!.items as Note[];
}

async function exported(who: Who, documentId: string) {
  const get = async (route: typeof jsonldRoute, ext: string) => {
    const res = await fetchRoute(api[who].secret, route, {
      url: `http://localhost/api/v1/documents/${documentId}/export.${ext}?layers=all`,
      params: { id: documentId },
    });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  return {
    jsonld: await get(jsonldRoute, 'jsonld'),
    csv: await get(csvRoute, 'csv'),
    md: await get(mdRoute, 'md'),
  };
}

const importInto = (who: Who, documentId: string, file: unknown) =>
  api[who].call(importRoute, {
    ...json(file, { id: documentId }),
    body: typeof file === 'string' ? file : JSON.stringify(file),
  });

const rowCount = async (documentId: string) =>
  (await getDb().annotation.count({ where: { documentId } })) +
  (await getDb().reply.count({ where: { annotation: { documentId } } }));

const newDocument = (title: string) =>
  makeCourseDocument({ ownerId: ids.teacher, courseId, title, text: TEXT });

beforeAll(async () => {
  const course = await makeCourse({ teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT' });
  const other = await makeCourse({ stranger: 'STUDENT' });
  courseId = course.courseId;
  ids = {
    teacher: course.users.teacher.id,
    ana: course.users.ana.id,
    ben: course.users.ben.id,
    stranger: other.users.stranger.id,
  };
  api = Object.fromEntries(
    await Promise.all(
      (Object.keys(ids) as Who[]).map(async (k) => [k, await apiClientFor(ids[k])] as const),
    ),
  ) as Record<Who, Api>;
});

describe('W3C Web Annotation export and import', () => {
  let source: string;
  let gulls: string;
  let collection: { '@context': unknown[]; type: string; first: { items: WebAnnotation[] } };

  beforeAll(async () => {
    source = await newDocument('Harbour');
    gulls = await note('teacher', source, {
      target: quote('Gulls argued over the nets'),
      body: paragraphDoc('Noisy birds, every morning.'),
      tags: ['Birds', 'sound'],
      color: 'key-idea',
      visibility: 'course',
    });
    await note('teacher', source, {
      target: quote('A bell rang twice'),
      tags: ['bells'],
      color: 'question',
      visibility: 'course',
    });
    await reply('ana', gulls, 'They always argue.');
    await reply('ben', gulls, 'Over the fish, really.');
  });

  it('exports an AnnotationCollection of notes, tags, colours and reply threads', async () => {
    const { jsonld } = await exported('teacher', source);
    expect(jsonld.status).toBe(200);
    expect(jsonld.type).toMatch(/^application\/ld\+json/);
    collection = JSON.parse(jsonld.text) as typeof collection;
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const [birds, ana, ben, bell] = collection.first.items;
    expect(collection.first.items).toHaveLength(4);
    expect(birds).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      creator: { type: 'Person', name: 'teacher' },
      'scholia:color': 'key-idea',
      target: {
        source: `http://localhost/documents/${source}`,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Gulls argued over the nets',
            prefix: expect.any(String),
          },
          { type: 'TextPositionSelector', start: TEXT.indexOf('Gulls'), end: 57 },
        ],
      },
    });
    expect(birds!.body).toEqual([
      expect.objectContaining({ type: 'TextualBody', value: 'Noisy birds, every morning.' }),
      { type: 'TextualBody', purpose: 'tagging', value: 'birds', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'sound', format: 'text/plain' },
    ]);
    for (const r of [ana, ben])
      expect(r).toMatchObject({ motivation: 'replying', target: birds!.id });
    expect(ana!.creator.name).toBe('ana');
    expect(bell).toMatchObject({ motivation: 'highlighting', 'scholia:color': 'question' });
  });

  it('imports its own export into a copy of the document: exact, with quotes, tags and threads', async () => {
    const copy = await newDocument('Harbour (copy)');
    const res = await importInto('teacher', copy, collection);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      imported: 2,
      exact: 2,
      fuzzy: 0,
      orphaned: 0,
      replies: 2,
      skipped: [],
    });
    const before = await notesOn('teacher', source);
    const after = await notesOn('teacher', copy);
    const shape = (n: Note) => ({
      quote: n.target.selector[0]!.exact,
      tags: n.tags,
      color: n.color,
      anchor: n.anchor.status,
    });
    expect(after.map(shape)).toEqual(before.map(shape));
    expect(after.every((n) => n.visibility === 'private')).toBe(true);
    // The importer's own note keeps its text; others' replies say whose they were.
    expect(after[0]!.bodyText).toBe('Noisy birds, every morning.');
    const today = exportDate(new Date());
    expect(after[0]!.replies.map((r) => r.bodyText)).toEqual([
      `Imported from ana, ${today}.\n\nThey always argue.`,
      `Imported from ben, ${today}.\n\nOver the fish, really.`,
    ]);
    // Private: the students do not see the imported copy.
    expect(await notesOn('ana', copy)).toEqual([]);
  });
});

/** A Hypothesis JSON export as h writes it, for a web page with the same text. */
function hypothesisExport() {
  const uri = 'https://example.org/harbour';
  const base = {
    updated: '2024-03-04T08:00:00.000000+00:00',
    uri,
    group: '__world__',
    permissions: {
      read: ['group:__world__'],
      admin: ['acct:alice@hypothes.is'],
      update: ['acct:alice@hypothes.is'],
      delete: ['acct:alice@hypothes.is'],
    },
    document: { title: ['The harbour at dawn'] },
    flagged: false,
    hidden: false,
  };
  const alice = {
    user: 'acct:alice@hypothes.is',
    user_info: { display_name: 'Alice Liddell' },
  };
  const bob = { user: 'acct:bob@hypothes.is', user_info: { display_name: null } };
  const passage = (exact: string, prefix: string, suffix: string, start: number) => [
    {
      source: uri,
      selector: [
        {
          type: 'RangeSelector',
          endOffset: 120,
          startOffset: 0,
          endContainer: '/main[1]/article[1]/p[1]',
          startContainer: '/main[1]/article[1]/p[1]',
        },
        // Offsets into the web page's text, which has a menu and a header before the essay.
        { type: 'TextPositionSelector', start: start + 400, end: start + 400 + exact.length },
        { type: 'TextQuoteSelector', exact, prefix, suffix },
      ],
    },
  ];
  return {
    export_date: '2024-05-01T12:00:00.000Z',
    export_userid: 'acct:alice@hypothes.is',
    client_version: '1.1490.0',
    annotations: [
      {
        ...base,
        ...alice,
        id: 'Zk3x9AbCEe6m1wN5Q2rZxA',
        created: '2024-03-03T10:15:22.481234+00:00',
        text: 'The **stillness** before the work begins.',
        tags: ['Mood', 'dawn'],
        target: passage('The harbour was quiet at dawn', '', '. Gulls argued over the nets whi', 0),
        links: { html: 'https://hypothes.is/a/Zk3x9AbCEe6m1wN5Q2rZxA' },
      },
      {
        ...base,
        ...alice,
        id: 'b2Lq0AbDEe6m1wN5Q2rZxA',
        created: '2024-03-03T10:17:01.000000+00:00',
        text: 'A call to prayer?',
        tags: [],
        // The page said "two times"; this document says "twice".
        target: passage(
          'A bell rang two times from the chapel on the hill',
          'he fishermen mended them in silence. ',
          ', and the first boats slipped out',
          102,
        ),
      },
      {
        ...base,
        ...alice,
        id: 'c9Wm4AbEEe6m1wN5Q2rZxA',
        created: '2024-03-03T10:20:45.000000+00:00',
        text: 'Who is the keeper?',
        tags: ['people'],
        target: passage(
          'The lighthouse keeper waved from the rocks',
          'restless sea. ',
          ' and went back inside.',
          240,
        ),
      },
      {
        ...base,
        ...bob,
        id: 'd1Rt7AbFEe6m1wN5Q2rZxA',
        created: '2024-03-05T09:00:00.000000+00:00',
        text: 'And cold, I imagine.',
        tags: [],
        references: ['Zk3x9AbCEe6m1wN5Q2rZxA', 'e5Yu2AbGEe6m1wN5Q2rZxA'],
        target: [{ source: uri }],
      },
      {
        ...base,
        ...bob,
        id: 'e5Yu2AbGEe6m1wN5Q2rZxA',
        created: '2024-03-04T09:00:00.000000+00:00',
        text: 'Agreed, very calm.',
        tags: [],
        references: ['Zk3x9AbCEe6m1wN5Q2rZxA'],
        target: [{ source: uri }],
      },
      {
        ...base,
        ...alice,
        id: 'f7Io3AbHEe6m1wN5Q2rZxA',
        created: '2024-03-06T09:00:00.000000+00:00',
        text: 'A page note on the whole essay.',
        tags: [],
        target: [{ source: uri }],
      },
      {
        ...base,
        ...bob,
        id: 'g4Pa8AbIEe6m1wN5Q2rZxA',
        created: '2024-03-06T10:00:00.000000+00:00',
        text: 'A reply to a deleted annotation.',
        tags: [],
        references: ['deletedAbCdEe6m1wN5Q2rZx'],
        target: [{ source: uri }],
      },
    ],
  };
}

describe('importing a Hypothesis export', () => {
  it('places exact, fuzzy and orphaned notes, threads replies and reports what it skipped', async () => {
    const doc = await newDocument('Harbour (from Hypothesis)');
    const form = multipart(
      {
        name: 'hypothesis.json',
        bytes: JSON.stringify(hypothesisExport()),
        type: 'application/json',
      },
      { visibility: 'course' },
    );
    const res = await api.ana.call(importRoute, {
      method: 'POST',
      body: form,
      params: { id: doc },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 3, exact: 1, fuzzy: 1, orphaned: 1, replies: 2 });
    expect((res.body!.skipped as { index: number }[]).map((s) => s.index)).toEqual([5, 6]);
    const notes = await notesOn('ben', doc);
    const byQuote = new Map(notes.map((n) => [n.target.selector[0]!.exact, n]));
    const calm = byQuote.get('The harbour was quiet at dawn')!;
    expect(calm.anchor.status).toBe('exact');
    expect(calm.visibility).toBe('course');
    expect(calm.tags).toEqual(['mood', 'dawn']);
    expect(calm.bodyText).toBe(
      'Imported from Alice Liddell, 3 Mar 2024.\n\nThe **stillness** before the work begins.',
    );
    expect(calm.replies.map((r) => r.bodyText)).toEqual([
      'Imported from bob, 4 Mar 2024.\n\nAgreed, very calm.',
      'Imported from bob, 5 Mar 2024.\n\nAnd cold, I imagine.',
    ]);
    expect(byQuote.get('A bell rang two times from the chapel on the hill')!.anchor.status).toBe(
      'fuzzy',
    );
    expect(byQuote.get('The lighthouse keeper waved from the rocks')!.anchor.status).toBe('orphan');
  });
  it('stores text Postgres could not hold (NUL, half a surrogate pair) safely', async () => {
    const doc = await newDocument('Harbour (odd characters)');
    const file = `[{"type":"Annotation","body":{"type":"TextualBody","value":"nul\\u0000 and \\ud83d alone"},"target":{"selector":{"type":"TextQuoteSelector","exact":"quiet at dawn"}}}]`;
    const res = await importInto('teacher', doc, file);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [imported] = await notesOn('teacher', doc);
    expect(imported!.bodyText).toBe('Imported from an unnamed annotator.\n\nnul and \uFFFD alone');
  });
});

describe('refusing what it cannot import', () => {
  let doc: string;
  beforeAll(async () => {
    doc = await newDocument('Harbour (refusals)');
  });

  const valid = {
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'Fine.' },
    target: { selector: { type: 'TextQuoteSelector', exact: 'quiet at dawn' } },
  };

  it.each([
    ['not JSON', 'this is { not json', /is not JSON/],
    ['the wrong shape', { hello: 'world' }, /neither a W3C Web Annotation export/],
    [
      'an empty collection',
      { type: 'AnnotationCollection', first: { items: [] } },
      /no annotations/,
    ],
    [
      'a W3C selector without "exact"',
      [valid, { ...valid, target: { selector: [{ type: 'TextQuoteSelector', prefix: 'The ' }] } }],
      /^Annotation 2 in the file is not valid: a TextQuoteSelector needs the quoted text as "exact" \(at target\[0\]\.selector\[0\]\.exact\)/,
    ],
    [
      'a Hypothesis selector without "exact"',
      { annotations: [{ text: 'x', target: [{ selector: [{ type: 'TextQuoteSelector' }] }] }] },
      /^Annotation 1 in the file is not valid: a TextQuoteSelector needs the quoted text/,
    ],
    [
      'a tag too long',
      [{ ...valid, body: { type: 'TextualBody', purpose: 'tagging', value: 'x'.repeat(41) } }],
      /^Annotation 1 .*40 characters/,
    ],
  ])('refuses %s with a sentence and imports nothing', async (_what, file, message) => {
    const before = await rowCount(doc);
    const res = await importInto('teacher', doc, file);
    expect(res.status).toBe(400);
    expect(res.body!.error).toMatch(message);
    expect(await rowCount(doc)).toBe(before);
  });

  it('refuses files over 5 MB and over 5,000 annotations (413)', async () => {
    const big = await importInto('teacher', doc, [{ ...valid, padding: 'x'.repeat(5_300_000) }]);
    expect(big.status).toBe(413);
    const many = await importInto('teacher', doc, Array(5_001).fill(valid));
    expect(many.status).toBe(413);
    expect(many.body!.error).toMatch(/at most 5,000/);
    expect(await rowCount(doc)).toBe(0);
  });

  it('answers 404 to a student of another course, for imports and exports', async () => {
    expect((await importInto('stranger', doc, [valid])).status).toBe(404);
    const { jsonld, csv, md } = await exported('stranger', doc);
    expect([jsonld.status, csv.status, md.status]).toEqual([404, 404, 404]);
  });
});

describe('what exports leave out', () => {
  let doc: string;
  let anaNote: string;
  let privateNote: string;

  beforeAll(async () => {
    doc = await newDocument('Harbour (privacy)');
    await getDb().assignment.create({
      data: { courseId, documentId: doc, title: 'Read the harbour', hideUntilPostCount: 2 },
    });
    anaNote = await note('ana', doc, {
      target: quote('Gulls argued over the nets'),
      body: paragraphDoc('Ana’s shared thought'),
      visibility: 'course',
    });
    privateNote = await note('teacher', doc, {
      target: quote('A bell rang twice'),
      body: paragraphDoc('The teacher’s private musing'),
      visibility: 'private',
    });
  });

  it('shows the staff everything, as a control', async () => {
    for (const file of Object.values(await exported('teacher', doc))) {
      expect(file.status).toBe(200);
      expect(file.text).toContain('Ana’s shared thought');
      expect(file.text).toContain('The teacher’s private musing');
    }
  });

  it('leaves others’ private notes and notes hidden until posting out of every format', async () => {
    for (const file of Object.values(await exported('ben', doc))) {
      expect(file.status).toBe(200);
      for (const hidden of [anaNote, privateNote, 'Ana’s shared thought', 'private musing'])
        expect(file.text).not.toContain(hidden);
    }
    for (const file of Object.values(await exported('ana', doc))) {
      expect(file.text).toContain('Ana’s shared thought');
      expect(file.text).not.toContain(privateNote);
      expect(file.text).not.toContain('private musing');
    }
  });
});
