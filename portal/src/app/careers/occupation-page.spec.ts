import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicOccupationResponse, WageStatisticView } from '@careerscope/shared';

import { medicalCoderFixture } from '../../testing/occupation.fixture';
import { OccupationPage } from './occupation-page';

const national = medicalCoderFixture.wages[0];
const v = (value: number) => ({ value, flag: null });

/** The same occupation with an older national period and Wisconsin's figures imported. */
const withStateAndHistory: PublicOccupationResponse = {
  ...medicalCoderFixture,
  wages: [
    national,
    {
      ...national,
      id: 'national-2023',
      referencePeriod: 'May 2023',
      periodYear: 2023,
      annual: { ...national.annual, median: v(48_780) },
    },
    {
      ...national,
      id: 'wi-2024',
      areaType: 'state',
      areaCode: 'WI',
      areaName: 'Wisconsin',
      annual: {
        p10: v(36_000),
        p25: v(41_000),
        median: v(49_120),
        p75: v(58_000),
        p90: { value: null, flag: '#' },
      },
    } satisfies WageStatisticView,
  ],
};

/** Renders the profile, including its deferred blocks (the charts load on demand). */
async function render(occupation: PublicOccupationResponse, state?: string): Promise<HTMLElement> {
  TestBed.configureTestingModule({ imports: [OccupationPage], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(OccupationPage);
  fixture.componentRef.setInput('page', { kind: 'ok', data: occupation });
  fixture.componentRef.setInput('state', state);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const rows = (el: HTMLElement, captionId: string) =>
  [...el.querySelectorAll(`#${captionId} ~ tbody tr`)].map((tr) =>
    [...tr.children].map((c) => c.textContent?.trim()),
  );

describe('OccupationPage', () => {
  it('shows no state picker when no state figures are imported', async () => {
    const el = await render(medicalCoderFixture);

    expect(el.querySelector('cs-state-picker')).toBeNull();
    expect(el.querySelector('#chart-wage-history-caption')).toBeNull();
  });

  it('offers the imported states and shows the chosen state beside the national figures', async () => {
    const el = await render(withStateAndHistory, 'wi');

    const select = el.querySelector('cs-state-picker select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['National only', 'Wisconsin']);
    expect(select.value).toBe('WI');
    // In the server's HTML too, where only attributes count.
    expect([...select.options].map((o) => o.hasAttribute('selected'))).toEqual([false, true]);
    const headers = [...el.querySelectorAll('#chart-wages-caption ~ thead th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Percentile', 'United States', 'Wisconsin']);
    expect(rows(el, 'chart-wages-caption')).toContainEqual([
      'Median (50th percentile)',
      '$50,250 a year ($24.16 an hour)',
      '$49,120 a year ($24.16 an hour)',
    ]);
    // A top-coded value is explained, never printed as a number.
    expect(rows(el, 'chart-wages-caption').at(-1)?.[2]).toContain('At or above the published cap');
  });

  it('says so when the chosen state has no figures', async () => {
    const el = await render(withStateAndHistory, 'TX');

    expect(el.querySelector('.notice')?.textContent).toContain('No wage figures are published for TX');
  });

  it('charts the wage history across reference periods, oldest first, with its table', async () => {
    const el = await render(withStateAndHistory);

    expect(rows(el, 'chart-wage-history-caption').map((row) => row.slice(0, 3))).toEqual([
      ['May 2023', national.annual.p10.value ? '$35,780' : '', '$48,780'],
      ['May 2024', '$35,780', '$50,250'],
    ]);
  });

  it('writes Occupation JSON-LD with the wage percentiles as a yearly USD distribution', async () => {
    render(medicalCoderFixture);

    const script = document.head.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}') as Record<string, unknown>;
    const occupation = (data['@graph'] as Record<string, unknown>[] | undefined)?.[0] ?? data;
    expect(occupation['@type']).toBe('Occupation');
    expect(occupation['occupationalCategory']).toBe('29-2072');
    expect(occupation['skills']).toEqual(medicalCoderFixture.skills);
    expect(occupation['estimatedSalary']).toEqual([
      expect.objectContaining({
        '@type': 'MonetaryAmountDistribution',
        currency: 'USD',
        duration: 'P1Y',
        percentile10: 35_780,
        median: 50_250,
        percentile90: 80_950,
      }),
    ]);
  });

  it('labels every quick fact with the year or period of its data and footnotes it', async () => {
    const el = await render(medicalCoderFixture);

    const facts = [...el.querySelectorAll('.quick-facts dl > div')];
    expect(facts.map((div) => div.querySelector('dt')?.textContent?.trim())).toEqual(
      expect.arrayContaining(['Median pay, May 2024', 'Number of jobs, 2024', 'Job outlook, 2024–34']),
    );
    for (const fact of facts.slice(0, 4)) {
      expect(fact.querySelector('sup a')?.getAttribute('href')).toMatch(
        /^\/careers\/medical-coder#source-\d+$/,
      );
    }
  });
});
