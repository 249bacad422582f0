/** The dashboard's chunk (with the chart library) is fetched when the dashboard is first opened, not with the first load. */
import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { t } from '../i18n';

const loaded = signal<FunctionComponent | null>(null);

export function LazyDashboard() {
  const View = loaded.value;
  if (View) return <View />;
  void import('./dashboard').then((m) => (loaded.value = m.DashboardView));
  return <p class="muted">{t('loading')}</p>;
}
