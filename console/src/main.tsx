import { render } from 'preact';
import './styles.css';
import { App } from './app';
import { lang } from './i18n';
import { loadSession } from './session';

document.documentElement.lang = lang.value === 'en' ? 'en' : 'zh-CN';
render(<App />, document.getElementById('app')!);
void loadSession();
