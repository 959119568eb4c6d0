import type { Industry } from './types';

// The industry regulators of a typical county (DOMAIN.md), with the industries each supervises.
export interface RegulatorDefinition {
  code: string;
  name: string;
  industries: readonly Industry[];
}

/** 工贸行业: the industry-and-trade sectors emergency management supervises besides chemicals and mines. */
export const INDUSTRY_AND_TRADE = [
  'METALLURGY',
  'AMMONIA_REFRIGERATION',
  'COMBUSTIBLE_DUST',
  'CONFINED_SPACE',
] as const satisfies readonly Industry[];

export const REGULATORS: readonly RegulatorDefinition[] = [
  {
    code: 'emergency',
    name: '应急管理局',
    industries: ['HAZARDOUS_CHEMICALS', 'NON_COAL_MINE', ...INDUSTRY_AND_TRADE, 'OTHER'],
  },
  { code: 'housing', name: '住房和城乡建设局', industries: ['CONSTRUCTION', 'GAS'] },
  { code: 'transport', name: '交通运输局', industries: ['ROAD_TRANSPORT'] },
  { code: 'traffic_police', name: '公安局交通警察大队', industries: [] },
  { code: 'market', name: '市场监督管理局', industries: ['SPECIAL_EQUIPMENT'] },
  { code: 'fire', name: '消防救援大队', industries: ['FIRE_KEY_UNIT'] },
  { code: 'natural_resources', name: '自然资源局', industries: [] },
  { code: 'forestry', name: '林业局', industries: [] },
  { code: 'water', name: '水利局', industries: [] },
  { code: 'education', name: '教育和体育局', industries: [] },
  { code: 'commerce', name: '商务局', industries: [] },
];

/** The regulator code that supervises an industry (每个行业有且只有一个牵头监管部门). */
export function regulatorCodeForIndustry(industry: Industry): string {
  const regulator = REGULATORS.find((r) => r.industries.includes(industry));
  if (!regulator) throw new RangeError(`no regulator supervises ${industry}`);
  return regulator.code;
}

export const INDUSTRY_NAMES_ZH: Record<Industry, string> = {
  HAZARDOUS_CHEMICALS: '危险化学品',
  NON_COAL_MINE: '非煤矿山',
  METALLURGY: '冶金',
  AMMONIA_REFRIGERATION: '涉氨制冷',
  COMBUSTIBLE_DUST: '粉尘涉爆',
  CONFINED_SPACE: '有限空间作业',
  CONSTRUCTION: '建筑施工',
  GAS: '城镇燃气',
  ROAD_TRANSPORT: '道路运输',
  FIRE_KEY_UNIT: '消防安全重点单位',
  SPECIAL_EQUIPMENT: '特种设备',
  OTHER: '其他工贸行业',
};
