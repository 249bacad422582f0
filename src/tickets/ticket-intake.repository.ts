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

/** What `priorFilings` looks up for one filing. */
export interface PriorFilingsLookup {
  /** With `externalRef`: the channel system's earlier filing of it is a replay. */
  channelSystemId: string | null;
  externalRef: string | null;
  customerPhoneIndex: Buffer;
  customerIdNumberIndex: Buffer | null;
  since: Date;
  provinceUnitId: string;
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
   * One round trip for one or many filings: for each, the channel system's earlier filing of
   * `externalRef` (a replay), the customer's filings since `since` by the blind index of the phone or
   * identity number (at most 20, newest first), and the enabled routing rules of the province (read
   * with the rest, so a rule change is seen by the next filing, in every process). One result per
   * lookup, in order; the text is the same for any number of lookups (one named statement).
   */
  async priorFilings(lookups: PriorFilingsLookup[]): Promise<PriorFilings[]> {
    const rows = await queryNamed<PriorFilings & { ord: string }>(
      this.db,
      'intake_prior_filings',
      `SELECT q.ord, r.id AS "replayId", r.intake_hash AS "replayHash",
              ARRAY(SELECT l.id FROM (SELECT id, created_at FROM tickets WHERE customer_phone_index = q.phone AND created_at > q.since
                                      UNION
                                      SELECT id, created_at FROM tickets
                                       WHERE q.id_number IS NOT NULL AND customer_id_number_index = q.id_number AND created_at > q.since
                                      ORDER BY created_at DESC LIMIT 20) l
                     ORDER BY l.created_at DESC) AS linked,
              (SELECT coalesce(json_agg(json_build_object('id', x.id, 'provinceUnitId', x.province_unit_id, 'businessType', x.business_type,
                        'nature', x.nature, 'customerTier', x.customer_tier, 'targetUnitId', x.target_unit_id, 'mode', x.mode,
                        'priority', x.priority, 'enabled', x.enabled)), '[]')
                 FROM routing_rules x WHERE x.province_unit_id = q.province AND x.enabled) AS "routingRules"
         FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::bytea[], $5::timestamptz[], $6::uuid[])
              WITH ORDINALITY AS q(channel_system_id, external_ref, phone, id_number, since, province, ord)
         LEFT JOIN LATERAL (SELECT t.id, t.intake_hash FROM tickets t
                             WHERE t.channel_system_id = q.channel_system_id AND t.external_ref = q.external_ref) r ON true
        ORDER BY q.ord`,
      [
        lookups.map((l) => l.channelSystemId),
        lookups.map((l) => l.externalRef),
        lookups.map((l) => l.customerPhoneIndex),
        lookups.map((l) => l.customerIdNumberIndex),
        lookups.map((l) => l.since),
        lookups.map((l) => l.provinceUnitId),
      ],
    );
    if (rows.length !== lookups.length) throw new Error(`prior filings: ${rows.length} answers to ${lookups.length} lookups`);
    return rows.map(({ ord: _ord, ...row }) => row);
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
