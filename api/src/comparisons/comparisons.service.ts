import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ComparisonRecord,
  ComparisonRowRecord,
  CreateComparisonRequest,
  CreateComparisonRowRequest,
  FieldError,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { OccupationEntity } from '../occupations/occupation.entity';
import { ComparisonOccupationEntity } from './comparison-occupation.entity';
import { ComparisonRowEntity } from './comparison-row.entity';
import { ComparisonEntity } from './comparison.entity';
import { CreateComparisonDto, CreateComparisonRowDto } from './dto/comparison.dto';

export function toComparisonRecord(comparison: ComparisonEntity): ComparisonRecord {
  return {
    ...editableFields(comparison),
    slug: comparison.slug,
    title: comparison.title,
    introMarkdown: comparison.introMarkdown,
    authorId: comparison.authorId,
    occupationIds: [...(comparison.columns ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((column) => column.occupationId),
  };
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
    defaults: { introMarkdown: '', authorId: null, occupationIds: [] },
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
    if (input.occupationIds.length === 0) return;
    await manager.insert(
      ComparisonOccupationEntity,
      input.occupationIds.map((occupationId, position) => ({ comparisonId: id, occupationId, position })),
    );
  }
}

export function toComparisonRowRecord(row: ComparisonRowEntity): ComparisonRowRecord {
  return {
    ...editableFields(row),
    comparisonId: row.comparisonId,
    key: row.key,
    group: row.group,
    label: row.label,
    kind: row.kind,
    sectionKey: row.sectionKey,
    delivery: row.delivery,
    position: row.position,
  };
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
    defaults: { group: null, sectionKey: null, delivery: null, position: 0 },
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
