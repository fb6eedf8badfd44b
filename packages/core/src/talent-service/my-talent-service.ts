import { myCard } from './card.ts';
import { myAttachmentLink } from './request-attachments.ts';
import { fileRequest, myRequests, rateRequest, requestUploadLink } from './requests.ts';

/**
 * The talent's own pages: their card and their requests. In a module of its own, apart from
 * `TalentService` and the area's index, so that the phone function, which serves these pages,
 * loads these services only, not the organisers' (care, contacts, attention, account invitations
 * and what they bring).
 */
export const MyTalentService = {
  card: myCard,
  requests: myRequests,
  fileRequest,
  rateRequest,
  requestUploadLink,
  attachmentLink: myAttachmentLink,
};
