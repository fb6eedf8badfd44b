import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for the most sensitive fields (national ID numbers). One secret (`PII_KEY`,
 * an SST Config.Secret in AWS, `.env` locally) derives two independent keys: AES-256-GCM for the
 * value and HMAC-SHA256 for the lookup hash. The hash is keyed because the ID space is small enough
 * to enumerate: a plain SHA-256 of an ID number can be reversed by brute force.
 */
interface Keys {
  encryption: Buffer;
  lookup: Buffer;
}

let keys: Keys | undefined;
let secretBytes: Buffer | undefined;
const purposes = new Map<string, Buffer>();

function derive(secret: string): Keys {
  if (secret.length < 16) throw new Error('PII_KEY must be at least 16 characters');
  const ikm = Buffer.from(secret, 'utf8');
  secretBytes = ikm;
  purposes.clear();
  const salt = Buffer.from('aksu-talent/pii', 'utf8');
  return {
    encryption: Buffer.from(hkdfSync('sha256', ikm, salt, 'encryption', 32)),
    lookup: Buffer.from(hkdfSync('sha256', ikm, salt, 'lookup', 32)),
  };
}

/** Sets the secret explicitly (the Lambda entry does, from Config); otherwise PII_KEY is read on first use. */
export function configureVault(secret: string): void {
  keys = derive(secret);
}

function current(): Keys {
  if (keys) return keys;
  const secret = process.env.PII_KEY;
  if (!secret) throw new Error('PII_KEY is not set: personal data cannot be encrypted without it');
  keys = derive(secret);
  return keys;
}

/**
 * A key of its own for one purpose (check-in tokens, registrant access links), derived from the
 * same secret: knowing one derived key tells nothing about the others or the secret.
 */
export function derivedKey(purpose: string): Buffer {
  current();
  let key = purposes.get(purpose);
  if (!key) {
    key = Buffer.from(
      hkdfSync('sha256', secretBytes!, Buffer.from('aksu-talent/pii', 'utf8'), `purpose:${purpose}`, 32),
    );
    purposes.set(purpose, key);
  }
  return key;
}

const VERSION = 'v1';

export function encryptField(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', current().encryption, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    VERSION,
    iv.toString('base64url'),
    body.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

export function decryptField(sealed: string): string {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== VERSION || !iv || !body || !tag) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', current().encryption, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** Deterministic keyed hash for equality lookups (duplicate detection) without storing the value. */
export function lookupHash(kind: string, value: string): string {
  return createHmac('sha256', current().lookup).update(`${kind}\u0000${value}`).digest('base64url');
}
