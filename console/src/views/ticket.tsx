/**
 * One ticket: its fields, its stages with their deadlines (time left counting live), its event
 * timeline, and the urge a supervising centre may send.
 */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { api, problemCode, type Schemas } from '../api';
import { t, term } from '../i18n';
import { href } from '../router';
import { formatDuration, formatInstant, remainingMs } from '../time';
import { unitName } from '../units';

type Ticket = Schemas['TicketView'];
type History = Schemas['TicketHistory'];

function Urge({ id, onDone }: { id: string; onDone: () => void }) {
  const note = useSignal(t('ticket.urgeDefault'));
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const submit = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    busy.value = true;
    const { data, error: problem } = await api.POST('/api/v1/tickets/{id}/urge', { params: { path: { id } }, body: { note: note.value } });
    busy.value = false;
    if (!data) {
      error.value = `${t('error.generic')} (${problemCode(problem)})`;
      return;
    }
    error.value = null;
    onDone();
  };
  return (
    <form class="action" onSubmit={(e) => void submit(e)} data-testid="urge-form">
      <label>
        {t('ticket.urgeNote')}
        <input name="note" required maxLength={2000} value={note} onInput={(e) => (note.value = e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={busy.value} data-testid="action-urge">
        {t('ticket.urge')}
      </button>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </form>
  );
}

export function TicketView({ id }: { id: string }) {
  const ticket = useSignal<Ticket | null>(null);
  const history = useSignal<History | null>(null);
  const error = useSignal<string | null>(null);

  const load = async () => {
    const [tk, h] = await Promise.all([
      api.GET('/api/v1/tickets/{id}', { params: { path: { id } } }),
      api.GET('/api/v1/tickets/{id}/events', { params: { path: { id } } }),
    ]);
    if (!tk.data || !h.data) {
      const code = problemCode(tk.error ?? h.error);
      error.value = code === 'NOT_FOUND' ? t('error.notFound') : `${t('error.generic')} (${code})`;
      return;
    }
    ticket.value = tk.data;
    history.value = h.data;
  };
  useEffect(() => {
    ticket.value = null;
    error.value = null;
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
        <dd>
          {tk.customerName} {tk.customerPhone}
        </dd>
        <dt>{t('queue.owner')}</dt>
        <dd>{unitName(tk.ownerUnitId)}</dd>
        <dt>{t('queue.level')}</dt>
        <dd>{term('level', tk.level)}</dd>
        <dt>{t('queue.channel')}</dt>
        <dd>{term('channel', tk.channel)}</dd>
        <dt>{t('ticket.filedAt')}</dt>
        <dd>{formatInstant(tk.filedAt)}</dd>
      </dl>
      <h2>{t('ticket.actions')}</h2>
      <Urge id={tk.id} onDone={() => void load()} />
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
