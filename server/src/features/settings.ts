// Settings from `workspace/configuration` (section `factmark`), laid over the defaults; a value of
// the wrong type is ignored rather than trusted, since settings.json is hand-edited.
import { defaultSettings } from '../../../common/src/protocol';
import type { DiagnosticLevel, FactmarkSettings } from '../../../common/src/protocol';

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

export function mergeSettings(raw: unknown): FactmarkSettings {
  const r = isObject(raw) ? raw : {};
  const d = isObject(r['diagnostics']) ? r['diagnostics'] : {};
  const level = (v: unknown, fallback: DiagnosticLevel): DiagnosticLevel => (typeof v === 'string' && LEVELS.includes(v) ? (v as DiagnosticLevel) : fallback);
  return {
    include: Array.isArray(r['include']) && r['include'].every((g) => typeof g === 'string') ? (r['include'] as string[]) : defaultSettings.include,
    maxFileSizeKB: typeof r['maxFileSizeKB'] === 'number' && r['maxFileSizeKB'] > 0 ? r['maxFileSizeKB'] : defaultSettings.maxFileSizeKB,
    debounceMs: typeof r['debounceMs'] === 'number' && r['debounceMs'] >= 0 ? r['debounceMs'] : defaultSettings.debounceMs,
    referenceDate: typeof r['referenceDate'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r['referenceDate']) ? r['referenceDate'] : defaultSettings.referenceDate,
    diagnostics: {
      disputed: level(d['disputed'], defaultSettings.diagnostics.disputed),
      pending: level(d['pending'], defaultSettings.diagnostics.pending),
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
