// The narrative rules (one module each).
import type { Rule } from './rule.js';
import nShare from './narrative/share.js';
import nBreakdown from './narrative/breakdown.js';
import nYoy from './narrative/yoy.js';
import nReasons from './narrative/reasons.js';
import nTableSum from './narrative/table-sum.js';
import nCompletion from './narrative/completion.js';
import nTypo from './narrative/typos.js';
import nUnitMissing from './narrative/unit-missing.js';
import nStaleYear from './narrative/stale-year.js';
import nClassName from './narrative/class-name.js';
import nChart from './narrative/chart.js';
import nWorkbook from './narrative/workbook.js';
import nRestated from './narrative/restated.js';
import nPlaceholder from './narrative/placeholder.js';
import nAttachedTable from './narrative/attached-table.js';
import nDirection from './narrative/direction.js';

/** Narrative rules in run order: the specific ones first, so that n-restated and n-workbook skip what they flagged. */
export const NARRATIVE_RULES: Rule[] = [nShare, nBreakdown, nYoy, nReasons, nTableSum, nCompletion, nDirection, nTypo, nUnitMissing, nStaleYear, nClassName, nChart, nWorkbook, nRestated, nPlaceholder, nAttachedTable];
