import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ONET_ATTRIBUTION, type PublicOccupationResponse, type WageStatisticView } from '@careerscope/shared';

import { dataOnlyOccupationFixture, medicalCoderFixture } from '../../testing/occupation.fixture';
import { aapc, onet } from '../../testing/sources.fixture';
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

/** Text as read, with a footnote mark attached to what it cites. */
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').replace(/ \[/g, '[').trim();
const headings = (el: HTMLElement) =>
  [...el.querySelectorAll('h2, h3')].map((h) => text(h).replace(/\[\d+\]/g, ''));
const section = (el: HTMLElement, headingId: string) =>
  el.querySelector(`section[aria-labelledby="${headingId}"]`) as HTMLElement;
/** The footnote number of a source on the page. */
const noteOf = (el: HTMLElement, title: string) =>
  [...el.querySelectorAll('.sources li')]
    .find((li) => li.textContent?.includes(title))
    ?.id.replace('source-', '');

describe('OccupationPage with editorial and data content', () => {
  it('keeps the editors’ text where they wrote it and says so, and fills the rest from O*NET', async () => {
    const el = await render(medicalCoderFixture);

    expect(text(el.querySelector('.summary'))).toContain('Written by our editors');
    const whatTheyDo = section(el, 'what-they-do');
    expect(text(whatTheyDo)).toContain('Medical coders review clinical documentation');
    expect(text(whatTheyDo)).toContain('Written by our editors');
    // The editors' duties replace O*NET's task list.
    expect(whatTheyDo.querySelector('.tasks')).toBeNull();
    // Skills: the editors' list, not O*NET's.
    const skills = section(el, 'skills-heading');
    expect(text(skills)).toContain('Written by our editors');
    expect(text(skills)).not.toContain('Reading Comprehension');
    // What only the data has is still shown, labelled and attributed.
    expect(text(section(el, 'technology-heading'))).toContain('From O*NET data');
    expect(text(el.querySelector('#onet-attribution'))).toBe(ONET_ATTRIBUTION);
  });

  it('has one heading per topic', async () => {
    const el = await render({
      ...medicalCoderFixture,
      sections: [
        ...medicalCoderFixture.sections,
        { key: 'specialization', title: 'Specialization', html: '<p>Coders specialize.</p>', sourceIds: [] },
      ],
    });

    const all = headings(el);
    expect(all.filter((h) => /speciali/i.test(h))).toEqual(['Specializations']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('puts the editors’ certification and accreditation prose under the list’s heading, not a second one', async () => {
    const el = await render({
      ...medicalCoderFixture,
      sections: [
        ...medicalCoderFixture.sections,
        {
          key: 'certification',
          title: 'Certification',
          html: '<p>Most employers ask for the CPC.</p>',
          sourceIds: [],
        },
        {
          key: 'programAccreditation',
          title: 'Program accreditation',
          html: '<p>Look for CAHIIM.</p>',
          sourceIds: [],
        },
      ],
      certifications: [
        {
          id: 'cert-1',
          requirement: 'optional',
          certifyingBody: null,
          credential: null,
          noteHtml: '',
          sourceId: aapc.id,
        },
      ],
    });

    const all = headings(el);
    expect(all.filter((h) => /certification/i.test(h))).toEqual(['Certification']);
    expect(all.filter((h) => /accreditat/i.test(h))).toEqual(['Program accreditation']);
    expect(new Set(all).size).toBe(all.length);
    expect(text(section(el, 'how-to-become'))).toContain('Most employers ask for the CPC.');
  });

  it('gives BLS’s typical entry education as the quick fact, with the editors’ view beside it', async () => {
    const el = await render({
      ...medicalCoderFixture,
      educationPaths: [
        {
          id: 'path-1',
          credentialLevel: 'associate',
          minMonths: 18,
          maxMonths: 24,
          note: null,
          sourceId: aapc.id,
        },
      ],
    });

    const fact = [...el.querySelectorAll('.quick-facts dl > div')].find(
      (div) => text(div.querySelector('dt')) === 'Typical entry-level education',
    );
    expect(text(fact?.querySelector('dd'))).toMatch(
      new RegExp(`^Postsecondary nondegree award\\[${noteOf(el, 'Employment Projections')}\\]`),
    );
    expect(text(fact?.querySelector('.fact-context'))).toBe(
      `Our editors: Associate degree (18–24 months)[${noteOf(el, aapc.title)}]`,
    );
  });
});

describe('OccupationPage for an occupation without editorial prose', () => {
  it('summarises it from O*NET, labelled and footnoted', async () => {
    const el = await render(dataOnlyOccupationFixture);

    const summary = el.querySelector('.summary');
    expect(text(summary?.querySelector('.lede'))).toBe(
      `Draw blood for tests, transfusions, donations, or research.[${noteOf(el, onet.title)}]`,
    );
    expect(text(summary?.querySelector('.provenance'))).toBe('From O*NET data');
  });

  it('lists the core tasks, the BLS entry requirements and the O*NET preparation level', async () => {
    const el = await render(dataOnlyOccupationFixture);

    expect(text(section(el, 'what-they-do').querySelector('.tasks'))).toBe(
      'Draw blood from veins by vacuum tube, syringe, or butterfly venipuncture methods.',
    );
    const howTo = section(el, 'how-to-become');
    const facts = [...howTo.querySelectorAll('.facts-list > div')].map((div) => [
      text(div.querySelector('dt')),
      text(div.querySelector('dd')).replace(/\[\d+\]/, ''),
    ]);
    expect(facts).toEqual([
      ['Typical entry-level education', 'Postsecondary nondegree award'],
      ['Work experience in a related occupation', 'None'],
      ['Typical on-the-job training', 'None'],
    ]);
    expect(howTo.querySelector('.facts-list sup a')?.textContent).toBe(
      `[${noteOf(el, 'Employment Projections')}]`,
    );
    expect(text(howTo)).toContain('From BLS data');
    expect(text(howTo)).toContain('O*NET preparation level: Job zone 2 of 5: some preparation needed.');
  });

  it('shows the quick facts it has, and no guess about certification', async () => {
    const el = await render(dataOnlyOccupationFixture);

    const labels = [...el.querySelectorAll('.quick-facts dt')].map((dt) => text(dt));
    expect(labels).toContain('Typical entry-level education');
    expect(labels).not.toContain('Certification');
  });

  it('shows O*NET skills, specialties and technology, and links related occupations with a comparison', async () => {
    const el = await render(dataOnlyOccupationFixture);

    expect([...section(el, 'skills-heading').querySelectorAll('li')].map((li) => text(li))).toEqual([
      'Active Listening (importance 3.6 of 5)',
      'Service Orientation (importance 3.3 of 5)',
    ]);
    expect(text(section(el, 'specializations-heading').querySelector('li'))).toBe(
      'Donor Phlebotomists: Collect blood from donors for transfusion.',
    );
    expect(text(section(el, 'technology-heading').querySelector('li'))).toBe('Epic Systems');
    const related = [...section(el, 'related-heading').querySelectorAll('li')];
    expect(related.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')))).toEqual([
      ['/careers/medical-coder', '/compare?o=phlebotomists,medical-coder'],
      [],
    ]);
    expect(text(related[1])).toBe('Medical and Clinical Laboratory Technicians (SOC 29-2012)');
    expect(text(el.querySelector('#onet-attribution'))).toBe(ONET_ATTRIBUTION);
    const all = headings(el);
    expect(new Set(all).size).toBe(all.length);
  });

  it('shows the national outlook with its openings, and the chosen state’s projection beside it', async () => {
    const el = await render(dataOnlyOccupationFixture, 'wi');

    const outlook = section(el, 'outlook');
    expect(text(outlook)).toContain(
      'About 19,500 openings a year are projected, on average, over the decade.',
    );
    expect(text(outlook.querySelector('.state-outlook'))).toBe(
      `In Wisconsin, employment is projected to grow 9% from 2022 to 2032 (all occupations in Wisconsin: 4%), from 3,400 to 3,690 jobs. About 420 openings a year are projected, on average, over the decade.[${noteOf(el, 'Employment Projections')}]`,
    );
    const select = el.querySelector('cs-state-picker select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'WI']);
  });

  it('describes it in JSON-LD with O*NET skills and tasks and the BLS entry education', async () => {
    await render(dataOnlyOccupationFixture);

    const script = document.head.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}') as Record<string, unknown>;
    expect(data['skills']).toEqual(['Active Listening', 'Service Orientation']);
    expect(data['responsibilities']).toEqual(dataOnlyOccupationFixture.data.tasks);
    expect(data['educationRequirements']).toBe('Postsecondary nondegree award');
  });

  it('says so when the chosen state has no projection', async () => {
    const el = await render(dataOnlyOccupationFixture, 'TX');

    expect(text(section(el, 'outlook'))).toContain('No employment projection is published for TX');
  });
});
