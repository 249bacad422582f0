import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { Policy } from '../auth/actor';
import { problem } from '../common/problem-details.filter';
import { REDIS } from '../redis/redis.module';

const PING_TIMEOUT_MS = 1500;

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Policy('health.check')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness and readiness: Postgres and Redis' })
  @ApiOkResponse({ description: 'Both dependencies answer' })
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
