// Public exports of the policy module; explicit names only.
export type { Policy, PolicyRule, Verdict, Violation, ViolationAction } from './types';
