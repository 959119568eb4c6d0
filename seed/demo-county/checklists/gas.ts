// 城镇燃气安全检查表: the major items quote the housing ministry's 2023 criteria for gas operators.
import { EMERGENCY_PLAN_RULES, FIRE_LAW, general, major, type ChecklistTemplateDefinition } from './item';

const CRITERIA = '《城镇燃气经营安全重大隐患判定标准》（住房和城乡建设部，2023年）';
const GAS_REGULATIONS = '《城镇燃气管理条例》';
const USER_CHECK = '燃气经营者在对燃气用户进行安全检查时，发现';
const NO_NOTICE = '，不按规定采取书面告知用户整改等措施';

export const GAS_CHECKLIST: ChecklistTemplateDefinition = {
  code: 'gas',
  name: '城镇燃气安全检查表',
  industries: ['GAS'],
  items: [
    major('安全生产管理', '未取得燃气经营许可证从事燃气经营活动', `${CRITERIA}第四条第（一）项`),
    major('安全生产管理', '未建立安全风险分级管控制度', `${CRITERIA}第四条第（二）项`),
    major('安全生产管理', '未建立事故隐患排查治理制度', `${CRITERIA}第四条第（三）项`),
    major('安全生产管理', '未制定生产安全事故应急救援预案', `${CRITERIA}第四条第（四）项`),
    major('安全生产管理', '未建立对燃气用户燃气设施的定期安全检查制度', `${CRITERIA}第四条第（五）项`),
    major(
      '燃气厂站',
      '燃气储罐未设置压力、罐容或液位显示等监测装置，或不具有超限报警功能',
      `${CRITERIA}第五条第（一）项`,
    ),
    major(
      '燃气厂站',
      '燃气厂站内设备和管道未设置防止系统压力参数超过限值的自动切断和放散装置',
      `${CRITERIA}第五条第（二）项`,
    ),
    major(
      '管道和调压设施',
      '在中压及以上地下燃气管线保护范围内，建有占压管线的建筑物、构筑物或者其他设施',
      `${CRITERIA}第六条`,
    ),
    major('管道和调压设施', '调压装置未设置防止燃气出口压力超过下游压力允许值的安全保护措施', `${CRITERIA}第六条`),
    major('气瓶', '擅自为非自有气瓶充装燃气', `${CRITERIA}第七条`),
    major(
      '用户安全检查',
      `${USER_CHECK}燃气相对密度大于等于0.75的燃气管道、调压装置和燃具等设置在地下室、半地下室、地下箱体及其他密闭地下空间内${NO_NOTICE}`,
      `${CRITERIA}第九条第（一）项`,
    ),
    major(
      '用户安全检查',
      `${USER_CHECK}燃气管道及附件、燃具设置在卧室、旅馆建筑客房等人员居住和休息的房间内${NO_NOTICE}`,
      `${CRITERIA}第九条第（三）项`,
    ),
    general(
      '人员资质',
      '企业主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格',
      `${GAS_REGULATIONS}第十五条`,
    ),
    general(
      '设施维护',
      '按规定设置燃气设施防腐、绝缘、防雷、降压、隔离等保护装置，定期巡查、检测、维修和维护，记录完整',
      `${GAS_REGULATIONS}第三十五条`,
    ),
    general(
      '警示标志',
      '燃气管道沿线及厂站、调压设施处设置明显的安全警示标志，标志完好清晰',
      `${GAS_REGULATIONS}第三十五条`,
    ),
    general(
      '气瓶充装',
      '建立充装前后的检查、记录制度，不充装超期未检、报废或者不符合安全技术规范要求的气瓶',
      '《中华人民共和国特种设备安全法》第四十九条',
    ),
    general(
      '应急管理',
      '设立抢修队伍并配备抢修器材，每半年至少组织一次现场处置方案演练',
      `${EMERGENCY_PLAN_RULES}第三十三条`,
    ),
    general('消防安全', '厂站内消防设施、器材配置齐全并定期检验维修，消防车通道畅通', `${FIRE_LAW}第十六条`),
  ],
};
