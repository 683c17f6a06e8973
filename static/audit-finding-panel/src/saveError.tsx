import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';

export type SaveError = { message: string; isConflict: boolean } | null;

/** A refused save: a stale version offers a reload, anything else shows the backend's message. */
export function SaveErrorMessage({ error, title, onReload, testId }: { error: SaveError; title: string; onReload: () => void; testId?: string }) {
  if (error === null) return null;
  return (
    <SectionMessage appearance="error" title={title} actions={error.isConflict ? <SectionMessageAction onClick={onReload}>Reload</SectionMessageAction> : undefined}>
      <p data-testid={testId}>{error.message}</p>
    </SectionMessage>
  );
}
