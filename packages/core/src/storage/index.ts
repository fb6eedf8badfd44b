import { deleteFile, downloadLink, presignUpload, verifyUpload } from './files.ts';

export { configureStorage, storageConfigFromEnv, LOCAL_S3_CREDENTIALS, type StorageConfig } from './config.ts';
export { FILE_KINDS, type FileKind } from './file-kinds.ts';
export {
  FILE_PURPOSES,
  FILE_PURPOSE_NAMES,
  INCOMING_PREFIX,
  INCOMING_RETENTION_DAYS,
  MAX_DOWNLOAD_LINK_SECONDS,
  incomingPrefix,
  storedPrefix,
  type FilePurpose,
} from './purposes.ts';
export type { StoredFile, UploadTicket } from './files.ts';
export { UploadTicketView } from './upload-ticket.schema.ts';

/** Files kept in S3: presigned uploads checked by their bytes, and short-lived signed downloads. */
export const FileStorage = { presignUpload, verifyUpload, downloadLink, deleteFile };
