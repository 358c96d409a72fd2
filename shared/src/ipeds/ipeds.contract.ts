/** One institution of the IPEDS institutional directory, as loaded by an admin. */
export interface IpedsInstitutionView {
  unitId: number;
  name: string;
  city: string;
  state: string;
  website: string | null;
  /** The school listing made from it, if any. */
  schoolId: string | null;
}

/** `POST /api/ipeds/directory` (multipart, field `file`): replaces the stored directory. */
export interface IpedsDirectoryView {
  /** The directory's year, from its file name (hd2022.csv → 2022). */
  year: number;
  count: number;
  fileName: string;
  loadedAt: string;
  /** The import that loaded it (the directory goes through the same preview and apply as every file). */
  importId: string;
}

/** `POST /api/ipeds/institutions/:unitId/school`: create the listing, or refresh the one that exists. */
export interface IpedsSchoolRequest {
  /** Slug for a new listing; made from the name when omitted. */
  slug?: string;
  /** The listing's current version, to refresh an existing one. */
  version?: number;
}

export interface IpedsInstitutionQuery {
  /** Part of the name or the city, or a whole UNITID. */
  q?: string;
  state?: string;
  page?: number;
  pageSize?: number;
}
