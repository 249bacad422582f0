/**
 * The dashboard (loaded on demand, with the chart library, so the first load stays small): the
 * standard's KPIs against their targets by month and by unit (GET /api/v1/kpis with period=month, and
 * groupBy=owner_unit), hot issues and province spikes (GET /api/v1/kpis/hot-issues). Every chart has
 * a table view (a real <table> with a caption) whose figures are the API's, and every count drills
 * down to the tickets behind it (GET /api/v1/tickets with the same window and unit).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { api, problemCode, type Schemas } from '../api';
import { formatCount, t } from '../i18n';
import { href } from '../router';
import { formatInstant } from '../time';
import { unitName } from '../units';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

type Report = Schemas['KpiReport'];
type Row = Schemas['KpiRow'];
type Hot = Schemas['HotIssuesReport'];
type Ticket = Schemas['TicketView'];

/** The KPIs the standard sets a target for, charted against it. */
const KPIS = ['onTimeClosureRate', 'satisfactionRate', 'escalatedResolutionRate', 'firstContactResolutionRate'] as const;
type Kpi = (typeof KPIS)[number];

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

function KpiChart({ labels, rows, kpi, onPick }: { labels: string[]; rows: Row[]; kpi: Kpi; onPick: (row: Row) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const target = rows.find((r) => r[kpi].target !== null)?.[kpi].target ?? null;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { type: 'bar', label: t('dash.value'), data: rows.map((r) => r[kpi].value), backgroundColor: '#5b8fd6' },
          ...(target === null
            ? []
            : [{ type: 'line' as const, label: t('dash.target'), data: rows.map(() => target), borderColor: '#c0312b', pointRadius: 0 }]),
        ],
      },
      options: {
        animation: false,
        scales: { y: { min: 0, max: 1 } },
        plugins: { legend: { position: 'bottom' } },
        // A bar drills down like its count in the table view.
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit) onPick(rows[hit.index]);
        },
      },
    });
    return () => chart.destroy();
  }, [labels.join('|'), kpi, rows]);
  return <canvas ref={canvas} role="img" aria-label={t(`kpi.${kpi}`)} />;
}

/** One KPI per row of the API's report: the chart, and its table view with the same figures. */
function KpiPanel(props: { title: string; report: Report; by: 'period' | 'group'; onDrill: (row: Row) => void; testid: string }) {
  const kpi = useSignal<Kpi>('onTimeClosureRate');
  const table = useSignal(false);
  const rows = props.report.rows;
  const label = (r: Row) => (props.by === 'period' ? (r.period ?? '—') : unitName(r.group));
  return (
    <section class="chart-box" data-testid={props.testid}>
      <h2>{props.title}</h2>
      <label>
        {t('dash.kpi')}{' '}
        <select value={kpi.value} onChange={(e) => (kpi.value = e.currentTarget.value as Kpi)}>
          {KPIS.map((k) => (
            <option key={k} value={k}>
              {t(`kpi.${k}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" class="link" onClick={() => (table.value = !table.value)} data-testid={`${props.testid}-toggle`}>
        {table.value ? t('dash.chart') : t('dash.table')}
      </button>
      {!table.value && <KpiChart labels={rows.map(label)} rows={rows} kpi={kpi.value} onPick={props.onDrill} />}
      <table class={table.value ? 'grid' : 'grid sr-only'} data-testid={`${props.testid}-table`}>
        <caption>
          {props.title} · {t(`kpi.${kpi.value}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{props.by === 'period' ? t('dash.period') : t('dash.group')}</th>
            <th scope="col">{t('dash.value')}</th>
            <th scope="col">{t('dash.target')}</th>
            <th scope="col">{t('dash.tickets')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const v = r[kpi.value];
            return (
              <tr key={`${r.period}|${r.group}`} data-period={r.period ?? ''} data-group={r.group ?? ''}>
                <th scope="row">{label(r)}</th>
                <td data-kpi={kpi.value} data-value={v.value ?? ''} data-numerator={v.numerator} data-denominator={v.denominator}>
                  {pct(v.value)} ({v.numerator}/{v.denominator})
                </td>
                <td>{pct(v.target)}</td>
                <td>
                  <button type="button" class="link" data-testid="drill" data-count={r.ticketsFiled} onClick={() => props.onDrill(r)}>
                    {formatCount(r.ticketsFiled)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** A period's window: `2026-11-01` → [that day, the next month) in Beijing time. */
function monthWindow(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number);
  const from = new Date(`${period}T00:00:00+08:00`);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: from.toISOString(), to: new Date(`${next}T00:00:00+08:00`).toISOString() };
}

export function DashboardView() {
  const now = new Date();
  const from = useSignal(new Date(`${now.getUTCFullYear()}-01-01T00:00:00+08:00`).toISOString());
  const to = useSignal(new Date(now.getTime() + 86_400_000).toISOString());
  const byMonth = useSignal<Report | null>(null);
  const byUnit = useSignal<Report | null>(null);
  const hot = useSignal<Hot | null>(null);
  const drilled = useSignal<{ title: string; tickets: Ticket[] } | null>(null);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    const window = { from: from.value, to: to.value };
    void Promise.all([
      api.GET('/api/v1/kpis', { params: { query: { ...window, period: 'month' } } }),
      api.GET('/api/v1/kpis', { params: { query: { ...window, groupBy: 'owner_unit' } } }),
      api.GET('/api/v1/kpis/hot-issues', { params: { query: { ...window, limit: 20 } } }),
    ]).then(([m, u, h]) => {
      if (!m.data || !u.data || !h.data) {
        error.value = `${t('error.generic')} (${problemCode(m.error ?? u.error ?? h.error)})`;
        return;
      }
      byMonth.value = m.data;
      byUnit.value = u.data;
      hot.value = h.data;
    });
  }, [from.value, to.value]);

  /** The tickets behind a row's count: filed in its month (or the window), owned in its unit's subtree. */
  const drill = async (row: Row, title: string) => {
    const window = row.period ? monthWindow(row.period) : { from: from.value, to: to.value };
    const { data } = await api.GET('/api/v1/tickets', {
      params: { query: { createdFrom: window.from, createdTo: window.to, ownerUnitId: row.group ?? undefined, limit: 200 } },
    });
    drilled.value = { title, tickets: data?.items ?? [] };
  };

  if (error.value)
    return (
      <p class="error" role="alert">
        {error.value}
      </p>
    );
  const h = hot.value;
  return (
    <section data-testid="dashboard" data-from={from.value} data-to={to.value}>
      <p class="muted">
        {formatInstant(from.value)} — {formatInstant(to.value)}
      </p>
      {byMonth.value && (
        <KpiPanel
          title={t('dash.byMonth')}
          report={byMonth.value}
          by="period"
          testid="kpi-month"
          onDrill={(r) => void drill(r, r.period ?? '')}
        />
      )}
      {byUnit.value && (
        <KpiPanel
          title={t('dash.byUnit')}
          report={byUnit.value}
          by="group"
          testid="kpi-unit"
          onDrill={(r) => void drill(r, unitName(r.group))}
        />
      )}
      {drilled.value && (
        <table class="grid" data-testid="drill-list">
          <caption>
            {drilled.value.title} · {formatCount(drilled.value.tickets.length)}
          </caption>
          <tbody>
            {drilled.value.tickets.map((tk) => (
              <tr key={tk.id} data-ticket-id={tk.id}>
                <td>
                  <a href={href(`/tickets/${tk.id}`)}>{tk.number}</a>
                </td>
                <td>{tk.subject}</td>
                <td>{unitName(tk.ownerUnitId)}</td>
                <td>{formatInstant(tk.filedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {h && (
        <section class="chart-box" data-testid="hot-issues">
          <table class="grid">
            <caption>{t('dash.hotIssues')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.category')}</th>
                <th scope="col">nature</th>
                <th scope="col">{t('dash.count')}</th>
              </tr>
            </thead>
            <tbody>
              {h.issues.map((i) => (
                <tr key={`${i.businessType}|${i.nature}`}>
                  <td>{i.businessType}</td>
                  <td>{i.nature}</td>
                  <td data-value={i.count}>{formatCount(i.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="grid">
            <caption>{t('dash.spikes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('filter.province')}</th>
                <th scope="col">{t('queue.category')}</th>
                <th scope="col">nature</th>
                <th scope="col">{t('dash.last24h')}</th>
                <th scope="col">{t('dash.dailyAverage')}</th>
              </tr>
            </thead>
            <tbody>
              {h.spikes.map((s) => (
                <tr key={`${s.provinceId}|${s.businessType}|${s.nature}`}>
                  <td>{s.provinceCode}</td>
                  <td>{s.businessType}</td>
                  <td>{s.nature}</td>
                  <td>{formatCount(s.last24h)}</td>
                  <td>{s.dailyAverage.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
