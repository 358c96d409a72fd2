import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  Matches,
} from 'class-validator';
import {
  CreateUserRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  ResetPasswordRequest,
  Role,
  UpdateUserRequest,
  USER_SORT_FIELDS,
  USER_STATUSES,
  UserListQuery,
  UserStatus,
  VersionedRequest,
} from '@careerscope/shared';
import { PageQueryDto } from '../../common/editorial/list-query.dto';
import { IsAcceptablePassword } from '../password-policy.validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const passwordDescription = `At least ${PASSWORD_MIN_LENGTH} characters, not the email address, not a common password`;

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'editor@example.org' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'Enter a name' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({
    description: passwordDescription,
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
  })
  @IsString()
  @IsAcceptablePassword('email')
  password: string;
}

export class VersionDto implements VersionedRequest {
  @ApiProperty({ description: 'The version the change started from' })
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version: number;
}

export class UpdateUserDto extends VersionDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'Enter a name' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES, description: '`disabled` ends the user’s sessions at once' })
  @IsOptional()
  @IsIn(USER_STATUSES, { message: `status must be one of ${USER_STATUSES.join(', ')}` })
  status?: UserStatus;
}

export class ResetPasswordDto extends VersionDto implements ResetPasswordRequest {
  @ApiProperty({ description: passwordDescription })
  @IsString()
  @IsAcceptablePassword()
  password: string;
}

/** `DELETE /api/users/:id?version=N`. */
export class DeleteUserQueryDto extends VersionDto {}

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({
    description: `${USER_SORT_FIELDS.join(', ')}; prefix with - for descending`,
    example: '-lastSignInAt',
  })
  @IsOptional()
  @Matches(new RegExp(`^-?(${USER_SORT_FIELDS.join('|')})$`), {
    message: `sort must be one of ${USER_SORT_FIELDS.join(', ')}, optionally prefixed with -`,
  })
  sort?: string;

  @ApiPropertyOptional({ description: 'Part of the email or name' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}
