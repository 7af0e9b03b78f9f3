// @valueflow/langchain/agents: the createAgent middleware (needs the optional peer `langchain`).
export { type ValueGuardMiddlewareOptions, valueGuardMiddleware } from './value-guard-middleware';
export { valueGuardErrorOf } from './value-guard-error-of';
