import type { PublicChangesQuery } from '@careerscope/shared';
import { PageQueryDto } from '../../common/editorial/list-query.dto';

/** `GET /api/public/changes`: `page` and `pageSize`. */
export class PublicChangesQueryDto extends PageQueryDto implements PublicChangesQuery {}
