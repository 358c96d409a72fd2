import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { releaseCalendar, type FreshnessView, type StaleFigure } from '@careerscope/shared';
import { OccupationEntity } from '../occupations/occupation.entity';
import { EmploymentProjectionEntity } from '../projections/employment-projection.entity';
import { WageStatisticEntity } from '../wages/wage-statistic.entity';

/** What an editor should bring up to date, for the admin dashboard. */
@Injectable()
export class FreshnessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async freshness(today = new Date()): Promise<FreshnessView> {
    const wages = await this.dataSource.getRepository(WageStatisticEntity).find({
      select: { id: true, socCode: true, areaCode: true, periodYear: true, referencePeriod: true },
      order: { periodYear: 'DESC' },
    });
    const projections = await this.dataSource.getRepository(EmploymentProjectionEntity).find({
      select: { id: true, socCode: true, baseYear: true, targetYear: true },
      // State projections follow their own (Projections Central) calendar.
      where: { areaCode: 'US' },
      order: { baseYear: 'DESC' },
    });
    const newestWage = wages[0] ?? null;
    const newestProjection = projections[0] ?? null;
    const projectionPeriod = (base: number, target: number) => `${base}–${String(target).slice(-2)}`;

    // Series of codes that no longer measure any occupation (before a SOC revision) are history, not stale.
    const occupations = await this.dataSource
      .getRepository(OccupationEntity)
      .find({ order: { title: 'ASC' } });
    const currentCodes = new Set(occupations.map((occupation) => occupation.socCode));
    const staleFigures: StaleFigure[] = [];
    const latestWageBySeries = new Map<string, WageStatisticEntity>();
    for (const wage of wages) {
      const key = `${wage.socCode}/${wage.areaCode}`;
      if (!latestWageBySeries.has(key)) latestWageBySeries.set(key, wage);
    }
    for (const wage of latestWageBySeries.values()) {
      if (newestWage && currentCodes.has(wage.socCode) && wage.periodYear < newestWage.periodYear) {
        staleFigures.push({
          recordType: 'wageStatistic',
          id: wage.id,
          socCode: wage.socCode,
          areaCode: wage.areaCode,
          referencePeriod: wage.referencePeriod,
          newestPeriod: newestWage.referencePeriod,
        });
      }
    }
    const latestProjectionByCode = new Map<string, EmploymentProjectionEntity>();
    for (const projection of projections) {
      if (!latestProjectionByCode.has(projection.socCode))
        latestProjectionByCode.set(projection.socCode, projection);
    }
    for (const projection of latestProjectionByCode.values()) {
      if (
        newestProjection &&
        currentCodes.has(projection.socCode) &&
        projection.baseYear < newestProjection.baseYear
      ) {
        staleFigures.push({
          recordType: 'employmentProjection',
          id: projection.id,
          socCode: projection.socCode,
          areaCode: null,
          referencePeriod: projectionPeriod(projection.baseYear, projection.targetYear),
          newestPeriod: projectionPeriod(newestProjection.baseYear, newestProjection.targetYear),
        });
      }
    }

    const occupationsNotUpdated = occupations
      .map((occupation) => {
        const wage = latestWageBySeries.get(`${occupation.socCode}/US`) ?? null;
        const projection = latestProjectionByCode.get(occupation.socCode) ?? null;
        return { occupation, wage, projection };
      })
      .filter(
        ({ wage, projection }) =>
          (newestWage !== null && (wage === null || wage.periodYear < newestWage.periodYear)) ||
          (newestProjection !== null &&
            (projection === null || projection.baseYear < newestProjection.baseYear)),
      )
      .map(({ occupation, wage, projection }) => ({
        slug: occupation.slug,
        title: occupation.title,
        socCode: occupation.socCode,
        latestWagePeriod: wage?.referencePeriod ?? null,
        latestProjectionPeriod: projection
          ? projectionPeriod(projection.baseYear, projection.targetYear)
          : null,
      }));

    return {
      newest: {
        oews: newestWage
          ? { periodYear: newestWage.periodYear, referencePeriod: newestWage.referencePeriod }
          : null,
        projections: newestProjection
          ? { baseYear: newestProjection.baseYear, targetYear: newestProjection.targetYear }
          : null,
      },
      staleFigures,
      occupationsNotUpdated,
      calendar: releaseCalendar(today, newestWage?.periodYear ?? null, newestProjection?.baseYear ?? null),
    };
  }
}
