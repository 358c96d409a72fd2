import { randomUUID } from 'node:crypto';
import { base32Decode, totp } from '../src/auth/totp';
import { ADMIN } from './support/test-app';
import {
  Clients,
  createRecord,
  EDITOR,
  FixtureContext,
  RESOURCES,
  ResourceSpec,
} from './support/editorial-fixtures';

/**
 * Who may call which route: every route the app registers under /api has a row here, and
 * access-matrix.integration-spec.ts fails when one is missing. Add a row with each new route.
 *
 * `expect` is the exact status each caller gets. For a 2xx, `prepare` builds a request that
 * succeeds (fresh records for routes that change or delete one); callers that are refused need no
 * valid request, because the guards answer before validation does.
 */
export type Caller = keyof Clients;
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface PreparedRequest {
  /** The concrete path; defaults to the route with placeholders filled. */
  path?: string;
  body?: object;
  /** A multipart upload instead of a JSON body. */
  file?: { field: string; content: Buffer; name: string };
}

export interface MatrixContext extends FixtureContext {
  clients: Clients;
}

export interface RouteAccess {
  method: Method;
  /** As Express registers it: `/api/sources/:id`. */
  path: string;
  expect: Record<Caller, number>;
  prepare?: (context: MatrixContext, caller: Caller) => Promise<PreparedRequest>;
  /** The route signs in or out: run it on a session of its own. */
  ownSession?: boolean;
}

/** Routes that are not part of the API's contract (the OpenAPI UI's own files). */
export const UNLISTED_ROUTES = [/^\/api\/docs(\/|-json$|-yaml$|$)/];

const signedIn = (ok: number) => ({ anonymous: 401, editor: ok, admin: ok });
const adminOnly = (ok: number) => ({ anonymous: 401, editor: 403, admin: ok });
const everyone = (ok: number) => ({ anonymous: ok, editor: ok, admin: ok });

/** The seven routes of one editable record type. */
function editorialRoutes(spec: ResourceSpec): RouteAccess[] {
  const base = `/api/${spec.path}`;
  const write =
    spec.writeRoles?.includes('admin') && !spec.writeRoles.includes('editor') ? adminOnly : signedIn;
  const fresh = async (context: MatrixContext) =>
    createRecord(context, spec.path, await spec.build(context, 'matrix'));
  return [
    { method: 'GET', path: base, expect: signedIn(200) },
    {
      method: 'GET',
      path: `${base}/:id`,
      expect: signedIn(200),
      prepare: async (context) => ({ path: `${base}/${(await fresh(context)).id}` }),
    },
    {
      method: 'POST',
      path: base,
      expect: write(201),
      prepare: async (context) => ({ body: await spec.build(context, 'matrix') }),
    },
    {
      method: 'PATCH',
      path: `${base}/:id`,
      expect: write(200),
      prepare: async (context) => {
        const record = await fresh(context);
        return { path: `${base}/${record.id}`, body: { version: record.version, ...spec.change } };
      },
    },
    {
      method: 'DELETE',
      path: `${base}/:id`,
      expect: write(200),
      prepare: async (context) => {
        const record = await fresh(context);
        return { path: `${base}/${record.id}?version=${record.version}` };
      },
    },
    {
      method: 'GET',
      path: `${base}/:id/revisions`,
      expect: signedIn(200),
      prepare: async (context) => ({ path: `${base}/${(await fresh(context)).id}/revisions` }),
    },
    {
      method: 'POST',
      path: `${base}/:id/revisions/:revisionId/restore`,
      expect: write(200),
      prepare: async (context) => {
        const record = await fresh(context);
        const history = await context.admin.agent.get(`${base}/${record.id}/revisions`).expect(200);
        return {
          path: `${base}/${record.id}/revisions/${history.body.items[0].id}/restore`,
          body: { version: record.version },
        };
      },
    },
  ];
}

export const EDITORIAL_ROUTES: RouteAccess[] = RESOURCES.flatMap(editorialRoutes);

/** Sign-in, publishing, the public API and health: rows of the accounts/publishing side. */
export const PLATFORM_ROUTES: RouteAccess[] = [
  { method: 'GET', path: '/api/health', expect: everyone(200) },
  {
    method: 'POST',
    path: '/api/auth/login',
    expect: everyone(200),
    prepare: async (_context, caller) => ({ body: caller === 'editor' ? EDITOR : ADMIN }),
    ownSession: true,
  },
  { method: 'POST', path: '/api/auth/logout', expect: everyone(204), ownSession: true },
  { method: 'GET', path: '/api/auth/me', expect: signedIn(200) },
  {
    method: 'POST',
    path: '/api/markdown/preview',
    expect: signedIn(200),
    prepare: async () => ({ body: { markdown: 'A **preview**' } }),
  },
  { method: 'GET', path: '/api/publications', expect: signedIn(200) },
  {
    method: 'POST',
    path: '/api/publications',
    expect: signedIn(201),
    prepare: async () => ({ body: { note: 'Access matrix' } }),
  },
  { method: 'GET', path: '/api/public/publication', expect: everyone(200) },
  { method: 'GET', path: '/api/public/home', expect: everyone(200) },
  {
    method: 'GET',
    path: '/api/public/comparisons/:slug',
    expect: everyone(200),
    prepare: async () => ({ path: '/api/public/comparisons/cma-vs-medical-coder' }),
  },
  { method: 'GET', path: '/api/public/occupations', expect: everyone(200) },
  {
    method: 'GET',
    path: '/api/public/occupations/:slug',
    expect: everyone(200),
    prepare: async () => ({ path: '/api/public/occupations/medical-coder' }),
  },
  { method: 'GET', path: '/api/public/schools', expect: everyone(200) },
  { method: 'GET', path: '/api/public/sources', expect: everyone(200) },
  { method: 'GET', path: '/api/public/school-filters', expect: everyone(200) },
  {
    method: 'GET',
    path: '/api/public/schools/:slug',
    expect: everyone(200),
    prepare: async () => ({ path: '/api/public/schools/emily-griffith-technical-college' }),
  },
  {
    method: 'GET',
    path: '/api/public/compare',
    expect: everyone(200),
    prepare: async () => ({ path: '/api/public/compare?o=certified-medical-assistant,medical-coder' }),
  },
  { method: 'GET', path: '/api/public/changes', expect: everyone(200) },
  ...ACCOUNT_ROUTES(),
  ...webhookRoutes(),
  ...reviewRoutes(),
];

/** A user of its own for a route that changes or deletes one. */
async function freshUser(context: MatrixContext): Promise<{ id: string; version: number }> {
  const response = await context.admin.agent
    .post('/api/users')
    .set(context.admin.csrf)
    .send({
      email: `matrix-${randomUUID()}@test.careerscope`,
      name: 'Matrix',
      role: 'editor',
      password: 'matrix user long password',
    })
    .expect(201);
  return response.body;
}

const passwordOf = (caller: Caller) => (caller === 'editor' ? EDITOR.password : ADMIN.password);

/** Own account (password, second factor), user management, the audit log, and publications. */
function ACCOUNT_ROUTES(): RouteAccess[] {
  return [
    {
      // The happy path would change the shared accounts' passwords; a wrong current password shows
      // the guards let the caller through (the change itself is tested in auth.integration-spec).
      method: 'POST',
      path: '/api/auth/password',
      expect: { anonymous: 401, editor: 400, admin: 400 },
      prepare: async () => ({
        body: { currentPassword: 'not the password', newPassword: 'granite meadow whistle' },
      }),
    },
    { method: 'POST', path: '/api/auth/totp/setup', expect: signedIn(200) },
    {
      // Confirm, then the next row switches the second factor off again for the shared sessions.
      method: 'POST',
      path: '/api/auth/totp/confirm',
      expect: signedIn(200),
      prepare: async (context, caller) => {
        const client = context.clients[caller];
        const setup = await client.agent.post('/api/auth/totp/setup').set(client.csrf).expect(200);
        return { body: { code: totp(base32Decode(setup.body.secret)) } };
      },
    },
    {
      method: 'POST',
      path: '/api/auth/totp/disable',
      expect: signedIn(200),
      prepare: async (_context, caller) => ({ body: { password: passwordOf(caller) } }),
    },
    { method: 'GET', path: '/api/users', expect: adminOnly(200) },
    {
      method: 'GET',
      path: '/api/users/:id',
      expect: adminOnly(200),
      prepare: async (context) => ({ path: `/api/users/${(await freshUser(context)).id}` }),
    },
    {
      method: 'POST',
      path: '/api/users',
      expect: adminOnly(201),
      prepare: async () => ({
        body: {
          email: `new-${randomUUID()}@test.careerscope`,
          name: 'New',
          role: 'editor',
          password: 'a long new password',
        },
      }),
    },
    {
      method: 'PATCH',
      path: '/api/users/:id',
      expect: adminOnly(200),
      prepare: async (context) => {
        const user = await freshUser(context);
        return { path: `/api/users/${user.id}`, body: { version: user.version, name: 'Renamed' } };
      },
    },
    {
      method: 'POST',
      path: '/api/users/:id/password',
      expect: adminOnly(200),
      prepare: async (context) => {
        const user = await freshUser(context);
        return {
          path: `/api/users/${user.id}/password`,
          body: { version: user.version, password: 'reset to this long one' },
        };
      },
    },
    {
      method: 'POST',
      path: '/api/users/:id/unlock',
      expect: adminOnly(200),
      prepare: async (context) => {
        const user = await freshUser(context);
        return { path: `/api/users/${user.id}/unlock`, body: { version: user.version } };
      },
    },
    {
      method: 'POST',
      path: '/api/users/:id/reset-two-factor',
      expect: adminOnly(200),
      prepare: async (context) => {
        const user = await freshUser(context);
        return { path: `/api/users/${user.id}/reset-two-factor`, body: { version: user.version } };
      },
    },
    {
      method: 'DELETE',
      path: '/api/users/:id',
      expect: adminOnly(204),
      prepare: async (context) => {
        const user = await freshUser(context);
        return { path: `/api/users/${user.id}?version=${user.version}` };
      },
    },
    { method: 'GET', path: '/api/audit-events', expect: adminOnly(200) },
    ...presenceRoutes(),
    { method: 'GET', path: '/api/publications/:number', expect: signedIn(200) },
    { method: 'GET', path: '/api/publications/:from/diff/:to', expect: signedIn(200) },
    { method: 'GET', path: '/api/publications/draft/diff', expect: signedIn(200) },
    {
      method: 'POST',
      path: '/api/publications/:number/restore',
      expect: signedIn(201),
      prepare: async () => ({ body: { note: 'Access matrix rollback' } }),
    },
    ...importRoutes(),
  ];
}

/** An endpoint of its own (nothing listens on port 9: its deliveries fail, which no row minds). */
async function freshEndpoint(context: MatrixContext): Promise<{ id: string }> {
  const response = await context.admin.agent
    .post('/api/webhooks/endpoints')
    .set(context.admin.csrf)
    .send({ url: 'http://127.0.0.1:9/matrix' })
    .expect(201);
  return response.body;
}

/** A delivery of its own: an endpoint, then a publish queues one for it. */
async function freshDelivery(context: MatrixContext): Promise<{ id: string }> {
  const endpoint = await freshEndpoint(context);
  await context.admin.agent
    .post('/api/publications')
    .set(context.admin.csrf)
    .send({ note: 'Matrix' })
    .expect(201);
  const response = await context.admin.agent
    .get('/api/webhooks/deliveries')
    .query({ endpointId: endpoint.id })
    .expect(200);
  return response.body.items[0];
}

/** Webhook endpoints and their delivery log: admins only. */
function webhookRoutes(): RouteAccess[] {
  return [
    { method: 'GET', path: '/api/webhooks/endpoints', expect: adminOnly(200) },
    {
      method: 'POST',
      path: '/api/webhooks/endpoints',
      expect: adminOnly(201),
      prepare: async () => ({ body: { url: 'http://127.0.0.1:9/matrix', description: 'Access matrix' } }),
    },
    {
      method: 'DELETE',
      path: '/api/webhooks/endpoints/:id',
      expect: adminOnly(204),
      prepare: async (context) => ({ path: `/api/webhooks/endpoints/${(await freshEndpoint(context)).id}` }),
    },
    { method: 'GET', path: '/api/webhooks/deliveries', expect: adminOnly(200) },
    {
      method: 'GET',
      path: '/api/webhooks/deliveries/:id',
      expect: adminOnly(200),
      prepare: async (context) => ({ path: `/api/webhooks/deliveries/${(await freshDelivery(context)).id}` }),
    },
    {
      method: 'POST',
      path: '/api/webhooks/deliveries/:id/replay',
      expect: adminOnly(201),
      prepare: async (context) => ({
        path: `/api/webhooks/deliveries/${(await freshDelivery(context)).id}/replay`,
      }),
    },
  ];
}

/** A tiny OEWS file the importer accepts: the seed's May 2024 figures for medical assistants. */
const OEWS_FILE = Buffer.from(
  'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n' +
    '31-9092,Medical Assistants,detailed,"793,460","44,720","35,020","37,610","44,200","48,160","57,830"\n',
);

async function previewImport(context: MatrixContext): Promise<{ id: string; version: number }> {
  const response = await context.admin.agent
    .post('/api/imports')
    .set(context.admin.csrf)
    .attach('file', OEWS_FILE, 'national_M2024_dl.csv')
    .expect(201);
  return response.body;
}

/** A one-institution directory with a fresh UNITID, so each listing made from it is new. */
function tinyDirectory(): { content: Buffer; unitId: number } {
  const unitId = 900000 + Math.floor(Math.random() * 99999);
  const content = Buffer.from(
    `UNITID,INSTNM,CITY,STABBR,WEBADDR\n${unitId},Matrix College ${unitId},Denver,CO,www.example.edu\n`,
  );
  return { content, unitId };
}

function ipedsRoutes(): RouteAccess[] {
  return [
    {
      method: 'POST',
      path: '/api/programs/accreditation',
      expect: adminOnly(200),
      // Clearing the accreditation of programs that have none changes nothing, whoever runs first.
      prepare: async () => ({ body: { accreditationBodyId: null, filter: { state: 'ZZ' } } }),
    },
    {
      method: 'POST',
      path: '/api/ipeds/directory',
      expect: adminOnly(201),
      prepare: async () => ({
        file: { field: 'file', content: tinyDirectory().content, name: 'hd2022.csv' },
      }),
    },
    { method: 'GET', path: '/api/ipeds/institutions', expect: adminOnly(200) },
    {
      method: 'POST',
      path: '/api/ipeds/institutions/:unitId/school',
      expect: adminOnly(200),
      prepare: async (context) => {
        const { content, unitId } = tinyDirectory();
        await context.admin.agent
          .post('/api/ipeds/directory')
          .set(context.admin.csrf)
          .attach('file', content, 'hd2022.csv')
          .expect(201);
        return { path: `/api/ipeds/institutions/${unitId}/school`, body: {} };
      },
    },
  ];
}

function importRoutes(): RouteAccess[] {
  return [
    {
      method: 'POST',
      path: '/api/imports',
      expect: signedIn(201),
      prepare: async () => ({ file: { field: 'file', content: OEWS_FILE, name: 'national_M2024_dl.csv' } }),
    },
    { method: 'GET', path: '/api/imports', expect: signedIn(200) },
    { method: 'GET', path: '/api/freshness', expect: signedIn(200) },
    { method: 'GET', path: '/api/catalogue/scope', expect: signedIn(200) },
    {
      method: 'PUT',
      path: '/api/catalogue/scope',
      expect: adminOnly(200),
      prepare: async (context) => {
        const current = await context.clients.admin.agent.get('/api/catalogue/scope').expect(200);
        return {
          body: {
            majorGroups: current.body.majorGroups,
            socCodes: current.body.socCodes,
            version: current.body.version,
          },
        };
      },
    },
    ...ipedsRoutes(),
    {
      method: 'GET',
      path: '/api/imports/:id',
      expect: signedIn(200),
      prepare: async (context) => ({ path: `/api/imports/${(await previewImport(context)).id}` }),
    },
    {
      method: 'POST',
      path: '/api/imports/:id/apply',
      expect: signedIn(200),
      prepare: async (context) => {
        const preview = await previewImport(context);
        return { path: `/api/imports/${preview.id}/apply`, body: { version: preview.version } };
      },
    },
    {
      method: 'POST',
      path: '/api/imports/:id/discard',
      expect: signedIn(200),
      prepare: async (context) => {
        const preview = await previewImport(context);
        return { path: `/api/imports/${preview.id}/discard`, body: { version: preview.version } };
      },
    },
  ];
}

/** A pending change in the working copy, so there is something to review. */
async function pendingChange(context: MatrixContext): Promise<void> {
  const id = context.ids.occupationIds[0];
  const current = await context.admin.agent.get(`/api/occupations/${id}`).expect(200);
  await context.admin.agent
    .patch(`/api/occupations/${id}`)
    .set(context.admin.csrf)
    .send({ version: current.body.version, summaryMarkdown: `A summary to review, ${randomUUID()}.` })
    .expect(200);
}

/** A fresh open review submitted by `submitter`, after withdrawing any open one (one is open at a time). */
async function openReview(context: MatrixContext, submitter: 'editor' | 'admin'): Promise<string> {
  const { admin } = context;
  const reviews = await admin.agent.get('/api/reviews').expect(200);
  for (const open of reviews.body.filter((review: { status: string }) =>
    ['pending', 'changes_requested', 'approved'].includes(review.status),
  )) {
    await admin.agent.post(`/api/reviews/${open.id}/withdraw`).set(admin.csrf).expect(200);
  }
  await pendingChange(context);
  const client = context.clients[submitter];
  const review = await client.agent
    .post('/api/reviews')
    .set(client.csrf)
    .send({ note: 'Matrix' })
    .expect(201);
  return review.body.id;
}

const otherThan = (caller: Caller): 'editor' | 'admin' => (caller === 'editor' ? 'admin' : 'editor');
const asSubmitter = (caller: Caller): 'editor' | 'admin' => (caller === 'editor' ? 'editor' : 'admin');

/** A waiting scheduled publish for tomorrow, after cancelling any waiting one (one waits at a time). */
async function freshSchedule(context: MatrixContext): Promise<{ id: string; version: number }> {
  const { admin } = context;
  const schedules = await admin.agent.get('/api/publication-schedules').expect(200);
  for (const waiting of schedules.body.filter(
    (schedule: { status: string }) => schedule.status === 'scheduled',
  )) {
    await admin.agent
      .post(`/api/publication-schedules/${waiting.id}/cancel`)
      .set(admin.csrf)
      .send({ version: waiting.version })
      .expect(200);
  }
  const created = await admin.agent
    .post('/api/publication-schedules')
    .set(admin.csrf)
    .send({ note: 'Matrix', dueAt: new Date(Date.now() + 86_400_000).toISOString() })
    .expect(201);
  return created.body;
}

/** Reviews before publishing and scheduled publishes. */
function reviewRoutes(): RouteAccess[] {
  return [
    { method: 'GET', path: '/api/reviews', expect: signedIn(200) },
    { method: 'GET', path: '/api/reviews/waiting', expect: signedIn(200) },
    {
      method: 'POST',
      path: '/api/reviews',
      expect: signedIn(201),
      prepare: async (context) => {
        await openReview(context, 'admin');
        const [open] = (await context.admin.agent.get('/api/reviews').expect(200)).body;
        await context.admin.agent
          .post(`/api/reviews/${open.id}/withdraw`)
          .set(context.admin.csrf)
          .expect(200);
        return { body: { note: 'Matrix submit' } };
      },
    },
    {
      method: 'GET',
      path: '/api/reviews/:id',
      expect: signedIn(200),
      prepare: async (context) => ({ path: `/api/reviews/${await openReview(context, 'admin')}` }),
    },
    {
      method: 'POST',
      path: '/api/reviews/:id/comments',
      expect: signedIn(201),
      prepare: async (context) => ({
        path: `/api/reviews/${await openReview(context, 'admin')}/comments`,
        body: { body: 'A comment' },
      }),
    },
    {
      method: 'POST',
      path: '/api/reviews/:id/approve',
      expect: signedIn(200),
      prepare: async (context, caller) => ({
        path: `/api/reviews/${await openReview(context, otherThan(caller))}/approve`,
        body: {},
      }),
    },
    {
      method: 'POST',
      path: '/api/reviews/:id/request-changes',
      expect: signedIn(200),
      prepare: async (context, caller) => ({
        path: `/api/reviews/${await openReview(context, otherThan(caller))}/request-changes`,
        body: { note: 'Please change' },
      }),
    },
    {
      method: 'POST',
      path: '/api/reviews/:id/resubmit',
      expect: signedIn(200),
      prepare: async (context, caller) => {
        const id = await openReview(context, asSubmitter(caller));
        const reviewer = context.clients[otherThan(caller)];
        await reviewer.agent
          .post(`/api/reviews/${id}/request-changes`)
          .set(reviewer.csrf)
          .send({ note: 'Please change' })
          .expect(200);
        return { path: `/api/reviews/${id}/resubmit`, body: { note: 'Changed' } };
      },
    },
    {
      method: 'POST',
      path: '/api/reviews/:id/withdraw',
      expect: signedIn(200),
      prepare: async (context, caller) => ({
        path: `/api/reviews/${await openReview(context, asSubmitter(caller))}/withdraw`,
      }),
    },
    { method: 'GET', path: '/api/publication-schedules', expect: signedIn(200) },
    {
      method: 'POST',
      path: '/api/publication-schedules',
      expect: signedIn(201),
      prepare: async (context) => {
        const waiting = await freshSchedule(context);
        await context.admin.agent
          .post(`/api/publication-schedules/${waiting.id}/cancel`)
          .set(context.admin.csrf)
          .send({ version: waiting.version })
          .expect(200);
        return { body: { note: 'Matrix schedule', dueAt: new Date(Date.now() + 86_400_000).toISOString() } };
      },
    },
    {
      method: 'PATCH',
      path: '/api/publication-schedules/:id',
      expect: signedIn(200),
      prepare: async (context) => {
        const schedule = await freshSchedule(context);
        return {
          path: `/api/publication-schedules/${schedule.id}`,
          body: { version: schedule.version, dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString() },
        };
      },
    },
    {
      method: 'POST',
      path: '/api/publication-schedules/:id/cancel',
      expect: signedIn(200),
      prepare: async (context) => {
        const schedule = await freshSchedule(context);
        return {
          path: `/api/publication-schedules/${schedule.id}/cancel`,
          body: { version: schedule.version },
        };
      },
    },
  ];
}

/** Who has a record open in the editor: any signed-in user, for any record. */
function presenceRoutes(): RouteAccess[] {
  const prepare = async (context: MatrixContext) => ({
    path: `/api/presence/occupation/${context.ids.occupationIds[0]}`,
  });
  return [
    { method: 'GET', path: '/api/presence/:recordType/:recordId', expect: signedIn(200), prepare },
    { method: 'PUT', path: '/api/presence/:recordType/:recordId', expect: signedIn(200), prepare },
    { method: 'DELETE', path: '/api/presence/:recordType/:recordId', expect: signedIn(204), prepare },
  ];
}

export const ACCESS_MATRIX: RouteAccess[] = [...EDITORIAL_ROUTES, ...PLATFORM_ROUTES];

/** The route with its placeholders filled by harmless values (for callers the guards refuse). */
export function placeholderPath(path: string): string {
  return path
    .replace(/:id\b/g, randomUUID())
    .replace(/:revisionId\b/g, '1')
    .replace(/:slug\b/g, 'no-such-slug')
    .replace(/:(number|from|to)\b/g, '1')
    .replace(/:[A-Za-z]+/g, 'x');
}
