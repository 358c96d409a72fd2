import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';
import {
  CreateWebhookEndpointRequest,
  WEBHOOK_DELIVERY_STATUSES,
  WebhookDeliveryQuery,
  WebhookDeliveryStatus,
} from '@careerscope/shared';
import { PageQueryDto, trimmed } from '../../common/editorial/list-query.dto';

/** Why a URL cannot be a webhook endpoint, or null when it can. */
export function webhookUrlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'Enter the URL to send publications to';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, such as https://example.org/hooks/careerscope';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'The URL must start with http:// or https://';
  }
  if (url.username !== '' || url.password !== '') {
    return 'The URL must not contain a user name or password; the signature authenticates each request';
  }
  return null;
}

function IsWebhookUrl(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isWebhookUrl',
      validator: {
        validate: (value: unknown) => webhookUrlProblem(value) === null,
        defaultMessage: (args) => webhookUrlProblem(args?.value) ?? 'Enter a valid URL',
      },
    },
    options,
  );
}

export class CreateWebhookEndpointDto implements CreateWebhookEndpointRequest {
  @ApiProperty({ example: 'https://cdn.example.org/purge', description: 'http:// or https:// only' })
  @Transform(trimmed)
  @IsString({ message: 'Enter the URL to send publications to' })
  @MaxLength(2000, { message: 'The URL must be at most 2000 characters' })
  @IsWebhookUrl()
  url: string;

  @ApiPropertyOptional({ example: 'CDN purge', maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200, { message: 'The description must be at most 200 characters' })
  description?: string;
}

export class WebhookDeliveryQueryDto extends PageQueryDto implements WebhookDeliveryQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'endpointId must be an endpoint id' })
  endpointId?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(WEBHOOK_DELIVERY_STATUSES, {
    message: `status must be one of ${WEBHOOK_DELIVERY_STATUSES.join(', ')}`,
  })
  status?: WebhookDeliveryStatus;
}
