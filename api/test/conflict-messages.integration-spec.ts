import type { ArgumentsHost } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiExceptionFilter } from '../src/common/errors/api-exception.filter';
import { createRecord, editorialSession, FixtureContext, resource } from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** What the one error filter answers for an error, as the client would receive it. */
function answerFor(error: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(error, host);
  return sent;
}

describe('database conflicts in plain words', () => {
  let testApp: TestApp;
  let context: FixtureContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ context } = await editorialSession(testApp));
    dataSource = testApp.app.get(DataSource);
  }, 60_000);

  afterAll(() => testApp.close());

  /** The error PostgreSQL raises for a statement, which is rolled back either way. */
  async function failureOf(sql: string): Promise<unknown> {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(sql);
      return null;
    } catch (error) {
      return error;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('answers a unique violation with 409 naming the field, not the constraint', async () => {
    const error = await failureOf(
      `UPDATE occupations SET slug = (SELECT slug FROM occupations ORDER BY slug LIMIT 1)
        WHERE id = (SELECT id FROM occupations ORDER BY slug OFFSET 1 LIMIT 1)`,
    );
    expect(answerFor(error)).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: 'conflict',
        message: 'Another occupation already uses this slug',
        fields: [{ field: 'slug', message: 'Another occupation already uses this slug' }],
      },
    });
  });

  it('answers a foreign-key violation with 409 naming the record, not the constraint', async () => {
    const error = await failureOf(
      `UPDATE programs SET school_id = '00000000-0000-4000-8000-000000000000'
        WHERE id = (SELECT id FROM programs LIMIT 1)`,
    );
    const answer = answerFor(error);
    expect(answer.status).toBe(409);
    expect(answer.body.message).toBe('The school this program refers to does not exist (any more)');
    expect(JSON.stringify(answer.body)).not.toMatch(/FK_|UQ_|REL_|constraint/i);
  });

  it('never names a constraint when concurrent creates race for one slug', async () => {
    const body = await resource('occupations').build(context, 'race');
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        context.admin.agent.post('/api/occupations').set(context.admin.csrf).send(body),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.every((status) => [201, 400, 409].includes(status))).toBe(true);
    for (const response of responses.filter((item) => item.status === 409)) {
      expect(response.body.message).toBe('Another occupation already uses this slug');
    }
    await expect(createRecord(context, 'occupations', body)).rejects.toThrow(/already has this slug/);
  });
});
