import { SetMetadata } from '@nestjs/common';
import type { Role } from '@careerscope/shared';

export const ROLES_KEY = 'roles';

/** Narrows a route to these roles. Without it a route is open to any signed-in user (editor or admin). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
