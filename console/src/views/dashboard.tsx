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
  type ChartData,
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
type Drilled = Schemas['KpiTicketsList'];
/** What a drill-down lists: the tickets filed, or one part of a KPI. */
type Measure = Kpi | 'ticketsFiled';
type Part = 'numerator' | 'denominator';

/** The KPIs the standard sets a target for, charted against it. */
const KPIS = ['onTimeClosureRate', 'satisfactionRate', 'escalatedResolutionRate', 'firstContactResolutionRate'] as const;
type Kpi = (typeof KPIS)[number];

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

/** One line or set of bars of a chart: figures from the API, null where there is none. */
type Series = { label: string; data: (number | null)[]; color: string; line?: boolean };

/**
 * A chart of the API's figures. The canvas carries them as drawn (data-chart: the labels and each
 * series), so a test can compare what the chart shows with the API and with the table view.
 */
function ChartCanvas(props: {
  type: 'bar' | 'line';
  labels: string[];
  series: Series[];
  label: string;
  max?: number;
  onPick?: (index: number) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const figures = JSON.stringify({ labels: props.labels, series: props.series.map((s) => ({ label: s.label, data: s.data })) });
  useEffect(() => {
    if (!canvas.current) return;
    const datasets = props.series.map((s) => ({
      type: s.line ? ('line' as const) : props.type,
      label: s.label,
      data: s.data,
      backgroundColor: s.color,
      borderColor: s.color,
      pointRadius: s.line && props.type === 'bar' ? 0 : 3,
    }));
    const chart = new Chart(canvas.current, {
      type: props.type,
      data: { labels: props.labels, datasets } as ChartData<'bar' | 'line'>,
      options: {
        animation: false,
        scales: { y: { min: 0, ...(props.max === undefined ? {} : { max: props.max }) } },
        plugins: { legend: { position: 'bottom' } },
        // A bar or point drills down like its figure in the table view.
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit && props.onPick) props.onPick(hit.index);
        },
      },
    });
    return () => chart.destroy();
  }, [figures]);
  return <canvas ref={canvas} role="img" aria-label={props.label} data-chart={figures} />;
}

function KpiChart({ labels, rows, kpi, onPick }: { labels: string[]; rows: Row[]; kpi: Kpi; onPick: (row: Row) => void }) {
  const target = rows.find((r) => r[kpi].target !== null)?.[kpi].target ?? null;
  const series: Series[] = [{ label: t('dash.value'), data: rows.map((r) => r[kpi].value), color: '#5b8fd6' }];
  if (target !== null) series.push({ label: t('dash.target'), data: rows.map(() => target), color: '#c0312b', line: true });
  return <ChartCanvas type="bar" labels={labels} series={series} label={t(`kpi.${kpi}`)} max={1} onPick={(i) => onPick(rows[i])} />;
}

/** One KPI per row of the API's report: the chart, and its table view with the same figures. */
function KpiPanel(props: {
  title: string;
  report: Report;
  by: 'period' | 'group';
  onDrill: (row: Row, measure: Measure, part: Part) => void;
  testid: string;
}) {
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
      {!table.value && (
        <KpiChart labels={rows.map(label)} rows={rows} kpi={kpi.value} onPick={(r) => props.onDrill(r, kpi.value, 'denominator')} />
      )}
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
                  {pct(v.value)} (
                  <button type="button" class="link" data-testid="drill-numerator" onClick={() => props.onDrill(r, kpi.value, 'numerator')}>
                    {v.numerator}
                  </button>
                  /
                  <button
                    type="button"
                    class="link"
                    data-testid="drill-denominator"
                    onClick={() => props.onDrill(r, kpi.value, 'denominator')}
                  >
                    {v.denominator}
                  </button>
                  )
                </td>
                <td>{pct(v.target)}</td>
                <td>
                  <button
                    type="button"
                    class="link"
                    data-testid="drill"
                    data-count={r.ticketsFiled}
                    onClick={() => props.onDrill(r, 'ticketsFiled', 'denominator')}
                  >
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

/** Lines drawn for the most frequent issues (the table view lists every issue the API returned). */
const CHARTED_ISSUES = 6;
const PALETTE = ['#5b8fd6', '#c0312b', '#2e9d5b', '#d68f1f', '#7b5bd6', '#1fa3b3'];
const issueKey = (i: { businessType: string; nature: string }) => `${i.businessType}|${i.nature}`;
const issueLabel = (i: { businessType: string; nature: string }) => `${i.businessType} · ${i.nature}`;

/**
 * Hot issues over time (GET /api/v1/kpis/hot-issues with period=month): the top issues' counts by month
 * as lines, and the province spikes of the last 24 h against their daily average as bars; each with its
 * table view (every listed issue, every month), the figures the API's.
 */
function HotIssuesPanel({ report }: { report: Hot }) {
  const table = useSignal(false);
  const months = [...new Set(report.series.map((p) => p.period))].sort();
  const counts = new Map(report.series.map((p) => [`${issueKey(p)}|${p.period}`, p.count]));
  const countOf = (i: Hot['issues'][number], month: string) => counts.get(`${issueKey(i)}|${month}`) ?? 0;
  const trend: Series[] = report.issues.slice(0, CHARTED_ISSUES).map((i, n) => ({
    label: issueLabel(i),
    data: months.map((m) => countOf(i, m)),
    color: PALETTE[n % PALETTE.length],
  }));
  const spikeLabels = report.spikes.map((s) => `${s.provinceCode} ${issueLabel(s)}`);
  const spikeSeries: Series[] = [
    { label: t('dash.last24h'), data: report.spikes.map((s) => s.last24h), color: '#c0312b' },
    { label: t('dash.dailyAverage'), data: report.spikes.map((s) => s.dailyAverage), color: '#5b8fd6' },
  ];
  return (
    <section class="chart-box" data-testid="hot-issues">
      <h2>{t('dash.hotIssues')}</h2>
      <button type="button" class="link" onClick={() => (table.value = !table.value)} data-testid="hot-issues-toggle">
        {table.value ? t('dash.chart') : t('dash.table')}
      </button>
      {!table.value && (
        <div data-testid="hot-trend-chart">
          <ChartCanvas type="line" labels={months} series={trend} label={t('dash.hotTrend')} />
        </div>
      )}
      <table class={table.value ? 'grid' : 'grid sr-only'} data-testid="hot-issues-table">
        <caption>{t('dash.hotTrend')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.category')}</th>
            <th scope="col">{t('dash.nature')}</th>
            <th scope="col">{t('dash.total')}</th>
            {months.map((m) => (
              <th scope="col" key={m}>
                {m.slice(0, 7)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.issues.map((i) => (
            <tr key={issueKey(i)} data-issue={issueKey(i)}>
              <th scope="row">{i.businessType}</th>
              <td>{i.nature}</td>
              <td data-total={i.count}>{formatCount(i.count)}</td>
              {months.map((m) => (
                <td key={m} data-period={m} data-value={countOf(i, m)}>
                  {formatCount(countOf(i, m))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('dash.spikes')}</h3>
      {report.spikes.length === 0 ? (
        <p class="muted" data-testid="no-spikes">
          {t('dash.noSpikes')}
        </p>
      ) : (
        !table.value && (
          <div data-testid="spikes-chart">
            <ChartCanvas type="bar" labels={spikeLabels} series={spikeSeries} label={t('dash.spikes')} />
          </div>
        )
      )}
      <table class={table.value ? 'grid' : 'grid sr-only'} data-testid="spikes-table">
        <caption>{t('dash.spikes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('filter.province')}</th>
            <th scope="col">{t('queue.category')}</th>
            <th scope="col">{t('dash.nature')}</th>
            <th scope="col">{t('dash.last24h')}</th>
            <th scope="col">{t('dash.dailyAverage')}</th>
          </tr>
        </thead>
        <tbody>
          {report.spikes.map((s) => (
            <tr key={`${s.provinceId}|${issueKey(s)}`}>
              <th scope="row">{s.provinceCode}</th>
              <td>{s.businessType}</td>
              <td>{s.nature}</td>
              <td data-value={s.last24h}>{formatCount(s.last24h)}</td>
              <td data-value={s.dailyAverage}>{s.dailyAverage.toFixed(1)}</td>
            </tr>
          ))}
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
  const drilled = useSignal<{ title: string; list: Drilled } | null>(null);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    const window = { from: from.value, to: to.value };
    void Promise.all([
      api.GET('/api/v1/kpis', { params: { query: { ...window, period: 'month' } } }),
      api.GET('/api/v1/kpis', { params: { query: { ...window, groupBy: 'owner_unit' } } }),
      api.GET('/api/v1/kpis/hot-issues', { params: { query: { ...window, limit: 20, period: 'month' } } }),
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

  /**
   * The tickets behind a row's figure (GET /api/v1/kpis/tickets): those one part of the KPI counts, in the
   * row's month within the window (or the whole window) and its unit, exactly as the report counted them.
   */
  const drill = async (row: Row, measure: Measure, part: Part, title: string) => {
    const month = row.period ? monthWindow(row.period) : null;
    const window = {
      from: month && month.from > from.value ? month.from : from.value,
      to: month && month.to < to.value ? month.to : to.value,
    };
    const group = row.group === null ? {} : { groupBy: 'owner_unit' as const, group: row.group };
    const { data, error: failed } = await api.GET('/api/v1/kpis/tickets', {
      params: { query: { ...window, ...group, measure, part, limit: 500 } },
    });
    if (!data) {
      error.value = `${t('error.generic')} (${problemCode(failed)})`;
      return;
    }
    const what = measure === 'ticketsFiled' ? t('dash.tickets') : `${t(`kpi.${measure}`)} · ${t(`dash.${part}`)}`;
    drilled.value = { title: `${title} · ${what}`, list: data };
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
          onDrill={(r, measure, part) => void drill(r, measure, part, r.period ?? '')}
        />
      )}
      {byUnit.value && (
        <KpiPanel
          title={t('dash.byUnit')}
          report={byUnit.value}
          by="group"
          testid="kpi-unit"
          onDrill={(r, measure, part) => void drill(r, measure, part, unitName(r.group))}
        />
      )}
      {drilled.value && (
        <table class="grid" data-testid="drill-list" data-total={drilled.value.list.total}>
          <caption>
            {drilled.value.title} · {formatCount(drilled.value.list.total)}
          </caption>
          <tbody>
            {drilled.value.list.items.map((tk) => (
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
      {h && <HotIssuesPanel report={h} />}
    </section>
  );
}
