import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '../database/named-statements';
import { ChannelSystem } from '../auth/credentials.entity';
import { OrgUnit } from '../org/org-unit.entity';
import type { RoutingRule } from '../routing/domain/routing-rules';
import { Ticket } from './ticket.entity';
import { IdempotencyKey } from './ticket-support.entity';

/** What filing needs to know before it writes: a replay, the customer's recent filings, the routing rules. */
export interface PriorFilings {
  replayId: string | null;
  replayHash: string | null;
  linked: string[];
  /** The province's enabled routing rules, for an automatic dispatch at filing. */
  routingRules: RoutingRule[];
}

/** Reads of the intake (replays, channel systems, centres) and the ticket-number counter. */
@Injectable()
export class TicketIntakeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  idempotencyKey(actorId: string, key: string): Promise<IdempotencyKey | null> {
    return this.db.getRepository(IdempotencyKey).findOneBy({ actorId, key });
  }

  ticket(id: string): Promise<Ticket> {
    return this.db.getRepository(Ticket).findOneByOrFail({ id });
  }

  byExternalRef(channelSystemId: string, externalRef: string): Promise<Ticket | null> {
    return this.db.getRepository(Ticket).findOneBy({ channelSystemId, externalRef });
  }

  channelSystem(id: string): Promise<Pick<ChannelSystem, 'id' | 'channel'>> {
    return this.db.getRepository(ChannelSystem).findOneOrFail({ where: { id }, select: { id: true, channel: true } });
  }

  province(code: string): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOneBy({ code, tier: 'provincial' });
  }

  nationalCentre(): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOneBy({ tier: 'national' });
  }

  unit(id: string): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOneBy({ id });
  }

  /**
   * One round trip: the channel system's earlier filing of `externalRef` (a replay), the customer's
   * filings since `since` by the blind index of the phone or identity number (at most 20, newest
   * first), and the enabled routing rules of the province (read with the rest, so a rule change is
   * seen by the next filing, in every process).
   */
  async priorFilings(
    f: {
      channelSystemId: string | null;
      externalRef: string | null;
      customerPhoneIndex: Buffer;
      since: Date;
      provinceUnitId: string;
    },
    customerIdNumberIndex: Buffer | null,
  ): Promise<PriorFilings> {
    const params: unknown[] = [f.channelSystemId, f.externalRef, f.customerPhoneIndex, f.since, f.provinceUnitId];
    const byIdNumber = customerIdNumberIndex
      ? `UNION SELECT id, created_at FROM tickets WHERE customer_id_number_index = $${params.push(customerIdNumberIndex)} AND created_at > $4`
      : '';
    const [row] = await queryNamed<PriorFilings>(
      this.db,
      customerIdNumberIndex ? 'intake_prior_filings_id' : 'intake_prior_filings',
      `WITH replay AS (SELECT id, intake_hash FROM tickets WHERE channel_system_id = $1 AND external_ref = $2),
            linked AS (SELECT id, created_at FROM tickets WHERE customer_phone_index = $3 AND created_at > $4 ${byIdNumber}
                        ORDER BY created_at DESC LIMIT 20)
       SELECT (SELECT id FROM replay) AS "replayId", (SELECT intake_hash FROM replay) AS "replayHash",
              ARRAY(SELECT id FROM linked ORDER BY created_at DESC) AS linked,
              (SELECT coalesce(json_agg(json_build_object('id', r.id, 'provinceUnitId', r.province_unit_id, 'businessType', r.business_type,
                        'nature', r.nature, 'customerTier', r.customer_tier, 'targetUnitId', r.target_unit_id, 'mode', r.mode,
                        'priority', r.priority, 'enabled', r.enabled)), '[]')
                 FROM routing_rules r WHERE r.province_unit_id = $5 AND r.enabled) AS "routingRules"`,
      params,
    );
    return row;
  }

  /**
   * Reserves the next `count` numbers of `prefix` on `day` from the counter row, in a statement (and
   * transaction) of its own, and returns the last of them.
   */
  async reserveNumbers(prefix: string, day: string, count: number): Promise<number> {
    const [row] = await this.db.query<{ seq: number }[]>(
      `INSERT INTO ticket_number_counters (prefix, day, seq) VALUES ($1, $2, $3)
       ON CONFLICT (prefix, day) DO UPDATE SET seq = ticket_number_counters.seq + excluded.seq
       RETURNING seq`,
      [prefix, day, count],
    );
    return Number(row.seq);
  }
}
