import { SetMetadata } from '@nestjs/common';

export const REPLICA_READ = 'reads:replica';

/**
 * Marks a read that may be served by a streaming replica (queues, KPIs, search, exports): it tolerates
 * data up to DATABASE_REPLICA_MAX_LAG_MS old, unless the caller has just written (see
 * ReplicaReadInterceptor).
 */
export const ReplicaRead = () => SetMetadata(REPLICA_READ, true);
