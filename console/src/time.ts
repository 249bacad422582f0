/**
 * Time as the console shows it: every instant in Asia/Shanghai whatever the browser's zone, and a
 * `now` signal that ticks each second so remaining and overdue times count live.
 */
import { signal } from '@preact/signals';
import { lang, t } from './i18n';

export const TIME_ZONE = 'Asia/Shanghai';

export const now = signal(Date.now());
setInterval(() => (now.value = Date.now()), 1000);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-30 18:05:09` (24-hour, Beijing time). */
export function formatInstant(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const locale = lang.value === 'en' ? 'en-CA' : 'zh-CN';
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(locale, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A duration as `2天 3小时 4分 5秒` / `2d 3h 4m 5s`, leading zero units left out. */
export function formatDuration(ms: number): string {
  let s = Math.floor(Math.abs(ms) / 1000);
  const units: [number, 'duration.d' | 'duration.h' | 'duration.m' | 'duration.s'][] = [
    [86400, 'duration.d'],
    [3600, 'duration.h'],
    [60, 'duration.m'],
    [1, 'duration.s'],
  ];
  const out: string[] = [];
  for (const [size, key] of units) {
    const n = Math.floor(s / size);
    s -= n * size;
    if (n > 0 || out.length > 0 || size === 1) out.push(`${n}${t(key)}`);
  }
  return out.join(' ');
}

/** Milliseconds until `due` (negative once it passed), read from the ticking clock. */
export function remainingMs(due: string | Date): number {
  return new Date(due).getTime() - now.value;
}
