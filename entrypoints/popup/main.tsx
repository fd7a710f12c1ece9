import { PageI18n } from '@/components/PageI18n';
import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <PageI18n>
    <App />
  </PageI18n>,
);
