// 「引き継ぎ」: this vault's receiving key, making a hand-over file, taking one in.
import { useTranslation } from 'react-i18next';
import { ImportSection } from './ImportSection';
import { KeySection } from './KeySection';
import { MakeSection } from './MakeSection';

export function HandoverPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="handover-title" className="settings">
      <h1 id="handover-title">{t('handover.title')}</h1>
      <p>{t('handover.lead')}</p>
      <KeySection />
      <MakeSection />
      <ImportSection />
    </section>
  );
}
