/** The shell: sign-in until a session exists, then the navigation bar and the view the hash names. */
import { t, setLang, lang } from './i18n';
import { route, href } from './router';
import { HOME, ROUTES } from './routes';
import { session, signOut } from './session';
import { ChangePassword, SignIn } from './views/sign-in';

function Header() {
  const s = session.value;
  const section = route.value.segments[0];
  return (
    <header class="bar">
      <span class="brand">{t('app.title')}</span>
      {s.kind === 'signedIn' && (
        <nav>
          {ROUTES.filter((r) => r.nav).map((r) => (
            <a key={r.section} href={href(`/${r.section}`)} class={section === r.section ? 'active' : undefined}>
              {t(r.nav!)}
            </a>
          ))}
        </nav>
      )}
      <span class="spacer" />
      {s.kind === 'signedIn' && (
        <span class="who" data-testid="who">
          {s.unitName ?? s.me.unitId} · {t(`role.${s.me.role}` as Parameters<typeof t>[0])}
        </span>
      )}
      <button type="button" class="link" onClick={() => setLang(lang.value === 'zh' ? 'en' : 'zh')} data-testid="lang">
        {t('lang.switch')}
      </button>
      {s.kind === 'signedIn' && (
        <button type="button" class="link" onClick={() => void signOut()} data-testid="sign-out">
          {t('nav.signOut')}
        </button>
      )}
    </header>
  );
}

function Body() {
  const s = session.value;
  switch (s.kind) {
    case 'loading':
      return <p class="muted">{t('loading')}</p>;
    case 'signedOut':
      return <SignIn />;
    case 'mustChangePassword':
      return <ChangePassword currentPassword={s.currentPassword} />;
    case 'signedIn': {
      const r = route.value;
      const view = ROUTES.find((v) => v.section === r.segments[0]);
      if (!view) {
        window.location.replace(href(HOME));
        return null;
      }
      return view.render(r);
    }
  }
}

export function App() {
  return (
    <>
      <Header />
      <main>
        <Body />
      </main>
    </>
  );
}
