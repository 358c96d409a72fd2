import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  ReviewCommentView,
  ReviewDetail,
  ReviewSummary,
  ReviewsWaiting,
  SessionUser,
} from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ChangeContextOf, CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import type { ChangeContext } from '../users/users.service';
import {
  ApproveReviewDto,
  RequestChangesDto,
  ResubmitReviewDto,
  ReviewCommentDto,
  SubmitReviewDto,
} from './dto/review.dto';
import { ReviewsService } from './reviews.service';

const reviewId = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('A review id is a UUID'),
});

@ApiTags('reviews')
@Access('editor', 'admin')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ApiOperation({
    summary: 'The review queue: open reviews and recent closed ones, newest first (editor, admin)',
  })
  @ApiOkResponse({
    description: 'ReviewSummary[]; `waitsOnMe` marks the ones for the signed-in user to act on',
  })
  list(@CurrentUser() user: SessionUser): Promise<ReviewSummary[]> {
    return this.reviews.list(user);
  }

  @Post()
  @ApiOperation({
    summary: "Submit the working copy's pending changes for review (editor, admin)",
    description: 'One review is open at a time. 409 when one is open already, or when nothing is pending.',
  })
  @ApiCreatedResponse({ description: 'The new review (pending)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  submit(
    @Body() body: SubmitReviewDto,
    @ChangeContextOf() context: ChangeContext,
    @CurrentUser() user: SessionUser,
  ): Promise<ReviewSummary> {
    return this.reviews.submit(body.note, context, user);
  }

  // Before `:id`, so `waiting` is never read as an id.
  @Get('waiting')
  @ApiOperation({ summary: 'How many reviews wait on the signed-in user (editor, admin)' })
  @ApiOkResponse({ description: 'ReviewsWaiting' })
  waiting(@CurrentUser() user: SessionUser): Promise<ReviewsWaiting> {
    return this.reviews.waiting(user);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One review with its comments and, while open, the diff of the working copy (editor, admin)',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@Param('id', reviewId) id: string, @CurrentUser() user: SessionUser): Promise<ReviewDetail> {
    return this.reviews.get(id, user);
  }

  @Post(':id/comments')
  @ApiOperation({
    summary: 'Comment on the review, on a record of its diff, or on one field (editor, admin)',
  })
  @ApiCreatedResponse({ description: 'ReviewCommentView' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'The review is closed', type: ApiErrorDto })
  comment(
    @Param('id', reviewId) id: string,
    @Body() body: ReviewCommentDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<ReviewCommentView> {
    return this.reviews.comment(id, body, context);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve the working copy as it is now (editor, admin; never the submitter)',
    description:
      'A save after the approval voids it. 403 for the submitter; 409 when the review is not open.',
  })
  @ApiOkResponse({ description: 'The review (approved)' })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  approve(
    @Param('id', reviewId) id: string,
    @Body() body: ApproveReviewDto,
    @ChangeContextOf() context: ChangeContext,
    @CurrentUser() user: SessionUser,
  ): Promise<ReviewSummary> {
    return this.reviews.approve(id, body.note ?? '', context, user);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the submitter for changes, with a note (editor, admin; never the submitter)',
  })
  @ApiOkResponse({ description: 'The review (changes_requested)' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  requestChanges(
    @Param('id', reviewId) id: string,
    @Body() body: RequestChangesDto,
    @ChangeContextOf() context: ChangeContext,
    @CurrentUser() user: SessionUser,
  ): Promise<ReviewSummary> {
    return this.reviews.requestChanges(id, body.note, context, user);
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand the review back to the reviewers after the changes (the submitter)' })
  @ApiOkResponse({ description: 'The review (pending)' })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  resubmit(
    @Param('id', reviewId) id: string,
    @Body() body: ResubmitReviewDto,
    @ChangeContextOf() context: ChangeContext,
    @CurrentUser() user: SessionUser,
  ): Promise<ReviewSummary> {
    return this.reviews.resubmit(id, body.note, context, user);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an open review (its submitter, or an admin)' })
  @ApiOkResponse({ description: 'The review (withdrawn)' })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  withdraw(
    @Param('id', reviewId) id: string,
    @ChangeContextOf() context: ChangeContext,
    @CurrentUser() user: SessionUser,
  ): Promise<ReviewSummary> {
    return this.reviews.withdraw(id, context, user);
  }
}
