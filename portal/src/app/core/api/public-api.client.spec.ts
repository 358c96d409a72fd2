import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { catalogueFixture } from '../../../testing/catalogue.fixture';
import { comparisonFixture } from '../../../testing/comparison.fixture';
import { schoolFiltersFixture } from '../../../testing/schools.fixture';
import { ApiError } from './api-error';
import { PublicApiClient } from './public-api.client';

describe('PublicApiClient', () => {
  let client: PublicApiClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    client = TestBed.inject(PublicApiClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for a comparison by its relative public URL', async () => {
    const result = firstValueFrom(client.comparison('cma-vs-medical-coder'));
    const request = http.expectOne('/api/public/comparisons/cma-vs-medical-coder');
    expect(request.request.method).toBe('GET');
    request.flush(comparisonFixture);

    await expect(result).resolves.toEqual(comparisonFixture);
  });

  it('asks the finder for one page of the catalogue with its filters, in a fixed order', async () => {
    const result = firstValueFrom(
      client.occupations({ state: 'WI', q: 'nurse', bright: true, minPay: 0, sort: 'pay', pageSize: 20 }),
    );
    http
      .expectOne('/api/public/occupations?q=nurse&minPay=0&bright=1&state=WI&sort=pay&pageSize=20')
      .flush(catalogueFixture);

    await expect(result).resolves.toEqual(catalogueFixture);
  });

  it("asks for the directory's filter values of closed schools only when the directory lists them", async () => {
    const open = firstValueFrom(client.schoolFilters());
    http.expectOne('/api/public/school-filters').flush(schoolFiltersFixture);
    await expect(open).resolves.toEqual(schoolFiltersFixture);

    const withClosed = firstValueFrom(client.schoolFilters(true));
    http.expectOne('/api/public/school-filters?includeClosed=true').flush(schoolFiltersFixture);
    await expect(withClosed).resolves.toEqual(schoolFiltersFixture);
  });

  it("fails with the API's error body as an ApiError", async () => {
    const body = { statusCode: 404, error: 'not_found', message: 'No occupation "astronaut"' };
    const result = firstValueFrom(client.occupation('astronaut'));
    http.expectOne('/api/public/occupations/astronaut').flush(body, { status: 404, statusText: 'Not Found' });

    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).body).toEqual(body);
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    const result = firstValueFrom(client.home());
    http.expectOne('/api/public/home').error(new ProgressEvent('error'));

    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body.error).toBe('network_error');
  });

  it('asks for the working copy when the page is a preview', async () => {
    window.history.pushState({}, '', '/compare/cma-vs-medical-coder?preview=1');
    try {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
      const previewClient = TestBed.inject(PublicApiClient);
      const previewHttp = TestBed.inject(HttpTestingController);
      const result = firstValueFrom(previewClient.comparison('cma-vs-medical-coder'));
      previewHttp
        .expectOne('/api/public/comparisons/cma-vs-medical-coder?preview=1')
        .flush(comparisonFixture);
      await expect(result).resolves.toEqual(comparisonFixture);
      previewHttp.verify();
    } finally {
      window.history.pushState({}, '', '/');
    }
  });
});
