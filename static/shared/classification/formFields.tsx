import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

/** The help line and, when there is one, the problem under a field; ids for the input's aria-describedby. */
export function FieldNotes({ id, help, problem }: { id: string; help: string; problem: string | undefined }) {
  return (
    <>
      <p id={`${id}-help`} style={{ margin: `${token('space.025')} 0 0`, font: token('font.body.small'), color: token('color.text.subtlest') }}>
        {help}
      </p>
      {problem !== undefined && (
        <p id={`${id}-problem`} role="alert" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.danger') }}>
          {problem}
        </p>
      )}
    </>
  );
}

export const describedBy = (id: string, problem: string | undefined): string => (problem === undefined ? `${id}-help` : `${id}-help ${id}-problem`);

const labelText = { font: token('font.body'), color: token('color.text') };
const choiceRow = { display: 'flex', alignItems: 'center', gap: token('space.075'), cursor: 'pointer' } as const;
const nativeInput = { margin: 0, width: '16px', height: '16px', accentColor: token('color.background.selected.bold') };

export function CheckboxField(props: { id: string; label: string; help: string; problem?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, help, problem, checked, onChange } = props;
  return (
    <div>
      <label htmlFor={id} style={{ ...choiceRow, ...labelText }}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby={describedBy(id, problem)}
          aria-invalid={problem !== undefined}
          style={nativeInput}
        />
        {label}
      </label>
      <FieldNotes id={id} help={help} problem={problem} />
    </div>
  );
}

export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ padding: 0, marginBottom: token('space.075'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

/** A small set of exclusive choices (severity, CIA impact) as radio buttons: every option visible, one click each. */
export function RadioGroupField<V extends string>(props: {
  id: string;
  legend: string;
  help: string;
  problem?: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
}) {
  const { id, legend, help, problem, options, value, onChange } = props;
  return (
    <fieldset aria-describedby={describedBy(id, problem)} aria-invalid={problem !== undefined} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ padding: 0, marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
        {legend}
      </legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: `${token('space.050')} ${token('space.200')}` }}>
        {options.map((option) => (
          <label key={option.value} htmlFor={`${id}-${option.value}`} style={{ ...choiceRow, ...labelText }}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              style={nativeInput}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldNotes id={id} help={help} problem={problem} />
    </fieldset>
  );
}
