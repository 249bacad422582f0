/**
 * Imports a year's official holiday schedule from a JSON file:
 *   npm run calendar:import -- <file>
 * with {"year": 2027, "holidays": ["2027-01-01", …], "workdays": ["2027-02-07", …]} (optional "source").
 * Same checks and effects as POST /api/v1/official-calendar: the year is replaced, every running
 * process drops its calendar cache, and open deadlines that were provisional in that year are moved.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { coreImports } from '../src/app.module';
import { AuditModule } from '../src/audit/audit.module';
import { AuditService } from '../src/audit/audit.service';
import { DomainError } from '../src/common/domain-error';
import { loadConfig } from '../src/config/app-config';
import { prepareDatabase } from '../src/database/migrate';
import { OfficialCalendarImportService, ScheduleInput } from '../src/sla/official-calendar-import.service';
import { SlaModule } from '../src/sla/sla.module';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run calendar:import -- <schedule.json>\n');
    return 2;
  }
  const input = JSON.parse(readFileSync(file, 'utf8')) as ScheduleInput;
  const config = loadConfig();
  await prepareDatabase(config.DATABASE_URL);

  @Module({ imports: [...coreImports(config), SlaModule, AuditModule] })
  class CalendarImportModule {}

  const app = await NestFactory.createApplicationContext(CalendarImportModule, { logger: ['error', 'warn'] });
  try {
    const result = await app.get(OfficialCalendarImportService).importSchedule(input, input.source ?? `file ${basename(file)}`);
    // An import from the command line is an administrative act like one through the API: the operator's login names who.
    await app.get(AuditService).record(
      {
        actor: { kind: 'operator', id: userInfo().username.slice(0, 64), unitId: null },
        address: hostname().slice(0, 64),
        requestId: null,
      },
      {
        operation: 'officialCalendar.import',
        category: 'calendars',
        targetType: 'official_calendar_year',
        targetId: String(input.year),
        after: result,
        detail: { via: 'npm run calendar:import', file: basename(file) },
      },
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    process.stderr.write(`${err.code}: ${err.message}\n${JSON.stringify(err.extra, null, 2)}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
