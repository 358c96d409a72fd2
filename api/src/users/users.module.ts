import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { SignInFailuresService } from './sign-in-failures.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [SessionsModule],
  controllers: [UsersController],
  providers: [UsersService, SignInFailuresService],
  exports: [UsersService, SignInFailuresService],
})
export class UsersModule {}
