import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RecordType } from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';

/**
 * Someone has a record open in the admin's editor: its form sends a heartbeat while open and a
 * release when left. Rows not heard from within the expiry are ignored and then swept.
 */
@Entity('editor_presence')
@Index('editor_presence_record', ['recordType', 'recordId'])
export class EditorPresenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  recordType: RecordType;

  @PrimaryColumn({ type: 'uuid' })
  recordId: string;

  /** When this stretch of editing began (the first heartbeat after none or an expired one). */
  @Column({ type: 'timestamptz' })
  since: Date;

  @Index('editor_presence_last_seen')
  @Column({ type: 'timestamptz' })
  lastSeen: Date;
}
