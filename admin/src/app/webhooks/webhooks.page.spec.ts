import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { WebhookDeliveryView, WebhookEndpointView } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { ADMIN, errorBody, settle, typeInto } from '../../testing/test-helpers';
import { WebhooksPage } from './webhooks.page';

const ENDPOINT: WebhookEndpointView = {
  id: '33333333-3333-4333-8333-333333333333',
  url: 'https://cdn.example.org/purge',
  description: 'CDN purge',
  createdAt: '2026-12-01T10:00:00.000Z',
  createdByName: 'Ada Lovelace',
  lastDelivery: { status: 'failed', at: '2026-12-02T10:00:00.000Z' },
};

const DELIVERY: WebhookDeliveryView = {
  id: '44444444-4444-4444-8444-444444444444',
  endpointId: ENDPOINT.id,
  endpointUrl: ENDPOINT.url,
  event: 'publication.published',
  publicationNumber: 7,
  status: 'failed',
  attempts: 8,
  maxAttempts: 8,
  nextAttemptAt: null,
  createdAt: '2026-12-02T10:00:00.000Z',
  deliveredAt: null,
  replayOfId: null,
  lastStatusCode: 500,
  lastError: 'The receiver answered 500',
};

describe('WebhooksPage', () => {
  let httpTesting: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'webhooks', component: WebhooksPage }]),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).update(ADMIN);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    httpTesting.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
  });

  async function open(): Promise<HTMLElement> {
    await harness.navigateByUrl('/webhooks');
    httpTesting.expectOne('/api/webhooks/endpoints').flush([ENDPOINT]);
    httpTesting
      .expectOne((request) => request.url === '/api/webhooks/deliveries')
      .flush({ items: [DELIVERY], total: 1, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  }

  const button = (root: ParentNode, text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

  it('shows the secret once after registering, and the API’s message beside the URL when it refuses it', async () => {
    const el = await open();
    const url = el.querySelector<HTMLInputElement>('input[formcontrolname="url"]')!;

    typeInto(url, 'https://mirror.example.org/hook');
    button(el, 'Register endpoint')!.click();
    const refused = httpTesting.expectOne({ method: 'POST', url: '/api/webhooks/endpoints' });
    const { body, init } = errorBody(400, 'validation_failed', 'Invalid', [
      { field: 'url', message: 'The URL must not contain a user name or password' },
    ]);
    refused.flush(body, init);
    await harness.fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('must not contain a user name or password');

    typeInto(url, 'https://mirror.example.org/hook');
    button(el, 'Register endpoint')!.click();
    httpTesting
      .expectOne({ method: 'POST', url: '/api/webhooks/endpoints' })
      .flush({ ...ENDPOINT, id: 'new', url: 'https://mirror.example.org/hook', secret: 'whsec_shown_once' });
    httpTesting.expectOne('/api/webhooks/endpoints').flush([ENDPOINT]);
    await harness.fixture.whenStable();
    expect(el.querySelector('.webhooks__secret code')?.textContent).toBe('whsec_shown_once');
  });

  it('refuses a URL that is not http or https before asking the API', async () => {
    const el = await open();

    typeInto(el.querySelector<HTMLInputElement>('input[formcontrolname="url"]')!, 'ftp://example.org/x');
    button(el, 'Register endpoint')!.click();
    await harness.fixture.whenStable();

    expect(el.querySelector('mat-error')?.textContent).toContain('http:// or https://');
    httpTesting.expectNone({ method: 'POST', url: '/api/webhooks/endpoints' });
  });

  it('asks before deleting an endpoint, and deletes nothing when cancelled', async () => {
    const el = await open();

    button(el, 'Delete')!.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.textContent).toContain(
      'https://cdn.example.org/purge will no longer be told about publications',
    );
    button(dialog, 'Cancel')!.click();
    await harness.fixture.whenStable();
    httpTesting.expectNone({ method: 'DELETE' });
  });

  it('replays a delivery from the log', async () => {
    const el = await open();

    button(el, 'Replay')!.click();
    httpTesting.expectOne({ method: 'POST', url: `/api/webhooks/deliveries/${DELIVERY.id}/replay` }).flush({
      ...DELIVERY,
      id: 'replay',
      status: 'pending',
      attempts: 0,
      replayOfId: DELIVERY.id,
      body: '{}',
      attemptLog: [],
    });
    httpTesting
      .expectOne((request) => request.url === '/api/webhooks/deliveries')
      .flush({ items: [DELIVERY], total: 1, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();

    expect(el.querySelector('.webhooks__detail')?.textContent).toContain('No attempt yet');
  });
});
