/*
 * Ribbon commands. The Home-tab button opens the task pane (ShowTaskpane in manifest.xml) and needs
 * no code; this page is the manifest's FunctionFile, kept so later buttons can run functions.
 */
Office.onReady(() => {
  // Nothing to register yet.
});
