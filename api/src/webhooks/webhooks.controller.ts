import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  CreatedWebhookEndpoint,
  Page,
  WebhookDeliveryDetail,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ChangeContextOf } from '../auth/current-user.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import type { ChangeContext } from '../users/users.service';
import { CreateWebhookEndpointDto, WebhookDeliveryQueryDto } from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('webhooks')
@Access('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('endpoints')
  @ApiOperation({ summary: 'Registered webhook endpoints with their latest delivery (admin)' })
  @ApiOkResponse({ description: 'WebhookEndpointView[]' })
  listEndpoints(): Promise<WebhookEndpointView[]> {
    return this.webhooks.listEndpoints();
  }

  @Post('endpoints')
  @ApiOperation({
    summary: 'Register an endpoint to be told about every publication (admin)',
    description:
      'Every publish and rollback then POSTs `publication.published` (publication number and time, and the summary of what changed) to the URL, signed: `X-Careerscope-Signature: sha256=<hex>` is HMAC-SHA256 with the endpoint’s secret over `<X-Careerscope-Timestamp>.<raw body>`. The answer holds the secret; it is never shown again. A delivery that gets no 2xx answer is retried with a doubling delay.',
  })
  @ApiCreatedResponse({ description: 'CreatedWebhookEndpoint, with `secret`' })
  @ApiBadRequestResponse({ description: 'The URL is not an http:// or https:// URL', type: ApiErrorDto })
  createEndpoint(
    @Body() body: CreateWebhookEndpointDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<CreatedWebhookEndpoint> {
    return this.webhooks.createEndpoint(body, context);
  }

  @Delete('endpoints/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an endpoint and its delivery log (admin)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  deleteEndpoint(@Param('id', uuid) id: string, @ChangeContextOf() context: ChangeContext): Promise<void> {
    return this.webhooks.deleteEndpoint(id, context);
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'The delivery log, newest first, by endpoint and status (admin)' })
  @ApiOkResponse({ description: '`{ items: WebhookDeliveryView[], total, page, pageSize }`' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  listDeliveries(@Query() query: WebhookDeliveryQueryDto): Promise<Page<WebhookDeliveryView>> {
    return this.webhooks.listDeliveries(query);
  }

  @Get('deliveries/:id')
  @ApiOperation({ summary: 'One delivery with its body and every attempt (admin)' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  getDelivery(@Param('id', uuid) id: string): Promise<WebhookDeliveryDetail> {
    return this.webhooks.getDelivery(id);
  }

  @Post('deliveries/:id/replay')
  @ApiOperation({
    summary: 'Send a delivery’s body again, as a new delivery (admin)',
    description: 'The new delivery has its own id and attempts, and `replayOfId` names the original.',
  })
  @ApiCreatedResponse({ description: 'WebhookDeliveryDetail of the new delivery' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  replay(
    @Param('id', uuid) id: string,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<WebhookDeliveryDetail> {
    return this.webhooks.replay(id, context);
  }
}
