import type { EditableRecord, RecordShape, ShapeValues } from '@careerscope/shared';
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

/**
 * The record as the API answers it: the bookkeeping fields, then every field its shape declares, as
 * the entity holds it. Fields the entity keeps elsewhere (ids of related records) come in `computed`.
 */
export function recordOf<S extends RecordShape>(
  shape: S,
  entity: EditableEntity,
  computed: Partial<ShapeValues<S>> = {},
): EditableRecord & ShapeValues<S> {
  const columns = entity as unknown as Record<string, unknown>;
  const record: Record<string, unknown> = { ...editableFields(entity) };
  for (const [key, spec] of Object.entries(shape)) {
    if (key in computed) record[key] = computed[key as keyof S];
    else if (spec.kind === 'ids') throw new Error(`The record's ${key} must be computed from its relation`);
    else record[key] = columns[key] ?? (spec.kind === 'strings' ? [] : null);
  }
  return record as EditableRecord & ShapeValues<S>;
}
