import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

interface Operation {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
}

type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes?: Record<string, unknown> };
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Routes anyone may call: the public reads, sign-in and sign-out, and the health check. */
const OPEN = /^(get|post) \/api\/(public\/.*|auth\/login|auth\/logout|health)$/;

describe('OpenAPI document', () => {
  let testApp: TestApp;
  let document: Document;

  beforeAll(async () => {
    testApp = await startTestApp();
    document = (await request(testApp.server).get('/api/docs-json').expect(200)).body;
  }, 60_000);

  afterAll(() => testApp.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        name: `${method} ${path}`,
        operation: item[method],
      })),
    );

  it('gives every operation that needs a session a security requirement with a defined scheme', () => {
    const schemes = Object.keys(document.components.securitySchemes ?? {});
    expect(schemes.length).toBeGreaterThan(0);
    const protectedOperations = operations().filter(({ name }) => !OPEN.test(name));
    expect(protectedOperations.length).toBeGreaterThan(100);
    const problems = protectedOperations
      .filter(
        ({ operation }) =>
          !operation.security ||
          operation.security.length === 0 ||
          !operation.security.every((requirement) =>
            Object.keys(requirement).every((scheme) => schemes.includes(scheme)),
          ),
      )
      .map(({ name, operation }) => `${name}: ${JSON.stringify(operation.security ?? null)}`);
    expect(problems).toEqual([]);
  });

  it('documents the open routes as needing no security', () => {
    const open = operations().filter(({ name }) => OPEN.test(name));
    expect(open.length).toBeGreaterThanOrEqual(12);
    expect(
      open.filter(({ operation }) => (operation.security ?? []).length > 0).map(({ name }) => name),
    ).toEqual([]);
  });

  it('documents the school directory filters and the compared occupations', () => {
    const names = (path: string) =>
      (document.paths[path].get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    expect(names('/api/public/schools')).toEqual(
      expect.arrayContaining([
        'occupation',
        'state',
        'zip',
        'radius',
        'delivery',
        'credential',
        'accreditation',
        'maxCost',
        'sort',
        'q',
        'page',
        'pageSize',
      ]),
    );
    expect(names('/api/public/schools/{slug}')).toContain('zip');
    expect(names('/api/public/compare')).toContain('o');
  });
});
