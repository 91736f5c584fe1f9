// Entry point of the renderers: one pure function per output format over a CheckResult.
import type { CheckResult } from '../result.js'
import { renderCodeQuality } from './codequality.js'
import { renderJson, type JsonOptions } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'

export type ReportFormat = 'text' | 'json' | 'markdown' | 'sarif' | 'codequality'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown', 'sarif', 'codequality']

/** Renders a result in one format with default options; the output is deterministic for equal results. */
export function render(format: ReportFormat, result: CheckResult, json: JsonOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(result)
    case 'json':
      return renderJson(result, json)
    case 'markdown':
      return renderMarkdown(result)
    case 'sarif':
      return renderSarif(result)
    case 'codequality':
      return renderCodeQuality(result)
  }
}

export { formatWorkflowCommand, planAnnotations } from './annotations.js'
export type { Annotation, AnnotationPlan } from './annotations.js'
export {
  escapeHtml,
  escapeHtmlText,
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  escapeTextLine,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  neutraliseMentions,
} from './escape.js'
export { codeQualityIssues, renderCodeQuality, CODE_QUALITY_SEVERITY } from './codequality.js'
export type { CodeQualityIssue, CodeQualitySeverity } from './codequality.js'
export { renderJson } from './json.js'
export type { JsonOptions } from './json.js'
export { renderMarkdown } from './markdown.js'
export type { MarkdownOptions } from './markdown.js'
export { renderSarif } from './sarif.js'
export type { SarifOptions } from './sarif.js'
export { renderText } from './text.js'
