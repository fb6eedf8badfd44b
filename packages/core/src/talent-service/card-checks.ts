import { verifyCard } from './card.ts';

/**
 * The check behind a service card's QR code, which anyone may make. In a module of its own, apart
 * from `TalentService` and the area's index, so that the public function, which serves it, loads
 * this check only.
 */
export const ServiceCardChecks = { verify: verifyCard };
