import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { SessionUser } from '@careerscope/shared';
import { Roles } from '../auth/roles.decorator';
import { PublishDto } from './dto/publish.dto';
import { PublicationsService, PublicationSummary } from './publications.service';

@ApiTags('publications')
@Roles('editor', 'admin')
@Controller('publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Get()
  @ApiOperation({ summary: 'Every publication, newest first' })
  list(): Promise<PublicationSummary[]> {
    return this.publications.list();
  }

  @Post()
  @ApiOperation({ summary: 'Publish the working copy as the next publication' })
  publish(
    @Body() body: PublishDto,
    @Req() request: Request & { user: SessionUser },
  ): Promise<PublicationSummary> {
    return this.publications.publish(body.note, request.user.id);
  }
}
