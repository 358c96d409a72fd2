import { PublishCheckInput, publishProblems } from './publish-validation';

function valid(): PublishCheckInput {
  return {
    occupations: [
      {
        id: 'o1',
        slug: 'medical-coder',
        title: 'Medical Coder',
        socCode: '29-2072',
        summaryMarkdown: 'Coders turn records into codes.',
        sectionKeys: ['licensing'],
      },
    ],
    nationalWageSocCodes: ['29-2072'],
    projectionSocCodes: ['29-2072'],
    describedSocCodes: [],
    comparisons: [
      {
        id: 'c1',
        slug: 'cma-vs-medical-coder',
        title: 'CMA vs. Medical Coder',
        occupationIds: ['o1'],
        rows: [
          { key: 'licensing', label: 'Licensing', kind: 'section', sectionKey: 'licensing' },
          { key: 'pay', label: 'Pay', kind: 'wages', sectionKey: null },
        ],
      },
    ],
  };
}

describe('publishProblems', () => {
  it('finds nothing wrong with a complete working copy', () => {
    expect(publishProblems(valid())).toEqual([]);
  });

  it('names each gap by record and field, and points at the record to fix', () => {
    const input = valid();
    input.occupations[0].summaryMarkdown = '  ';
    input.occupations[0].sectionKeys = [];
    input.nationalWageSocCodes = [];
    input.projectionSocCodes = ['31-9092'];
    expect(publishProblems(input)).toEqual([
      {
        field: 'occupations.medical-coder.summary',
        message: 'Medical Coder has no summary, and O*NET has no description of SOC 29-2072',
        recordType: 'occupation',
        recordId: 'o1',
      },
      {
        field: 'occupations.medical-coder.wages',
        message: 'Medical Coder has no national wage statistic for SOC 29-2072',
        recordType: 'occupation',
        recordId: 'o1',
      },
      {
        field: 'occupations.medical-coder.projections',
        message: 'Medical Coder has no employment projection for SOC 29-2072',
        recordType: 'occupation',
        recordId: 'o1',
      },
      {
        field: 'comparisons.cma-vs-medical-coder.rows.licensing',
        message:
          '"Licensing" in CMA vs. Medical Coder needs the section "licensing" of Medical Coder, which is missing or empty',
        recordType: 'comparison',
        recordId: 'c1',
      },
    ]);
  });

  it('lets the O*NET description stand in for a summary no editor wrote', () => {
    const input = valid();
    input.occupations[0].summaryMarkdown = '';
    input.describedSocCodes = ['29-2072'];
    expect(publishProblems(input)).toEqual([]);
  });

  it('needs a projection only for occupations a comparison shows side by side', () => {
    const input = valid();
    input.projectionSocCodes = [];
    input.comparisons = [];
    expect(publishProblems(input)).toEqual([]);
    input.comparisons = valid().comparisons;
    expect(publishProblems(input).map((problem) => problem.field)).toEqual([
      'occupations.medical-coder.projections',
    ]);
  });
});
