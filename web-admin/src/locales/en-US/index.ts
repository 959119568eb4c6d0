// en-US, loaded on demand: the same keys as zh-CN (the types make a missing one a compile error).
import type { Messages } from '..';
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

const enUS: Messages = {
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

export default enUS;
