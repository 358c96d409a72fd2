import {
  IMPORT_KIND_LABELS,
  WAGE_FLAG_MEANINGS,
  formatAnnualWage,
  formatCount,
  formatHourlyWage,
  formatPercent,
} from '@careerscope/shared';
import type {
  ImportFigureChange,
  ImportFigureValue,
  ImportListingChange,
  ImportRowPreview,
  ImportStatus,
} from '@careerscope/shared';

type FigureField = ImportFigureChange['field'];

/** How each figure reads in the preview table. */
export const FIGURE_LABELS: Record<FigureField, string> = {
  employment: 'Employment',
  meanAnnual: 'Mean wage, annual',
  p10Annual: '10th percentile, annual',
  p25Annual: '25th percentile, annual',
  medianAnnual: 'Median wage, annual',
  p75Annual: '75th percentile, annual',
  p90Annual: '90th percentile, annual',
  meanHourly: 'Mean wage, hourly',
  p10Hourly: '10th percentile, hourly',
  p25Hourly: '25th percentile, hourly',
  medianHourly: 'Median wage, hourly',
  p75Hourly: '75th percentile, hourly',
  p90Hourly: '90th percentile, hourly',
  baseEmployment: 'Employment, base year',
  targetEmployment: 'Employment, target year',
  numericChange: 'Change in jobs',
  percentChange: 'Percent change',
  allOccupationsPercentChange: 'All occupations, percent change',
  averageAnnualOpenings: 'Openings a year',
};

export const KIND_LABELS = IMPORT_KIND_LABELS;

/** What an IPEDS row does to a school listing or program. */
export const LISTING_EVENT_LABELS: Record<ImportListingChange['event'], string> = {
  new: 'New',
  changed: 'Changed',
  unchanged: 'Unchanged',
  closed: 'Closed',
  vanished: 'No longer reported',
};

/** How people name the fields a listing's row can keep as an admin edited them. */
const KEPT_FIELD_LABELS: Record<string, string> = {
  name: 'name',
  city: 'city',
  state: 'state',
  website: 'website',
  zip: 'ZIP code',
  latitude: 'latitude',
  longitude: 'longitude',
  credentialLevel: 'credential',
  minMonths: 'shortest length',
  maxMonths: 'longest length',
};

export const STATUS_LABELS: Record<ImportStatus, string> = {
  previewed: 'Previewed, not applied',
  applied: 'Applied',
  discarded: 'Discarded',
};

export const ROW_STATUS_LABELS: Record<ImportRowPreview['status'], string> = {
  new: 'New',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

function formatNumber(field: FigureField, value: number): string {
  if (field.endsWith('Annual')) return formatAnnualWage(value);
  if (field.endsWith('Hourly')) return formatHourlyWage(value);
  if (field === 'percentChange' || field === 'allOccupationsPercentChange') return formatPercent(value);
  return formatCount(value);
}

/** A figure as words: "$44,720", or a BLS flag spelt out ("# at or above the published cap"). */
export function formatFigure(field: FigureField, figure: ImportFigureValue | null): string {
  if (figure === null) return 'none';
  if (figure.flag !== null) return `${figure.flag} ${WAGE_FLAG_MEANINGS[figure.flag].toLowerCase()}`;
  if (figure.value === null) return 'none';
  return formatNumber(field, figure.value);
}

/** "+3.2%", "−1.0%", or an empty string when there is nothing to compare. */
export function formatChange(changePercent: number | null): string {
  if (changePercent === null) return '';
  const sign = changePercent > 0 ? '+' : changePercent < 0 ? '−' : '';
  return `${sign}${Math.abs(changePercent).toFixed(1)}%`;
}

/** Whether applying would write this figure: it is new, or differs from what is stored. */
export function figureDiffers(figure: ImportFigureChange): boolean {
  const { current, incoming } = figure;
  return current === null || current.value !== incoming.value || current.flag !== incoming.flag;
}

/** Text facts longer than this are shortened until the reader asks for the whole text. */
export const SHORT_TEXT_LENGTH = 160;

/** One line of the preview table: one figure, or one text fact, of one row. */
export interface FigureLine {
  key: string;
  /** A figure compares numbers; a text fact shows its words before and after. */
  type: 'figure' | 'text';
  occupation: string;
  /** "SOC 31-9092", or "UNITID 127158" for a school listing. */
  code: string;
  area: string;
  rowStatus: ImportRowPreview['status'];
  /** "New", "Changed" … ; IPEDS rows also "Closed" and "No longer reported", naming what they concern. */
  statusLabel: string;
  label: string;
  current: string;
  incoming: string;
  change: string;
  suspicious: boolean;
  differs: boolean;
  /** The row belongs to an occupation the import creates. */
  newOccupation: boolean;
}

/**
 * The preview's lines. `referencePeriod` is the file's: a figure of a period not held yet is shown
 * beside the newest earlier period's value ("May 2024 $44,720" → "May 2025 $45,100").
 */
export function figureLines(rows: readonly ImportRowPreview[], referencePeriod = ''): FigureLine[] {
  return rows.flatMap((row) => {
    const listing = row.listing;
    const common = {
      occupation: listing?.subject === 'institution' ? listing.name : row.occupationTitle,
      code: listing?.subject === 'institution' ? `UNITID ${listing.unitId}` : `SOC ${row.socCode}`,
      area: listing
        ? `${row.areaName ?? ''}${row.areaCode ? `, ${row.areaCode}` : ''}`
        : (row.areaName ?? row.areaCode ?? 'National'),
      rowStatus: row.status,
      statusLabel: listing
        ? `${LISTING_EVENT_LABELS[listing.event]} ${listing.subject === 'institution' ? 'school' : 'program'}`
        : ROW_STATUS_LABELS[row.status],
      newOccupation: row.newOccupation === true,
    };
    const rowKey = `${listing ? `${listing.subject}:${listing.unitId}|` : ''}${row.socCode}|${row.areaCode ?? ''}|${listing || row.fields?.length ? (row.areaName ?? '') : ''}`;
    const figures = row.figures.map((figure): FigureLine => {
      const previous = figure.current === null ? figure.previous : null;
      const current = previous
        ? `${previous.referencePeriod} ${formatFigure(figure.field, previous)}`
        : figure.current === null
          ? 'none (new)'
          : formatFigure(figure.field, figure.current);
      const incoming = formatFigure(figure.field, figure.incoming);
      return {
        ...common,
        key: `${rowKey}|${figure.field}`,
        type: 'figure',
        label: FIGURE_LABELS[figure.field] ?? figure.field,
        current,
        incoming: previous && referencePeriod ? `${referencePeriod} ${incoming}` : incoming,
        change: formatChange(figure.changePercent),
        suspicious: figure.suspicious,
        differs: row.status !== 'unchanged' && figureDiffers(figure),
      };
    });
    const texts = (row.fields ?? []).map((text): FigureLine => ({
      ...common,
      key: `${rowKey}|text:${text.field}`,
      type: 'text',
      label: text.label,
      current: text.current ?? 'none (new)',
      incoming: text.incoming,
      change: '',
      suspicious: false,
      differs: text.current !== text.incoming,
    }));
    // Fields an admin edited by hand, which the refresh keeps as they are.
    const kept: FigureLine[] = listing?.keptFields.length
      ? [
          {
            ...common,
            key: `${rowKey}|kept`,
            type: 'text',
            label: 'Kept as edited by hand',
            current: listing.keptFields.map((field) => KEPT_FIELD_LABELS[field] ?? field).join(', '),
            incoming: 'kept',
            change: '',
            suspicious: false,
            differs: true,
          },
        ]
      : [];
    if (figures.length + texts.length > 0) return [...figures, ...texts, ...kept];
    if (listing && listing.event !== 'unchanged') {
      const created = listing.event === 'new';
      return [
        {
          ...common,
          key: `${rowKey}|listing`,
          type: 'text',
          label: listing.subject === 'institution' ? 'School' : 'Program',
          current: created ? 'none (new)' : 'listed',
          incoming: created ? listing.name : LISTING_EVENT_LABELS[listing.event].toLowerCase(),
          change: '',
          suspicious: false,
          differs: true,
        },
        ...kept,
      ];
    }
    if (kept.length > 0) return kept;
    // A text row lists only the facts that differ: say that the others are as held.
    const same: FigureLine = {
      ...common,
      key: `${rowKey}|same`,
      type: 'text',
      label: 'Every fact',
      current: 'as held',
      incoming: 'the same',
      change: '',
      suspicious: false,
      differs: false,
    };
    return [same];
  });
}

/** The first words of a long text, cut at a word, for the shortened view. */
export function shorten(text: string, length = SHORT_TEXT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > length / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** "3 new occupations" */
export function occupationsPhrase(count: number): string {
  return `${count} new ${count === 1 ? 'occupation' : 'occupations'}`;
}

/** "2 new rows and 1 changed row" */
export function rowsPhrase(newRows: number, changedRows: number): string {
  const part = (n: number, word: string) => `${n} ${word} ${n === 1 ? 'row' : 'rows'}`;
  return `${part(newRows, 'new')} and ${part(changedRows, 'changed')}`;
}
