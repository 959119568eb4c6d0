// The register the import bench uploads: `count` enterprises new to the demo county, with valid credit codes,
// Chinese names, people and addresses, industries and townships of the county, written into the import template
// as the county office downloads it; and the same rows as the import writes them, for the baseline.
import ExcelJS from 'exceljs';
import {
  checkImportRow,
  IMPORT_COLUMNS,
  type ImportCell,
  type ImportColumnKey,
} from '../domain/enterprise-import-rules';
import { INDUSTRY_NAMES_ZH, regulatorCodeForIndustry } from '../domain/regulators';
import { createRng } from '../domain/rng';
import { INDUSTRIES, type Industry } from '../domain/types';
import { makeEnterpriseUscc } from '../domain/uscc';
import { createDemoNamer, type Place } from '../seed/demo-county/names';

/** Fictional, like the seed's 130999, and another one: no code of the file is in the seeded register. */
const DIVISION_CODE = '130998';
const SEED = 20_260_117;

// A county's mix of industries (percent), as the demo seed has it.
const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [
  ['OTHER', 33],
  ['FIRE_KEY_UNIT', 18],
  ['SPECIAL_EQUIPMENT', 12],
  ['CONSTRUCTION', 9],
  ['ROAD_TRANSPORT', 8],
  ['COMBUSTIBLE_DUST', 5],
  ['HAZARDOUS_CHEMICALS', 4],
  ['CONFINED_SPACE', 4],
  ['METALLURGY', 3],
  ['AMMONIA_REFRIGERATION', 2],
  ['GAS', 1],
  ['NON_COAL_MINE', 1],
];

/** An enterprise row as the import writes it to `enterprise` (a new credit code: blanks are null, no hazard false). */
export interface EnterpriseValues {
  uscc: string;
  name: string;
  industry: Industry;
  township_id: number;
  regulator_id: number;
  major_hazard_source: boolean;
  address: string | null;
  legal_representative: string | null;
  contact_person: string | null;
  contact_phone: string | null;
}

export interface ImportFile {
  bytes: Uint8Array;
  /** The file's rows, checked by the import's own rules and normalised as the import writes them. */
  rows: EnterpriseValues[];
}

/**
 * `count` rows of enterprises new to the county. `townships` and `regulators` are the county's org units (name → id,
 * code → id); `template` is the template .xlsx as downloaded. Throws when a generated row would not pass the check.
 */
export async function buildImportFile(options: {
  count: number;
  template: ArrayBuffer;
  townships: ReadonlyMap<string, number>;
  regulators: ReadonlyMap<string, number>;
}): Promise<ImportFile> {
  const rng = createRng(SEED);
  const namer = createDemoNamer(rng);
  const places: Place[] = [...options.townships.keys()].map((name) => ({ name, park: name.includes('开发区') }));
  if (places.length === 0) throw new Error('the county has no townships');
  const phone = () =>
    rng.next() < 0.7
      ? `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(1e9)).padStart(9, '0')}`
      : `0319-${String(2_000_000 + rng.int(8_000_000))}`;
  const maybe = (share: number, value: () => string) => (rng.next() < share ? value() : '');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(options.template);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  // The template's columns, by its header: the bench writes each value under its header, wherever it is.
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const keys = headers.map((header) => IMPORT_COLUMNS.find((c) => c.header === header)?.key ?? null);
  if (IMPORT_COLUMNS.some((column) => !keys.includes(column.key)))
    throw new Error(`the template's header is not the import's: ${headers.join(', ')}`);

  const rows: EnterpriseValues[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const industry = rng.weighted(INDUSTRY_WEIGHTS);
    const place = rng.pick(places);
    const values: Record<ImportColumnKey, string> = {
      uscc: makeEnterpriseUscc(DIVISION_CODE, 10_000_000 + i),
      name: namer.enterpriseName(industry, place),
      industry: INDUSTRY_NAMES_ZH[industry],
      township: place.name,
      address: maybe(0.9, () => namer.address(place)),
      legalRepresentative: maybe(0.95, () => namer.personName()),
      majorHazardSource: industry === 'HAZARDOUS_CHEMICALS' ? (rng.next() < 0.3 ? '是' : '否') : maybe(0.5, () => '否'),
      contactPerson: maybe(0.7, () => namer.personName()),
      contactPhone: maybe(0.7, phone),
    };
    sheet.getRow(i + 2).values = keys.map((key) => (key ? values[key] : ''));

    const cells: Partial<Record<ImportColumnKey, ImportCell>> = {};
    for (const column of IMPORT_COLUMNS) cells[column.key] = { text: values[column.key] };
    const { enterprise, problems } = checkImportRow(cells, options.townships);
    if (!enterprise) throw new Error(`generated row ${i + 2} would not import: ${problems.join('；')}`);
    const code = regulatorCodeForIndustry(enterprise.industry);
    // 属地管理: the township leads an industry no department does.
    const regulatorId = code === null ? enterprise.townshipId : options.regulators.get(code);
    if (regulatorId === undefined) throw new Error(`no regulator for ${enterprise.industry}`);
    rows.push({
      uscc: enterprise.uscc,
      name: enterprise.name,
      industry: enterprise.industry,
      township_id: enterprise.townshipId,
      regulator_id: regulatorId,
      major_hazard_source: enterprise.majorHazardSource ?? false,
      address: enterprise.address,
      legal_representative: enterprise.legalRepresentative,
      contact_person: enterprise.contactPerson,
      contact_phone: enterprise.contactPhone,
    });
  }
  if (new Set(rows.map((row) => row.uscc)).size !== rows.length) throw new Error('credit codes repeat in the file');
  if (!INDUSTRIES.every((industry) => rows.some((row) => row.industry === industry)) && options.count >= 1_000)
    throw new Error('the file misses an industry');
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), rows };
}
