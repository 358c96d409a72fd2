import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  COMPARISON_ROW_SHAPE,
  COMPARISON_SHAPE,
  type ComparisonRecord,
  type ComparisonRowRecord,
  type CreateComparisonRequest,
  type CreateComparisonRowRequest,
  defaultsOf,
  type FieldError,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { OccupationEntity } from '../occupations/occupation.entity';
import { ComparisonOccupationEntity } from './comparison-occupation.entity';
import { ComparisonRowEntity } from './comparison-row.entity';
import { ComparisonEntity } from './comparison.entity';
import { CreateComparisonDto, CreateComparisonRowDto } from './dto/comparison.dto';

export function toComparisonRecord(comparison: ComparisonEntity): ComparisonRecord {
  return recordOf(COMPARISON_SHAPE, comparison, {
    occupationIds: [...(comparison.columns ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((column) => column.occupationId),
  });
}

@Injectable()
export class ComparisonsService extends EditableRecordService<
  ComparisonEntity,
  ComparisonRecord,
  CreateComparisonRequest
> {
  protected readonly config = {
    recordType: 'comparison' as const,
    entity: ComparisonEntity,
    label: 'comparison',
    createDto: CreateComparisonDto,
    defaults: defaultsOf(COMPARISON_SHAPE),
    defaultSort: 'title',
    search: ['title', 'slug'] as const,
    relations: { columns: true },
    // Written here, in column order, rather than as a plain many-to-many.
    lists: [{ field: 'occupationIds' as const, target: OccupationEntity }],
  };

  toRecord(comparison: ComparisonEntity): ComparisonRecord {
    return toComparisonRecord(comparison);
  }

  protected override async writeLists(
    manager: EntityManager,
    id: string,
    input: CreateComparisonRequest,
  ): Promise<void> {
    await manager.delete(ComparisonOccupationEntity, { comparisonId: id });
    const occupationIds = input.occupationIds ?? [];
    if (occupationIds.length === 0) return;
    await manager.insert(
      ComparisonOccupationEntity,
      occupationIds.map((occupationId, position) => ({ comparisonId: id, occupationId, position })),
    );
  }
}

export function toComparisonRowRecord(row: ComparisonRowEntity): ComparisonRowRecord {
  return recordOf(COMPARISON_ROW_SHAPE, row);
}

/** A `section` row names the section that fills it; only `schools` rows filter by delivery. */
export function comparisonRowProblems(
  row: Pick<CreateComparisonRowRequest, 'kind' | 'sectionKey' | 'delivery'>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (row.kind === 'section' && row.sectionKey === null) {
    problems.push({
      field: 'sectionKey',
      message: 'A section row names the occupation section that fills it',
    });
  }
  if (row.delivery !== null && row.kind !== 'schools') {
    problems.push({ field: 'delivery', message: 'Only schools rows list schools by delivery mode' });
  }
  return problems;
}

@Injectable()
export class ComparisonRowsService extends EditableRecordService<
  ComparisonRowEntity,
  ComparisonRowRecord,
  CreateComparisonRowRequest
> {
  protected readonly config = {
    recordType: 'comparisonRow' as const,
    entity: ComparisonRowEntity,
    label: 'comparison row',
    createDto: CreateComparisonRowDto,
    defaults: defaultsOf(COMPARISON_ROW_SHAPE),
    defaultSort: 'position',
    search: ['key', 'label', 'group'] as const,
    titleRelations: { comparison: true },
  };

  toRecord(row: ComparisonRowEntity): ComparisonRowRecord {
    return toComparisonRowRecord(row);
  }

  protected override title(row: ComparisonRowEntity): string {
    return row.comparison ? `${row.label} (${row.comparison.title})` : row.label;
  }

  protected override crossFieldProblems(input: CreateComparisonRowRequest): FieldError[] {
    return comparisonRowProblems(input);
  }
}
