import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@careerscope/shared';
import { passwordProblem } from './password-policy';
import { hashPassword } from './passwords';
import { UserEntity } from './user.entity';

/** Someone must be able to sign in to a new installation. */
@Injectable()
export class FirstAdminService {
  private readonly logger = new Logger('Users');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or, on a fresh database without them, a
   * generated password printed once so a newcomer can sign in.
   */
  async ensureFirstAdmin(email: string | null, password: string | null): Promise<void> {
    const repository = this.dataSource.getRepository(UserEntity);
    if ((await repository.count()) > 0) return;
    const generated = password === null;
    const adminEmail = (email ?? 'admin@careerscope.local').trim().toLowerCase();
    const adminPassword = password ?? randomBytes(15).toString('base64url');
    const problem = passwordProblem(adminPassword, adminEmail);
    if (problem) {
      this.logger.warn(
        `ADMIN_PASSWORD does not meet the password policy (${problem}); change it after signing in`,
      );
    }
    await repository.save(
      repository.create({
        email: adminEmail,
        name: 'Administrator',
        role: 'admin' as Role,
        passwordHash: await hashPassword(adminPassword),
        status: 'active',
      }),
    );
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
