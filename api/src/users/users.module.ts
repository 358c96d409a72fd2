import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { AccountService } from './account.service';
import { FirstAdminService } from './first-admin.service';
import { SignInFailuresService } from './sign-in-failures.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [SessionsModule],
  controllers: [UsersController],
  providers: [UsersService, AccountService, FirstAdminService, SignInFailuresService],
  exports: [UsersService, AccountService, FirstAdminService, SignInFailuresService],
})
export class UsersModule {}
