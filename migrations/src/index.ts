import { CreateContentSchema1795668396237 } from './1795668396237-CreateContentSchema';

/** Every migration, oldest first. A merged migration is never edited; a new one follows it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [CreateContentSchema1795668396237];
