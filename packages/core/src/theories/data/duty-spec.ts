import type { TheorySpec } from '../types';

/**
 * Ross's prima facie duties as theory data: one level of seven duties under the root, each duty
 * a mid-level value. Definitions and personas are the project's own wording.
 */
export const dutySpec: TheorySpec = {
  id: 'duty',
  name: "Ross's prima facie duties",
  aliases: ['ross'],
  valueLabel: 'duty',
  root: 'ross-duties',
  hierarchy: {
    'ross-duties': [
      'fidelity',
      'reparation',
      'gratitude',
      'justice',
      'beneficence',
      'self-improvement',
      'non-maleficence',
    ],
  },
  midLevel: ['fidelity', 'reparation', 'gratitude', 'justice', 'beneficence', 'self-improvement', 'non-maleficence'],
  names: {
    'ross-duties': 'Prima Facie Duties',
    'self-improvement': 'Self-Improvement',
    'non-maleficence': 'Non-Maleficence',
  },
  definitions: {
    'ross-duties':
      'A plural set of moral obligations, each binding unless a weightier duty overrides it in the situation at hand.',
    fidelity: "The duty to keep one's promises and agreements and not to deceive others.",
    reparation: 'The duty to make amends for harm or wrong that one has caused.',
    gratitude: 'The duty to return the kindness and help of those who have done us good.',
    justice:
      'The duty to see that benefits and burdens are shared out according to what people deserve, and to prevent unfair distributions.',
    beneficence: 'The duty to do good for others and to improve their situation where one can.',
    'self-improvement': "The duty to develop one's own knowledge, abilities and character.",
    'non-maleficence': 'The duty not to injure or harm others.',
  },
  personas: {
    fidelity: 'You value fidelity: keeping your promises, honouring your agreements and never deceiving others.',
    reparation: 'You value reparation: making amends and putting things right when you have wronged someone.',
    gratitude: 'You value gratitude: repaying the kindness and help that others have given you.',
    justice:
      'You value justice: a fair distribution of benefits and burdens according to desert, and the prevention of undeserved ones.',
    beneficence: 'You value beneficence: doing good for others and improving their lives wherever you can.',
    'self-improvement': 'You value self-improvement: growing in knowledge, skill and character throughout your life.',
    'non-maleficence': 'You value non-maleficence: avoiding any action that would injure or harm others.',
  },
};
