import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { CatalogueScopeView, SessionUser } from '@careerscope/shared';
import { Roles } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { CatalogueScopeService } from './catalogue-scope.service';
import { UpdateCatalogueScopeDto } from './dto/catalogue-scope.dto';

@ApiTags('catalogue')
@Roles('editor', 'admin')
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly scope: CatalogueScopeService) {}

  @Get('scope')
  @ApiOperation({ summary: 'Which SOC codes belong to the catalogue' })
  getScope(): Promise<CatalogueScopeView> {
    return this.scope.view();
  }

  @Put('scope')
  @Roles('admin')
  @ApiOperation({ summary: 'Change which SOC codes belong to the catalogue (admins)' })
  @ApiConflictResponse({ description: 'Someone else changed it since `version`', type: ApiErrorDto })
  putScope(
    @Body() body: UpdateCatalogueScopeDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<CatalogueScopeView> {
    return this.scope.update(body, user, request.ip ?? null);
  }
}
