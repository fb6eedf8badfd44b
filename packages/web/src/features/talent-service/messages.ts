import { addMessages } from '../../i18n/translate';
import { enAttention } from './en-attention';
import { enCard } from './en-card';
import { enCare } from './en-care';
import { enRequests } from './en-requests';
import { zhCNAttention } from './zh-cn-attention';
import { zhCNCard } from './zh-cn-card';
import { zhCNCare } from './zh-cn-care';
import { zhCNRequests } from './zh-cn-requests';

// Loaded with the talent service screens rather than the first page, which most visitors never leave for
// these: every page module of this feature imports this file, so the words are in place before it renders.
addMessages({
  'zh-CN': { ...zhCNCard, ...zhCNRequests, ...zhCNCare, ...zhCNAttention },
  en: { ...enCard, ...enRequests, ...enCare, ...enAttention },
});
