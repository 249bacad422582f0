import { addMonths, detachBefore, monthOf, parseRetention, partitionMonth, partitionName, RETENTION_PATTERN } from './partitioned-tables';

describe('partition months', () => {
  it('names the month of an instant in UTC, whatever the local zone', () => {
    expect(monthOf(new Date('2026-11-30T23:59:59.999Z'))).toBe('2026-11-01');
    expect(monthOf(new Date('2026-12-01T00:00:00.000Z'))).toBe('2026-12-01');
    expect(monthOf(new Date('2026-11-30T16:30:00.000-08:00'))).toBe('2026-12-01');
  });

  it('steps across years both ways', () => {
    expect(addMonths('2026-11-01', 3)).toBe('2027-02-01');
    expect(addMonths('2026-01-01', -1)).toBe('2025-12-01');
    expect(addMonths('2026-03-01', -14)).toBe('2025-01-01');
  });

  it('names partitions as the migration does and reads their month back', () => {
    expect(partitionName('outbox', '2026-09-01')).toBe('outbox_p202609');
    expect(partitionMonth('outbox', 'outbox_p202609')).toBe('2026-09-01');
    expect(partitionMonth('outbox', 'outbox_default')).toBeNull();
    expect(partitionMonth('audit_events', 'outbox_p202609')).toBeNull();
  });

  it('keeps the current month and `retention` months before it', () => {
    expect(detachBefore(new Date('2026-11-15T00:00:00Z'), 3)).toBe('2026-08-01');
    expect(detachBefore(new Date('2026-01-01T00:00:00Z'), 1)).toBe('2025-12-01');
  });

  it('reads the retention setting, and refuses unknown tables and zero months', () => {
    expect([...parseRetention(' outbox = 3, webhook_deliveries=12 ')]).toEqual([
      ['outbox', 3],
      ['webhook_deliveries', 12],
    ]);
    expect(parseRetention('').size).toBe(0);
    for (const ok of ['', 'outbox=3', 'outbox=3,audit_events=120', ' pii_access_log = 24 ']) expect(RETENTION_PATTERN.test(ok)).toBe(true);
    for (const bad of ['tickets=3', 'outbox=0', 'outbox=', 'outbox=3,', 'outbox:3', 'outbox=1000'])
      expect(RETENTION_PATTERN.test(bad)).toBe(false);
  });
});
