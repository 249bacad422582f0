import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * The database this process works on: the cluster's system identifier (unique per initdb) and the
 * database name. Without the privilege to read the identifier, the server address stands in.
 * Takes the query function of any connection: the boot checks ask it before the application exists.
 */
export async function databaseIdentity(query: Query): Promise<string> {
  const [db] = await query('SELECT current_database() AS name');
  const [cluster] = await query('SELECT system_identifier::text AS id FROM pg_control_system()').catch(() =>
    query(`SELECT coalesce(host(inet_server_addr()), 'local') || ':' || coalesce(inet_server_port(), 0) AS id`),
  );
  return `${String(cluster.id)}/${String(db.name)}`;
}

/** The identity of the application's database, for the deployment marker. */
@Injectable()
export class DeploymentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  databaseIdentity(): Promise<string> {
    return databaseIdentity((sql) => this.db.query(sql));
  }
}
