import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { ChangePasswordRequest, TotpConfirmRequest, TotpDisableRequest } from '@careerscope/shared';
import { PASSWORD_MIN_LENGTH } from '@careerscope/shared';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({
    description: `At least ${PASSWORD_MIN_LENGTH} characters, not your email address, not a common password`,
  })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class TotpConfirmDto implements TotpConfirmRequest {
  @ApiProperty({ example: '123456', description: 'The current six-digit code from the app' })
  @Matches(/^\d{6}$/, { message: 'The code has six digits' })
  code: string;
}

export class TotpDisableDto implements TotpDisableRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;
}
