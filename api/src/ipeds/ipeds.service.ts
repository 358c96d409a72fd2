import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  IpedsDirectoryView,
  IpedsInstitutionView,
  Page,
  SchoolRecord,
  SessionUser,
  slugify,
} from '@careerscope/shared';
import { containsPattern } from '../common/sql/like-pattern';
import { ImportsService, type UploadedImportFile } from '../imports/imports.service';
import { directorySource } from '../imports/kinds/ipeds.import';
import { SchoolEntity } from '../schools/school.entity';
import { SchoolsService } from '../schools/schools.service';
import { SourcesService } from '../sources/sources.service';
import { IpedsInstitutionEntity } from './ipeds-institution.entity';
import type { IpedsInstitutionQueryDto } from './dto/ipeds.dto';

function directoryYear(fileName: string): number | null {
  const match = /hd(\d{4})/i.exec(fileName);
  return match ? Number(match[1]) : null;
}

/** School listings from the IPEDS institutional directory, found by name or UNITID. */
@Injectable()
export class IpedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schools: SchoolsService,
    private readonly imports: ImportsService,
    private readonly sources: SourcesService,
  ) {}

  /**
   * Loads a directory file in one step: the same import an admin previews and applies on the imports
   * page (replacing the stored directory and refreshing the listings made from it), applied at once.
   */
  async loadDirectory(
    file: UploadedImportFile | undefined,
    user: SessionUser,
    ip: string | null,
  ): Promise<IpedsDirectoryView> {
    const refuse = (message: string) =>
      new BadRequestException({ message, fields: [{ field: 'file', message }] });
    if (!file) throw refuse('Choose the IPEDS directory file (hdYYYY.csv)');
    if (directoryYear(file.originalname) === null)
      throw refuse(`${file.originalname} is not named like an IPEDS directory file (hd2022.csv)`);
    const preview = await this.imports.upload(file, {}, user, ip);
    if (preview.kind !== 'ipeds-directory') {
      await this.imports.discard(preview.id, preview.version, user, ip);
      throw refuse(`${file.originalname} is not an IPEDS directory file`);
    }
    const applied = await this.imports.apply(preview.id, preview.version, user, ip);
    const count = await this.dataSource.getRepository(IpedsInstitutionEntity).count();
    return {
      year: applied.periodYear,
      count,
      fileName: applied.fileName,
      loadedAt: applied.appliedAt ?? new Date().toISOString(),
      importId: applied.id,
    };
  }

  async search(query: IpedsInstitutionQueryDto): Promise<Page<IpedsInstitutionView>> {
    const builder = this.dataSource.getRepository(IpedsInstitutionEntity).createQueryBuilder('institution');
    if (query.q) {
      if (/^\d{6}$/.test(query.q)) {
        builder.andWhere('institution.unit_id = :unitId', { unitId: Number(query.q) });
      } else {
        const pattern = containsPattern(query.q);
        builder.andWhere('(institution.name ILIKE :pattern OR institution.city ILIKE :pattern)', { pattern });
      }
    }
    if (query.state) builder.andWhere('institution.state = :state', { state: query.state });
    const [rows, total] = await builder
      .orderBy('institution.name', 'ASC')
      .addOrderBy('institution.unit_id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const listed = await this.dataSource.getRepository(SchoolEntity).find({
      select: { id: true, ipedsUnitId: true },
      where: rows.map((row) => ({ ipedsUnitId: row.unitId })),
    });
    const schoolByUnit = new Map(listed.map((school) => [school.ipedsUnitId, school.id]));
    return {
      items: rows.map((row) => ({
        unitId: row.unitId,
        name: row.name,
        city: row.city,
        state: row.state,
        website: row.website,
        schoolId: schoolByUnit.get(row.unitId) ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Creates the school listing for an institution, or refreshes the listing made from it before; the
   * directory year's source, the first time it is cited, in the same transaction.
   */
  async createOrRefreshSchool(
    unitId: number,
    request: { slug?: string; version?: number },
    user: SessionUser,
  ): Promise<SchoolRecord> {
    const institution = await this.dataSource.getRepository(IpedsInstitutionEntity).findOneBy({ unitId });
    if (!institution) throw new NotFoundException(`UNITID ${unitId} is not in the loaded IPEDS directory`);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(SchoolEntity, { ipedsUnitId: unitId });
      if (existing && request.version === undefined) {
        throw new ConflictException({
          message: `${existing.name} is already listed; send its current version to refresh it from IPEDS`,
          current: this.schools.toRecord(existing),
        });
      }
      const sourceId = await this.sources.ensureIn(
        manager,
        {
          ...directorySource(institution.directoryYear),
          retrievedOn: institution.loadedAt.toISOString().slice(0, 10),
        },
        user.id,
      );
      const fields = {
        name: institution.name,
        city: institution.city,
        state: institution.state,
        website: institution.website,
        ipedsUnitId: institution.unitId,
        sourceId,
        zip: institution.zip,
        latitude: institution.latitude,
        longitude: institution.longitude,
      };
      if (existing) {
        // Asked for one listing, the refresh takes IPEDS's values back, hand edits included (the
        // yearly completions import keeps them instead).
        const patch = { ...fields, version: request.version as number };
        return this.schools.updateIn(manager, existing.id, patch, user.id, { fromSource: true });
      }
      return this.schools.createIn(
        manager,
        { slug: request.slug ?? slugify(institution.name), ...fields },
        user.id,
      );
    });
  }
}
