import type { CoSupervisionTopic, Industry, SupervisionTopic } from './types';

// The industry regulators of a typical county (DOMAIN.md) and the county's division of supervision (监管分工) as a
// new county starts with it. From then on the division is data the county office edits (industry_regulator,
// topic_regulator; services/supervision.ts): these defaults are what the demo seed and migration 0018 write.
export interface RegulatorDefinition {
  code: string;
  name: string;
  /** The industries it leads (牵头监管) by default. */
  industries: readonly Industry[];
  /** The co-supervision topics it answers for by default (共同监管). */
  topics: readonly CoSupervisionTopic[];
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
    topics: [],
  },
  { code: 'housing', name: '住房和城乡建设局', industries: ['CONSTRUCTION', 'GAS'], topics: ['GAS_SAFETY'] },
  { code: 'transport', name: '交通运输局', industries: ['ROAD_TRANSPORT'], topics: [] },
  { code: 'traffic_police', name: '公安局交通警察大队', industries: [], topics: ['TRAFFIC_SAFETY'] },
  { code: 'market', name: '市场监督管理局', industries: ['SPECIAL_EQUIPMENT'], topics: ['SPECIAL_EQUIPMENT'] },
  { code: 'fire', name: '消防救援大队', industries: ['FIRE_KEY_UNIT'], topics: ['FIRE_SAFETY'] },
  { code: 'natural_resources', name: '自然资源局', industries: ['GEOLOGICAL_HAZARD_POINT'], topics: [] },
  { code: 'forestry', name: '林业局', industries: ['FOREST_AREA'], topics: [] },
  { code: 'water', name: '水利局', industries: ['WATER_WORKS'], topics: [] },
  { code: 'education', name: '教育和体育局', industries: ['SCHOOL'], topics: [] },
  { code: 'commerce', name: '商务局', industries: ['FUEL_STATION', 'MALL'], topics: [] },
];

/** Industries no department leads: the township answers for them (属地管理), e.g. 九小场所. */
export const LOCAL_INDUSTRIES = ['SMALL_PREMISES'] as const satisfies readonly Industry[];

/** The default lead regulator's code of an industry, or null for 属地管理 (the enterprise's township leads). */
export function regulatorCodeForIndustry(industry: Industry): string | null {
  if ((LOCAL_INDUSTRIES as readonly Industry[]).includes(industry)) return null;
  const regulator = REGULATORS.find((r) => r.industries.includes(industry));
  if (!regulator) throw new RangeError(`no regulator supervises ${industry}`);
  return regulator.code;
}

/** The default department's code of a co-supervision topic. */
export function regulatorCodeForTopic(topic: CoSupervisionTopic): string {
  const regulator = REGULATORS.find((r) => r.topics.includes(topic));
  if (!regulator) throw new RangeError(`no regulator answers for ${topic}`);
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
  SCHOOL: '学校',
  FUEL_STATION: '加油加气站',
  MALL: '商场超市',
  WATER_WORKS: '水利工程（水库、水电站）',
  FOREST_AREA: '林区林场',
  GEOLOGICAL_HAZARD_POINT: '地质灾害隐患点',
  SMALL_PREMISES: '九小场所',
};

export const SUPERVISION_TOPIC_NAMES_ZH: Record<SupervisionTopic, string> = {
  INDUSTRY: '行业监管（牵头部门）',
  LOCAL: '属地管理（乡镇街道）',
  SPECIAL_EQUIPMENT: '特种设备安全',
  FIRE_SAFETY: '消防安全',
  GAS_SAFETY: '燃气使用安全',
  TRAFFIC_SAFETY: '道路交通安全',
};
