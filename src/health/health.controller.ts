import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { RedisClient } from '../redis/redis-connection';
import { Policy } from '../auth/actor';
import { problem } from '../common/problem-details.filter';
import { REDIS } from '../redis/redis.module';
import { readinessResponse } from './health-responses';
import { ReadinessService } from './readiness.service';

const PING_TIMEOUT_MS = 1500;

/** One dependency's state as the probes report it. */
const DEPENDENCY: SchemaObject = {
  type: 'object',
  properties: { status: { type: 'string', enum: ['up', 'down'] }, message: { type: 'string' } },
  required: ['status'],
};

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: RedisClient,
    private readonly readinessProbe: ReadinessService,
  ) {}

  @Get()
  @Policy('health.check')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Dependencies: Postgres and Redis both answer (for load balancers, prefer /health/ready)' })
  @ApiOkResponse({
    description: 'Both dependencies answer',
    schema: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ok'] },
        info: { type: 'object', additionalProperties: DEPENDENCY },
        error: { type: 'object', additionalProperties: DEPENDENCY },
        details: { type: 'object', additionalProperties: DEPENDENCY },
      },
      required: ['status'],
    },
  })
  @ApiResponse({ status: 503, description: 'Problem details naming the dependency that is down' })
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.db.pingCheck('postgres', { timeout: PING_TIMEOUT_MS }), () => this.pingRedis()]);
    } catch (err) {
      const result = (err as HttpException).getResponse?.() as HealthCheckResult | undefined;
      if (!result?.error) throw err;
      const down = Object.keys(result.error);
      throw new HttpException(
        { problem: problem(503, 'UNHEALTHY', `unavailable: ${down.join(', ')}`, { down, details: result.details }) },
        503,
      );
    }
  }

  @Get('live')
  @Policy('health.live')
  @ApiOperation({ summary: 'Liveness: the process answers (restart it only when this fails)' })
  @ApiOkResponse({ description: 'Alive', schema: { type: 'object', properties: { status: { type: 'string', enum: ['alive'] } } } })
  live(): { status: 'alive' } {
    return { status: 'alive' };
  }

  @Get('ready')
  @Policy('health.ready')
  @ApiOperation({
    summary: 'Readiness: not shutting down and Postgres answers; a Redis outage or an ending holiday calendar is listed in warnings',
  })
  @ApiOkResponse({
    description: 'Ready; `checks` per dependency and `warnings` for an operator',
    schema: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ready'] },
        checks: { type: 'object', additionalProperties: DEPENDENCY },
        warnings: { type: 'array', items: { type: 'string' } },
      },
      required: ['status', 'checks', 'warnings'],
    },
  })
  @ApiResponse({ status: 503, description: 'Shutting down or Postgres unavailable (problem details with the checks)' })
  async ready(): Promise<Record<string, unknown>> {
    const { status, body } = readinessResponse(await this.readinessProbe.readiness());
    if (status !== 200) throw new HttpException({ problem: body }, status);
    return body;
  }

  private async pingRedis() {
    const indicator = this.indicators.check('redis');
    try {
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS).unref()),
      ]);
      return indicator.up();
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
