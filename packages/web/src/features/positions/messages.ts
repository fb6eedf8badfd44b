import { addMessages } from '../../i18n/translate';
import { enApplying } from './en-applying';
import { enPositions } from './en-positions';
import { enReviewing } from './en-reviewing';
import { enScreening } from './en-screening';
import { zhCNApplying } from './zh-cn-applying';
import { zhCNPositions } from './zh-cn-positions';
import { zhCNReviewing } from './zh-cn-reviewing';
import { zhCNScreening } from './zh-cn-screening';

// Loaded with the recruitment screens rather than the first page: every page module of this feature
// imports this file, so the words are in place before any of its screens renders.
addMessages({
  'zh-CN': { ...zhCNPositions, ...zhCNApplying, ...zhCNScreening, ...zhCNReviewing },
  en: { ...enPositions, ...enApplying, ...enScreening, ...enReviewing },
});
