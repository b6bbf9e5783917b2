import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '@/domain/escalation/escalation';

/**
 * A checklist photo from the device's store. The object URL lives as long as the image: it is
 * revoked on unmount or when the photo changes.
 */
export function ReportPhoto({
  photo,
  label,
  loadPhoto,
}: {
  photo: AttachmentRef;
  label: string;
  loadPhoto: (sha256: string) => Promise<Blob | undefined>;
}) {
  const { t } = useTranslation('readiness');
  const [loaded, setLoaded] = useState<{ sha256: string; url: string | null } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let url: string | null = null;
    loadPhoto(photo.sha256).then(
      (blob) => {
        if (!isCurrent) return;
        url = blob ? URL.createObjectURL(blob) : null;
        setLoaded({ sha256: photo.sha256, url });
      },
      () => {
        if (isCurrent) setLoaded({ sha256: photo.sha256, url: null });
      },
    );
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [photo.sha256, loadPhoto]);

  if (loaded?.sha256 !== photo.sha256) return null;
  if (!loaded.url) return <p className="muted">{t('report.photoMissing', { name: photo.name })}</p>;
  return (
    <img
      className="readiness-report-photo"
      src={loaded.url}
      alt={t('report.photo', { item: label })}
    />
  );
}
