import { createHash } from 'node:crypto';
import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  OPEN_REVIEW_STATUSES,
  type DraftDiff,
  type ReviewCommentView,
  type ReviewDetail,
  type ReviewStatus,
  type ReviewSummary,
  type ReviewsWaiting,
  type SessionUser,
} from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { stableJson } from '../common/stable-json';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { PublicSnapshot } from '../publications/public-snapshot';
import {
  PublicationsService,
  type PublishContext,
  type PublishGate,
} from '../publications/publications.service';
import { SnapshotBuilderService } from '../publications/snapshot-builder.service';
import type { ChangeContext } from '../users/users.service';
import type { ReviewCommentDto } from './dto/review.dto';
import { ReviewCommentEntity } from './review-comment.entity';
import { ReviewEntity } from './review.entity';
import { toReviewComment, toReviewSummary } from './review.mapper';

/** Reviews listed in the queue: every open one and the most recent closed ones. */
const LISTED = 50;

/** What publishing would write, as one hash: an approval covers exactly this. */
export function snapshotHash(snapshot: PublicSnapshot): string {
  return createHash('sha256').update(stableJson(snapshot)).digest('hex');
}

async function latestRevisionId(manager: EntityManager): Promise<bigint> {
  const [row] = (await manager.query('SELECT coalesce(max(id), 0)::text AS id FROM revisions')) as Array<{
    id: string;
  }>;
  return BigInt(row.id);
}

/**
 * Review before publishing: an editor submits the working copy's pending changes; another editor or
 * an admin comments, asks for changes or approves. An approval covers the working copy as it was
 * then; a later save voids it. With REQUIRE_REVIEW=true every publish of the working copy needs an
 * approval that still covers it (the publish gate below). Every step is in the audit log.
 */
@Injectable()
export class ReviewsService implements OnModuleInit, PublishGate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationsService,
    private readonly builder: SnapshotBuilderService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.publications.useGate(this);
  }

  get reviewRequired(): boolean {
    return this.config.requireReview;
  }

  async list(user: SessionUser): Promise<ReviewSummary[]> {
    await this.voidIfSaved();
    const rows = await this.query().orderBy('review.submittedAt', 'DESC').take(LISTED).getMany();
    const counts = await this.commentCounts(rows.map((row) => row.id));
    return rows.map((row) => toReviewSummary(row, user, counts.get(row.id) ?? 0));
  }

  async waiting(user: SessionUser): Promise<ReviewsWaiting> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM reviews
       WHERE (status = 'pending' AND submitted_by_id IS DISTINCT FROM $1)
          OR (status = 'changes_requested' AND submitted_by_id = $1)`,
      [user.id],
    )) as Array<{ count: number }>;
    return { count: row.count, reviewRequired: this.reviewRequired };
  }

  async get(id: string, user: SessionUser): Promise<ReviewDetail> {
    await this.voidIfSaved();
    let review = await this.find(id);
    let diff: DraftDiff | null = null;
    if (OPEN_REVIEW_STATUSES.includes(review.status)) {
      // One rendering of the working copy serves the diff and the check that an approval still covers it.
      let reason: string | null = null;
      diff = await this.publications.draftDiff(async (manager, working) => {
        if (review.status === 'approved') {
          reason = this.staleReason(review, snapshotHash(working), await latestRevisionId(manager));
        }
      });
      if (reason !== null) {
        await this.voidReview(review.id, reason);
        review = await this.find(id);
        diff = null;
      }
    }
    const comments = await this.dataSource.getRepository(ReviewCommentEntity).find({
      where: { reviewId: id },
      relations: { author: true },
      order: { at: 'ASC' },
    });
    return {
      ...toReviewSummary(review, user, comments.length),
      comments: comments.map(toReviewComment),
      diff,
      canDecide:
        (review.status === 'pending' || review.status === 'changes_requested') &&
        review.submittedById !== user.id,
      reviewRequired: this.reviewRequired,
    };
  }

  async submit(note: string, context: ChangeContext, user: SessionUser): Promise<ReviewSummary> {
    const diff = await this.publications.draftDiff();
    if (diff.changes.length === 0) {
      throw new ConflictException('There are no pending changes to review: the working copy is as published');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const open = await manager.findOne(ReviewEntity, { where: { status: In([...OPEN_REVIEW_STATUSES]) } });
      if (open) throw this.alreadyOpen(open);
      const review = await manager.save(
        manager.create(ReviewEntity, { status: 'pending', note, submittedById: context.actor.id }),
      );
      await this.record(manager, 'review.submitted', review.id, context, {
        note,
        changes: diff.summary,
        fromPublication: diff.from,
      });
      return review;
    });
    return toReviewSummary(await this.find(saved.id), user, 0);
  }

  async comment(id: string, input: ReviewCommentDto, context: ChangeContext): Promise<ReviewCommentView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const review = await this.lock(manager, id);
      if (!OPEN_REVIEW_STATUSES.includes(review.status)) {
        throw new ConflictException(`This review is ${describe(review.status)}: it takes no more comments`);
      }
      const comment = await manager.save(
        manager.create(ReviewCommentEntity, {
          reviewId: id,
          authorId: context.actor.id,
          body: input.body,
          collection: input.collection ?? null,
          recordKey: input.recordKey ?? null,
          recordLabel: input.recordKey ? (input.recordLabel ?? input.recordKey) : null,
          fieldPath: input.recordKey ? (input.fieldPath ?? null) : null,
          fieldLabel: input.recordKey && input.fieldPath ? (input.fieldLabel ?? input.fieldPath) : null,
        }),
      );
      await this.record(manager, 'review.commented', id, context, {
        commentId: comment.id,
        record: comment.recordLabel,
        field: comment.fieldLabel,
      });
      return comment;
    });
    const found = await this.dataSource
      .getRepository(ReviewCommentEntity)
      .findOneOrFail({ where: { id: saved.id }, relations: { author: true } });
    return toReviewComment(found);
  }

  /**
   * Approves the working copy as it is now: records its hash and the newest revision, read in the
   * same consistent snapshot, so any later save voids the approval.
   */
  async approve(id: string, note: string, context: ChangeContext, user: SessionUser): Promise<ReviewSummary> {
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const review = await this.lock(manager, id);
      this.refuseSubmitter(review, user, 'approve');
      if (review.status !== 'pending' && review.status !== 'changes_requested') {
        throw new ConflictException(
          `This review is ${describe(review.status)}: only an open review can be approved`,
        );
      }
      const snapshot = await this.builder.build(manager);
      const revision = await latestRevisionId(manager);
      await manager.update(ReviewEntity, id, {
        status: 'approved',
        decidedById: user.id,
        decidedAt: new Date(),
        decisionNote: note || null,
        approvedHash: snapshotHash(snapshot),
        approvedRevisionId: revision.toString(),
      });
      await this.record(manager, 'review.approved', id, context, { note, revisionId: revision.toString() });
    });
    return this.summary(id, user);
  }

  async requestChanges(
    id: string,
    note: string,
    context: ChangeContext,
    user: SessionUser,
  ): Promise<ReviewSummary> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.lock(manager, id);
      this.refuseSubmitter(review, user, 'ask for changes to');
      if (review.status !== 'pending' && review.status !== 'approved') {
        throw new ConflictException(
          `This review is ${describe(review.status)}: changes can be asked for while it is pending or approved`,
        );
      }
      await manager.update(ReviewEntity, id, {
        status: 'changes_requested',
        decidedById: user.id,
        decidedAt: new Date(),
        decisionNote: note,
        approvedHash: null,
        approvedRevisionId: null,
      });
      await this.record(manager, 'review.changes_requested', id, context, { note });
    });
    return this.summary(id, user);
  }

  /** The submitter hands the review back to the reviewers after fixing what they asked for. */
  async resubmit(
    id: string,
    note: string,
    context: ChangeContext,
    user: SessionUser,
  ): Promise<ReviewSummary> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.lock(manager, id);
      if (review.submittedById !== user.id) {
        throw new ForbiddenException(
          'Only the editor who submitted this review can hand it back to the reviewers',
        );
      }
      if (review.status !== 'changes_requested') {
        throw new ConflictException(`This review is ${describe(review.status)}: nothing to hand back`);
      }
      await manager.update(ReviewEntity, id, { status: 'pending', note: note || review.note });
      await this.record(manager, 'review.resubmitted', id, context, { note });
    });
    return this.summary(id, user);
  }

  /** The submitter (or an admin) takes an open review back. */
  async withdraw(id: string, context: ChangeContext, user: SessionUser): Promise<ReviewSummary> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.lock(manager, id);
      if (review.submittedById !== user.id && user.role !== 'admin') {
        throw new ForbiddenException(
          'Only the editor who submitted this review, or an admin, can withdraw it',
        );
      }
      if (!OPEN_REVIEW_STATUSES.includes(review.status)) {
        throw new ConflictException(`This review is ${describe(review.status)} already`);
      }
      await manager.update(ReviewEntity, id, { status: 'withdrawn' });
      await this.record(manager, 'review.withdrawn', id, context, {});
    });
    return this.summary(id, user);
  }

  /** The approved review, if any, that still covers the working copy (for scheduling a publish). */
  async approvedId(): Promise<string | null> {
    await this.voidIfChanged();
    const approved = await this.dataSource.getRepository(ReviewEntity).findOneBy({ status: 'approved' });
    return approved?.id ?? null;
  }

  /**
   * The publish gate: inside the publish transaction, with the working copy rendered. An approval
   * that no longer covers it is voided (in its own transaction, so it stays voided when the publish is
   * refused); with REQUIRE_REVIEW a publish without a covering approval is refused with 409.
   */
  async admit(
    manager: EntityManager,
    snapshot: PublicSnapshot,
    context: PublishContext | null,
  ): Promise<((manager: EntityManager, publicationNumber: number) => Promise<void>) | null> {
    // The system's own publishes (the seed, loading content into an empty database) have no one to review them.
    if (context === null) return null;
    const approved = await manager.findOneBy(ReviewEntity, { status: 'approved' });
    if (approved) {
      const reason = this.staleReason(approved, snapshotHash(snapshot), await latestRevisionId(manager));
      if (reason === null) {
        return async (inner, publicationNumber) => {
          await inner.update(ReviewEntity, approved.id, { status: 'published', publicationNumber });
        };
      }
      await this.voidReview(approved.id, reason);
      if (this.reviewRequired) {
        throw new ConflictException({
          message: `Nothing was published: the approval no longer covers the working copy (${reason.toLowerCase()}). Submit the changes for review again.`,
          code: 'review_required',
        });
      }
      return null;
    }
    if (this.reviewRequired) {
      throw new ConflictException({
        message:
          'Nothing was published: publishing needs an approved review. Submit the pending changes for review and have another editor or an admin approve them.',
        code: 'review_required',
      });
    }
    return null;
  }

  /** Voids the approval when a revision was saved after it (cheap: no rendering). */
  private async voidIfSaved(): Promise<void> {
    const approved = await this.dataSource.getRepository(ReviewEntity).findOneBy({ status: 'approved' });
    if (!approved) return;
    const latest = await latestRevisionId(this.dataSource.manager);
    if (latest > BigInt(approved.approvedRevisionId ?? '0')) {
      await this.voidReview(approved.id, 'Content was saved after the approval');
    }
  }

  /** Voids the approval when the working copy as publishing renders it differs from what was approved. */
  private async voidIfChanged(): Promise<void> {
    const approved = await this.dataSource.getRepository(ReviewEntity).findOneBy({ status: 'approved' });
    if (!approved) return;
    const { hash, revision } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      hash: snapshotHash(await this.builder.build(manager)),
      revision: await latestRevisionId(manager),
    }));
    const reason = this.staleReason(approved, hash, revision);
    if (reason !== null) await this.voidReview(approved.id, reason);
  }

  private staleReason(approved: ReviewEntity, hash: string, revision: bigint): string | null {
    if (revision > BigInt(approved.approvedRevisionId ?? '0')) return 'Content was saved after the approval';
    if (hash !== approved.approvedHash) return 'The working copy changed after the approval';
    return null;
  }

  /** Marks an approval void (once: a concurrent void finds nothing left to do) and audits it. */
  private async voidReview(id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ReviewEntity,
        { id, status: 'approved' },
        { status: 'voided', voidReason: reason },
      );
      if (!result.affected) return;
      const [saver] = (await manager.query(
        `SELECT r.entity_type, r.entity_id, u.email FROM revisions r LEFT JOIN users u ON u.id = r.user_id
         WHERE r.id > (SELECT coalesce(approved_revision_id, 0) FROM reviews WHERE id = $1)
         ORDER BY r.id LIMIT 1`,
        [id],
      )) as Array<{ entity_type: string; entity_id: string; email: string | null }>;
      await this.audit.record(
        {
          type: 'review.voided',
          actor: null,
          subjectType: 'review',
          subjectId: id,
          details: {
            reason,
            ...(saver
              ? { savedRecord: { type: saver.entity_type, id: saver.entity_id }, savedBy: saver.email }
              : {}),
          },
        },
        manager,
      );
    });
  }

  private refuseSubmitter(review: ReviewEntity, user: SessionUser, action: string): void {
    if (review.submittedById === user.id) {
      throw new ForbiddenException(
        `You submitted this review, so you cannot ${action} it: another editor or an admin reviews it`,
      );
    }
  }

  private alreadyOpen(open: ReviewEntity): ConflictException {
    return new ConflictException({
      message: `A review of the working copy is already open (${describe(open.status)}): finish or withdraw it first`,
      current: { id: open.id, status: open.status },
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<ReviewEntity> {
    const review = await manager.findOne(ReviewEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!review) throw new NotFoundException('There is no such review');
    return review;
  }

  private query() {
    return this.dataSource
      .getRepository(ReviewEntity)
      .createQueryBuilder('review')
      .leftJoinAndSelect('review.submittedBy', 'submitter')
      .leftJoinAndSelect('review.decidedBy', 'decider');
  }

  private async find(id: string): Promise<ReviewEntity> {
    const review = await this.query().where('review.id = :id', { id }).getOne();
    if (!review) throw new NotFoundException('There is no such review');
    return review;
  }

  private async summary(id: string, user: SessionUser): Promise<ReviewSummary> {
    const counts = await this.commentCounts([id]);
    return toReviewSummary(await this.find(id), user, counts.get(id) ?? 0);
  }

  private async commentCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      'SELECT review_id, count(*)::int AS count FROM review_comments WHERE review_id = ANY($1) GROUP BY review_id',
      [ids],
    )) as Array<{ review_id: string; count: number }>;
    return new Map(rows.map((row) => [row.review_id, row.count]));
  }

  private record(
    manager: EntityManager,
    type: Parameters<AuditService['record']>[0]['type'],
    id: string,
    context: ChangeContext,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { type, actor: context.actor, ip: context.ip, subjectType: 'review', subjectId: id, details },
      manager,
    );
  }
}

function describe(status: ReviewStatus): string {
  return (
    {
      pending: 'waiting for a reviewer',
      changes_requested: 'back with its submitter for changes',
      approved: 'approved',
      voided: 'void (content was saved after its approval)',
      published: 'published',
      withdrawn: 'withdrawn',
    } satisfies Record<ReviewStatus, string>
  )[status];
}
