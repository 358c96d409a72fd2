import { BadRequestException } from '@nestjs/common';
import { RECORD_SHAPES, RECORD_TYPE_LABELS, type RecordType } from '@careerscope/shared';
import { shapeProblems } from '../../common/editorial/shape-check';

/** How many broken rows a refusal names: enough to find the pattern, short enough to read. */
const NAMED = 5;

/**
 * Holds rows an import writes in bulk to the rules of their record's shape, the rules an editor's save
 * is held to: one row that breaks them refuses the whole apply (its transaction rolls back), naming the
 * first rows and what is wrong with each.
 */
export function assertRowsObeyRules<T extends object>(
  recordType: RecordType,
  rows: readonly T[],
  nameOf: (row: T) => string,
): void {
  const shape = RECORD_SHAPES[recordType];
  const broken: string[] = [];
  let count = 0;
  for (const row of rows) {
    const problems = shapeProblems(shape, row as Record<string, unknown>);
    if (problems.length === 0) continue;
    count++;
    if (broken.length < NAMED) broken.push(`${nameOf(row)}: ${problems.join(', ')}`);
  }
  if (count > 0) {
    throw new BadRequestException({
      message: `Nothing was written: ${count} ${count === 1 ? RECORD_TYPE_LABELS[recordType].one : RECORD_TYPE_LABELS[recordType].many} from this file would break the rules every ${RECORD_TYPE_LABELS[recordType].one} is held to (${broken.join('; ')}${count > broken.length ? '; …' : ''})`,
      problems: broken,
    });
  }
}
