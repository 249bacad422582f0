/**
 * Walks the audit trail's hash chain from its first row and recomputes every hash. Exits 1 naming
 * the first row that was altered, or whose predecessor was deleted or reordered; prints the row
 * count and the head hash otherwise (keep the head somewhere else to detect a cut-off tail too).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../src/audit/audit.repository';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';

async function main(): Promise<void> {
  const ds = new DataSource({ ...dataSourceOptions(loadConfig().DATABASE_URL), extra: { max: 1 } });
  await ds.initialize();
  try {
    const verdict = await verifyAuditChain(ds);
    if (verdict.ok) {
      process.stdout.write(`audit chain intact: ${verdict.rows} rows, head ${verdict.headHash}\n`);
    } else {
      process.stderr.write(
        `audit chain BROKEN at row ${verdict.brokenAt!.id}: ${verdict.brokenAt!.reason} (${verdict.rows - 1} rows before it check out)\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(2);
});
