/**
 * Where a form would be, when the initiative's stage or state does not take this write: the
 * reason, in the words of `dossier-write-rules.ts`, instead of a form that would be refused.
 */
export function WriteBlocked({ reason }: { reason: string }) {
  return (
    <div className="notice" role="note">
      <p>{reason}</p>
    </div>
  );
}
