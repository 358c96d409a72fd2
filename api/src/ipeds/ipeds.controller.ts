import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  IpedsDirectoryView,
  IpedsInstitutionView,
  Page,
  SchoolRecord,
  SessionUser,
} from '@careerscope/shared';
import { Roles } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { UploadedImportFile } from '../imports/imports.service';
import { IMPORT_UPLOAD_OPTIONS } from '../imports/parsing/upload-storage';
import { IpedsInstitutionQueryDto, IpedsSchoolDto } from './dto/ipeds.dto';
import { IpedsService } from './ipeds.service';

@ApiTags('schools')
@Roles('admin')
@Controller('ipeds')
export class IpedsController {
  constructor(private readonly ipeds: IpedsService) {}

  @Post('directory')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', IMPORT_UPLOAD_OPTIONS))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary:
      'Load the IPEDS institutional directory (hdYYYY.csv) in one step: imported and applied at once, replacing the one loaded before and refreshing the listings made from it (POST /api/imports previews it first)',
  })
  loadDirectory(
    @UploadedFile() file: UploadedImportFile | undefined,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<IpedsDirectoryView> {
    return this.ipeds.loadDirectory(file, user, request.ip ?? null);
  }

  @Get('institutions')
  @ApiOperation({ summary: 'Find institutions by part of the name or the city, or by UNITID' })
  search(@Query() query: IpedsInstitutionQueryDto): Promise<Page<IpedsInstitutionView>> {
    return this.ipeds.search(query);
  }

  @Post('institutions/:unitId/school')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Create the school listing from an institution, or refresh the existing one (send its version)',
  })
  @ApiNotFoundResponse({ description: 'The UNITID is not in the loaded directory' })
  @ApiConflictResponse({ description: 'Already listed and no version sent, or the version is stale' })
  school(
    @Param('unitId', ParseIntPipe) unitId: number,
    @Body() body: IpedsSchoolDto,
    @CurrentUser() user: SessionUser,
  ): Promise<SchoolRecord> {
    return this.ipeds.createOrRefreshSchool(unitId, body, user);
  }
}
