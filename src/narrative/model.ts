// The narrative (部门决算说明) as the checker sees it: blocks of text in order, each in a section.
import type Big from 'big.js';

export interface ChartSeries {
  name: string;
  categories: string[];
  values: (Big | null)[];
}

export interface Chart {
  /** 1-based, in document order. */
  index: number;
  title: string;
  type: 'bar' | 'pie' | 'line' | 'other';
  series: ChartSeries[];
}

export interface Block {
  /** 1-based position among the document's paragraphs, table cells and charts. */
  index: number;
  kind: 'p' | 'cell' | 'header' | 'footer' | 'chart';
  /** Normalised text (digits and punctuation unified, artefacts removed). */
  text: string;
  /** Section path from the headings above it ("第二部分 五（一）"). */
  section: string;
  /** Heading level when the block is a heading (1 = 第一部分 … 4 = 1.). */
  heading?: number;
  /**
   * For table cells: table number, row and column (1-based); a cell spanning several grid columns
   * says how many, and the continuation of a vertically merged cell is marked (its text is empty).
   */
  cell?: { table: number; row: number; col: number; span?: number; merged?: boolean };
  chart?: Chart;
}

export interface NarrativeDoc {
  file: string;
  /** The year the narrative reports on (from its headings and text). */
  year?: number;
  blocks: Block[];
}

/** What a reader returns before sections are assigned. */
export type RawBlock = Omit<Block, 'index' | 'section' | 'heading'>;
