import type { ReviewCommentView, ReviewPerson, ReviewSummary, SessionUser } from '@careerscope/shared';
import type { UserEntity } from '../users/user.entity';
import type { ReviewCommentEntity } from './review-comment.entity';
import type { ReviewEntity } from './review.entity';

export function toPerson(id: string | null, user: UserEntity | null | undefined): ReviewPerson | null {
  if (id === null && !user) return null;
  return { id, name: user?.name ?? 'A deleted user' };
}

/** Whose turn it is: any reviewer but the submitter while pending, the submitter when changes were asked for. */
export function waitsOn(review: Pick<ReviewEntity, 'status' | 'submittedById'>, user: SessionUser): boolean {
  if (review.status === 'pending') return review.submittedById !== user.id;
  if (review.status === 'changes_requested') return review.submittedById === user.id;
  return false;
}

export function toReviewSummary(
  review: ReviewEntity,
  user: SessionUser,
  commentCount: number,
): ReviewSummary {
  return {
    id: review.id,
    status: review.status,
    note: review.note,
    submittedBy: toPerson(review.submittedById, review.submittedBy),
    submittedAt: review.submittedAt.toISOString(),
    decidedBy: toPerson(review.decidedById, review.decidedBy),
    decidedAt: review.decidedAt?.toISOString() ?? null,
    decisionNote: review.decisionNote,
    voidReason: review.voidReason,
    publicationNumber: review.publicationNumber,
    commentCount,
    waitsOnMe: waitsOn(review, user),
  };
}

export function toReviewComment(comment: ReviewCommentEntity): ReviewCommentView {
  return {
    id: comment.id,
    author: toPerson(comment.authorId, comment.author),
    at: comment.at.toISOString(),
    body: comment.body,
    collection: comment.collection,
    recordKey: comment.recordKey,
    recordLabel: comment.recordLabel,
    fieldPath: comment.fieldPath,
    fieldLabel: comment.fieldLabel,
  };
}
