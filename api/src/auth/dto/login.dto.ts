import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { LoginRequest } from '@careerscope/shared';
import { ValidateBeforeGuards } from '../../common/validate-before-guards';

// Passport's local strategy (a guard) reads the credentials before any pipe would see them.
@ValidateBeforeGuards()
export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'editor@example.org' })
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ description: 'Six-digit code from the authenticator app' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'The code has six digits' })
  totp?: string;
}
