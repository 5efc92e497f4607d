// The vetoes of a person-name candidate are ordered records (people/candidateVetoes.ts): each
// cites a declared rule, in the order people/rules.ts lists the rules, and a name it turns down
// is reported with that rule, so `analyze --explain` can say why a capitalised phrase is no one.
import assert from 'node:assert/strict';
import { Analyzer, ruleById } from '../../../src/analysis';
import { NAME_VETOES, RUN_VETOES } from '../../../src/analysis/people/candidateVetoes';
import { EVIDENCE_RULES } from '../../../src/analysis/people/candidateEvidence';
import { PEOPLE_RULES } from '../../../src/analysis/people/rules';

describe('person-name vetoes and evidence rules', () => {
  it('cite declared rules, in the order the rule table declares them', () => {
    const order = (id: string): number => PEOPLE_RULES.findIndex(r => r.id === id);
    const cited = [...RUN_VETOES, ...NAME_VETOES, ...EVIDENCE_RULES].map(v => v.rule.id);
    for (const id of cited) assert.ok(ruleById(id), `${id} is not declared`);
    const positions = cited.map(order);
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), `vetoes out of the table's order: ${cited.join(', ')}`);
  });

  it('report the phrase they turn down, with the rule, and no person', () => {
    const analysis = new Analyzer().analyze('Climbers reached Mount Ostravo at dawn, then flew to Hong Kong.');
    assert.deepEqual(analysis.people, []);
    const rejected = (analysis.rejections ?? []).filter(r => r.kind === 'person').map(r => [r.text, r.rules[0]]);
    assert.deepEqual(rejected, [['Mount Ostravo', 'person.place-start'], ['Hong Kong', 'person.known-place']]);
  });

  it('do not report lone pronouns and sentence-opening words as rejected names', () => {
    const analysis = new Analyzer().analyze('He left early. Later, I stayed.');
    assert.deepEqual((analysis.rejections ?? []).filter(r => r.kind === 'person'), []);
  });
});

describe('person-name evidence rules', () => {
  it('record each rule that raised a lone name, in order', () => {
    const people = new Analyzer().analyze('Critics of the Quellon administration protested. Gloria arrived late.').people;
    assert.deepEqual(people.map(p => [p.text, p.rules]), [['Quellon', ['person.leads']], ['Gloria', ['person.given-name']]]);
  });
});
