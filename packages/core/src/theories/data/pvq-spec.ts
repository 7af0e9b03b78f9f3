import type { TheorySpec } from '../types';

/**
 * Schwartz's refined theory of basic human values (PVQ-RR style) as theory data. A DAG:
 * hedonism, humility and face sit on boundaries of the value circle and have two parents each.
 * Definitions and personas are the project's own wording.
 */
export const pvqSpec: TheorySpec = {
  id: 'pvq',
  name: "Schwartz's theory of basic human values",
  aliases: ['svt', 'schwartz'],
  valueLabel: 'value',
  root: 'root',
  hierarchy: {
    root: ['growth', 'self-protection'],
    growth: ['self-transcendence', 'openness-to-change'],
    'self-protection': ['self-enhancement', 'conservation'],
    'self-transcendence': ['benevolence', 'universalism', 'humility'],
    'openness-to-change': ['self-direction', 'stimulation', 'hedonism'],
    'self-enhancement': ['achievement', 'power', 'hedonism', 'face'],
    conservation: ['conformity', 'tradition', 'security', 'humility', 'face'],
    benevolence: ['benevolence:dependability', 'benevolence:caring'],
    universalism: ['universalism:tolerance', 'universalism:concern', 'universalism:nature'],
    'self-direction': ['self-direction:action', 'self-direction:thought'],
    power: ['power:resources', 'power:dominance'],
    conformity: ['conformity:interpersonal', 'conformity:rules'],
    security: ['security:personal', 'security:societal'],
  },
  midLevel: [
    'benevolence',
    'universalism',
    'self-direction',
    'stimulation',
    'hedonism',
    'achievement',
    'power',
    'conformity',
    'tradition',
    'security',
    'face',
    'humility',
  ],
  names: {
    root: 'Basic Human Values',
    'self-protection': 'Self-Protection',
    'self-transcendence': 'Self-Transcendence',
    'openness-to-change': 'Openness to Change',
    'self-enhancement': 'Self-Enhancement',
    'self-direction': 'Self-Direction',
    'self-direction:action': 'Self-Direction: Action',
    'self-direction:thought': 'Self-Direction: Thought',
  },
  definitions: {
    root: 'The full circle of basic human values: broad, lasting goals that guide how people choose and judge actions in every area of life.',
    growth: 'Values people pursue when they feel secure enough to reach outward, explore and develop themselves.',
    'self-protection':
      "Values that guard against anxiety and threat by keeping oneself, one's standing and one's surroundings safe and predictable.",
    'self-transcendence': "Values that put the welfare of other people and of nature ahead of one's own interests.",
    'openness-to-change': 'Values that favour independent thinking, new experiences and readiness for change.',
    'self-enhancement':
      "Values that pursue one's own success, standing and gratification, even at the expense of others.",
    conservation: 'Values that favour order, self-restraint, continuity with the past and resistance to change.',
    benevolence:
      'Caring for and protecting the well-being of the people one deals with every day, such as family, friends and colleagues.',
    'benevolence:dependability':
      "Being a reliable and trustworthy member of one's close circle whom the others can count on.",
    'benevolence:caring': "Actively devoting oneself to the welfare and comfort of the people in one's close circle.",
    universalism:
      'Understanding, tolerating and protecting the welfare of all people and of the natural world, not only of those close to oneself.',
    'universalism:tolerance':
      "Accepting and trying to understand people whose views, ways of life or backgrounds differ from one's own.",
    'universalism:concern':
      'Commitment to equality, justice and protection for all people, including strangers and the disadvantaged.',
    'universalism:nature': 'Protecting and preserving the natural environment for its own sake.',
    'self-direction':
      "Independent thought and action: choosing, creating and exploring according to one's own judgment.",
    'self-direction:action': "The freedom to decide for oneself what to do and to set one's own goals.",
    'self-direction:thought': "The freedom to form and develop one's own ideas, opinions and abilities.",
    stimulation: 'Seeking excitement, novelty and challenge so that life stays varied and lively.',
    hedonism: 'Seeking pleasure, enjoyment and gratification of the senses for oneself.',
    achievement: 'Personal success won by showing competence by the standards that others recognise.',
    power: 'Gaining social status and prestige together with control over people and resources.',
    'power:resources': 'Power that comes from owning or controlling money, goods and other material resources.',
    'power:dominance': 'Power exercised by directing, controlling or commanding other people.',
    conformity: 'Holding back actions and impulses that could upset or harm others or break social expectations.',
    'conformity:interpersonal': 'Avoiding behaviour that would hurt, annoy or embarrass the people around oneself.',
    'conformity:rules': 'Complying with rules, laws and formal obligations even when nobody is watching.',
    tradition:
      "Respecting, committing to and keeping alive the customs and ideas handed down by one's culture, family or religion.",
    security: "Safety, harmony and stability for oneself, one's relationships and one's society.",
    'security:personal': "Safety and stability in one's immediate surroundings, health and livelihood.",
    'security:societal': 'Safety, order and stability of the wider society and of the nation.',
    face: "Protecting one's public image and reputation and avoiding embarrassment or humiliation.",
    humility: 'Seeing oneself as a small part of a much larger whole and not seeking attention or praise.',
  },
  personas: {
    benevolence:
      'You value the well-being of the people closest to you: caring for your family, friends and colleagues, helping them and being someone they can rely on.',
    universalism:
      'You value understanding, tolerance and protection for all people and for nature, including people far away from you and unlike you.',
    'self-direction':
      'You value independent thought and action: forming your own views, choosing your own goals and deciding for yourself how to reach them.',
    stimulation:
      'You value excitement, novelty and challenge: new experiences, variety and the thrill of the unfamiliar.',
    hedonism: 'You value pleasure and enjoyment for yourself: having a good time and indulging in whatever feels good.',
    achievement:
      'You value personal success: showing your competence, reaching ambitious goals and being recognised for doing well.',
    power: 'You value status, wealth and control: authority over other people and command over resources.',
    conformity:
      'You value self-restraint and compliance: following rules and expectations and avoiding anything that would upset or offend others.',
    tradition:
      'You value the customs and beliefs handed down by your culture, family or religion: honouring them and keeping them alive.',
    security:
      'You value safety and stability for yourself, your loved ones and your society: order, protection and freedom from threat.',
    face: 'You value your public image and reputation: keeping the respect of others and avoiding embarrassment or humiliation.',
    humility:
      'You value modesty: seeing yourself as a small part of a larger whole and not seeking praise or attention.',
  },
};
