// zh-CN, the default language: every string of the UI, by area.
import { admin } from './admin';
import { cases } from './cases';
import { common } from './common';
import { division } from './division';
import { documents } from './documents';
import { enterprise } from './enterprise';
import { emergency } from './emergency';
import { enums } from './enums';
import { grading } from './grading';
import { inspection } from './inspection';
import { leader } from './leader';
import { login } from './login';
import { register } from './register';
import { regulator } from './regulator';
import { reports } from './reports';
import { risks } from './risks';
import { listing } from './listing';
import { lookBack } from './look-back';
import { plans } from './plans';
import { inspectionGroups } from './inspection-groups';
import { routine } from './routine';
import { sampling } from './sampling';
import { shared } from './shared';
import { supervision } from './supervision';
import { tips } from './tips';

const zhCN = {
  ...common,
  ...login,
  ...enums,
  ...shared,
  ...admin,
  ...regulator,
  ...leader,
  ...inspection,
  ...enterprise,
  ...register,
  ...division,
  ...reports,
  ...sampling,
  ...grading,
  ...tips,
  ...risks,
  ...lookBack,
  ...plans,
  ...inspectionGroups,
  ...routine,
  ...supervision,
  ...emergency,
  ...documents,
  ...cases,
  ...listing,
};

export default zhCN;
