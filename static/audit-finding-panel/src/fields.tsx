import { token } from '@atlaskit/tokens';
import { FieldNotes, describedBy } from '../../shared/classification/formFields';

export const headingStyle = { font: token('font.heading.xsmall'), color: token('color.text'), margin: `0 0 ${token('space.100')}` } as const;
export const subtleText = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') } as const;
export const blockStyle = { display: 'grid', gap: token('space.150') } as const;
export const labelStyle = { display: 'block', marginBottom: token('space.050'), font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') } as const;

const inputStyle = (hasProblem: boolean) => ({
  width: '100%',
  boxSizing: 'border-box' as const,
  padding: token('space.075'),
  font: token('font.body'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${hasProblem ? token('color.border.danger') : token('color.border.input')}`,
  borderRadius: token('radius.small'),
});

/** A labelled multi-line text field with its help line, as the CAB panel's comment field. */
export function TextAreaField(props: { id: string; label: string; help: string; value: string; rows?: number; problem?: string; readOnly?: boolean; onChange: (value: string) => void }) {
  const { id, label, help, value, rows = 3, problem, readOnly = false, onChange } = props;
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        readOnly={readOnly}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy(id, problem)}
        onChange={(event) => onChange(event.currentTarget.value)}
        style={{ ...inputStyle(problem !== undefined), resize: 'vertical' }}
      />
      <FieldNotes id={id} help={help} problem={problem} />
    </div>
  );
}

/** A labelled one-line input (text or date). */
export function InputField(props: { id: string; label: string; help: string; value: string; type?: 'text' | 'date'; problem?: string; readOnly?: boolean; onChange: (value: string) => void }) {
  const { id, label, help, value, type = 'text', problem, readOnly = false, onChange } = props;
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        readOnly={readOnly}
        aria-invalid={problem !== undefined}
        aria-describedby={describedBy(id, problem)}
        onChange={(event) => onChange(event.currentTarget.value)}
        style={inputStyle(problem !== undefined)}
      />
      <FieldNotes id={id} help={help} problem={problem} />
    </div>
  );
}
