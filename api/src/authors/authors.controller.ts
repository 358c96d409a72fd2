import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import { AuthorsService } from './authors.service';
import { AuthorListQueryDto, CreateAuthorDto, UpdateAuthorDto } from './dto/author.dto';

@ApiTags('authors')
@Controller('authors')
export class AuthorsController extends EditorialController({
  service: AuthorsService,
  createDto: CreateAuthorDto,
  updateDto: UpdateAuthorDto,
  listQueryDto: AuthorListQueryDto,
  label: 'author',
  plural: 'authors',
}) {}
