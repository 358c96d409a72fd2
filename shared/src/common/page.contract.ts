/** One page of a server-side paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Query every list endpoint accepts; feature endpoints add their own filters. */
export interface ListQuery {
  page?: number;
  pageSize?: number;
  /** A field name, `-field` for descending. */
  sort?: string;
  q?: string;
}

/** One problem with one field of a request body or query. */
export interface FieldError {
  /** Dotted path of the field, e.g. `wages.p25Annual` or `rows.2.label`. */
  field: string;
  message: string;
}

/** The one shape every failed request answers with. */
export interface ApiErrorBody {
  statusCode: number;
  /** Short machine-readable code: `validation_failed`, `not_found`, `conflict`, `unauthorized`, … */
  error: string;
  message: string;
  fields?: FieldError[];
  /** On 409: the record as it is now, so the client can show both versions. */
  current?: unknown;
  /**
   * On 409 for a delete: the records that still refer to this one, by type (the type's name, a
   * `RecordType` for editable records) with their count, up to 20 ids, and those records named.
   */
  dependents?: { type: string; count: number; ids: string[]; records: DependentRecord[] }[];
}

/** One record that still refers to a record someone tried to delete. */
export interface DependentRecord {
  /** A `RecordType` for editable records, else the table's name. */
  type: string;
  id: string;
  /** How people name it: "CMA vs. Medical Coder", "Medical Assistant Diploma at Pima Medical Institute". */
  label: string;
}
