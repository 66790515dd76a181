// 見守り・相談記録: a new entry (optionally for a person) or an existing one to view, edit or trash.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { getContact, type Contact } from './contactRepo';
import { ContactForm } from './ContactForm';
import { forgetSaved } from './logState';

export function ContactFormPage({
  id,
  personId,
  back,
}: {
  id?: string | undefined;
  personId?: string | undefined;
  back?: 'reach' | undefined;
}) {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const [loaded, setLoaded] = useState<{ contact: Contact | undefined } | { error: string } | null>(id ? null : { contact: undefined });

  useEffect(() => forgetSaved(), []);
  useEffect(() => {
    if (!id) return;
    let alive = true;
    getContact(session, id)
      .then((contact) => alive && setLoaded({ contact: contact && contact.deletedAt === 0 ? contact : undefined }))
      .catch((e: unknown) => alive && setLoaded({ error: errorMessage(e) }));
    return () => {
      alive = false;
    };
  }, [session, id]);

  if (!loaded) return <p>{t('app.loading')}</p>;
  if ('error' in loaded) return <ErrorBox message={loaded.error} />;
  if (id && !loaded.contact) return <ErrorBox message={t('errors.NotFound')} />;
  return <ContactForm existing={loaded.contact} personId={personId} back={back} />;
}
