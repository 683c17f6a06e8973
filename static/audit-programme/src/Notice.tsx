import SectionMessage from '@atlaskit/section-message';

export type NoticeValue = { ok: boolean; title?: string; text: string } | null;

/** Success or refusal of the last action, as a section message the screen reader announces. */
export function Notice({ notice, testId }: { notice: NoticeValue; testId: string }) {
  if (notice === null) return null;
  return (
    <div role={notice.ok ? 'status' : 'alert'} data-testid={testId}>
      <SectionMessage appearance={notice.ok ? 'success' : 'error'} {...(notice.title ? { title: notice.title } : {})}>
        <p>{notice.text}</p>
      </SectionMessage>
    </div>
  );
}
