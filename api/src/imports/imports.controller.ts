import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { ImportSummary, ImportView, Page, SessionUser } from '@careerscope/shared';
import { Roles } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ImportDecisionDto, ImportListQueryDto, ImportRowQueryDto, ImportUploadDto } from './dto/import.dto';
import { ImportsService, UploadedImportFile } from './imports.service';
import { IMPORT_UPLOAD_OPTIONS } from './parsing/upload-storage';

@ApiTags('imports')
@Roles('editor', 'admin')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', IMPORT_UPLOAD_OPTIONS))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        periodYear: { type: 'integer' },
        release: { type: 'string' },
      },
    },
  })
  @ApiOperation({
    summary: 'Upload a BLS file (OEWS estimates or the projections workbook) and get its preview',
  })
  @ApiBadRequestResponse({
    description: 'The file is not what it claims; the message names the row and column',
  })
  upload(
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body() fields: ImportUploadDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<ImportView> {
    return this.imports.upload(file, fields, user, request.ip ?? null);
  }

  @Get()
  @ApiOperation({ summary: 'Import history, newest first' })
  list(@Query() query: ImportListQueryDto): Promise<Page<ImportSummary>> {
    return this.imports.list(query.page, query.pageSize);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import with a page of its preview rows (filtered by `show` and `q`)' })
  get(@Param('id', ParseUUIDPipe) id: string, @Query() query: ImportRowQueryDto): Promise<ImportView> {
    return this.imports.get(id, query);
  }

  @Post(':id/apply')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write the previewed figures to the working copy, all or nothing' })
  @ApiConflictResponse({ description: 'Already applied or discarded, or decided on by someone else' })
  apply(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ImportDecisionDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<ImportView> {
    return this.imports.apply(id, body.version, user, request.ip ?? null);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @ApiOperation({ summary: 'Drop the preview; nothing is written' })
  @ApiConflictResponse({ description: 'Already applied or discarded, or decided on by someone else' })
  discard(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ImportDecisionDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<ImportView> {
    return this.imports.discard(id, body.version, user, request.ip ?? null);
  }
}
