import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

const text = fr.calls.manage;

/** The applicant's files: links that download (the server answers `Content-Disposition: attachment`). */
export function AttachmentLinks({
  callId,
  files,
}: {
  callId: string;
  files: { id: string; filename: string; sizeBytes: number }[];
}) {
  if (!files.length) return <>{text.noFile}</>;
  return (
    <ul className="plain-list">
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/appels/${callId}/pieces/${file.id}`} download={file.filename}>
            {t(text.download, { name: file.filename, size: Math.max(1, Math.round(file.sizeBytes / 1024)) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
