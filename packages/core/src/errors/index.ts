export { InvalidArgumentError } from './invalid-argument-error';
export { ValueflowError, type ValueflowErrorCode } from './valueflow-error';
