import { createRoot } from 'react-dom/client';
import { App } from './App';
import { canRun, officeSupports, TOO_OLD_TEXT, unavailableText } from '../render/office/requirements';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const supports = officeSupports();
  // Too old for the main job: a plain sentence instead of a pane that would fail.
  if (!canRun(supports)) {
    root.textContent = TOO_OLD_TEXT;
    return;
  }
  const missing = unavailableText(supports);
  createRoot(root).render(<App unavailable={missing} />);
});
