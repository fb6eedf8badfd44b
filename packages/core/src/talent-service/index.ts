import { inviteTalent } from './accounts.ts';
import { attentionList, attentionShare } from './attention.ts';
import { assignCare, getCare, listCare, overdueContacts } from './care.ts';
import { getCard, issueCard, myCard, verifyCard } from './card.ts';
import { contactLog, logContact } from './contacts.ts';
import { ServicePolicies } from './policies.ts';
import { attachmentLink, myAttachmentLink } from './request-attachments.ts';
import {
  advanceRequest,
  fileRequest,
  getRequest,
  listRequests,
  myRequests,
  rateRequest,
  requestUploadLink,
} from './requests.ts';

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

/**
 * The check behind a service card's QR code, which anyone may make. Apart from `TalentService` so
 * that the public function, which serves it, carries this check only.
 */
export const ServiceCardChecks = { verify: verifyCard };

/**
 * The talent's own pages: their card and their requests. Apart from `TalentService` so that the
 * phone function, which serves these pages, carries these services only, not the organisers'
 * (care, contacts, attention, account invitations and what they bring).
 */
export const MyTalentService = {
  card: myCard,
  requests: myRequests,
  fileRequest,
  rateRequest,
  requestUploadLink,
  attachmentLink: myAttachmentLink,
};

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
