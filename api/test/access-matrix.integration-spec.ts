import type { INestApplication } from '@nestjs/common';
import {
  ACCESS_MATRIX,
  Caller,
  MatrixContext,
  placeholderPath,
  RouteAccess,
  UNLISTED_ROUTES,
} from './access-matrix';
import { clients, EDITOR, seedIds } from './support/editorial-fixtures';
import { ADMIN, browserAgent, signedInAgent, startTestApp, TestApp } from './support/test-app';

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the app registered with Express, as `METHOD /path`. */
function registeredRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router?: { stack: ExpressLayer[] };
    _router?: { stack: ExpressLayer[] };
  };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack
    .filter((layer) => layer.route && layer.route.path.startsWith('/api'))
    .flatMap((layer) =>
      Object.keys(layer.route!.methods)
        .filter((method) => method !== '_all')
        .map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
    )
    .filter((route) => !UNLISTED_ROUTES.some((pattern) => pattern.test(route.split(' ')[1])));
}

const key = (route: RouteAccess) => `${route.method} ${route.path}`;

describe('access matrix: every route × anonymous, editor, admin', () => {
  let testApp: TestApp;
  let context: MatrixContext;

  beforeAll(async () => {
    testApp = await startTestApp();
    const all = await clients(testApp);
    context = { clients: all, admin: all.admin, ids: await seedIds(all.admin) };
  }, 60_000);

  afterAll(() => testApp.close());

  it('has a row for every route the app registers, and no row for a route it does not', () => {
    const registered = registeredRoutes(testApp.app);
    const listed = ACCESS_MATRIX.map(key);
    expect(registered.filter((route) => !listed.includes(route))).toEqual([]);
    expect(listed.filter((route) => !registered.includes(route))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each(ACCESS_MATRIX.map((route) => [key(route), route] as const))(
    '%s',
    async (_name, route) => {
      const seen: Record<string, number> = {};
      for (const caller of ['anonymous', 'editor', 'admin'] as Caller[]) {
        const expected = route.expect[caller];
        const prepared =
          expected < 300 && route.prepare
            ? await route.prepare(context, caller)
            : ({} as Record<string, never>);
        let client = context.clients[caller];
        if (route.ownSession) {
          client =
            caller === 'anonymous'
              ? await browserAgent(testApp)
              : await signedInAgent(testApp, caller === 'editor' ? EDITOR : ADMIN);
        }
        const path = prepared.path ?? placeholderPath(route.path);
        const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
        let request = client.agent[method](path).set(client.csrf);
        if (prepared.file)
          request = request.attach(prepared.file.field, prepared.file.content, prepared.file.name);
        if (prepared.body !== undefined) request = request.send(prepared.body);
        const response = await request;
        seen[caller] = response.status;
      }
      expect(seen).toEqual(route.expect);
    },
    30_000,
  );
});
