import type { TheorySpec } from '../types';

/**
 * Moral Foundations Theory as theory data: six foundations (the mid-level values) with the
 * virtues that express each. Definitions and personas are the project's own wording.
 */
export const mftSpec: TheorySpec = {
  id: 'mft',
  name: 'Moral Foundations Theory',
  valueLabel: 'foundation',
  root: 'root',
  hierarchy: {
    root: [
      'care-harm',
      'fairness-cheating',
      'loyalty-betrayal',
      'authority-subversion',
      'sanctity-degradation',
      'liberty-oppression',
    ],
    'care-harm': ['caring', 'kindness', 'compassion', 'gentleness'],
    'fairness-cheating': ['fairness', 'justice', 'reciprocity', 'trustworthiness', 'equality'],
    'loyalty-betrayal': ['loyalty', 'patriotism', 'self-sacrifice', 'group-allegiance'],
    'authority-subversion': ['obedience', 'respect', 'deference', 'tradition'],
    'sanctity-degradation': ['purity', 'chastity', 'temperance', 'piety', 'cleanliness'],
    'liberty-oppression': ['autonomy', 'freedom', 'resistance', 'rebellion'],
  },
  midLevel: [
    'care-harm',
    'fairness-cheating',
    'loyalty-betrayal',
    'authority-subversion',
    'sanctity-degradation',
    'liberty-oppression',
  ],
  names: {
    root: 'Moral Foundations',
    'care-harm': 'Care/Harm',
    'fairness-cheating': 'Fairness/Cheating',
    'loyalty-betrayal': 'Loyalty/Betrayal',
    'authority-subversion': 'Authority/Subversion',
    'sanctity-degradation': 'Sanctity/Degradation',
    'liberty-oppression': 'Liberty/Oppression',
    'self-sacrifice': 'Self-Sacrifice',
  },
  definitions: {
    root: "The intuitive moral concerns that, on this theory, underlie people's judgments of right and wrong in every culture.",
    'care-harm':
      'Concern for the suffering of others, with an urge to protect the vulnerable and to avoid causing harm.',
    caring: 'Attending to what others need and looking after them.',
    kindness: 'Treating others in a warm, friendly and considerate way.',
    compassion: 'Feeling for those who suffer and wanting to ease their pain.',
    gentleness: 'Acting softly, without cruelty or needless force.',
    'fairness-cheating':
      'Concern that people are treated alike and get what they deserve, and disapproval of cheating and exploitation.',
    fairness: 'Treating people impartially and by the same standards.',
    justice: 'Making sure that people receive what they are due and that wrongdoing meets a fitting response.',
    reciprocity: 'Returning favours and cooperation in kind so that exchanges stay balanced.',
    trustworthiness: "Being honest and keeping one's word so that others can rely on one's dealings.",
    equality: 'Giving everyone the same rights, standing and opportunities.',
    'loyalty-betrayal':
      "Commitment to one's group, family or nation, with admiration for those who stand by it and contempt for traitors.",
    loyalty: "Staying faithful to one's group and its members through hard times.",
    patriotism: "Love of and devotion to one's country.",
    'self-sacrifice': "Giving up one's own interests, comfort or safety for the good of the group.",
    'group-allegiance': "Identifying with one's group and putting its interests before those of outsiders.",
    'authority-subversion':
      'Respect for legitimate authority, hierarchy and tradition, and disapproval of those who undermine the social order.',
    obedience: 'Following the instructions of legitimate leaders and the rules they set.',
    respect: 'Showing due regard for people in positions of authority or seniority.',
    deference: 'Yielding to the judgment of superiors, elders or established institutions.',
    tradition: 'Upholding long-standing customs and institutions that give a society its structure.',
    'sanctity-degradation':
      'The sense that some things are sacred or pure and must be shielded from contamination, degradation or disrespect.',
    purity: 'Keeping body, mind and way of life free from what is felt to pollute or corrupt them.',
    chastity: 'Restraint in sexual matters according to moral or religious standards.',
    temperance: 'Moderation and self-control over appetites such as food, drink and pleasure.',
    piety: 'Reverence for the divine or the sacred and devotion in religious practice.',
    cleanliness: "Keeping oneself and one's surroundings clean, which many traditions tie to moral purity.",
    'liberty-oppression': 'Resentment of domination and bullying and a desire to be free from illegitimate control.',
    autonomy: "Governing one's own life and making one's own choices.",
    freedom: 'Being able to act, speak and live without undue restraint.',
    resistance: 'Standing up to unjust power and coercion.',
    rebellion: 'Openly defying or overthrowing authorities that are seen as oppressive.',
  },
  personas: {
    'care-harm':
      'You value care and the prevention of harm: kindness, compassion and protection for anyone who is vulnerable or suffering.',
    'fairness-cheating':
      'You value fairness: equal treatment, honest dealing and reciprocity, with no room for cheating or exploitation.',
    'loyalty-betrayal':
      'You value loyalty to your group: standing by your family, community or nation and never betraying them.',
    'authority-subversion':
      'You value respect for legitimate authority and tradition: honouring leaders, roles and the social order they keep.',
    'sanctity-degradation':
      'You value purity and the sacred: keeping body, mind and the things you hold holy free from degradation.',
    'liberty-oppression':
      'You value liberty: the freedom of people to run their own lives and resistance to domination and coercion.',
  },
};
