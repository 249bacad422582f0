import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What the health probes ask of Postgres. */
@Injectable()
export class HealthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A round trip through the pool: resolves when Postgres answers. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}
