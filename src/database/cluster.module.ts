import { Global, Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed';
import { ClusterLeader } from './cluster-leader';
import { PeriodicWork } from './periodic-work';
import { PeriodicWorkRepository } from './periodic-work.repository';

/**
 * What several processes of one deployment share through Postgres: cache invalidation (ChangeFeed)
 * and one leader for periodic work (ClusterLeader, PeriodicWork). Both hold a direct connection.
 */
@Global()
@Module({
  providers: [ChangeFeed, ClusterLeader, PeriodicWork, PeriodicWorkRepository],
  exports: [ChangeFeed, ClusterLeader, PeriodicWork],
})
export class ClusterModule {}
