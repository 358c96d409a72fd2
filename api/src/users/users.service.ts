import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { Role, SessionUser } from '@careerscope/shared';
import { UserEntity } from './user.entity';

/** argon2id with the OWASP-recommended minimum cost. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function toSessionUser(user: UserEntity): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, status: user.status };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(UserEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repository.findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repository.findOneBy({ id });
  }

  async create(input: { email: string; name: string; role: Role; password: string }): Promise<UserEntity> {
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    return this.repository.save(
      this.repository.create({
        email: input.email.trim().toLowerCase(),
        name: input.name,
        role: input.role,
        passwordHash,
        status: 'active',
      }),
    );
  }

  /**
   * The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or, on a fresh database without them, a
   * generated password printed once so a newcomer can sign in.
   */
  async ensureFirstAdmin(email: string | null, password: string | null): Promise<void> {
    if ((await this.repository.count()) > 0) return;
    const generated = password === null;
    const adminEmail = email ?? 'admin@careerscope.local';
    const adminPassword = password ?? randomBytes(15).toString('base64url');
    await this.create({ email: adminEmail, name: 'Administrator', role: 'admin', password: adminPassword });
    if (generated) {
      this.logger.warn(
        `Created the first admin. Sign in at /admin with ${adminEmail} and the password ${adminPassword} ` +
          '(shown only this once; change it after signing in, or set ADMIN_EMAIL and ADMIN_PASSWORD).',
      );
    } else {
      this.logger.log(`Created the first admin ${adminEmail} from ADMIN_EMAIL / ADMIN_PASSWORD`);
    }
  }
}
