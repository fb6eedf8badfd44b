import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { LoadError, Loading } from '../../ui/feedback';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

/** Dates on a Chinese letter read 2024年8月1日. */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * The acceptance letter (接收函), a formal document in Chinese whatever the interface language.
 * Printing leaves only the sheet (see the print rules), so "save as PDF" gives the letter alone.
 */
export default function AcceptanceLetterPage() {
  const { registrationId = '' } = useParams();
  const { t } = useI18n();
  const { user } = useSession();
  const letter = useResource(
    (signal) =>
      unwrap(api.GET('/v1/placements/{registrationId}/letter', { params: { path: { registrationId } }, signal })),
    ['/v1/placements/{registrationId}/letter', registrationId],
  );
  useTitle(t('letter.title'));
  const l = letter.data;

  return (
    <section className="page" aria-labelledby="letter-title">
      <div className="page-head no-print">
        {user?.role === 'organiser' && l ? (
          <p className="back">
            <Link to="/placements">{t('board.back')}</Link>
          </p>
        ) : (
          <span />
        )}
        <button type="button" className="button primary" onClick={() => window.print()} disabled={!l}>
          {t('letter.print')}
        </button>
      </div>
      {letter.status === 'error' && <LoadError error={letter.error} onRetry={letter.reload} />}
      {!l && letter.status === 'loading' && <Loading />}
      {l && (
        <article className="letter" lang="zh-CN" data-testid="letter">
          <header className="letter-head">
            <p className="letter-office">{l.office}</p>
            <p className="letter-slogan">{l.slogan}</p>
          </header>
          <h1 id="letter-title">接收函</h1>
          <p className="letter-no">编号：{l.letterNo}</p>
          <p>{l.universityName}：</p>
          <p className="letter-body">
            贵校{l.degreeLevel}研究生{l.internName}同学（{l.major}专业）经推荐参加“{l.cohortName}”，经审核，同意接收其于
            {chineseDate(l.startDate)}至{chineseDate(l.endDate)}到{l.hostUnitName}开展社会实践，实践岗位为“
            {l.projectTitle}”。
          </p>
          <ul className="letter-facts">
            <li>
              实践单位：{l.hostUnitName}（{l.county}，{l.cluster}产业集群）
            </li>
            <li>单位地址：{l.hostUnitAddress}</li>
            <li>单位指导人：{l.projectSupervisor}</li>
            {l.mentorName && (
              <li>
                帮带导师：{l.mentorName} {l.mentorTitle}
              </li>
            )}
          </ul>
          <p className="letter-body">
            我们将为实践学生提供生活保障、帮带培养与必要的工作条件。欢迎你来阿克苏，才聚阿克苏、圆梦在天山！
          </p>
          <p className="letter-body">特此函告。</p>
          <div className="letter-sign">
            <p>{l.office}</p>
            <p>{chineseDate(l.issuedOn)}</p>
          </div>
        </article>
      )}
    </section>
  );
}
