import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import { CalendarOverride } from './calendar-override.entity';
import { OfficialCalendarRepository } from './official-calendar.repository';

/** Units' working-day overrides; every write announces itself, since descendants inherit it. */
@Injectable()
export class CalendarOverrideRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly official: OfficialCalendarRepository,
  ) {}

  /** The overrides of these units, read through the caller's transaction when given. */
  forUnits(unitIds: string[], tx: EntityManager = this.db.manager): Promise<CalendarOverride[]> {
    return tx.find(CalendarOverride, { where: { orgUnitId: In(unitIds) } });
  }

  /** The unit's own overrides; one per unit and date, so the date alone orders them. */
  page(unitId: string, q: PageQuery): Promise<Page<CalendarOverride>> {
    const qb = this.db.getRepository(CalendarOverride).createQueryBuilder('o').where('o.org_unit_id = :unitId', { unitId });
    return keysetPage(qb, {
      columns: ['o.date'],
      types: ['date'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (o) => [o.date],
    });
  }

  /** Inserts an override and announces it in the same transaction; null when the unit has one on that date already. */
  add(override: Pick<CalendarOverride, 'orgUnitId' | 'date' | 'kind' | 'note'>): Promise<CalendarOverride | null> {
    return this.db
      .transaction(async (tx) => {
        const saved = await tx.save(tx.create(CalendarOverride, override));
        await this.official.announce(tx);
        return saved;
      })
      .catch((err: unknown) => {
        if (err instanceof QueryFailedError && (err as unknown as { code?: string }).code === '23505') return null;
        throw err;
      });
  }

  /** Deletes the unit's override and announces it; false (nothing announced) when there is no such override. */
  remove(unitId: string, overrideId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const result = await tx.delete(CalendarOverride, { id: overrideId, orgUnitId: unitId });
      if (!result.affected) return false;
      await this.official.announce(tx);
      return true;
    });
  }
}
