import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Page, UserRecord } from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ChangeContextOf } from '../auth/current-user.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import {
  CreateUserDto,
  DeleteUserQueryDto,
  ResetPasswordDto,
  UpdateUserDto,
  UserListQueryDto,
  VersionDto,
} from './dto/user.dto';
import { ChangeContext, UsersService } from './users.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('users')
@Access('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users, paginated, sortable, filterable by role and status (admin)' })
  @ApiOkResponse({ description: '`{ items: UserRecord[], total, page, pageSize }`' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  list(@Query() query: UserListQueryDto): Promise<Page<UserRecord>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admin)' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@Param('id', uuid) id: string): Promise<UserRecord> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user with a first password (admin)' })
  @ApiCreatedResponse({ description: 'The new user' })
  @ApiBadRequestResponse({
    description: 'A field is not valid, or the password breaks the policy',
    type: ApiErrorDto,
  })
  @ApiConflictResponse({ description: 'Another account uses this email', type: ApiErrorDto })
  create(@Body() body: CreateUserDto, @ChangeContextOf() context: ChangeContext): Promise<UserRecord> {
    return this.users.create(body, context);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change name, email, role or status (admin)',
    description: 'Send the `version` the edit started from. Disabling a user ends their sessions at once.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({
    description:
      'Stale version (`current` holds the record as it is now), email taken, or `last_admin`: the last active admin cannot be demoted or disabled',
    type: ApiErrorDto,
  })
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<UserRecord> {
    return this.users.update(id, body, context);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Set a new password for a user (admin)',
    description: 'Lifts a lockout and ends every session of the user.',
  })
  @ApiBadRequestResponse({ description: 'The password breaks the policy', type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'Stale version', type: ApiErrorDto })
  resetPassword(
    @Param('id', uuid) id: string,
    @Body() body: ResetPasswordDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<UserRecord> {
    return this.users.resetPassword(id, body, context);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a lockout after failed sign-ins (admin)' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'Stale version', type: ApiErrorDto })
  unlock(
    @Param('id', uuid) id: string,
    @Body() body: VersionDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<UserRecord> {
    return this.users.unlock(id, body.version, context);
  }

  @Post(':id/reset-two-factor')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Switch off a user’s second factor, e.g. after a lost phone (admin)',
    description: 'Ends every session of the user; they can set up a new app after signing in.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'Stale version', type: ApiErrorDto })
  resetTwoFactor(
    @Param('id', uuid) id: string,
    @Body() body: VersionDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<UserRecord> {
    return this.users.resetTwoFactor(id, body.version, context);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a user (admin); their publications and revisions keep the record without a name',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'Stale version, or `last_admin`', type: ApiErrorDto })
  async remove(
    @Param('id', uuid) id: string,
    @Query() query: DeleteUserQueryDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<void> {
    await this.users.remove(id, query.version, context);
  }
}
