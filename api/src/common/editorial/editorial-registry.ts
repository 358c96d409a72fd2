import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EditableRecord, RecordType } from '@careerscope/shared';

/** What the generic machinery needs from another record type's service (cascaded deletes, naming). */
export interface RegisteredRecordService {
  readonly recordType: RecordType;
  /** Singular, for messages: "wage statistic". */
  readonly label: string;
  /** How people name these records, by id ("CMA vs. Medical Coder"), for messages that point at them. */
  describe(manager: EntityManager, ids: string[]): Promise<Map<string, string>>;
  /** Writes a `delete` revision for each of these records, which the database is about to cascade away. */
  recordCascadedDelete(manager: EntityManager, ids: string[], userId: string | null): Promise<void>;
  /** The record as the API answers it (methods are checked bivariantly: each service takes its own entity). */
  toRecord(entity: object): EditableRecord;
  /** Creates a record inside the caller's transaction, validated and revised (see EditableRecordService). */
  createIn(
    manager: EntityManager,
    input: object,
    userId: string | null,
    options?: { columns?: Record<string, unknown>; audited?: boolean },
  ): Promise<EditableRecord>;
}

/** Every editable record type's service, by entity class; filled as the services start. */
@Injectable()
export class EditorialRegistry {
  private readonly services = new Map<unknown, RegisteredRecordService>();
  private readonly byRecordType = new Map<RecordType, RegisteredRecordService>();

  register(entity: unknown, service: RegisteredRecordService): void {
    this.services.set(entity, service);
    this.byRecordType.set(service.recordType, service);
  }

  get(entity: unknown): RegisteredRecordService | undefined {
    return this.services.get(entity);
  }

  byType(type: RecordType): RegisteredRecordService {
    const service = this.byRecordType.get(type);
    if (!service) throw new Error(`No editorial service serves ${type} records`);
    return service;
  }
}
