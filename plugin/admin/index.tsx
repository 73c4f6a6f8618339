/**
 * Settings → Retainer Agent. Built by `npm run build -w retainer-agent` (wp-scripts) into build/;
 * WordPress's own React, components and api-fetch are used (see build/index.asset.php).
 */
import { createRoot } from '@wordpress/element';
import { App } from './App';

const mount = document.getElementById('retainer-agent-root');
if (mount) {
  createRoot(mount).render(<App />);
}
