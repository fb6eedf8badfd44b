import { inviteTalent } from './accounts.ts';
import { attentionList, attentionShare } from './attention.ts';
import { assignCare, getCare, listCare, overdueContacts } from './care.ts';
import { getCard, issueCard } from './card.ts';
import { contactLog, logContact } from './contacts.ts';
import { ServicePolicies } from './policies.ts';
import { attachmentLink } from './request-attachments.ts';
import { advanceRequest, getRequest, listRequests } from './requests.ts';

export * from './policy.schema.ts';
export * from './care.schema.ts';
export * from './card.schema.ts';
export * from './request.schema.ts';
export * from './attention.schema.ts';
export { LOW_RATING, HOME_NOTICE_DAYS } from './attention-rules.ts';
export { CONTACT_KINDS } from './care.entity.ts';
export { REQUEST_STATUSES } from './request.entity.ts';
export { DEFAULT_SERVICE_POLICY } from './default-policy.ts';
export { VERIFICATIONS_PER_CLIENT_PER_MINUTE } from './card.ts';
export { ServicePolicies };
export { InviteTalentInput, TalentInvitationView } from './accounts.ts';

export { ServiceCardChecks } from './card-checks.ts';
export { MyTalentService } from './my-talent-service.ts';

/**
 * Keeping people once they come (以服务留人才), as organisers and contacts do it: who looks after whom,
 * contacts, issuing cards, handling requests. The talent's own side is `MyTalentService`.
 */
export const TalentService = {
  assign: assignCare,
  get: getCare,
  list: listCare,
  overdueContacts,
  logContact,
  contactLog,
  issueCard,
  getCard,
  getRequest,
  listRequests,
  advanceRequest,
  attachmentLink,
  attention: attentionList,
  attentionShare,
  inviteTalent,
};
