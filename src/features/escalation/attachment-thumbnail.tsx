import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '@/domain/escalation/escalation';

export type LoadAttachment = (sha256: string) => Promise<Blob | null | undefined>;

/**
 * A note's photo or screenshot from the device's store. The object URL lives exactly as long as
 * the thumbnail: it is revoked on unmount (or when the attachment changes), so blobs are not held.
 */
export function AttachmentThumbnail({
  attachment,
  loadAttachment,
}: {
  attachment: AttachmentRef;
  loadAttachment: LoadAttachment;
}) {
  const { t } = useTranslation('escalation');
  const [loaded, setLoaded] = useState<{ sha256: string; url: string | null } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let url: string | null = null;
    loadAttachment(attachment.sha256).then(
      (blob) => {
        if (!isCurrent) return;
        url = blob ? URL.createObjectURL(blob) : null;
        setLoaded({ sha256: attachment.sha256, url });
      },
      () => {
        if (isCurrent) setLoaded({ sha256: attachment.sha256, url: null });
      },
    );
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachment.sha256, loadAttachment]);

  if (loaded?.sha256 !== attachment.sha256) return null;
  if (!loaded.url) {
    return <p className="muted">{t('messages.attachmentMissing', { name: attachment.name })}</p>;
  }
  return (
    <img
      className="attachment-thumbnail"
      src={loaded.url}
      alt={t('messages.attachment', { name: attachment.name })}
    />
  );
}
