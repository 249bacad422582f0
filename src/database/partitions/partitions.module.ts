import { Module } from '@nestjs/common';
import { PartitionUpkeepService } from './partition-upkeep.service';
import { PartitionsRepository } from './partitions.repository';

/** Upkeep of the monthly partitions (worker role): a periodic task of the leader. */
@Module({
  providers: [PartitionsRepository, PartitionUpkeepService],
  exports: [PartitionUpkeepService],
})
export class PartitionsModule {}
