import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { escapeLike, pathScopeSql } from '../auth/org-scope';
import { keysetPage, Page } from '../common/cursor';
import { runInTransaction } from '../common/transaction';
import { ListOrgUnitsQuery } from './dto/org-unit.dto';
import { OrgUnit } from './org-unit.entity';

/** A subtree moved under a new parent: every path under `fromPath` is rewritten below `toPath`. */
export interface SubtreeMove {
  fromPath: string;
  toPath: string;
  fromDepth: number;
  toDepth: number;
  /** The province of the moved units that are not provincial centres themselves. */
  provinceId: string | null;
}

/** The org unit tree (materialized paths). */
@Injectable()
export class OrgRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.db, work);
  }

  /** Serialises creators of the national centre, so two concurrent requests cannot both create a root. */
  async lockRootCreation(tx: EntityManager): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['org_units:national']);
  }

  /** Serialises moves over the whole tree; moves are rare administrative acts. */
  async lockMoves(tx: EntityManager): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['org_units:move']);
  }

  countNational(tx: EntityManager): Promise<number> {
    return tx.count(OrgUnit, { where: { tier: 'national' } });
  }

  /** The unit, share-locked so it cannot move while a child is created under it. */
  findForShare(tx: EntityManager, id: string): Promise<OrgUnit | null> {
    return tx.findOne(OrgUnit, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  codeTaken(tx: EntityManager, code: string): Promise<boolean> {
    return tx.exists(OrgUnit, { where: { code } });
  }

  /** An id drawn before the insert: the unit's own path ends with it. */
  async newId(tx: EntityManager): Promise<string> {
    return (await tx.query<{ id: string }[]>('SELECT gen_random_uuid() AS id'))[0].id;
  }

  insert(tx: EntityManager, unit: Omit<OrgUnit, 'createdAt' | 'updatedAt'>): Promise<OrgUnit> {
    return tx.save(tx.create(OrgUnit, unit));
  }

  find(id: string, tx: EntityManager = this.db.manager, lock = false): Promise<OrgUnit | null> {
    return tx.findOne(OrgUnit, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findOrFail(tx: EntityManager, id: string): Promise<OrgUnit> {
    return tx.findOneOrFail(OrgUnit, { where: { id } });
  }

  async setNameAndCalendar(tx: EntityManager, id: string, name: string, calendarId: string): Promise<void> {
    await tx.update(OrgUnit, { id }, { name, calendarId });
  }

  /** Rewrites the paths, depths and provinces of a whole subtree in one statement, then re-parents its root. */
  async moveSubtree(tx: EntityManager, rootId: string, parentId: string, move: SubtreeMove): Promise<void> {
    await tx.query(
      `UPDATE org_units
          SET path = $2 || substr(path, length($1) + 1),
              depth = depth + ($3::int - $4::int),
              province_id = CASE WHEN tier = 'provincial' THEN id ELSE $5::uuid END,
              updated_at = now()
        WHERE path LIKE $6`,
      [move.fromPath, move.toPath, move.toDepth, move.fromDepth, move.provinceId, escapeLike(move.fromPath) + '%'],
    );
    await tx.update(OrgUnit, { id: rootId }, { parentId });
  }

  /** Units in the caller's scope (and under `rootPath` when given), in path order. */
  list(actor: RequestActor, query: ListOrgUnitsQuery, rootPath?: string): Promise<Page<OrgUnit>> {
    const scope = pathScopeSql(actor, 'u.path');
    const qb = this.db.getRepository(OrgUnit).createQueryBuilder('u').where(scope.sql, scope.params);
    if (rootPath) qb.andWhere('u.path LIKE :root', { root: escapeLike(rootPath) + '%' });
    if (query.tier) qb.andWhere('u.tier = :tier', { tier: query.tier });
    if (query.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    return keysetPage(qb, {
      columns: ['u.path'],
      types: ['text'],
      direction: 'ASC',
      cursor: query.cursor,
      limit: query.limit ?? 100,
      key: (u) => [u.path],
    });
  }

  byIds(ids: string[], tx: EntityManager = this.db.manager): Promise<OrgUnit[]> {
    return tx.getRepository(OrgUnit).createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  national(tx: EntityManager = this.db.manager): Promise<OrgUnit | null> {
    return tx.findOne(OrgUnit, { where: { tier: 'national' } });
  }
}
