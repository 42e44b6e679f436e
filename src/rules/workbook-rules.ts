// The workbook rules, in report order (one module each). Apart from the narrative rules so that
// fa-render, which checks only the workbook, loads none of the narrative code.
import type { Rule } from './rule.js';
import t01IncomeTotal from './table/t01-income-total.js';
import t01ExpenseTotal from './table/t01-expense-total.js';
import t01GrandTotals from './table/t01-grand-totals.js';
import t01Balance from './table/t01-balance.js';
import t02RowSum from './table/t02-row-sum.js';
import t03RowSum from './table/t03-row-sum.js';
import t04RowSum from './table/t04-row-sum.js';
import t04IncomeTotal from './table/t04-income-total.js';
import t04ExpenseTotal from './table/t04-expense-total.js';
import t04GrandTotals from './table/t04-grand-totals.js';
import t04FundBalance from './table/t04-fund-balance.js';
import t05RowSum from './table/t05-row-sum.js';
import hierarchy from './table/hierarchy.js';
import t06ClassSum from './table/t06-class-sum.js';
import t06PersonnelPublic from './table/t06-personnel-public.js';
import t07Sum from './table/t07-sum.js';
import fundBalance from './table/fund-balance.js';
import xT01T02 from './cross/t01-t02-income.js';
import xT01T03 from './cross/t01-t03-expense.js';
import xT01T04 from './cross/t01-t04-income.js';
import xT04T02 from './cross/t04-t02-fiscal.js';
import xT04T05 from './cross/t04-t05-general.js';
import xT04Funds from './cross/t04-funds.js';
import xT05T06 from './cross/t05-t06-basic.js';
import xT05T03 from './cross/t05-within-t03.js';
import xT04T01 from './cross/t04-balances-within-t01.js';
import xT06T07 from './cross/t06-within-t07.js';
import negativeAmount from './sanity/negative-amount.js';
import codeName from './sanity/code-name.js';
import unknownCode from './sanity/unknown-code.js';
import duplicateCode from './sanity/duplicate-code.js';
import orphanCode from './sanity/orphan-code.js';
import yoyClass from './prior/yoy-class.js';
import yoyChange from './prior/yoy-change.js';

export const WORKBOOK_RULES: Rule[] = [
  t01IncomeTotal,
  t01ExpenseTotal,
  t01GrandTotals,
  t01Balance,
  t02RowSum,
  t03RowSum,
  t04RowSum,
  t04IncomeTotal,
  t04ExpenseTotal,
  t04GrandTotals,
  t04FundBalance,
  t05RowSum,
  hierarchy,
  t06ClassSum,
  t06PersonnelPublic,
  t07Sum,
  fundBalance,
  xT01T02,
  xT01T03,
  xT01T04,
  xT04T02,
  xT04T05,
  xT04Funds,
  xT05T06,
  xT05T03,
  xT04T01,
  xT06T07,
  negativeAmount,
  codeName,
  unknownCode,
  duplicateCode,
  orphanCode,
  yoyClass,
  yoyChange,
];
