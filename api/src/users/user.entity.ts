import { Check, Column, Entity } from 'typeorm';
import { ROLES, Role, USER_STATUSES, UserStatus } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';

const roles = ROLES.map((value) => `'${value}'`).join(', ');
const statuses = USER_STATUSES.map((value) => `'${value}'`).join(', ');

@Entity('users')
@Check('users_role', `role IN (${roles})`)
@Check('users_status', `status IN (${statuses})`)
export class UserEntity extends EditableEntity {
  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  role: Role;

  /** argon2id hash. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: UserStatus;

  @Column({ type: 'integer', default: 0 })
  failedSignIns: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  totpSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
