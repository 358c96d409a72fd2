import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PostgresThrottlerStorage } from '../common/throttling/postgres-throttler.storage';
import { ThrottlingModule } from '../common/throttling/throttling.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfGuard, RolesGuard, SessionGuard } from './guards';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { TotpService } from './totp.service';

/** Global: AuthService also reads sessions on public routes (preview) in other modules. */
@Global()
@Module({
  imports: [
    UsersModule,
    SessionsModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
    // Only routes that ask for ThrottlerGuard are limited (sign-in, password and code checks). The
    // counters live in PostgreSQL, so instances behind a load balancer share one limit.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, PostgresThrottlerStorage],
      imports: [ThrottlingModule],
      useFactory: (config: AppConfig, storage: PostgresThrottlerStorage) => ({
        storage,
        throttlers: [
          { name: 'default', ttl: config.loginRateWindowSeconds * 1000, limit: config.loginRateLimit },
        ],
        errorMessage: 'Too many attempts from your address; wait a minute and try again',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TotpService,
    JwtStrategy,
    LocalStrategy,
    // Order matters: CSRF first, then who you are, then what your role allows.
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
