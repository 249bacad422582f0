import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MetricsService } from '../../metrics/metrics.service';
import { PeriodicWork } from '../periodic-work';
import { addMonths, detachBefore, Month, monthOf, PARTITIONED_TABLE_NAMES, PartitionedTable, parseRetention } from './partitioned-tables';
import { PartitionsRepository } from './partitions.repository';

export interface UpkeepReport {
  created: string[];
  detached: string[];
  /** Partitions past retention kept attached because they still hold rows to deliver. */
  held: string[];
}

/**
 * Keeps the monthly partitions of the append-only tables (migration Partitions): a periodic task of
 * the leader (PARTITION_UPKEEP_INTERVAL_SECONDS). Each pass, per table: creates the partitions of the
 * current month and PARTITION_MONTHS_AHEAD months ahead, and of every month that has rows in the
 * default partition (moving them in); then detaches the months past the table's retention
 * (PARTITION_RETENTION_MONTHS), oldest first, except an outbox or webhook-delivery month that still
 * holds rows to deliver (counted as held, tried again next pass). A table that fails (a lock not had
 * in time) is logged and left to the next pass; the others go on.
 */
@Injectable()
export class PartitionUpkeepService implements OnModuleInit {
  private readonly logger = new Logger(PartitionUpkeepService.name);
  private readonly retention: Map<PartitionedTable, number>;

  constructor(
    private readonly partitions: PartitionsRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly periodic: PeriodicWork,
  ) {
    this.retention = parseRetention(config.PARTITION_RETENTION_MONTHS);
  }

  onModuleInit(): void {
    this.periodic.register({
      name: 'partition-upkeep',
      intervalMs: this.config.PARTITION_UPKEEP_INTERVAL_SECONDS * 1000,
      run: () => this.upkeep(),
    });
  }

  async upkeep(): Promise<UpkeepReport> {
    const report: UpkeepReport = { created: [], detached: [], held: [] };
    for (const table of PARTITIONED_TABLE_NAMES) {
      try {
        await this.upkeepTable(table, report);
      } catch (err) {
        this.logger.warn({ err, table }, 'partition upkeep failed; retrying next pass');
      }
    }
    if (report.created.length || report.detached.length || report.held.length) this.logger.log(report, 'partition upkeep');
    return report;
  }

  private async upkeepTable(table: PartitionedTable, report: UpkeepReport): Promise<void> {
    const now = this.clock.now();
    const current = monthOf(now);
    const months = new Set<Month>(await this.partitions.monthsInDefault(table));
    for (let i = 0; i <= this.config.PARTITION_MONTHS_AHEAD; i++) months.add(addMonths(current, i));
    for (const month of [...months].sort()) {
      if (await this.partitions.create(table, month)) {
        report.created.push(`${table}:${month.slice(0, 7)}`);
        this.metrics.partitionsCreated(table);
      }
    }
    const retention = this.retention.get(table);
    if (retention === undefined) return;
    const before = detachBefore(now, retention);
    let held = 0;
    for (const partition of await this.partitions.attached(table)) {
      if (partition.month >= before) break;
      const outcome = await this.partitions.detach(table, partition.name, now);
      if (outcome === 'held') held++;
      else this.metrics.partitionsDetached(table);
      report[outcome].push(partition.name);
    }
    this.metrics.partitionsHeld(table, held);
  }
}
