import type { ImportRowPreview, ImportView } from '@careerscope/shared';

/** A national May 2023 wage row of medical assistants, new or compared with what is stored. */
export function wageRow(overrides: Partial<ImportRowPreview> = {}): ImportRowPreview {
  return {
    occupationSlug: 'certified-medical-assistant',
    occupationTitle: 'Certified Medical Assistant (CMA)',
    socCode: '31-9092',
    areaCode: 'US',
    areaName: 'U.S.',
    status: 'new',
    figures: [
      {
        field: 'employment',
        current: null,
        incoming: { value: 764_880, flag: null },
        changePercent: null,
        suspicious: false,
      },
      {
        field: 'medianAnnual',
        current: null,
        incoming: { value: 42_000, flag: null },
        changePercent: null,
        suspicious: false,
      },
    ],
    ...overrides,
  };
}

export function importView(overrides: Partial<ImportView> = {}): ImportView {
  return {
    id: '0f5d7d8e-6f1e-4b59-9d7e-3c1a2b4c5d6e',
    version: 1,
    kind: 'oews',
    fileName: 'national_M2023_dl.xlsx',
    sha256: 'a'.repeat(64),
    sizeBytes: 2048,
    referencePeriod: 'May 2023',
    periodYear: 2023,
    status: 'previewed',
    counts: { new: 1, changed: 0, unchanged: 0, unmatched: 0, suspicious: 0 },
    rows: [wageRow()],
    rowsTotal: 1,
    unmatched: [],
    newOccupations: [],
    newOccupationsTotal: 0,
    warnings: [],
    alreadyAppliedImportId: null,
    createdAt: '2026-04-20T10:00:00.000Z',
    createdBy: { id: 'u1', name: 'Grace Hopper' },
    appliedAt: null,
    ...overrides,
  };
}
