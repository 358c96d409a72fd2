import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import { CreateSourceDto, SourceListQueryDto, UpdateSourceDto } from './dto/source.dto';
import { SourcesService } from './sources.service';

@ApiTags('sources')
@Controller('sources')
export class SourcesController extends EditorialController({
  service: SourcesService,
  createDto: CreateSourceDto,
  updateDto: UpdateSourceDto,
  listQueryDto: SourceListQueryDto,
  label: 'source',
  plural: 'sources',
}) {}
