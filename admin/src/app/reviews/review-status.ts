import type { ReviewStatus } from '@careerscope/shared';

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: 'Waiting for a reviewer',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  voided: 'Approval void',
  published: 'Published',
  withdrawn: 'Withdrawn',
};
