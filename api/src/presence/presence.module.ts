import { Module } from '@nestjs/common';
import { PresenceController } from './presence.controller';
import { PresenceService } from './presence.service';

/** Who has which record open in the admin's editor. */
@Module({ controllers: [PresenceController], providers: [PresenceService] })
export class PresenceModule {}
