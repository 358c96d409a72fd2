import {
  applyDecorators,
  Body,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Type,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  DeletedRecord,
  EditableRecord,
  Page,
  RevisionRecord,
  Role,
  SessionUser,
} from '@careerscope/shared';
import { Roles } from '../../auth/roles.decorator';
import { CurrentUser } from '../../auth/current-user.decorator';
import type { EditorialOperations, ListQueryOf } from './editable-record.service';
import { RevisionIdPipe } from './revision-id.pipe';
import { RestoreRevisionDto, RevisionListQueryDto, VersionQueryDto } from './version.dto';

export interface EditorialControllerOptions {
  service: Type<EditorialOperations>;
  createDto: Type<object>;
  updateDto: Type<object>;
  listQueryDto: Type<object>;
  /** Singular and plural, for the API documentation: "wage statistic", "wage statistics". */
  label: string;
  plural: string;
  /** Roles allowed to write (create, update, delete, restore); any signed-in user when omitted. */
  writeRoles?: Role[];
}

type AnyService = EditorialOperations;

const uuid = new ParseUUIDPipe();

/** 400/401/403 apply to every editorial route; each route adds its own. */
const Documented = (summary: string, writeRoles: Role[] | undefined, write: boolean) =>
  applyDecorators(
    ApiOperation({
      summary,
      description:
        write && writeRoles ? `Roles: ${writeRoles.join(', ')}.` : 'Any signed-in editor or admin.',
    }),
    ApiBadRequestResponse({ description: 'A field, parameter or query value is not valid (see `fields`)' }),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({
      description:
        write && writeRoles ? `Your role is not one of ${writeRoles.join(', ')}` : 'Missing CSRF token',
    }),
  );

const NotFound = (label: string) => ApiNotFoundResponse({ description: `No ${label} has this id` });
const Conflict = (description: string) => ApiConflictResponse({ description });

/**
 * The routes of an editable record type, bound to its service and DTOs: list, read, create, update
 * (with the version it started from), delete (`?version=N`), history and restore. A feature
 * controller extends the class this returns and adds `@Controller(path)` and `@ApiTags`.
 */
export function EditorialController(options: EditorialControllerOptions) {
  const { label, plural, writeRoles } = options;
  const Write = writeRoles ? Roles(...writeRoles) : applyDecorators();

  class EditorialControllerBase {
    constructor(@Inject(options.service) readonly service: AnyService) {}

    @Get()
    @Documented(`List ${plural} (paginated, sortable, filterable, searchable with q)`, writeRoles, false)
    @ApiOkResponse({ description: `{ items, total, page, pageSize } of ${plural}` })
    @NotFound(label)
    @Conflict('Never: lists do not conflict')
    list(@Query() query: object): Promise<Page<EditableRecord>> {
      return this.service.list(query as ListQueryOf);
    }

    @Get(':id')
    @Documented(`Read one ${label}`, writeRoles, false)
    @ApiOkResponse({ description: `The ${label}` })
    @NotFound(label)
    @Conflict('Never: reads do not conflict')
    get(@Param('id', uuid) id: string): Promise<EditableRecord> {
      return this.service.get(id);
    }

    @Post()
    @Write
    @Documented(`Create a ${label}`, writeRoles, true)
    @ApiCreatedResponse({ description: `The new ${label}, at version 1` })
    @NotFound('referenced record (answered as a 400 field error)')
    @Conflict('A unique value was taken by a concurrent save')
    create(@Body() body: object, @CurrentUser() user: SessionUser): Promise<EditableRecord> {
      return this.service.create(body, user.id);
    }

    @Patch(':id')
    @Write
    @Documented(`Update a ${label} from the version the edit started from`, writeRoles, true)
    @ApiOkResponse({ description: `The saved ${label}, one version up` })
    @NotFound(label)
    @Conflict(
      'The record changed since `version`: nothing was saved; `current` holds the record as it is now',
    )
    update(
      @Param('id', uuid) id: string,
      @Body() body: object & { version: number },
      @CurrentUser() user: SessionUser,
    ): Promise<EditableRecord> {
      return this.service.update(id, body, user.id);
    }

    @Delete(':id')
    @Write
    @Documented(`Delete a ${label} (?version=N)`, writeRoles, true)
    @ApiOkResponse({ description: 'The id, the version the deletion wrote and its revision id' })
    @NotFound(label)
    @Conflict(
      'The record changed since `version` (`current`), or other records refer to it (`dependents`: by type, each record with its type, id and label)',
    )
    remove(
      @Param('id', uuid) id: string,
      @Query() query: VersionQueryDto,
      @CurrentUser() user: SessionUser,
    ): Promise<DeletedRecord> {
      return this.service.remove(id, query.version, user.id);
    }

    @Get(':id/revisions')
    @Documented(`History of a ${label}, newest first`, writeRoles, false)
    @ApiOkResponse({ description: '{ items, total, page, pageSize } of revisions' })
    @NotFound(label)
    @Conflict('Never: reads do not conflict')
    history(
      @Param('id', uuid) id: string,
      @Query() query: RevisionListQueryDto,
    ): Promise<Page<RevisionRecord>> {
      return this.service.history(id, query.page, query.pageSize);
    }

    @Post(':id/revisions/:revisionId/restore')
    @HttpCode(200)
    @Write
    @Documented(`Restore a ${label} to a revision (a new revision itself)`, writeRoles, true)
    @ApiOkResponse({ description: `The restored ${label}` })
    @NotFound(`${label} or revision`)
    @Conflict('The record changed since `version`: nothing was restored; `current` holds it as it is now')
    restore(
      @Param('id', uuid) id: string,
      @Param('revisionId', RevisionIdPipe) revisionId: string,
      @Body() body: RestoreRevisionDto,
      @CurrentUser() user: SessionUser,
    ): Promise<EditableRecord> {
      return this.service.restore(id, revisionId, body.version, user.id);
    }
  }

  // The generic signatures erase the DTO classes; give the global ValidationPipe and Swagger the real ones.
  const prototype = EditorialControllerBase.prototype;
  Reflect.defineMetadata('design:paramtypes', [options.listQueryDto], prototype, 'list');
  Reflect.defineMetadata('design:paramtypes', [options.createDto, Object], prototype, 'create');
  Reflect.defineMetadata('design:paramtypes', [String, options.updateDto, Object], prototype, 'update');
  return EditorialControllerBase;
}
