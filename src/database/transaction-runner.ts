import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { runAtomicStatement, runInTransaction, TransactionOptions } from '../common/transaction';

/**
 * Opens transactions for services whose one unit of work spans several repository calls (the ticket
 * writer: lock, decide in pure code, write). The service holds the transaction, never the
 * connection: the `tx` it receives is handed on to repository methods, which run the SQL.
 */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction, again from the start after a deadlock or serialization failure. */
  run<T>(work: (tx: EntityManager) => Promise<T>, opts?: TransactionOptions): Promise<T> {
    return runInTransaction(this.db, work, opts);
  }

  /**
   * Runs work of one statement that is atomic alone (a data-modifying CTE) without BEGIN and COMMIT:
   * it commits when the statement completes. Again after a deadlock or serialization failure.
   */
  statement<T>(work: (db: EntityManager) => Promise<T>, opts?: TransactionOptions): Promise<T> {
    return runAtomicStatement(this.db, work, opts);
  }

  /** Runs a read of one statement without opening a transaction (no BEGIN/COMMIT round trips). */
  read<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return work(this.db.manager);
  }
}

@Global()
@Module({ providers: [TransactionRunner], exports: [TransactionRunner] })
export class TransactionModule {}
