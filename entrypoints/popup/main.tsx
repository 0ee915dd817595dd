import { render } from 'preact';

render(<p>ReSIM</p>, document.getElementById('app')!);
