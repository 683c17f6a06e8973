import { useId } from 'react';
import { RadioGroup } from '@atlaskit/radio';
import Spinner from '@atlaskit/spinner';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { DefinitionForm } from './definitionForm';
import { FieldLabel } from './FieldLabel';
import type { ScopeCheck } from './useScopeCheck';

type Scope = Pick<DefinitionForm, 'scopeKind' | 'projects' | 'issueTypes' | 'jql'>;

function ScopeCheckMessage({ check, id }: { check: ScopeCheck; id: string }) {
  const style = { margin: `${token('space.050')} 0 0`, font: token('font.body.small'), display: 'flex', gap: token('space.050'), alignItems: 'center' };
  switch (check.status) {
    case 'idle':
      return <p id={id} style={{ ...style, color: token('color.text.subtle') }}>Jira checks the query as you type.</p>;
    case 'checking':
      return (
        <p id={id} style={{ ...style, color: token('color.text.subtle') }}>
          <Spinner size="small" label="Checking the JQL" /> Checking with Jira…
        </p>
      );
    case 'valid':
      return <p id={id} style={{ ...style, color: token('color.text.success') }} data-testid="scope-valid">Jira accepts this query.</p>;
    case 'invalid':
      return <p id={id} role="alert" style={{ ...style, color: token('color.text.danger') }} data-testid="scope-error">{check.message}</p>;
  }
}

/** Which issues count as evidence: projects and issue types, or a JQL filter checked by Jira as it is typed. */
export function ScopeFields({ value, check, onChange }: { value: Scope; check: ScopeCheck; onChange: (next: Scope) => void }) {
  const id = useId();
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
      <legend style={{ font: token('font.heading.xsmall'), marginBottom: token('space.100') }}>Scope</legend>
      <RadioGroup
        name={`${id}-kind`}
        value={value.scopeKind}
        onChange={(event) => onChange({ ...value, scopeKind: event.currentTarget.value === 'jql' ? 'jql' : 'basic' })}
        options={[
          { name: `${id}-kind`, value: 'basic', label: 'Projects and issue types' },
          { name: `${id}-kind`, value: 'jql', label: 'A JQL filter' },
        ]}
      />
      {value.scopeKind === 'basic' ? (
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: token('space.150') }}>
          <div>
            <FieldLabel htmlFor={`${id}-projects`}>Project keys (comma separated, empty for all)</FieldLabel>
            <Textfield id={`${id}-projects`} value={value.projects} placeholder="e.g. SEC, ITSM" onChange={(event) => onChange({ ...value, projects: event.currentTarget.value })} />
          </div>
          <div>
            <FieldLabel htmlFor={`${id}-types`}>Issue types (comma separated, empty for all)</FieldLabel>
            <Textfield id={`${id}-types`} value={value.issueTypes} placeholder="e.g. Task, Change" onChange={(event) => onChange({ ...value, issueTypes: event.currentTarget.value })} />
          </div>
        </div>
      ) : (
        <div>
          <FieldLabel htmlFor={`${id}-jql`}>Scope JQL</FieldLabel>
          <Textfield
            id={`${id}-jql`}
            value={value.jql}
            placeholder='e.g. project = SEC AND labels = "audit-2026"'
            isInvalid={check.status === 'invalid'}
            aria-describedby={`${id}-jql-check`}
            onChange={(event) => onChange({ ...value, jql: event.currentTarget.value })}
            testId="scope-jql"
            style={{ fontFamily: token('font.family.code') }}
          />
          <ScopeCheckMessage check={check} id={`${id}-jql-check`} />
        </div>
      )}
    </fieldset>
  );
}
