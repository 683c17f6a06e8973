import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';

/** Someone saved the checklist since this draft was loaded: say who and when (the backend's message), offer a reload. */
export function SaveConflict({ message, onReload }: { message: string; onReload: () => void }) {
  return (
    <SectionMessage appearance="warning" title="The checklist changed while you were editing">
      <p data-testid="cab-conflict">{message}</p>
      <p>Reloading shows their answers; your unsaved answers are discarded.</p>
      <Button appearance="default" onClick={onReload}>
        Reload the checklist
      </Button>
    </SectionMessage>
  );
}
