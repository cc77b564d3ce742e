// The year-to-date achievement with its explanation as the engine gives it: how the months were
// combined, the formula, the same with the numbers substituted, and the result; then the early
// warning (projected year end) when the indicator has one.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { BandLabel } from '../../../ui/BandLabel';
import { Card } from '../../../ui/Card';
import { Notice } from '../../../ui/Notice';
import { formatNumber } from '../../format/formatNumber';
import type { IndicatorAchievement } from '../types/IndicatorDetail';

type Explanation = IndicatorAchievement['yearToDate']['explanation'];

function ExplanationBlock({ title, explanation }: { title: string; explanation: Explanation }) {
  const { t } = useTranslation();
  return (
    <div className="min-w-0">
      <h3 className="font-semibold">{title}</h3>
      <dl className="mt-1 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-ink-muted">{t('indicator.achievement.formula')}</dt>
        <dd className="font-mono break-words">{explanation.formula}</dd>
        <dt className="text-ink-muted">{t('indicator.achievement.substituted')}</dt>
        <dd className="font-mono break-words">{explanation.substituted}</dd>
        {explanation.reason ? (
          <>
            <dt className="text-ink-muted">{t('indicator.achievement.reason')}</dt>
            <dd>{t(`indicator.reason.${explanation.reason}`, { defaultValue: explanation.reason })}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export function AchievementPanel({
  achievement,
  unit,
}: {
  achievement: IndicatorAchievement | null;
  unit: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!achievement) return null;
  const ytd = achievement.yearToDate;
  const warning = achievement.earlyWarning;
  return (
    <>
      <Card title={t('indicator.achievement.title')}>
        <div
          data-testid="indicator-achievement"
          data-raw={ytd.raw ?? ''}
          data-capped={ytd.capped ?? ''}
          data-band={ytd.band}
          className="flex flex-wrap items-end gap-x-6 gap-y-2"
        >
          <p className="text-4xl font-bold">{formatNumber(ytd.raw, 2, locale)}%</p>
          <div className="text-sm">
            <BandLabel band={ytd.band} />
            <p>
              {t('drill.predikat')}: {t(`predikat.${ytd.predikat}`)}
            </p>
            {ytd.capped != null && ytd.raw != null && ytd.capped !== ytd.raw ? (
              <p>{t('indicator.achievement.capped', { value: formatNumber(ytd.capped, 2, locale) })}</p>
            ) : null}
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt className="text-ink-muted">{t('indicator.achievement.realisation')}</dt>
            <dd>
              {formatNumber(ytd.realisation, 2, locale)} {unit}
            </dd>
            <dt className="text-ink-muted">{t('indicator.achievement.target')}</dt>
            <dd>
              {ytd.target != null
                ? `${formatNumber(ytd.target, 2, locale)} ${unit}`
                : ytd.targetLow != null || ytd.targetHigh != null
                  ? `${formatNumber(ytd.targetLow, 2, locale)} – ${formatNumber(ytd.targetHigh, 2, locale)} ${unit}`
                  : '—'}
            </dd>
          </dl>
        </div>
        {ytd.problem ? (
          <Notice tone="error" className="mt-3">
            {t('indicator.achievement.problem', { field: ytd.problem.field, rule: ytd.problem.rule })}
          </Notice>
        ) : null}
        <div data-testid="indicator-explanation" className="mt-4 grid gap-4 lg:grid-cols-2">
          <ExplanationBlock title={t('indicator.achievement.aggregation')} explanation={ytd.aggregation} />
          <ExplanationBlock title={t('indicator.achievement.explanation')} explanation={ytd.explanation} />
        </div>
      </Card>
      {warning ? (
        <Card title={t('indicator.warning.title')}>
          <div data-testid="indicator-early-warning" data-at-risk={warning.atRisk}>
            {warning.atRisk ? (
              <Notice tone="error" className="mb-3">
                {t('indicator.warning.atRisk')}
              </Notice>
            ) : (
              <p className="mb-3">{t('indicator.warning.onTrack')}</p>
            )}
            <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-ink-muted">{t('indicator.warning.ytd')}</dt>
              <dd>{formatNumber(warning.yearToDateRealisation, 2, locale)}</dd>
              <dt className="text-ink-muted">{t('indicator.warning.projected')}</dt>
              <dd>{formatNumber(warning.projectedRealisation, 2, locale)}</dd>
              <dt className="text-ink-muted">{t('indicator.warning.annualTarget')}</dt>
              <dd>{formatNumber(warning.annualTarget, 2, locale)}</dd>
              <dt className="text-ink-muted">{t('indicator.warning.projectedAchievement')}</dt>
              <dd className="flex flex-wrap items-center gap-2">
                {formatNumber(warning.projected?.raw, 2, locale)}%
                {warning.projected ? <BandLabel band={warning.projected.band} /> : null}
              </dd>
            </dl>
            <div className="mt-3">
              <ExplanationBlock
                title={t('indicator.warning.explanation')}
                explanation={warning.explanation}
              />
            </div>
          </div>
        </Card>
      ) : null}
    </>
  );
}
