/**
 * One ticket: its fields (customer data masked, revealed on request to those who may, which the API
 * audits), its stages on a time axis with each deadline and its 90 % mark, why each deadline falls where
 * it does, the participants, the event timeline, and a form for each action the API lists for the
 * caller now (GET /tickets/{id}/actions) — checked as the API checks, refusals shown as the API words them.
 */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { api, problemCode, type Schemas } from '../api';
import { t, term } from '../i18n';
import { href } from '../router';
import { session } from '../session';
import { formatDuration, formatInstant, remainingMs } from '../time';
import { unitName } from '../units';

type Ticket = Schemas['TicketView'];
type History = Schemas['TicketHistory'];
type Action = Schemas['TicketAction'];
type Field = Schemas['ActionField'];
type StageDeadline = Schemas['StageDeadline'];

/** The last segment of the policy key: `tickets.urge` → `urge` (also the test id of its button). */
const nameOf = (a: Action) => a.operation.replace(/^tickets\./, '') + (a.unitId ? `-${a.unitId.slice(0, 8)}` : '');

function problemText(error: unknown): string {
  if (error && typeof error === 'object') {
    const p = error as { detail?: string; title?: string; errors?: { field: string; messages: string[] }[] };
    const fields = (p.errors ?? []).map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ');
    return `${p.detail ?? p.title ?? t('error.generic')} (${problemCode(error)})${fields ? ` — ${fields}` : ''}`;
  }
  return `${t('error.generic')} (${problemCode(error)})`;
}

/** What the API's validation would say about a value, before sending it. */
function invalid(field: Field, value: string): string | null {
  if (value === '') return field.required ? t('ticket.required') : null;
  if (field.minLength !== undefined && value.length < field.minLength) return t('ticket.required');
  if (field.maxLength !== undefined && value.length > field.maxLength) return t('ticket.tooLong');
  return null;
}

function FieldInput({ field, value, onInput }: { field: Field; value: string; onInput: (v: string) => void }) {
  const common = { name: field.name, required: field.required, value };
  if (field.kind === 'choice') {
    return (
      <select {...common} onChange={(e) => onInput(e.currentTarget.value)}>
        {!field.required && <option value="">—</option>}
        {(field.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'instant') return <input {...common} type="datetime-local" onInput={(e) => onInput(e.currentTarget.value)} />;
  if (field.kind === 'date') return <input {...common} type="date" onInput={(e) => onInput(e.currentTarget.value)} />;
  const long = (field.maxLength ?? 0) > 4000;
  return long ? (
    <textarea {...common} maxLength={field.maxLength} onInput={(e) => onInput(e.currentTarget.value)} />
  ) : (
    <input {...common} maxLength={field.maxLength} onInput={(e) => onInput(e.currentTarget.value)} />
  );
}

/** A datetime-local value is Beijing time; the API wants an instant. */
function toBody(fields: Field[], values: Record<string, string>): Record<string, string> {
  const body: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name] ?? '';
    if (v === '') continue;
    body[f.name] = f.kind === 'instant' ? new Date(`${v}:00+08:00`).toISOString() : v;
  }
  return body;
}

function ActionForm({ ticketId, action, onDone }: { ticketId: string; action: Action; onDone: () => void }) {
  const initial = Object.fromEntries(
    action.fields.map((f) => [
      f.name,
      f.kind === 'choice' && f.required ? (f.options?.[0] ?? '') : f.name === 'note' ? t('ticket.urgeDefault') : '',
    ]),
  );
  const values = useSignal<Record<string, string>>(initial);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const name = nameOf(action);
  const submit = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const wrong = action.fields.map((f) => [f.name, invalid(f, values.value[f.name] ?? '')] as const).filter(([, m]) => m);
    if (wrong.length) {
      error.value = wrong.map(([f, m]) => `${f}: ${m}`).join('; ');
      return;
    }
    busy.value = true;
    // The client's route for the path the API named: the ticket (and co-handling unit) back as parameters.
    const template = action.path.replace(ticketId, '{id}').replace(action.unitId ?? '{unitId}', '{unitId}');
    const post = api.POST as unknown as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown }>;
    const res = await post(template, {
      params: { path: { id: ticketId, unitId: action.unitId } },
      body: toBody(action.fields, values.value),
    });
    busy.value = false;
    if (res.error !== undefined || res.data === undefined) {
      error.value = problemText(res.error);
      return;
    }
    error.value = null;
    onDone();
  };
  return (
    <form class="action" noValidate onSubmit={(e) => void submit(e)} data-testid={`${name}-form`} data-operation={action.operation}>
      <strong>{term('op', action.operation)}</strong>
      {action.fields.map((f) => (
        <label key={f.name}>
          {f.name}
          {f.required ? ' *' : ''}
          <FieldInput field={f} value={values.value[f.name] ?? ''} onInput={(v) => (values.value = { ...values.value, [f.name]: v })} />
        </label>
      ))}
      <button type="submit" disabled={busy.value} data-testid={`action-${name}`}>
        {action.operation === 'tickets.urge' ? t('ticket.urge') : t('ticket.submit')}
      </button>
      {error.value && (
        <p class="error" role="alert" data-testid={`error-${name}`}>
          {error.value}
        </p>
      )}
    </form>
  );
}

const AXIS = { width: 900, row: 22, left: 110, right: 10 };

/** Stages as bars from start to end (or now), with the due instant and the 90 % warning marked. SVG attributes only: no inline style. */
function StageAxis({ stages }: { stages: StageDeadline[] }) {
  if (stages.length === 0) return null;
  const end = (s: StageDeadline) => new Date(s.completedAt ?? new Date(Date.now()).toISOString()).getTime();
  const t0 = Math.min(...stages.map((s) => new Date(s.startedAt).getTime()));
  const t1 = Math.max(...stages.map((s) => Math.max(end(s), new Date(s.dueAt).getTime())));
  const span = Math.max(1, t1 - t0);
  const x = (ms: number) => AXIS.left + ((ms - t0) / span) * (AXIS.width - AXIS.left - AXIS.right);
  const height = stages.length * AXIS.row + 24;
  return (
    <svg class="axis" viewBox={`0 0 ${AXIS.width} ${height}`} role="img" aria-label={t('ticket.axis')} data-testid="stage-axis">
      {stages.map((s, i) => {
        const y = i * AXIS.row + 4;
        const start = new Date(s.startedAt).getTime();
        const late = s.breachedAt !== null;
        return (
          <g key={s.id} data-stage={s.kind}>
            <text x={4} y={y + 13} class="axis-label">
              {term('stageKind', s.kind)}
            </text>
            <rect x={x(start)} y={y} width={Math.max(2, x(end(s)) - x(start))} height={16} class={late ? 'bar-late' : `bar-${s.status}`} />
            <line x1={x(new Date(s.warnAt).getTime())} x2={x(new Date(s.warnAt).getTime())} y1={y - 2} y2={y + 18} class="mark-warn">
              <title>{`${t('ticket.warnMark')} ${formatInstant(s.warnAt)}`}</title>
            </line>
            <line x1={x(new Date(s.dueAt).getTime())} x2={x(new Date(s.dueAt).getTime())} y1={y - 2} y2={y + 18} class="mark-due">
              <title>{`${t('queue.due')} ${formatInstant(s.dueAt)}`}</title>
            </line>
          </g>
        );
      })}
      <text x={AXIS.left} y={height - 4} class="axis-label">
        {formatInstant(new Date(t0))}
      </text>
      <text x={AXIS.width - AXIS.right} y={height - 4} class="axis-label end">
        {formatInstant(new Date(t1))}
      </text>
    </svg>
  );
}

function Why({ stages }: { stages: StageDeadline[] }) {
  const days = (list: { date: string; reason: string }[]) => list.map((d) => `${d.date} ${term('day', d.reason)}`).join('、') || '—';
  return (
    <table class="grid" data-testid="deadline-why">
      <caption>{t('ticket.why')}</caption>
      <thead>
        <tr>
          <th>{t('queue.stage')}</th>
          <th>{t('ticket.start')}</th>
          <th>{t('ticket.limit')}</th>
          <th>{t('ticket.counted')}</th>
          <th>{t('ticket.skipped')}</th>
          <th>{t('ticket.madeUp')}</th>
          <th>{t('ticket.warnAt')}</th>
          <th>{t('queue.due')}</th>
        </tr>
      </thead>
      <tbody>
        {stages.map((s) => {
          const e = s.explanation;
          return (
            <tr key={s.id} data-stage={s.kind}>
              <td>{term('stageKind', s.kind)}</td>
              <td>{formatInstant(s.startedAt)}</td>
              <td title={s.basis}>
                {e.limit.value} {term('unit', e.limit.unit)}
              </td>
              <td>
                {Math.round(e.counted * 100) / 100} {term('unit', e.limit.unit)}
              </td>
              <td>{days(e.skippedDays)}</td>
              <td>{days(e.madeUpDays)}</td>
              <td>
                {formatInstant(s.warnAt)} ({Math.round(e.warnRatio * 100)} %)
              </td>
              <td>{formatInstant(s.dueAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TicketView({ id }: { id: string }) {
  const ticket = useSignal<Ticket | null>(null);
  const history = useSignal<History | null>(null);
  const actions = useSignal<Action[]>([]);
  const deadlines = useSignal<StageDeadline[]>([]);
  const reveal = useSignal(false);
  const error = useSignal<string | null>(null);

  const load = async () => {
    const [tk, h, a, d] = await Promise.all([
      api.GET('/api/v1/tickets/{id}', { params: { path: { id }, query: reveal.value ? { reveal: 'true' } : {} } }),
      api.GET('/api/v1/tickets/{id}/events', { params: { path: { id } } }),
      api.GET('/api/v1/tickets/{id}/actions', { params: { path: { id } } }),
      api.GET('/api/v1/tickets/{id}/deadlines', { params: { path: { id } } }),
    ]);
    if (!tk.data || !h.data) {
      const code = problemCode(tk.error ?? h.error);
      error.value = code === 'NOT_FOUND' ? t('error.notFound') : `${t('error.generic')} (${code})`;
      return;
    }
    ticket.value = tk.data;
    history.value = h.data;
    actions.value = a.data?.actions ?? [];
    deadlines.value = d.data?.stages ?? [];
  };
  useEffect(() => {
    ticket.value = null;
    error.value = null;
    reveal.value = false;
    void load();
  }, [id]);

  if (error.value) {
    return (
      <section>
        <p class="error" role="alert" data-testid="ticket-error">
          {error.value}
        </p>
        <a href={href('/queues')}>{t('ticket.back')}</a>
      </section>
    );
  }
  const tk = ticket.value;
  const h = history.value;
  if (!tk || !h) return <p class="muted">{t('loading')}</p>;
  const me = session.value.kind === 'signedIn' ? session.value.me : null;
  // Unmasked personal data is for centre staff (the API refuses anyone else, and records every reveal).
  const mayReveal = me !== null && (me.tier === 'national' || me.tier === 'provincial');
  const cohandlers = [...new Set(h.stages.filter((s) => s.kind === 'cohandling').map((s) => s.ownerUnitId))];
  const participants = [...new Set([tk.reviewUnitId, tk.dispatcherUnitId, tk.leadUnitId, ...h.stages.map((s) => s.ownerUnitId)])].filter(
    (u): u is string => !!u,
  );
  return (
    <section class="ticket" data-testid="ticket" data-ticket-id={tk.id}>
      <a href={href('/queues')}>{t('ticket.back')}</a>
      <h1>
        {tk.number} <span class="badge">{term('status', tk.status)}</span>
      </h1>
      <dl class="facts">
        <dt>{t('ticket.subject')}</dt>
        <dd>{tk.subject}</dd>
        <dt>{t('ticket.description')}</dt>
        <dd>{tk.description}</dd>
        <dt>{t('ticket.customer')}</dt>
        <dd data-testid="customer">
          {tk.customerName} {tk.customerPhone} {tk.piiMasked && <span class="muted">({t('ticket.masked')})</span>}
          {tk.piiMasked && mayReveal && (
            <button
              type="button"
              class="link"
              data-testid="reveal"
              onClick={() => {
                reveal.value = true;
                void load();
              }}
            >
              {t('ticket.reveal')}
            </button>
          )}
        </dd>
        <dt>{t('queue.owner')}</dt>
        <dd>{unitName(tk.ownerUnitId)}</dd>
        <dt>{t('queue.level')}</dt>
        <dd>{term('level', tk.level)}</dd>
        <dt>{t('queue.channel')}</dt>
        <dd>{term('channel', tk.channel)}</dd>
        <dt>{t('ticket.filedAt')}</dt>
        <dd>{formatInstant(tk.filedAt)}</dd>
        <dt>{t('ticket.participants')}</dt>
        <dd data-testid="participants">{participants.map((u) => unitName(u)).join('、')}</dd>
        <dt>{t('ticket.cohandlers')}</dt>
        <dd>{cohandlers.map((u) => unitName(u)).join('、') || '—'}</dd>
      </dl>
      <h2>{t('ticket.actions')}</h2>
      <div class="actions" data-testid="actions">
        {actions.value.length === 0 && <p class="muted">{t('ticket.noActions')}</p>}
        {actions.value.map((a) => (
          <ActionForm key={a.path} ticketId={tk.id} action={a} onDone={() => void load()} />
        ))}
      </div>
      <h2>{t('ticket.axis')}</h2>
      <StageAxis stages={deadlines.value} />
      <Why stages={deadlines.value} />
      <h2>{t('ticket.stages')}</h2>
      <table class="grid" data-testid="stages">
        <thead>
          <tr>
            <th>{t('queue.stage')}</th>
            <th>{t('queue.owner')}</th>
            <th>{t('queue.status')}</th>
            <th>{t('queue.due')}</th>
            <th>{t('queue.remaining')}</th>
          </tr>
        </thead>
        <tbody>
          {h.stages.map((s) => (
            <tr key={s.id}>
              <td>{term('stageKind', s.kind)}</td>
              <td>{unitName(s.ownerUnitId)}</td>
              <td>{term('stage', s.status)}</td>
              <td>{formatInstant(s.dueAt)}</td>
              <td>
                {s.status !== 'open' ? (
                  '—'
                ) : remainingMs(s.dueAt) >= 0 ? (
                  formatDuration(remainingMs(s.dueAt))
                ) : (
                  <span class="overdue">
                    {t('queue.overdueBy')} {formatDuration(remainingMs(s.dueAt))}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('ticket.timeline')}</h2>
      <ol class="timeline" data-testid="timeline">
        {[...h.events].reverse().map((e) => (
          <li key={e.id} data-event-type={e.type}>
            <time dateTime={e.at}>{formatInstant(e.at)}</time> <strong>{term('event', e.type)}</strong>
            {e.actorUnitId && <span class="muted"> · {unitName(e.actorUnitId)}</span>}
            {e.reason && <span> · {e.reason}</span>}
            {typeof e.data.note === 'string' && e.data.note !== e.reason && <span> · {e.data.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
