export { renderPlan, RenderError } from './renderPlan';
export type { RenderOptions, RenderReport } from './renderPlan';
export { payloadBytes, EXCEL_WEB_REQUEST_LIMIT, DEFAULT_REQUEST_BUDGET } from './payload';
