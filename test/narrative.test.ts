// The narrative check beyond the seed: a Shanghai-style narrative written by hand with planted
// faults, claim extraction in both styles, and narrative figures against the workbook.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/narrative/claims.js';
import { structure } from '../src/narrative/structure.js';
import { readPlain, unwrap } from '../src/read/narrative/plain.js';
import { expectedFaults, score } from './tools/narrative-score.js';
import { checkJson, fixture, tempDir } from './helpers.js';
import { docxFromText } from './support-docx.js';

const claimsOf = (text: string) => extractClaims(structure('t.txt', readPlain(text)));

/** fa-check on a narrative text alone: its findings. */
async function findingsOf(text: string) {
  const p = join(tempDir(), 'narrative.txt');
  writeFileSync(p, text);
  return (await checkJson([p])).report.findings;
}
const CORRECTED = fixture('narratives/seed-2024-corrected.txt');

describe('a Shanghai-style narrative (zero categories omitted) with planted faults', () => {
  // fixtures/narratives/shanghai-style-2024.md: figures invented to be consistent, then the faults of expected.json planted
  it('finds each planted fault and nothing else', async () => {
    const { code, report } = await checkJson([fixture('narratives/shanghai-style-2024.md')]);
    expect(code).toBe(1);
    const sc = score(expectedFaults()['shanghai-style-2024.md'], report.findings);
    expect(sc.missed.map((m) => m.why)).toEqual([]);
    expect(sc.falseAlarms).toEqual([]);
    expect(report.findings[0].location).toMatchObject({ section: '第二部分 二', quote: expect.stringContaining('2.45%%') });
  });
});

describe('a central-department-style narrative', () => {
  it('is clean as written, and each of four planted slips is found', async () => {
    const clean = fixture('narratives/central-style-2024.md');
    expect((await checkJson([clean])).report.findings).toEqual([]);
    const text = readFileSync(clean, 'utf8');
    const p = join(tempDir(), 'central.md');
    writeFileSync(p, text.replace('占61.22%', '占61.52%').replace('占35.71%', '占37.51%').replace('其他用车10辆', '其他用车11辆').replace('降低6.25%', '降低6.67%'));
    const { report } = await checkJson([p]);
    expect(report.findings.map((f) => [f.rule, f.stated])).toEqual([
      ['n-share', '61.52'],
      ['n-share', '37.51'],
      ['n-yoy', '6.67'],
      ['n-breakdown', '20'],
    ]);
  });
});

describe('claim extraction', () => {
  it('Sichuan style: every category listed, zeros included, shares of the 其中 total', () => {
    const c = claimsOf('二、收入决算情况说明\n2024年度本年收入合计817.16万元，其中：一般公共预算财政拨款收入817.16万元，占100%；政府性基金预算财政拨款收入0万元，占0%；事业收入0万元，占0%。');
    expect(c.breakdowns).toHaveLength(1);
    expect(c.breakdowns[0].total.text).toBe('817.16');
    expect(c.breakdowns[0].parts.map((p) => p.text)).toEqual(['817.16', '0', '0']);
    expect(c.shares.map((s) => [s.text, s.of?.key])).toEqual([
      ['100', '一般公共预算财政拨款收入'],
      ['0', '政府性基金预算财政拨款收入'],
      ['0', '事业收入'],
    ]);
  });

  it('Shanghai style: thousands separators, "比上年…减少", zeros omitted', () => {
    const c = claimsOf('2024年度一般公共预算财政拨款支出1,190.07万元，比2023年度的1,225.19万元减少35.12万元，下降2.87%。');
    expect(c.yoys).toHaveLength(1);
    const y = c.yoys[0];
    expect([y.current?.text, y.prior?.text, y.delta?.text, y.direction, y.rate?.text]).toEqual(['1190.07', '1225.19', '35.12', -1, '2.87']);
  });

  it('a year-over-year sentence after the figure, with last year inside "与…相比"', () => {
    const c = claimsOf('一般公共服务支出515.61万元，占决算总收入的63.10%，与2023年末决算一般公共服务支出收入525.4万元相比，减少9.79万元，降低1.86%。');
    expect(c.yoys[0].current?.text).toBe('515.61');
    expect(c.yoys[0].prior?.text).toBe('525.4');
    expect(c.yoys[0].prior?.year).toBe(2023);
    expect(c.shares[0].denominator).toBe('决算总收入');
  });

  it('the 类/款/项 naming gives the item its subject', () => {
    const c = claimsOf('1.一般公共服务（类）支出-政府办公厅（室）及相关机构事务（款）-行政运行（项）：支出决算为396.55万元，完成预算100%。');
    expect(c.figures[0].key).toContain('行政运行（项）');
    expect(c.completions[0].value.toFixed()).toBe('100');
  });

  it('counts: "共N人" closes a list; asides break a figure down', () => {
    const c = claimsOf('实有人数为：公务员6人、机关工勤4人、聘用人员2人共12人；退休返聘人员2人（会计1人、医生1人）。');
    expect(c.breakdowns.map((b) => [b.form, b.total.text, b.parts.map((p) => p.text).join('+')])).toEqual([
      ['gong', '12', '6+4+2'],
      ['aside', '2', '1+1'],
    ]);
  });

  it('a "分别/各" list: values written before one unit pair with their own subjects, changes and rates, in order', () => {
    // the construction of a Sichuan unit's 2022 narrative, with figures of our own: 3,600 → 3,000 and 4,000 → 3,100
    const c = claimsOf('2023年度收、支总计各是3000.00,3100.00万元。与2022年相比,收、支总计各减少600.00,900.00万元,各下降16.67%、22.50%。');
    expect(c.figures.filter((f) => f.role === 'figure').map((f) => [f.text, f.key])).toEqual([
      ['3000.00', '收入总计'],
      ['3100.00', '支出总计'],
    ]);
    expect(c.yoys.map((y) => [y.current?.text, y.delta?.text, y.delta?.direction, y.rate?.text])).toEqual([
      ['3000.00', '600.00', -1, '16.67'],
      ['3100.00', '900.00', -1, '22.50'],
    ]);
    const f = claimsOf('财政拨款收入、支出总计分别为3877.58万元、3877.58万元。').figures;
    expect(f.map((x) => x.key)).toEqual(['财政拨款收入总计', '财政拨款支出总计']);
    expect(claimsOf('人员经费和公用经费分别为656.51万元、121.85万元。').figures.map((x) => x.key)).toEqual(['人员经费', '公用经费']);
    // one class name with 和 in it is not two subjects
    expect(claimsOf('社会保障和就业支出分别为212.53万元、200.00万元。').figures.map((x) => x.key)).toEqual(['', '']);
  });

  it('"分别占p%、q%": each share goes with its figure, in order', () => {
    const c = claimsOf('本年支出合计4143.91万元，其中：基本支出1140.27万元、项目支出3003.64万元，分别占本年支出合计的27.52%、72.48%。');
    expect(c.shares.map((s) => [s.text, s.of?.key, s.denominator])).toEqual([
      ['27.52', '基本支出', '本年支出合计'],
      ['72.48', '项目支出', '本年支出合计'],
    ]);
  });

  it('changes written 增收/增支 (as a city’s budget report writes them)', () => {
    // 48,000 → 52,000: 4,000 more, 8.33%
    const c = claimsOf('2023年县级一般公共预算收入决算数52000万元,为调整预算数的101.20%,比2022年增收4000万元,增长8.33%。');
    expect(c.yoys.map((y) => [y.current?.text, y.prior?.text, y.delta?.text, y.delta?.direction, y.rate?.text])).toEqual([['52000', undefined, '4000', 1, '8.33']]);
  });

  it('rates written as 增幅/降幅, 增长率为, 下降幅度为', () => {
    const c = claimsOf('2024年度机关运行经费支出48.60万元，比2023年度减少5.40万元，降幅10.00%。');
    expect(c.yoys.map((y) => [y.current?.text, y.delta?.text, y.rate?.text, y.rate?.direction])).toEqual([['48.60', '5.40', '10.00', -1]]);
    const d = claimsOf('2024年度公务接待费2.40万元，比上年增加0.40万元，增长率为20.00%；公务用车运行维护费1.20万元，比上年减少0.30万元，下降幅度为20.00%。');
    expect(d.yoys.map((y) => [y.delta?.text, y.rate?.text, y.rate?.direction])).toEqual([
      ['0.40', '20.00', 1],
      ['0.30', '20.00', -1],
    ]);
  });

  it('a clause that names its own subject takes no figure from before it; each "比去年" has its own change', () => {
    // the shape of a city centre's 三公 paragraph as pdftotext gives it (wrapped, a page number "—10—"),
    // figures of our own: total 4.80 → 6.00 (+1.20, 25.0%), car 2.00 → 2.80 (+0.80), reception 2.00 → 2.40 (+0.40)
    const c = claimsOf(
      [
        '—10—',
        '2023 年度一般公共预算财政拨款安排的“三公”经费支',
        '出决算总额为 6.00 万元,比预算增加 0 万元,比去年增加',
        '1.20 万元,增长 25.0%,增加原因主要是公务用车运行支出',
        '增加。其中,因公出国支出决算比预算无增减变化,比去年无',
        '增减变化;公务用车运行维护费支出决算比预算无增减变化,',
        '比去年增加 0.80 万元,增长 40.0%,增加原因主要是巡查任务',
        '增加;公务接待费支出决算比预算无增减变化,比去年增加 0.4',
        '万元,增长 20%,增加原因主要是接待批次增加。',
      ].join('\n'),
    );
    expect(c.yoys.map((y) => [y.current?.text, y.delta?.text, y.rate?.text])).toEqual([
      ['6.00', '1.20', '25.0'],
      [undefined, '0.80', '40.0'],
      [undefined, '0.4', '20'],
    ]);
  });

  it('a list that does not pair up (two changes, one rate) makes no claim rather than a wrong one', () => {
    const c = claimsOf('基本支出、项目支出分别为1140.27万元、3003.64万元，与2021年相比，分别增加40.27万元、100.00万元，增长3.66%。');
    expect(c.yoys).toEqual([]);
  });

  it('a hard-wrapped "212.53\\n万元" is one figure', () => {
    expect(claimsOf('社会保障和就业支出212.53\n万元，占26.01%。').figures[0].unit).toBe('万元');
  });
});

describe('"分别/各" lists in a narrative checked alone', () => {
  // 基本支出 1,100.00 → 1,140.27 (+40.27, 3.66%); 项目支出 2,903.64 → 3,003.64 (+100.00, 3.44%)
  const TEXT = [
    '三、支出决算情况说明',
    '2022年本年支出合计4143.91万元，其中：基本支出1140.27万元、项目支出3003.64万元，分别占本年支出合计的27.52%、72.48%。',
    '基本支出、项目支出分别为1140.27万元、3003.64万元，与2021年相比，分别增加40.27万元、100.00万元，分别增长3.66%、3.44%。',
  ].join('\n');
  const check = async (text: string) => (await findingsOf(text)).map((f) => [f.rule, f.stated, f.expected]);

  it('consistent lists are clean; a slip in the second value of each list is found at that value', async () => {
    expect(await check(TEXT)).toEqual([]);
    expect(await check(TEXT.replace('3.44%', '3.54%').replace('72.48%', '72.84%'))).toEqual([
      ['n-share', '72.84', '72.48'],
      ['n-yoy', '3.54', '3.44'],
    ]);
  });
});

describe('items that state a budget and a difference each', () => {
  // the shape of a county department's 三公 paragraphs, figures of our own: 3.60 spent against 5.00
  // budgeted; the car 1.80 under its budget, reception 0.40 over it (differences written unsigned)
  const TEXT = [
    '一、“三公”经费财政拨款支出总体情况说明。',
    '2023年度本单位“三公”经费支出3.60万元,较上年4.00减少0.40万元,减少了10.00%;其中:因公出国(境)支出0万元;公务用车购置支出0万元;公务用车运行维护费用支出1.20万元;公务接待费支出2.40万元,占“三公”经费的66.67%。',
    '二、“三公”经费财政拨款支出与年初预算对比情况。',
    '2023年度本单位“三公”经费支出3.60万元,年初预算为5.00万元,差值为1.4万元。其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元,原因为未安排出国任务;公务用车运行维护费支出1.20万元,年初预算为3.00万元,差值为1.8万元,原因为车辆减少;公务接待费支出2.40万元,年初预算为2.00万元,差值为0.4万元,原因为接待批次增加。',
  ].join('\n');
  const check = async (text: string) => (await findingsOf(text)).map((f) => [f.rule, f.stated]);

  it('budgets and (unsigned) differences are neither parts of the total nor restatements of one subject', async () => {
    expect(await check(TEXT)).toEqual([]);
  });

  it('the items themselves still add up to the total', async () => {
    const slipped = TEXT.replace('公务接待费支出2.40万元,占', '公务接待费支出2.50万元,占');
    expect((await check(slipped)).map(([rule]) => rule)).toContain('n-breakdown');
  });
});

describe('a text that writes whole 万元 and two years in one paragraph', () => {
  // the shape of a county bureau's paragraph, figures of our own: 2023 479 + 3026 (written total 3506,
  // rounded), 2022 330 + 498 = 828
  const TEXT = [
    '二、支出决算情况说明',
    '2023年度支出合计3506万元,其中:基本支出479万元,占总支出的14%;项目支出3026万元,占总支出的86%。2022年度支出合计828万元,其中:基本支出330万元,占总支出的40%;项目支出498万元,占总支出的60%。',
  ].join('\n');
  const check = async (text: string) => (await findingsOf(text)).map((f) => [f.rule, f.severity, f.stated, f.expected]);

  it('whole numbers are rounded (a total one off its parts is a note); each figure is of the year its sentence opens with', async () => {
    expect(await check(TEXT)).toEqual([['n-breakdown', 'info', '3506', '3505']]);
    expect(await check(TEXT.replace('占总支出的40%', '占总支出的45%'))).toEqual([
      ['n-share', 'error', '45', '40'],
      ['n-breakdown', 'info', '3506', '3505'],
    ]);
  });
});

describe('more shapes of published paragraphs (figures of our own)', () => {
  const check = async (text: string) => (await findingsOf(text)).map((f) => [f.rule, f.severity, f.stated]);

  it('one total broken down twice ("按功能分类科目…按经济分类科目…") is two breakdowns', async () => {
    // 1,000.00 = 100.00 + 900.00 by function = 700.00 + 299.99 by economic class (one cent of rounding)
    const text = '2023年度一般公共预算财政拨款支出1000.00万元。其中:按功能分类科目,教育支出100.00万元,社会保障和就业支出900.00万元;按经济分类科目,工资福利支出700.00万元,商品和服务支出299.99万元。';
    expect(await check(text)).toEqual([['n-breakdown', 'info', '1000.00']]);
    expect(await check(text.replace('900.00万元;', '910.00万元;'))).toEqual([
      ['n-breakdown', 'error', '1000.00'],
      ['n-breakdown', 'info', '1000.00'],
    ]);
  });

  it('"同比" changes; letter-spaced PDF text; a change after a 其中 list may be the total’s', async () => {
    // 350,000 → 300,000 (−14.29%); 3,500,000 → 3,700,000 (+5.71%) for the total, whose parts are listed first
    const text = [
      '（一）机关运行经费情况说明',
      '2025 年本部门机关运行经费预算 300000.00 元,同比减少 50000.00',
      '元,下降 14.29%,主要原因是今年委托业务费不纳入行政运行经费',
      '进行核算。主要用于机关及参公事业单位为保证日常运转发生的支',
      '出。包括办公及印刷费、邮电费、差旅费、会议费、公务接待费、',
      '日常维修费、专用材料及一般设备购置费、办公用房水电费等。',
      '另外,本局下属共有 6 个事业单位,事业运行经费预算安排合计',
      '3700000.00 元 , 其中 : 基 本 支出 预 算 500000.00 元 , 项 目 支',
      '出 预 算 3200000.00 元 , 同 比 增 加 200000.00 元,增长 5.71%,增',
      '加主要原因为业务增加,事业运行经费有所提高。主要用于保障运转。',
    ].join('\n');
    const c = claimsOf(text);
    expect(c.yoys.map((y) => [y.current?.key, y.alternative?.text, y.delta?.text, y.rate?.text])).toEqual([
      ['本部门机关运行经费预算', undefined, '50000.00', '14.29'],
      ['项目支出预算', '3700000.00', '200000.00', '5.71'],
    ]);
    expect(await check(text)).toEqual([]);
    expect(await check(text.replace('下降 14.29%', '下降 16.67%'))).toEqual([['n-yoy', 'error', '16.67']]);
  });

  it('a figure after a rate is the next clause’s, not last year’s; ASCII brackets make an aside too', async () => {
    const text =
      '2023年一般公共预算安排“三公”经费决算数2400万元,比上年决算数下降20.00%。分项情况是:因公出国(境)经费10万元,与上年决算数下降50.00%;公务接待费1300万元,比上年决算数下降10.34%;公车购置及运行费1090万元(其中公务用车购置费40万元,公务用车运行费1051万元),比上年决算数下降27.33%。';
    expect(claimsOf(text).yoys.map((y) => y.prior?.text)).toEqual([undefined, undefined, undefined, undefined]);
    expect(await check(text)).toEqual([['n-breakdown', 'info', '1090']]);
  });

  it('a completion rate against what the sentence says of actual and budget', async () => {
    // 1,700.00 against 1,650.00 is 103%, not 100% (the shape of a kindergarten's published slip)
    expect(await check('2023年度一般公共预算财政拨款支出总计1700.00万元，完成年初预算100%，决算数大于预算数50.00万元，主要原因是人员增加。')).toEqual([['n-completion', 'error', '100']]);
    expect(await check('1.教育支出80.00万元，完成预算95.00%，决算数小于预算数4.21万元。')).toEqual([]);
    expect(await check('1.教育支出80.00万元，完成预算105.00%，决算数小于预算数，主要原因是年中追加。')).toEqual([['n-completion', 'error', '105.00']]);
    expect(await check('1.教育支出80.00万元，完成预算100%，决算数与预算数持平。')).toEqual([]);
  });

  it('"占…的比重为p%" names its total', async () => {
    const text = '2024年度本年支出合计800.00万元，其中：基本支出500.00万元，占本年支出合计的比重为62.50%；项目支出300.00万元，占本年支出合计的比重为35.70%。';
    expect(claimsOf(text).shares.map((x) => x.denominator)).toEqual(['本年支出合计', '本年支出合计']);
    expect(await check(text)).toEqual([['n-share', 'error', '35.70']]);
  });

  it('last year’s label left on this year’s sentence: a warning, and the figures are still checked as this year’s', async () => {
    const text = [
      '某单位2024年度部门决算说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '2023年“三公”经费财政拨款支出决算为4.00万元,完成预算100%,较上年增加1.00万元,增长33.33%。',
      '2024年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行维护费支出决算3.00万元,占75.00%;公务接待费支出决算1.00万元,占25.00%。',
    ].join('\n');
    expect(await check(text)).toEqual([['n-stale-year', 'warning', '2023']]);
    expect(await check(text.replace('增长33.33%', '增长0.33%').replace('占75.00%', '占57.00%'))).toEqual([
      ['n-yoy', 'error', '0.33'],
      ['n-stale-year', 'warning', '2023'],
      ['n-share', 'error', '57.00'],
    ]);
  });

  it('"8.02 万," — 万元 with its 元 dropped — is money, and the slip is a warning', async () => {
    expect(await check('8.上年结转和结余8.02 万,为以前年度支出预算未执行完毕的资金。')).toEqual([['n-unit-missing', 'warning', '8.02']]);
    // counts in 万 of people are not money
    expect(claimsOf('全年服务群众3万人次。').figures.filter((f) => f.money)).toEqual([]);
  });

  it('"增加0万元，增长0%" where both years are nothing is no finding', async () => {
    expect(await check('2023年度政府性基金预算财政拨款收入0万元，与上年相比，增加0万元，增长0%。')).toEqual([]);
  });

  it('one main cause larger than the net change is common; several that exceed it are a warning', async () => {
    const one = '2023年财政拨款收入总计1600.00万元，与2022年相比增加500.00万元，增长45.45%。主要原因是新增政府性基金预算财政拨款600.00万元。';
    expect(await check(one)).toEqual([]);
    const two = '2023年度“三公”经费支出12.40万元，比上年减少1.10万元，下降8.15%。主要原因是公务用车运行维护费减少0.80万元，公务接待费减少0.60万元。';
    expect(await check(two)).toEqual([['n-reasons', 'warning', '1.40']]);
  });

  it('收入总计 and 支出总计 stated apart must be equal: the finding says so', async () => {
    const f = await findingsOf('2023年财政拨款收入总计1600.00万元；财政拨款支出总计1650.00万元。');
    expect(f.map((x) => [x.rule, x.stated, x.expected])).toEqual([['n-restated', '1650.00', '1600.00']]);
    expect(f[0].message).toContain('应相等');
  });
});

describe('numbered totals with their own 其中 lists', () => {
  // the shape of a county unit's 支出 paragraphs, figures of our own, with the two slips its published
  // text had: a share written so the two add to 100.01%, and a 其中 total that is not the sum of its parts
  const TEXT = [
    '五、一般公共预算支出情况说明',
    '1. 基本支出 800000.00 元,占一般公共预算支出的 94.12%。其中:',
    '工资福利支出 650000.00 元,占基本支出 81.25%。',
    '商品和服务支出 150000.00 元,占基本支出 18.76%。',
    '2. 项目支出 50000 元,占一般公共预算支出的 5.88%。其中:',
    '商品和服务支出 50000 元,占项目支出 100%。',
    '六、一般公共预算基本支出情况说明',
    '2023 年本年一般公共预算基本支出 850000.00 元,其中:',
    '人员经费 700000.00 元,主要包括:基本工资、津贴补贴。',
    '公用经费 100000.00 元,主要包括:办公费、工会经费。',
  ].join('\n');

  it('a list ends at its total’s next sibling ("1." … "2."); a part is its own total’s (商品和服务支出 of each)', async () => {
    expect((await findingsOf(TEXT)).map((f) => [f.rule, f.stated, f.expected])).toEqual([
      ['n-share', '18.76', '18.75'],
      ['n-breakdown', '850000.00', '800000.00'],
    ]);
  });
});

describe('text copied out of a PDF', () => {
  // the shape of a county department's 政府采购 and 资产 paragraphs as pdftotext gives them (wrapped at
  // a fixed width, spaces around the numbers, a page number between pages), figures of our own
  const PDF_TEXT = [
    '（二）政府采购情况说明。',
    '2023 年政府采购支出 24000 元,同比增加 24000 元,上',
    '年未安排该项支出,增长率无可比性。其中:政府集中采',
    '购 24000 元,占政府采购支出的 100%,同比增加 24000 元,',
    '上年未安排,增长率无可比性;主要原因:一是宣传工作、',
    '活动增加,办公用品相应增加;二是设备维修费增加。分',
    '散采购 0 元,占政府采购支出的 0%。',
    '按采购项目类型,分为货物类采购、工程类采购和服务类',
    '采购三种类型。其中:货物类采购 15000 元,占政府采购',
    '支出 62.5%;工程类采购 0 元,占政府采购支出 0%;服务',
    '- 12 -',
    '类采购 9000 元,占政府采购支出 37.5%。',
    '（三）国有资产占用情况说明。',
    '共有车辆 2 辆,其中:一般公务用车 0 辆、一般执法执',
    '勤用车 1 辆、特种专业技术用车 1 辆、其他用车 0 辆。',
  ].join('\n');

  it('wrapped lines join into their paragraphs; page numbers and the spaces around numbers go', () => {
    const c = claimsOf(PDF_TEXT);
    expect(c.shares.map((x) => [x.text, x.of?.key])).toEqual([
      ['100', '政府集中采购'],
      ['0', '分散采购'],
      ['62.5', '货物类采购'],
      ['0', '工程类采购'],
      ['37.5', '服务类采购'],
    ]);
    const cars = c.breakdowns.find((b) => b.total.unit === '辆')!;
    expect(cars.parts.map((p) => `${p.key} ${p.text}`)).toEqual(['一般公务用车 0', '一般执法执勤用车 1', '特种专业技术用车 1', '其他用车 0']);
  });

  it('a slip in wrapped text is found, with the expected share in the decimals written', async () => {
    expect((await findingsOf(PDF_TEXT.replace('62.5%', '65.2%'))).map((f) => [f.rule, f.stated, f.expected])).toEqual([['n-share', '65.2', '62.5']]);
  });

  it('text written a paragraph to a line is left as it is', () => {
    const lines = readFileSync(CORRECTED, 'utf8').split('\n');
    expect(unwrap(lines)).toEqual(lines);
  });
});

describe('against the workbook', () => {
  const variantOf = (from: string, to: string) => {
    const text = readFileSync(CORRECTED, 'utf8');
    expect(text.includes(from)).toBe(true);
    const p = join(tempDir(), 'narrative.txt');
    writeFileSync(p, text.replace(from, to));
    return p;
  };

  it('基本支出 is the whole department’s (公开03表) under 支出决算, not under 财政拨款 (no table splits that)', async () => {
    // the sample's 基本支出 is 778.36 (公开03表 and, all of it from the general budget, 公开05表)
    const text = (section: string) => `2024年度部门决算说明\n${section}\n2024年度本年支出合计817.16万元，其中：基本支出700.00万元，项目支出117.16万元。`;
    const run = async (section: string) => {
      const p = join(tempDir(), 'scope.txt');
      writeFileSync(p, text(section));
      return (await checkJson([fixture('sample-2024.xlsx'), '--narrative', p])).report.findings.filter((f) => f.rule === 'n-workbook' && f.stated === '700.00').map((f) => f.expected);
    };
    expect(await run('三、支出决算情况说明')).toEqual(['778.36']);
    expect(await run('四、财政拨款收入支出决算总体情况说明')).toEqual([]);
    expect(await run('五、一般公共预算财政拨款支出决算情况说明')).toEqual(['778.36']);
  });

  it('a figure changed by one digit is an error against the cell it contradicts', async () => {
    const n = variantOf('人员经费656.51万元', '人员经费658.51万元');
    const { code, report } = await checkJson([fixture('sample-2024.xlsx'), '--narrative', n]);
    expect(code).toBe(1);
    const hit = report.findings.find((f) => f.rule === 'n-workbook')!;
    expect(hit).toMatchObject({ severity: 'error', stated: '658.51', expected: '656.51' });
    expect(hit.related).toEqual([expect.objectContaining({ sheet: '公开06表', cell: 'C22' })]);
  });

  it('a figure changed by one cent is reported (as a rounding note)', async () => {
    const n = variantOf('公务接待费支出17.61万元，完成预算100%', '公务接待费支出17.62万元，完成预算100%');
    const { report } = await checkJson([fixture('sample-2024.xlsx'), '--narrative', n]);
    expect(report.findings.find((f) => f.rule === 'n-workbook' && f.stated === '17.62')).toMatchObject({ severity: 'info', expected: '17.61' });
  });

  it('last year’s figures against last year’s workbook', async () => {
    const n = variantOf('与2023年末决算卫生健康支出54.36万元相比', '与2023年末决算卫生健康支出55.36万元相比');
    const { report } = await checkJson([fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '--narrative', n]);
    expect(report.findings.find((f) => f.rule === 'n-workbook' && f.stated === '55.36')).toMatchObject({ severity: 'error', expected: '54.36' });
  });

  it('"完成预算0%" of a zero actual: a note alone; a warning naming the cell when the 三公 table budgets zero', async () => {
    const seed = fixture('narratives/seed-2024.txt');
    const pick = (r: Awaited<ReturnType<typeof checkJson>>['report']) => r.findings.filter((f) => f.rule === 'n-completion').map((f) => [f.severity, f.message.includes('公开07表')]);
    expect(pick((await checkJson([seed])).report)).toEqual([['info', false]]);
    expect(pick((await checkJson([fixture('sample-2024.xlsx'), '--narrative', seed])).report)).toEqual([['warning', true]]);
  });

  it('a narrative given as an argument is checked alone, even beside a workbook', async () => {
    const n = variantOf('人员经费656.51万元', '人员经费658.51万元');
    const { report } = await checkJson([fixture('sample-2024.xlsx'), n]);
    expect(report.findings.some((f) => f.rule === 'n-workbook')).toBe(false);
    expect(report.findings.some((f) => f.rule === 'n-breakdown')).toBe(true);
  });

  it('--narrative with two workbooks is a usage error', async () => {
    const { code } = await checkJson([fixture('sample-2024.xlsx'), fixture('yuan-2024.xlsx'), '--narrative', CORRECTED]).catch(() => ({ code: 2 }));
    expect(code).toBe(2);
  });
});

describe('reading .docx', () => {
  it('reads paragraphs, tables with merged cells once, and sections', async () => {
    const docx = await docxFromText('第二部分 2024年度部门决算情况说明\n三、支出决算情况说明\n2024年度本年支出合计817.16万元。\n\t科目\n\t金额\n\n\t基本支出\n\t778.36\n\n\t\n\t38.8\n');
    const { readNarrative } = await import('../src/read/narrative/index.js');
    const { doc } = await readNarrative(docx);
    expect(doc!.year).toBe(2024);
    expect(doc!.blocks.find((b) => b.text.includes('817.16'))!.section).toBe('第二部分 三');
    const cells = doc!.blocks.filter((b) => b.kind === 'cell');
    expect(cells.filter((c) => c.text === '基本支出')).toHaveLength(1); // the merged cell once
    expect(cells.map((c) => c.cell!.col)).toEqual([1, 2, 1, 2, 1, 2]);
  });

  it('headings numbered by Word (automatic numbering) keep their numbers, so findings name the section', async () => {
    const { Document, Packer, Paragraph, LevelFormat } = await import('docx');
    const heading = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'outline', level } });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('某单位2024年度部门决算说明'),
            heading('收入决算情况说明', 0),
            new Paragraph('2024年度本年收入合计800.00万元，其中：财政拨款收入600.00万元，占75.00%；其他收入200.00万元，占25.00%。'),
            heading('支出决算情况说明', 0),
            heading('基本支出', 1),
            new Paragraph('2024年度本年支出合计800.00万元，其中：基本支出500.00万元，占62.50%；项目支出300.00万元，占35.70%。'),
          ],
        },
      ],
    });
    const p = join(tempDir(), 'numbered.docx');
    writeFileSync(p, await Packer.toBuffer(doc));
    const { readNarrative } = await import('../src/read/narrative/index.js');
    const { doc: read } = await readNarrative(p);
    expect(read!.blocks.filter((b) => b.heading).map((b) => b.text)).toEqual(['一、收入决算情况说明', '二、支出决算情况说明', '（一）基本支出']);
    const { report } = await checkJson([p]);
    expect(report.findings.map((f) => [f.rule, f.stated, f.location.section])).toEqual([['n-share', '35.70', '二（一）']]);

    // the same numbering reached through the headings' paragraph style, as Word's 标题 styles do
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(p)));
    const xmlOf = (name: string) => strFromU8(files[name]);
    const numPr = /(?:<w:pStyle w:val="\w+"\/>)?<w:numPr>\s*<w:ilvl w:val="0"\/>\s*<w:numId w:val="(\d+)"\/>\s*<\/w:numPr>/;
    const numId = numPr.exec(xmlOf('word/document.xml'))![1];
    files['word/document.xml'] = strToU8(xmlOf('word/document.xml').replace(new RegExp(numPr.source, 'g'), '<w:pStyle w:val="H1"/>'));
    const style = `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:style>`;
    files['word/styles.xml'] = strToU8(xmlOf('word/styles.xml').replace('</w:styles>', `${style}</w:styles>`));
    const q = join(tempDir(), 'styled.docx');
    writeFileSync(q, zipSync(files));
    const { doc: styled } = await readNarrative(q);
    expect(styled!.blocks.filter((b) => b.heading).map((b) => b.text)).toEqual(['一、收入决算情况说明', '二、支出决算情况说明', '（一）基本支出']);
  });

  it('a text box drawn for new and old Word (mc:Choice and mc:Fallback) is read once', async () => {
    const docx = await docxFromText('2024年度部门决算说明\nANCHOR');
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(docx)));
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const alt = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('本年收入合计800.00万元。')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('本年收入合计800.00万元。')}</w:pict></mc:Fallback></mc:AlternateContent>`;
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('<w:t xml:space="preserve">ANCHOR</w:t>', `<w:t xml:space="preserve">见文本框：</w:t></w:r><w:r>${alt}`));
    const p = join(tempDir(), 'textbox.docx');
    writeFileSync(p, zipSync(files));
    const { readNarrative } = await import('../src/read/narrative/index.js');
    const { doc } = await readNarrative(p);
    expect(doc!.blocks.map((b) => b.text)).toContain('见文本框：本年收入合计800.00万元。');
  });

  it('Word number formats', async () => {
    const { counterText } = await import('../src/read/narrative/numbering.js');
    expect([1, 10, 11, 20, 23].map((n) => counterText(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十三']);
    expect([counterText(3, 'decimal'), counterText(3, 'decimalEnclosedCircle'), counterText(12, 'ideographDigital'), counterText(4, 'upperRoman')]).toEqual(['3', '③', '一二', 'IV']);
  });

  it('an unreadable narrative: exit 2 with a message naming it', async () => {
    const p = join(tempDir(), 'broken.docx');
    writeFileSync(p, 'not a zip');
    const { code, report } = await checkJson([p]);
    expect(code).toBe(2);
    expect(report.findings[0].message).toContain(p);
  });
});

describe('claims whose figures stand in another paragraph or sentence (figures of our own)', () => {
  const check = async (text: string) => (await findingsOf(text)).map((f) => [f.rule, f.severity, f.stated]);

  it('a list of shares one item a line, each line closed by "；", is of the total its first line opens with', async () => {
    const text = [
      '（二）一般公共预算财政拨款支出决算结构情况',
      '一般公共预算财政拨款支出500.00万元，主要用于以下方面：教育支出（类）300.00万元，占60.00%；',
      '科学技术支出（类）150.00万元，占30.00%；',
      '住房保障支出（类）50.00万元，占10.00%。',
    ].join('\n');
    const c = claimsOf(text);
    expect(c.shares.map((s) => s.text)).toEqual(['60.00', '30.00', '10.00']);
    expect(await check(text)).toEqual([]);
    expect(await check(text.replace('占30.00%', '占37.00%'))).toEqual([['n-share', 'error', '37.00']]);
    expect(await check(text.replace('占10.00%', '占17.00%'))).toEqual([['n-share', 'error', '17.00']]);
  });

  it('a share of a total stated under a generic word ("…年初预算为a万元，支出决算为b万元") is of that total', async () => {
    const text = [
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.00万元，完成预算的80.00%。',
      '（二）“三公”经费财政拨款支出决算具体情况说明',
      '“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算4.00万元，占100.00%。',
    ].join('\n');
    expect(await check(text)).toEqual([]);
    expect(await check(text.replace('占100.00%', '占107.00%'))).toEqual([['n-share', 'error', '107.00']]);
  });

  it('a completion rate that opens a line is of the budget and actual the line before closes with', async () => {
    const text = [
      '1、教育支出（类）普通教育（款）小学教育（项）。主要用于：学校日常运转。年初预算为40.00万元，支出决算为36.00万元。',
      '完成年初预算的90.00%。决算数小于预算数的主要原因是节约开支。',
    ].join('\n');
    const c = claimsOf(text);
    expect(c.completions.map((x) => [x.shown, x.of?.text, x.budget?.text])).toEqual([['90.00', '36.00', '40.00']]);
    expect(await check(text)).toEqual([]);
    expect(await check(text.replace('90.00%', '97.00%'))).toEqual([['n-completion', 'error', '97.00']]);
    // the line before states an actual without its budget: nothing to check the rate against
    const noBudget = text.replace('年初预算为40.00万元，', '');
    expect(claimsOf(noBudget).completions.map((x) => x.of?.text)).toEqual([undefined]);
  });

  it('one part listed after "其中" is never more than its total (amounts and counts)', async () => {
    const text = [
      '3.公务接待费支出2.50万元，完成预算100%。主要原因是厉行节约。其中：',
      '国内公务接待支出2.50万元，主要用于上级部门检查指导。国内公务接待12批次、80人次，其中：外宾接待1批次、6人次。',
    ].join('\n');
    expect(await check(text)).toEqual([]);
    expect(await check(text.replace('国内公务接待支出2.50万元', '国内公务接待支出12.50万元'))).toEqual([['n-breakdown', 'error', '12.50']]);
    expect(await check(text.replace('1批次、6人次', '1批次、90人次'))).toEqual([['n-breakdown', 'error', '90']]);
    // a part below its total says nothing of the rest
    expect(await check(text.replace('80人次', '90人次'))).toEqual([]);
  });
});

describe('a 其中 list whose parts each carry a description (figures of our own)', () => {
  it('"主要包括…" after a part does not end the list', async () => {
    const text = '2024年度一般公共预算财政拨款基本支出800.00万元，其中：人员经费620.00万元，主要包括基本工资、津贴补贴；公用经费180.00万元，主要包括办公费、差旅费。';
    const c = claimsOf(text);
    expect(c.breakdowns.map((b) => [b.total.text, b.parts.map((p) => p.text)])).toEqual([['800.00', ['620.00', '180.00']]]);
    const p = join(tempDir(), 'n.txt');
    writeFileSync(p, text.replace('800.00万元', '810.00万元'));
    expect((await checkJson([p])).report.findings.map((f) => [f.rule, f.stated])).toEqual([['n-breakdown', '810.00']]);
    // a clause of other words still ends it: the figure after is not a part
    expect(claimsOf(text.replace('主要包括办公费', '另有办公费').replace('；公用经费180.00万元，', '；其他说明，公用经费180.00万元，')).breakdowns).toEqual([]);
  });
});

describe('bindings across paragraphs stay silent where they are not certain (figures of our own)', () => {
  it('a rate after words of its own is not carried to the item the paragraph before closes with', () => {
    const text = [
      '1、教育支出（类）普通教育（款）小学教育（项）。主要用于：学校日常运转。年初预算为40.00万元，支出决算为36.00万元。',
      '公务用车运行维护费完成年初预算的97.00%。',
    ].join('\n');
    expect(claimsOf(text).completions.map((x) => [x.of?.text, x.budget?.text])).toEqual([[undefined, undefined]]);
  });

  it('items stating a budget and a difference each: no figure of theirs is taken for the one part of the total', async () => {
    const text = '“三公”经费财政拨款支出10.00万元，其中：因公出国（境）费支出0.00万元，年初预算为5.00万元，差值为5.00万元；公务接待费支出10.00万元，年初预算为50.00万元，差值为40.00万元。';
    expect((await findingsOf(text)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
