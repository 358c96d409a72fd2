import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per email address, whether or not an account has it, so that slowing down
 * repeated failures answers the same for every address and says nothing about which ones exist.
 */
@Entity('sign_in_failures')
export class SignInFailureEntity {
  /**
   * The email address, lower-case as typed at sign-in; or, for a browser that signed in with it
   * before, the address and that browser's id (`email#device`), counted apart.
   */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastFailedAt: Date;

  /** The next attempt is refused (429) until then. */
  @Column({ type: 'timestamptz', nullable: true })
  retryAt: Date | null;
}
