import { render } from 'preact';
import { documentLanguage, t } from '../../src/popup/i18n';
import { App } from './App';
import './style.css';

document.documentElement.lang = documentLanguage();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
