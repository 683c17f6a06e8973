import { useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { view } from '@forge/bridge';
import { ClassificationSchema, type Classification } from '../../../src/domain/schemas/classification';
import { ClassificationForm } from '../../shared/classification/ClassificationForm';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A stored value that no longer passes the schema (an older app version, a REST write) opens as an empty form
 * rather than crashing the dialog; the agent sees why.
 */
function initialValueOf(fieldValue: unknown): { value: Classification | null; isUnreadable: boolean } {
  if (fieldValue === null || fieldValue === undefined) return { value: null, isUnreadable: false };
  const parsed = ClassificationSchema.safeParse(fieldValue);
  return parsed.success ? { value: parsed.data, isUnreadable: false } : { value: null, isUnreadable: true };
}

/** The custom field's edit view: Jira writes what `view.submit` hands over, after the same schema check as the panel. */
export function ClassificationFieldEdit({ fieldValue }: { fieldValue: unknown }) {
  const [initial] = useState(() => initialValueOf(fieldValue));
  return (
    <main style={{ padding: token('space.200'), color: token('color.text'), display: 'grid', gap: token('space.200') }}>
      {initial.isUnreadable && (
        <SectionMessage appearance="warning" title="The stored classification could not be read">
          <p>Classify the issue again; saving replaces the stored value.</p>
        </SectionMessage>
      )}
      <ClassificationForm
        initial={initial.value}
        submitLabel="Save"
        onSubmit={(value) => view.submit(value).then(() => null, errorText)}
        onCancel={() => void view.close()}
      />
    </main>
  );
}
