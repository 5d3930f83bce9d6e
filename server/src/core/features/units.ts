// Finds the analysis unit and XML node under a document offset, translating to the unit's own offsets.
import type { Analysis, AnalysisUnit } from '../analysis';

export interface UnitPosition {
  readonly unit: AnalysisUnit;
  /** The offset in the unit's text. */
  readonly offset: number;
}

/** The innermost unit (EAP inside a profile wins over the profile) whose root contains `offset`. */
export function unitAt(analysis: Analysis, documentOffset: number): UnitPosition | undefined {
  let best: UnitPosition | undefined;
  for (const unit of analysis.units) {
    const offset = unit.map.toVirtual(documentOffset);
    if (offset === undefined || offset < unit.root.start || offset > unit.root.end) continue;
    if (!best || unit.root.end - unit.root.start < best.unit.root.end - best.unit.root.start) best = { unit, offset };
  }
  return best;
}
