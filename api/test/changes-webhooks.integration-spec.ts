import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type {
  CreatedWebhookEndpoint,
  PublicationChangesView,
  PublicationPublishedPayload,
  WebhookDeliveryDetail,
  WebhookDeliveryView,
} from '@careerscope/shared';
import { clients, Clients, seedIds } from './support/editorial-fixtures';
import { Client } from 'pg';
import { startSecondInstance, startTestApp, TestApp } from './support/test-app';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers every request with `status`. */
async function receiver(
  status: number,
  delayMs = 0,
): Promise<{ url: string; requests: Received[]; server: Server }> {
  const requests: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      setTimeout(() => response.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, requests, server };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('what changed: the change list, the Atom feed and signed webhooks', () => {
  let testApp: TestApp;
  let all: Clients;
  const servers: Server[] = [];

  beforeAll(async () => {
    testApp = await startTestApp({
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    all = await clients(testApp);
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
    for (const server of servers) server.close();
  });

  const admin = () => all.admin;

  async function register(url: string): Promise<CreatedWebhookEndpoint> {
    const response = await admin()
      .agent.post('/api/webhooks/endpoints')
      .set(admin().csrf)
      .send({ url })
      .expect(201);
    return response.body;
  }

  async function publish(note: string): Promise<number> {
    const response = await admin()
      .agent.post('/api/publications')
      .set(admin().csrf)
      .send({ note })
      .expect(201);
    return response.body.number;
  }

  async function deliveriesOf(endpointId: string): Promise<WebhookDeliveryView[]> {
    const response = await admin().agent.get('/api/webhooks/deliveries').query({ endpointId }).expect(200);
    return response.body.items;
  }

  function expectSigned(request: Received, secret: string): void {
    const timestamp = String(request.headers['x-careerscope-timestamp']);
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
    expect(request.headers['x-careerscope-signature']).toBe(expected);
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60);
  }

  let signedDelivery: { id: string; secret: string; requests: Received[] };

  it('refuses an endpoint URL that is not http or https with 400 naming the field, and stores nothing', async () => {
    for (const url of ['ftp://example.org/hook', 'not a url', 'javascript:alert(1)']) {
      const response = await admin()
        .agent.post('/api/webhooks/endpoints')
        .set(admin().csrf)
        .send({ url })
        .expect(400);
      expect(response.body.fields).toEqual([expect.objectContaining({ field: 'url' })]);
    }
    const list = await admin().agent.get('/api/webhooks/endpoints').expect(200);
    expect(list.body).toEqual([]);
  });

  it('sends a receiver a publication.published request signed with its secret, and logs the delivery', async () => {
    const hook = await receiver(204);
    servers.push(hook.server);
    const endpoint = await register(hook.url);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const listed = await admin().agent.get('/api/webhooks/endpoints').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(endpoint.secret);

    // A new national wage period for medical assistants, as a yearly update brings.
    const ids = await seedIds(admin());
    await admin()
      .agent.post('/api/wage-statistics')
      .set(admin().csrf)
      .send({
        socCode: '31-9092',
        socTitle: 'Medical Assistants',
        areaType: 'national',
        areaCode: 'US',
        areaName: 'U.S.',
        referencePeriod: 'May 2025',
        periodYear: 2025,
        employment: 820000,
        meanAnnual: 46000,
        p10Annual: 36000,
        p25Annual: 39000,
        medianAnnual: 45500,
        p75Annual: 50000,
        p90Annual: 59000,
        meanHourly: 22.12,
        medianHourly: 21.88,
        sourceId: ids.sourceId,
      })
      .expect(201);
    const number = await publish('May 2025 wages');

    const [request] = await until(
      'the signed request',
      async () => hook.requests.length > 0 && hook.requests,
    );
    expectSigned(request, endpoint.secret);
    expect(request.headers['x-careerscope-event']).toBe('publication.published');
    const payload = JSON.parse(request.body) as PublicationPublishedPayload;
    expect(payload.publication.number).toBe(number);
    expect(payload.summary.headline).toMatch(/^Wages for 1 occupation updated to May 2025/);

    const [delivery] = await until('the delivered log entry', async () => {
      const found = await deliveriesOf(endpoint.id);
      return found[0]?.status === 'delivered' && found;
    });
    expect(delivery).toMatchObject({
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
      publicationNumber: number,
    });
    expect(request.headers['x-careerscope-delivery']).toBe(delivery.id);
    signedDelivery = { id: delivery.id, secret: endpoint.secret, requests: hook.requests };
  });

  it('lists each publication with what it changed, newest first, with the current publication', async () => {
    const response = await all.anonymous.agent.get('/api/public/changes').expect(200);
    const [newest, ...older] = response.body.items as PublicationChangesView[];
    expect(response.body.total).toBe(older.length + 1);
    expect(newest.note).toBe('May 2025 wages');
    expect(newest.lines).toContainEqual(
      expect.objectContaining({
        topic: 'wages',
        text: 'Wages for 1 occupation updated to May 2025',
        count: 1,
      }),
    );
    expect(older.at(-1)?.headline).toBe('First publication');
    expect(response.headers['x-publication']).toBe(String(newest.number));
  });

  it('summarizes once, on first read, a publication stored without its summary', async () => {
    const before = await all.anonymous.agent.get('/api/public/changes').expect(200);
    const client = new Client({ connectionString: testApp.databaseUrl });
    await client.connect();
    try {
      await client.query('DELETE FROM publication_change_summaries');
    } finally {
      await client.end();
    }
    // Another URL than before: the answer above is cached per publication.
    const after = await all.anonymous.agent.get('/api/public/changes?pageSize=50').expect(200);
    expect(after.body.items).toEqual(before.body.items);
  });

  it('retries a receiver that answers 500 with backoff, then logs the delivery as failed', async () => {
    const failing = await receiver(500);
    servers.push(failing.server);
    const endpoint = await register(failing.url);
    await publish('Republished with no change');

    const delivery = await until('the failed delivery', async () => {
      const [found] = await deliveriesOf(endpoint.id);
      return found?.status === 'failed' && found;
    });
    expect(delivery).toMatchObject({ attempts: 3, maxAttempts: 3, lastStatusCode: 500 });
    expect(delivery.lastError).toBe('The receiver answered 500');
    const detail = await admin().agent.get(`/api/webhooks/deliveries/${delivery.id}`).expect(200);
    const log = (detail.body as WebhookDeliveryDetail).attemptLog;
    expect(log.map((attempt) => [attempt.attempt, attempt.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ]);
    // Each retry waits at least the base delay (50 ms), doubled after every failed attempt.
    const [first, second, third] = log.map((attempt) => Date.parse(attempt.at));
    expect(second - first).toBeGreaterThanOrEqual(50);
    expect(third - second).toBeGreaterThanOrEqual(100);
    expect(failing.requests).toHaveLength(3);
    expect(JSON.parse(failing.requests[0].body).summary.headline).toBe(
      'Published again with no changes to the content',
    );
  });

  it('replays a delivery as a new delivery that the receiver gets again, signed', async () => {
    const before = signedDelivery.requests.length;
    const response = await admin()
      .agent.post(`/api/webhooks/deliveries/${signedDelivery.id}/replay`)
      .set(admin().csrf)
      .expect(201);
    const replay = response.body as WebhookDeliveryDetail;
    expect(replay.replayOfId).toBe(signedDelivery.id);
    expect(replay.id).not.toBe(signedDelivery.id);

    await until('the replayed request', async () => signedDelivery.requests.length > before);
    const again = signedDelivery.requests[before];
    expectSigned(again, signedDelivery.secret);
    expect(again.headers['x-careerscope-delivery']).toBe(replay.id);
    expect(again.body).toBe(signedDelivery.requests[0].body);
    await until('the replay logged as delivered', async () => {
      const detail = await admin().agent.get(`/api/webhooks/deliveries/${replay.id}`).expect(200);
      return detail.body.status === 'delivered';
    });
  });

  it('serves the publications as a valid Atom 1.0 feed at /changes.atom', async () => {
    const response = await all.anonymous.agent.get('/changes.atom').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = response.text;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['entry', 'link'].includes(name),
    }).parse(xml);
    const feed = parsed.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toEqual(expect.any(String));
    expect(feed.title).toBe('Careerscope: what changed');
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.link).toContainEqual(
      expect.objectContaining({ '@_rel': 'self', '@_href': expect.stringMatching(/\/changes\.atom$/) }),
    );

    const changes = await all.anonymous.agent.get('/api/public/changes').expect(200);
    const items = changes.body.items as PublicationChangesView[];
    expect(feed.entry).toHaveLength(items.length);
    expect(feed.updated).toBe(items[0].publishedAt);
    for (const [index, entry] of (feed.entry as Record<string, unknown>[]).entries()) {
      expect(entry.id).toEqual(expect.stringMatching(/^https?:\/\//));
      expect(entry.title).toBe(items[index].headline);
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.link).toEqual([
        expect.objectContaining({ '@_href': expect.stringContaining('/changes#publication-') }),
      ]);
    }
    expect(new Set((feed.entry as Array<{ id: string }>).map((entry) => entry.id)).size).toBe(items.length);

    const cached = await all.anonymous.agent
      .get('/changes.atom')
      .set('If-None-Match', response.headers.etag)
      .expect(304);
    expect(cached.text).toBe('');
  });

  it('removes an endpoint with its log', async () => {
    const hook = await receiver(204);
    servers.push(hook.server);
    const endpoint = await register(hook.url);
    await admin().agent.delete(`/api/webhooks/endpoints/${endpoint.id}`).set(admin().csrf).expect(204);
    const list = await admin().agent.get('/api/webhooks/endpoints').expect(200);
    expect(list.body.map((item: { id: string }) => item.id)).not.toContain(endpoint.id);
    await admin().agent.delete(`/api/webhooks/endpoints/${endpoint.id}`).set(admin().csrf).expect(404);
  });

  // Last: once the second instance has closed, this harness's signed-in agents answer 401.
  it('sends each delivery once while two instances poll the same queue', async () => {
    const second = await startSecondInstance(testApp);
    try {
      // A slow receiver: both instances poll several times while the first attempt is under way.
      const slow = await receiver(200, 400);
      servers.push(slow.server);
      const endpoint = await register(slow.url);
      await publish('Two instances');
      await until('the delivery', async () => (await deliveriesOf(endpoint.id))[0]?.status === 'delivered');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(slow.requests).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
