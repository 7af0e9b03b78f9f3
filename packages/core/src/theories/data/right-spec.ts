import type { TheorySpec } from '../types';

/**
 * Vasak's three generations of human rights as theory data: generations, then seven rights
 * categories (the mid-level values), then 30 specific rights. Definitions and personas are the
 * project's own wording.
 */
export const rightSpec: TheorySpec = {
  id: 'right',
  name: "Vasak's three generations of rights",
  aliases: ['rights'],
  valueLabel: 'right',
  root: 'human-rights',
  hierarchy: {
    'human-rights': ['first-generation', 'second-generation', 'third-generation'],
    'first-generation': ['civil-rights', 'political-rights'],
    'second-generation': ['economic-rights', 'social-rights', 'cultural-rights'],
    'third-generation': ['national-solidarity-rights', 'social-group-solidarity-rights'],
    'civil-rights': [
      'right-to-life',
      'freedom-from-torture',
      'freedom-from-slavery',
      'right-to-privacy',
      'freedom-of-thought-conscience-religion',
      'equality-before-law',
    ],
    'political-rights': [
      'freedom-of-expression',
      'freedom-of-assembly',
      'freedom-of-association',
      'right-to-vote',
      'right-to-fair-trial',
      'right-to-seek-asylum',
    ],
    'economic-rights': ['right-to-work', 'right-to-fair-wages', 'right-to-unionize', 'protection-against-unemployment'],
    'social-rights': [
      'right-to-social-security',
      'right-to-health',
      'right-to-housing',
      'right-to-adequate-standard-of-living',
    ],
    'cultural-rights': [
      'right-to-education',
      'right-to-participate-in-cultural-life',
      'right-to-protection-of-scientific-and-artistic-production',
    ],
    'national-solidarity-rights': ['self-determination', 'development', 'common-heritage'],
    'social-group-solidarity-rights': [
      'peace',
      'environment',
      'humanitarian-assistance',
      'emerging-right-to-democracy',
    ],
  },
  midLevel: [
    'civil-rights',
    'political-rights',
    'economic-rights',
    'social-rights',
    'cultural-rights',
    'national-solidarity-rights',
    'social-group-solidarity-rights',
  ],
  names: {
    'social-group-solidarity-rights': 'Social-Group Solidarity Rights',
    'freedom-of-thought-conscience-religion': 'Freedom of Thought, Conscience and Religion',
    'self-determination': 'Self-Determination',
  },
  // The reference data also uses this shorter key for the same category.
  nodeAliases: { 'social-group-solidarity-rights': ['group-solidarity-rights'] },
  definitions: {
    'human-rights':
      'The rights every person holds simply by being human, grouped here into three historical generations.',
    'first-generation':
      'Civil and political rights that shield individual liberty from the state and secure a say in public life.',
    'second-generation':
      'Economic, social and cultural rights that ask society to provide the material and cultural conditions for a decent life.',
    'third-generation':
      'Collective rights that peoples and groups hold together and that depend on solidarity between nations.',
    'civil-rights':
      "Rights that protect a person's life, bodily integrity, private sphere, conscience and equal standing before the law.",
    'right-to-life': "The right not to be killed arbitrarily and to have one's life protected by law.",
    'freedom-from-torture': 'The right never to be subjected to torture or to cruel, inhuman or degrading treatment.',
    'freedom-from-slavery': 'The right not to be held in slavery or servitude or forced into labour.',
    'right-to-privacy':
      "The right to be free from arbitrary intrusion into one's home, family, correspondence and personal life.",
    'freedom-of-thought-conscience-religion':
      "The right to hold and change one's beliefs and to practise one's religion or conviction, alone or with others.",
    'equality-before-law': 'The right to be treated as an equal by the law and to be protected against discrimination.',
    'political-rights':
      'Rights that let people speak out, gather, organise, vote, get a fair hearing and find refuge, and so take part in political life.',
    'freedom-of-expression':
      'The right to hold opinions and to seek, receive and pass on information and ideas through any medium.',
    'freedom-of-assembly': 'The right to gather peacefully with others, for example in meetings or demonstrations.',
    'freedom-of-association':
      'The right to form and join groups such as parties, clubs or unions, and not to be forced into one.',
    'right-to-vote':
      'The right to take part in government through free, regular elections in which every vote counts equally.',
    'right-to-fair-trial':
      'The right to a public hearing before an independent and impartial court, with the presumption of innocence.',
    'right-to-seek-asylum': 'The right to seek and enjoy safety in another country when facing persecution.',
    'economic-rights':
      "Rights that secure a person's ability to earn a living under fair and decent working conditions.",
    'right-to-work': 'The right to freely chosen work under just and favourable conditions.',
    'right-to-fair-wages': 'The right to equal pay for equal work and to pay that supports a dignified life.',
    'right-to-unionize': "The right to form and join trade unions to defend one's interests at work.",
    'protection-against-unemployment':
      "The right to protection and support when one loses work through no fault of one's own.",
    'social-rights':
      'Rights that secure the basic welfare of every person: social protection, health care, shelter and a decent standard of living.',
    'right-to-social-security':
      'The right to support from society in times of need such as illness, disability, old age or loss of income.',
    'right-to-health': 'The right to the best attainable physical and mental health and to the care needed for it.',
    'right-to-housing': 'The right to adequate, secure and affordable shelter.',
    'right-to-adequate-standard-of-living': 'The right to enough food, clothing, housing and care to live in dignity.',
    'cultural-rights':
      'Rights that let everyone learn, join in cultural life and share in science and the arts, including protection for their own creations.',
    'right-to-education':
      'The right to an education, free at least in its basic stages, aimed at the full development of the person.',
    'right-to-participate-in-cultural-life':
      'The right to take part freely in the cultural life of the community and to enjoy the arts.',
    'right-to-protection-of-scientific-and-artistic-production':
      'The right of creators to have the moral and material interests in their scientific, literary or artistic work protected.',
    'national-solidarity-rights':
      "Rights that peoples and nations hold together to choose their own course, to develop and to share in humanity's common heritage.",
    'self-determination':
      'The right of peoples to choose their political status freely and to pursue their own economic, social and cultural development.',
    development:
      'The right of peoples and persons to take part in, contribute to and benefit from economic, social and cultural development.',
    'common-heritage':
      'The right of all humankind to share in resources and achievements held to belong to everyone, such as the deep seabed, outer space and world heritage.',
    'social-group-solidarity-rights':
      'Rights that communities and humanity as a whole share: to live in peace, in a healthy environment, with aid in emergencies and under democratic rule.',
    peace: 'The right of peoples and individuals to live in peace, free from war and violence.',
    environment: 'The right to a clean, healthy and sustainable environment.',
    'humanitarian-assistance': 'The right of people struck by disaster or armed conflict to receive aid.',
    'emerging-right-to-democracy':
      'The still-developing right of peoples to be governed democratically and to take part in that government.',
  },
  personas: {
    'civil-rights':
      "You value civil rights: every person's life, bodily safety, privacy, freedom of conscience and equal treatment under the law.",
    'political-rights':
      'You value political rights: free expression, peaceful assembly, free association, voting, fair trials and asylum for the persecuted.',
    'economic-rights':
      'You value economic rights: freely chosen work, fair pay, the freedom to organise in unions and protection against unemployment.',
    'social-rights':
      'You value social rights: social security, health care, decent housing and an adequate standard of living for everyone.',
    'cultural-rights':
      'You value cultural rights: education for all, participation in cultural life and protection for scientific and artistic work.',
    'national-solidarity-rights':
      "You value the solidarity rights of peoples and nations: self-determination, development and a fair share in humanity's common heritage.",
    'social-group-solidarity-rights':
      'You value the solidarity rights that communities share: peace, a healthy environment, humanitarian aid and democratic government.',
  },
};
