import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '@careerscope/shared';
import type { RevisionsService } from '../../revisions/revisions.service';
import type { WantedSource } from '../../sources/sources.service';
import type { ImportEntity } from '../import.entity';
import type { StoredImportPreview } from '../stored-preview';

/** What a kind's preview gives the import record. */
export interface KindPreview {
  referencePeriod: string;
  periodYear: number;
  preview: StoredImportPreview;
}

/** Everything applying a previewed file needs, inside the apply's transaction. */
export interface ApplyContext {
  manager: EntityManager;
  revisions: RevisionsService;
  entry: ImportEntity;
  sourceId: string;
  user: SessionUser;
  /** The id of a further source the file cites (an IPEDS directory year), created with its revision. */
  ensureSource(wanted: WantedSource): Promise<string>;
}

/** The citation a kind's release is filed under, created the first time one of its files is applied. */
export interface ReleaseSource {
  key: string;
  publisher: string;
  title: string;
  url: string;
  referencePeriod: string;
  citation: string;
}

/**
 * The figures a file would write must pass the rules an editor's save passes (the record type's
 * create DTO): a file that breaks them is refused before anything is stored, naming the rows.
 */
export function refuseInvalidRows<T extends object>(
  fileName: string,
  dto: new () => T,
  rows: Array<{ label: string; values: object }>,
): void {
  const problems: string[] = [];
  for (const row of rows) {
    const errors = validateSync(plainToInstance(dto, row.values), {
      whitelist: true,
      forbidUnknownValues: false,
    });
    for (const error of errors) {
      const constraint = Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
      problems.push(`${row.label}: ${constraint}`);
    }
    if (problems.length >= 10) break;
  }
  if (problems.length > 0) {
    const message = `${fileName} has figures that cannot be stored: ${problems.slice(0, 5).join('; ')}`;
    throw new BadRequestException({ message, fields: [{ field: 'file', message }] });
  }
}
