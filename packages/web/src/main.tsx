import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
// The shared look, in cascade order; each feature imports its own stylesheet beside its screens.
import './ui/styles/base.css';
import './ui/styles/shell.css';
import './ui/styles/nav.css';
import './ui/styles/lists.css';
import './ui/styles/forms.css';
import './ui/styles/controls.css';
import './ui/styles/records.css';
import './ui/styles/tables.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
