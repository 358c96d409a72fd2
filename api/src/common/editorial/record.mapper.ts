import type { EditableRecord } from '@careerscope/shared';
import type { EditableEntity } from '../../database/base.entity';

/** The bookkeeping fields every record carries, as the wire has them. */
export function editableFields(entity: EditableEntity): EditableRecord {
  return {
    id: entity.id,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
