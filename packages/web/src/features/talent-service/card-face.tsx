import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { QrCode } from '../../ui/qr-code';

export type ServiceCard = components['schemas']['ServiceCard'];
type Label = ServiceCard['tierLabel'];

/** A label of the policy in the reader's language. */
export const inLang = (label: Label, lang: string) => (lang === 'en' ? label.en : label.zh);

/** Where the card's QR code leads: the public check on this app's own origin. */
export const checkUrl = (card: Pick<ServiceCard, 'verifyPath'>) => `${window.location.origin}${card.verifyPath}`;

/** The benefits a card gives, as the policy in force names them. */
export function BenefitList({ benefits }: { benefits: ServiceCard['benefits'] }) {
  const { lang } = useI18n();
  return (
    <ul className="card-benefits">
      {benefits.map((benefit) => (
        <li key={benefit.key}>
          <span className="card-benefit-label">{inLang(benefit.label, lang)}</span>
          {benefit.detail && <span className="card-benefit-detail">{inLang(benefit.detail, lang)}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * The card as the holder shows it at a desk: issuer, holder, tier, number and dates on the front, the QR
 * code big enough to scan from a phone held out, and the benefits under it.
 */
export function CardFace({ card, holder }: { card: ServiceCard; holder: string }) {
  const { t, lang } = useI18n();
  const url = checkUrl(card);
  return (
    <article className={`service-card${card.valid ? '' : ' is-invalid'}`} aria-labelledby="service-card-issuer">
      <header className="service-card-front">
        <p id="service-card-issuer" className="service-card-issuer">
          {t('card.issuer')}
        </p>
        <dl className="service-card-facts">
          <div>
            <dt>{t('card.holder')}</dt>
            <dd className="service-card-holder">{holder}</dd>
          </div>
          <div>
            <dt>{t('card.tier')}</dt>
            <dd>{inLang(card.tierLabel, lang)}</dd>
          </div>
          <div>
            <dt>{t('card.number')}</dt>
            <dd className="service-card-number">{card.cardNumber}</dd>
          </div>
        </dl>
        <p className="service-card-dates">
          {t('card.valid_from_until', { from: card.validFrom, until: card.validUntil })}
        </p>
      </header>
      <div className="service-card-qr">
        <QrCode text={url} label={t('card.qr_label', { url })} />
        <p className="hint">{t('card.show_qr')}</p>
      </div>
      <section aria-labelledby="service-card-benefits">
        <h2 id="service-card-benefits">{t('card.benefits')}</h2>
        <BenefitList benefits={card.benefits} />
      </section>
    </article>
  );
}
