import { useState } from 'preact/hooks';
import { agencyName, type KioskConfig } from '../../domain/config.ts';
import { announce } from '../a11y/announcer.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { HeldBlock } from '../numbering/types.ts';
import { requestBlockRefresh } from '../outbox/sync-engine.ts';

interface HeldNumbersProps {
  blocks: readonly HeldBlock[];
  config: KioskConfig;
  canRefresh: boolean;
}

/** Shows the numbers the device can still issue offline, per agency and year, with a refresh button. */
export function HeldNumbers({ blocks, config, canRefresh }: HeldNumbersProps) {
  const { t, language } = useTranslation();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<string>();
  const left = blocks.filter((block) => block.nextSeq <= block.lastSeq);

  const refresh = async () => {
    if (pending) return;
    setPending(true);
    const report = await requestBlockRefresh();
    setPending(false);
    // No report means the sync engine has not started yet; treat it like a failed attempt.
    const message = t(`setup.refreshResult.${report?.blocks ?? 'failed'}`);
    setResult(message);
    announce(message);
  };

  return (
    // Unnamed, so only the scrolling table below is a region with this title (axe landmark-unique).
    <section>
      <h2 id="setup-numbers-title">{t('setup.numbersTitle')}</h2>
      <p>{t('setup.numbersIntro')}</p>
      {left.length === 0 ? (
        <p>{t('setup.numbersNone')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="setup-numbers-title" tabIndex={0}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('setup.numbersAgency')}</th>
                <th scope="col">{t('setup.numbersYear')}</th>
                <th scope="col">{t('setup.numbersRemaining')}</th>
                <th scope="col">{t('setup.numbersRange')}</th>
              </tr>
            </thead>
            <tbody>
              {left.map((block) => (
                <tr key={block.id}>
                  <th scope="row">{agencyName(config, block.agency, language)}</th>
                  <td>{block.year}</td>
                  <td>{block.lastSeq - block.nextSeq + 1}</td>
                  <td>{t('setup.numbersRangeValue', { next: block.nextSeq, last: block.lastSeq })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRefresh && (
        <button type="button" class="button button--secondary" aria-disabled={pending || undefined} onClick={() => void refresh()}>
          {pending ? t('setup.refreshing') : t('setup.refresh')}
        </button>
      )}
      {result && <p class="setup-result">{result}</p>}
    </section>
  );
}
