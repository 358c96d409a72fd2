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

  /**
   * The TOTP secret, encrypted (AES-256-GCM with TOTP_ENCRYPTION_KEY, see TotpService); set at
   * enrollment, in force only once `totpEnabled` (confirmed with a code).
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpSecret: string | null;

  @Column({ type: 'boolean', default: false })
  totpEnabled: boolean;

  /** The time step of the last accepted code: a code is refused the second time (replay). */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
