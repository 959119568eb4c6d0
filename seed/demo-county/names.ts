// Plausible Chinese enterprise names, people and addresses for the demo county, all drawn from a seeded RNG.
import type { Rng } from '../../domain/rng';
import type { Industry } from '../../domain/types';

export const COUNTY_NAME = '清河县';
const COUNTY_SHORT_NAME = '清河';

/** Where an enterprise sits, as far as its name and address are concerned. */
export interface Place {
  name: string;
  /** An industrial park: numbered 经/纬 roads, and firms there carry the county's name, not the park's. */
  park: boolean;
}

// 字号 (trade name) characters: two distinct ones make a firm's brand, as in 恒泰, 宏达, 鑫源.
const BRAND_CHARACTERS = [
  ...'恒泰宏达鑫源华盛永兴隆昌金利顺安祥瑞德信通远丰茂天成海润嘉福汇鼎晟荣凯旭宇航正中和佳新东博创益联诚锦鸿广聚',
];

interface Trade {
  words: readonly string[];
  /** Organisation forms; an empty string for names that carry none (宾馆, 医院, 石料厂). */
  forms: readonly string[];
}

const COMPANY = ['有限公司', '有限责任公司'];

// Industry words per industry; fire key units are the crowded places (商场、宾馆、医院、学校).
const TRADES: Record<Industry, readonly Trade[]> = {
  HAZARDOUS_CHEMICALS: [
    {
      words: ['化工', '精细化工', '化学', '化工科技', '石化', '新材料科技', '涂料', '工业气体'],
      forms: [...COMPANY, '股份有限公司'],
    },
  ],
  NON_COAL_MINE: [
    { words: ['矿业', '建材矿业', '砂石', '石灰石矿业'], forms: COMPANY },
    { words: ['石料厂', '采石场'], forms: [''] },
  ],
  METALLURGY: [{ words: ['铸造', '铸业', '精密铸造', '特钢', '铸锻', '冶金'], forms: COMPANY }],
  AMMONIA_REFRIGERATION: [
    { words: ['食品冷链', '冷链物流', '冷藏', '肉类加工', '冷冻食品', '果蔬冷藏'], forms: COMPANY },
  ],
  COMBUSTIBLE_DUST: [
    { words: ['木制品', '粉末冶金', '面粉', '家具', '饲料', '淀粉', '铝制品', '木业'], forms: [...COMPANY, '厂'] },
  ],
  CONFINED_SPACE: [{ words: ['污水处理', '酿造', '纸业', '水务', '环保科技', '酒业', '调味品'], forms: COMPANY }],
  CONSTRUCTION: [
    {
      words: ['建筑工程', '建设工程', '建筑安装工程', '市政工程', '路桥工程', '建工'],
      forms: [...COMPANY, '集团有限公司'],
    },
  ],
  GAS: [
    { words: ['燃气', '天然气', '液化气', '新能源燃气'], forms: COMPANY },
    { words: ['液化石油气供应站'], forms: [''] },
  ],
  ROAD_TRANSPORT: [{ words: ['物流运输', '运输', '汽车运输', '客运', '物流', '危险货物运输', '货运'], forms: COMPANY }],
  FIRE_KEY_UNIT: [
    { words: ['商贸', '超市', '商业管理', '酒店管理'], forms: COMPANY },
    { words: ['购物广场', '购物中心', '商厦', '大酒店', '宾馆', '医院', '实验学校', '幼儿园', '养老院'], forms: [''] },
  ],
  SPECIAL_EQUIPMENT: [
    { words: ['热力', '物业服务', '机械设备', '起重机械', '锅炉', '压力容器', '气体', '机械制造'], forms: COMPANY },
  ],
  OTHER: [
    {
      words: [
        '金属制品',
        '五金制品',
        '纺织',
        '服装',
        '塑料制品',
        '包装制品',
        '新型建材',
        '机械制造',
        '电器',
        '玻璃制品',
        '橡胶制品',
        '纸制品',
        '汽车配件',
        '轴承',
        '电子科技',
        '食品',
        '水泥制品',
        '印务',
      ],
      forms: [...COMPANY, '厂'],
    },
  ],
  SCHOOL: [{ words: ['实验学校', '中心小学', '初级中学', '职业技术学校', '幼儿园', '外国语学校'], forms: [''] }],
  FUEL_STATION: [
    { words: ['加油站', '加油加气站', '石化加油站'], forms: [''] },
    { words: ['石油销售', '能源'], forms: COMPANY },
  ],
  MALL: [
    { words: ['购物广场', '购物中心', '百货商场', '生活超市', '商厦'], forms: [''] },
    { words: ['商贸', '超市连锁'], forms: COMPANY },
  ],
  WATER_WORKS: [{ words: ['水库管理所', '水电站', '灌区管理站', '闸站', '提灌站'], forms: [''] }],
  FOREST_AREA: [{ words: ['林场', '苗圃', '林业专业合作社', '森林公园管理处'], forms: [''] }],
  GEOLOGICAL_HAZARD_POINT: [{ words: ['滑坡隐患点', '崩塌隐患点', '泥石流沟', '地面塌陷隐患点'], forms: [''] }],
  SMALL_PREMISES: [
    {
      words: ['饭店', '小吃店', '便利店', '旅馆', '网吧', '美容美发店', '洗浴中心', '诊所', '五金店', '加工作坊'],
      forms: [''],
    },
  ],
};

// Common surnames, the frequent ones listed more than once so they come up more often.
const SURNAMES = [
  ...'王王王李李李张张张刘刘陈陈杨杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾魏薛',
];
const GIVEN_NAME_CHARACTERS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文红玉海东春永立新金庆宏德振兵鹏辉俊峰亮云凤梅兰晨宇浩',
];

const TOWN_ROADS = [
  '人民路',
  '建设路',
  '解放路',
  '文化路',
  '新华路',
  '育才路',
  '胜利路',
  '和平路',
  '朝阳路',
  '东风路',
  '振兴路',
  '团结路',
  '光明路',
  '幸福路',
  '滨河路',
  '府前街',
  '青年路',
  '长江路',
  '黄河路',
  '迎宾大道',
];
const PARK_ROADS = [
  '经一路',
  '经二路',
  '经三路',
  '纬一路',
  '纬二路',
  '纬三路',
  '纬四路',
  '化工路',
  '创业大道',
  '科技路',
];

const NUMERALS = '〇一二三四五六七八九十';
const branchName = (base: string, n: number): string => `${base}第${NUMERALS.charAt(n) || String(n)}分公司`;
// Fresh draws before falling back to a branch suffix: rare with ~2,500 brand pairs per industry word.
const REDRAWS = 8;

export interface DemoNamer {
  /** A name not handed out before by this namer. */
  enterpriseName(industry: Industry, place: Place): string;
  personName(): string;
  address(place: Place): string;
}

export function createDemoNamer(rng: Rng): DemoNamer {
  const taken = new Set<string>();

  const brand = (): string => {
    const first = rng.pick(BRAND_CHARACTERS);
    let second = rng.pick(BRAND_CHARACTERS);
    while (second === first) second = rng.pick(BRAND_CHARACTERS);
    return first + second;
  };

  // Firms carry the county's name, a town's name (镇 only: 街道 and parks read oddly in a name) or none.
  const prefix = (place: Place): string => {
    const townName = !place.park && place.name.endsWith('镇') ? place.name : COUNTY_NAME;
    return rng.weighted<string>([
      [COUNTY_NAME, 45],
      [COUNTY_SHORT_NAME, 10],
      [townName, 20],
      ['', 25],
    ]);
  };

  const draw = (industry: Industry, place: Place): string => {
    const trade = rng.pick(TRADES[industry]);
    return prefix(place) + brand() + rng.pick(trade.words) + rng.pick(trade.forms);
  };

  return {
    enterpriseName(industry, place) {
      let name = draw(industry, place);
      for (let attempt = 1; taken.has(name) && attempt < REDRAWS; attempt += 1) name = draw(industry, place);
      const base = name;
      for (let branch = 2; taken.has(name); branch += 1) name = branchName(base, branch);
      taken.add(name);
      return name;
    },
    personName() {
      const given =
        rng.next() < 0.35
          ? rng.pick(GIVEN_NAME_CHARACTERS)
          : rng.pick(GIVEN_NAME_CHARACTERS) + rng.pick(GIVEN_NAME_CHARACTERS);
      return rng.pick(SURNAMES) + given;
    },
    address(place) {
      const road = rng.pick(place.park ? PARK_ROADS : TOWN_ROADS);
      return `${COUNTY_NAME}${place.name}${road}${1 + rng.int(299)}号`;
    },
  };
}
