import { linkSuggestions } from '../../../src/domain/complianceLinks';
import { parseClauseId, type ClauseId } from '../../../src/domain/catalog';

const id = (text: string): ClauseId => {
  const parsed = parseClauseId(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

describe('cross-standard link suggestions', () => {
  it('offers medium-confidence mappings as suggestions only, with confidence and relation', () => {
    const suggestions = linkSuggestions([id('ISO20000-1:8.6.1')]);
    expect(suggestions.find((suggestion) => suggestion.id === 'ISO27001:A.5.24')).toEqual({
      id: 'ISO27001:A.5.24',
      standard: 'ISO27001',
      title: expect.any(String),
      kind: 'suggestion',
      confidence: 'medium',
      relation: 'partial-overlap',
      because: ['ISO20000-1:8.6.1'],
    });
  });

  it('offers high-confidence mappings as equivalents that can be linked, first', () => {
    const suggestions = linkSuggestions([id('ISO27001:A.5.24')]);
    expect(suggestions[0]).toMatchObject({ id: 'ISO20000-1:8.7.3.3', kind: 'equivalent', confidence: 'high' });
    expect(suggestions.filter((suggestion) => suggestion.kind === 'equivalent').every((suggestion) => suggestion.confidence === 'high')).toBe(true);
  });

  it('includes harmonized-structure equivalents of management system clauses', () => {
    const suggestions = linkSuggestions([id('ISO27001:9.2')]);
    expect(suggestions).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'ISO42001:9.2', kind: 'equivalent' })]));
  });

  it('never suggests what is already linked or a clause of the same standard', () => {
    const linked = [id('ISO20000-1:8.6.1'), id('ISO27001:A.5.24')];
    const suggestions = linkSuggestions(linked);
    expect(suggestions.map((suggestion) => suggestion.id)).not.toContain('ISO27001:A.5.24');
    expect(suggestions.map((suggestion) => suggestion.id)).not.toContain('ISO20000-1:8.6.1');
    for (const suggestion of suggestions) {
      expect(suggestion.because.every((source) => !source.startsWith(`${suggestion.standard}:`))).toBe(true);
    }
  });

  it('keeps the strongest confidence when two linked clauses lead to the same suggestion', () => {
    const suggestions = linkSuggestions([id('ISO20000-1:8.6.1'), id('ISO27001:A.5.24')]);
    const sla = suggestions.find((suggestion) => suggestion.id === 'ISO42001:A.8.4');
    expect(sla).toMatchObject({ confidence: 'medium', because: ['ISO20000-1:8.6.1', 'ISO27001:A.5.24'] });
  });
});
