// The peer of the task pane for the first-paint benchmark: what Microsoft's React task-pane
// template (Office-Addin-TaskPane-React) renders — React 18, Fluent UI v9's FluentProvider, a
// header and a button — started the way the template starts it (after Office.onReady). Built by
// scripts/bench/pane.js with the add-in's own webpack production settings; never shipped.
import { createRoot } from 'react-dom/client';
import { App } from './App';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<App title="Contoso Task Pane Add-in" />);
});
