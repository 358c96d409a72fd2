import {
  BadRequestException,
  ConflictException,
  HttpException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FieldError, PublicationScheduleView } from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { StaleVersionException } from '../common/errors/stale-version.exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PublicationsService } from '../publications/publications.service';
import type { ChangeContext } from '../users/users.service';
import type { CancelScheduleDto, MoveScheduleDto, SchedulePublicationDto } from './dto/schedule.dto';
import { PublicationScheduleEntity } from './publication-schedule.entity';
import { toPerson } from './review.mapper';
import { ReviewsService } from './reviews.service';

/** Schedules listed: the waiting one and the most recent finished ones. */
const LISTED = 20;
/** A claimed schedule whose instance has not finished it after this long is marked failed. */
const ABANDONED_MINUTES = 10;

interface Claimed {
  id: string;
  note: string;
  created_by_id: string | null;
  created_by_email: string | null;
  review_id: string | null;
}

/**
 * Scheduled publishing: "approve now, go live at 10:00 Eastern". Every instance polls; a due schedule
 * is claimed by one conditional UPDATE, so exactly one instance publishes it however many run. The
 * publish is the ordinary one (validation, and with REQUIRE_REVIEW the approval), so a schedule that
 * meets a problem publishes nothing and is marked failed with the reason.
 */
@Injectable()
export class PublicationSchedulesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ScheduledPublishing');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationsService,
    private readonly reviews: ReviewsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulePollMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.config.schedulePollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  async list(): Promise<PublicationScheduleView[]> {
    const rows = await this.dataSource.getRepository(PublicationScheduleEntity).find({
      relations: { createdBy: true },
      order: { createdAt: 'DESC' },
      take: LISTED,
    });
    return rows.map(toScheduleView);
  }

  async create(input: SchedulePublicationDto, context: ChangeContext): Promise<PublicationScheduleView> {
    const dueAt = futureDate(input.dueAt);
    const reviewId = await this.reviews.approvedId();
    if (this.reviews.reviewRequired && reviewId === null) {
      throw new ConflictException({
        message:
          'A publish can be scheduled once the pending changes are approved: publishing needs an approved review',
        code: 'review_required',
      });
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const waiting = await manager.findOneBy(PublicationScheduleEntity, { status: 'scheduled' });
      if (waiting) {
        throw new ConflictException({
          message: `A publish is already scheduled for ${waiting.dueAt.toISOString()}: move or cancel it instead`,
          current: toScheduleView(waiting),
        });
      }
      const schedule = await manager.save(
        manager.create(PublicationScheduleEntity, {
          status: 'scheduled',
          note: input.note,
          dueAt,
          reviewId,
          createdById: context.actor.id,
          createdByEmail: context.actor.email,
        }),
      );
      await this.record(manager, 'schedule.created', schedule.id, context, {
        note: input.note,
        dueAt: dueAt.toISOString(),
        reviewId,
      });
      return schedule;
    });
    return this.view(saved.id);
  }

  async move(id: string, input: MoveScheduleDto, context: ChangeContext): Promise<PublicationScheduleView> {
    const dueAt = futureDate(input.dueAt);
    await this.dataSource.transaction(async (manager) => {
      const schedule = await this.lockWaiting(manager, id, input.version);
      await manager.query(
        'UPDATE publication_schedules SET due_at = $2, version = version + 1 WHERE id = $1',
        [id, dueAt],
      );
      await this.record(manager, 'schedule.moved', id, context, {
        from: schedule.dueAt.toISOString(),
        to: dueAt.toISOString(),
      });
    });
    return this.view(id);
  }

  async cancel(
    id: string,
    input: CancelScheduleDto,
    context: ChangeContext,
  ): Promise<PublicationScheduleView> {
    await this.dataSource.transaction(async (manager) => {
      const schedule = await this.lockWaiting(manager, id, input.version);
      await manager.query(
        `UPDATE publication_schedules SET status = 'cancelled', finished_at = now(), version = version + 1 WHERE id = $1`,
        [id],
      );
      await this.record(manager, 'schedule.cancelled', id, context, { dueAt: schedule.dueAt.toISOString() });
    });
    return this.view(id);
  }

  /** Publishes every schedule that is due and that this instance claims first. Returns how many it handled. */
  async runDue(): Promise<number> {
    await this.failAbandoned();
    let handled = 0;
    for (;;) {
      const claimed = await this.claimNext();
      if (!claimed) return handled;
      handled += 1;
      await this.publishClaimed(claimed);
    }
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runDue()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`Looking for due publishes failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }

  /** One statement: the row lock and the status test make sure only one instance gets each schedule. */
  private async claimNext(): Promise<Claimed | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE publication_schedules SET status = 'publishing', claimed_at = now(), version = version + 1
       WHERE id = (
         SELECT id FROM publication_schedules
         WHERE status = 'scheduled' AND due_at <= now()
         ORDER BY due_at LIMIT 1
         FOR UPDATE SKIP LOCKED
       ) AND status = 'scheduled'
       RETURNING id, note, created_by_id, created_by_email, review_id`,
    )) as [Claimed[], number];
    return rows[0] ?? null;
  }

  private async publishClaimed(claimed: Claimed): Promise<void> {
    const actor =
      claimed.created_by_email === null
        ? null
        : { id: claimed.created_by_id, email: claimed.created_by_email };
    try {
      const publication = await this.publications.publish(claimed.note, { actor, ip: null });
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE publication_schedules SET status = 'published', publication_number = $2, finished_at = now(),
             version = version + 1 WHERE id = $1`,
          [claimed.id, publication.number],
        );
        await this.audit.record(
          {
            type: 'schedule.published',
            actor,
            subjectType: 'schedule',
            subjectId: claimed.id,
            details: { publicationNumber: publication.number, reviewId: claimed.review_id },
          },
          manager,
        );
      });
      this.logger.log(`Scheduled publish ${claimed.id} went live as publication ${publication.number}`);
    } catch (error) {
      const { reason, fields } = failureOf(error);
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE publication_schedules SET status = 'failed', failure_reason = $2, failure_fields = $3::jsonb,
             finished_at = now(), version = version + 1 WHERE id = $1`,
          [claimed.id, reason, JSON.stringify(fields)],
        );
        await this.audit.record(
          {
            type: 'schedule.failed',
            actor,
            subjectType: 'schedule',
            subjectId: claimed.id,
            details: { reason, problems: fields.length },
          },
          manager,
        );
      });
      this.logger.warn(`Scheduled publish ${claimed.id} failed: ${reason}`);
    }
  }

  private async failAbandoned(): Promise<void> {
    await this.dataSource.query(
      `UPDATE publication_schedules SET status = 'failed', finished_at = now(), version = version + 1,
         failure_reason = 'The instance publishing it stopped before it finished: check the list of publications, then schedule it again if needed'
       WHERE status = 'publishing' AND claimed_at < now() - make_interval(mins => $1)`,
      [ABANDONED_MINUTES],
    );
  }

  private async lockWaiting(
    manager: EntityManager,
    id: string,
    version: number,
  ): Promise<PublicationScheduleEntity> {
    const schedule = await manager.findOne(PublicationScheduleEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!schedule) throw new NotFoundException('There is no such scheduled publish');
    if (schedule.status !== 'scheduled') {
      throw new ConflictException({
        message: `This publish is ${schedule.status} already: it can no longer be moved or cancelled`,
        current: toScheduleView(schedule),
      });
    }
    if (schedule.version !== version) {
      throw new StaleVersionException('scheduled publish', version, toScheduleView(schedule));
    }
    return schedule;
  }

  private async view(id: string): Promise<PublicationScheduleView> {
    const row = await this.dataSource
      .getRepository(PublicationScheduleEntity)
      .findOneOrFail({ where: { id }, relations: { createdBy: true } });
    return toScheduleView(row);
  }

  private record(
    manager: EntityManager,
    type: 'schedule.created' | 'schedule.moved' | 'schedule.cancelled',
    id: string,
    context: ChangeContext,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { type, actor: context.actor, ip: context.ip, subjectType: 'schedule', subjectId: id, details },
      manager,
    );
  }
}

function futureDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new BadRequestException({
      message: 'dueAt is not a date',
      fields: [{ field: 'dueAt', message: 'Give a date and time' }],
    });
  }
  if (date.getTime() <= Date.now()) {
    throw new BadRequestException({
      message: 'A publish can only be scheduled for a time in the future',
      fields: [{ field: 'dueAt', message: 'Choose a time in the future' }],
    });
  }
  return date;
}

/** The reason a publish was refused, as the API would have answered it. */
function failureOf(error: unknown): { reason: string; fields: FieldError[] } {
  if (error instanceof HttpException) {
    const payload = error.getResponse() as { fields?: FieldError[] } | string;
    const fields = typeof payload === 'object' && Array.isArray(payload.fields) ? payload.fields : [];
    return { reason: error.message, fields };
  }
  return {
    reason: `Publishing failed: ${error instanceof Error ? error.message : String(error)}`,
    fields: [],
  };
}

export function toScheduleView(schedule: PublicationScheduleEntity): PublicationScheduleView {
  return {
    id: schedule.id,
    status: schedule.status,
    note: schedule.note,
    dueAt: schedule.dueAt.toISOString(),
    createdBy: toPerson(schedule.createdById, schedule.createdBy),
    createdAt: schedule.createdAt.toISOString(),
    reviewId: schedule.reviewId,
    publicationNumber: schedule.publicationNumber,
    failureReason: schedule.failureReason,
    failureFields: schedule.failureFields,
    finishedAt: schedule.finishedAt?.toISOString() ?? null,
    version: schedule.version,
  };
}
