/**
 * The shape of the code behind one operation: it gets the validated input and answers
 * synchronously, so checks and writes against the store can never interleave with another
 * request's.
 */
import type { Operation, OperationId, operations } from '@gov-appointment/sdk/contract';
import type * as z from 'zod/mini';
import type { RequestPlan } from '../scenarios.js';
import type { MockStore } from '../store/mock-store.js';
import type { ApiResponse } from './api-response.js';

type OperationOf<Id extends OperationId> = Extract<(typeof operations)[number], { id: Id }>;

type Parsed<Definition, Key extends string> = Definition extends {
  readonly [Name in Key]: infer Schema extends z.ZodMiniType;
}
  ? z.output<Schema>
  : undefined;

/** What every resolver gets, with the input as validated data of any operation. */
export interface ResolverContext {
  readonly operation: Operation;
  readonly request: Request;
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly store: MockStore;
  readonly plan: RequestPlan;
  /** The API's base URL, for `Location` headers. */
  readonly baseUrl: string;
}

/** The context of one operation, its input typed by the operation's own schemas. */
export interface OperationContext<Id extends OperationId>
  extends Omit<ResolverContext, 'path' | 'query' | 'body'> {
  readonly path: Parsed<OperationOf<Id>, 'pathParams'>;
  readonly query: Parsed<OperationOf<Id>, 'query'>;
  readonly body: Parsed<OperationOf<Id>, 'body'>;
}

export type OperationResolver<Id extends OperationId> = (
  context: OperationContext<Id>,
) => ApiResponse;

/** One resolver per operation of the contract; the compiler checks none is missing. */
export type OperationResolvers = { readonly [Id in OperationId]: OperationResolver<Id> };

/** A resolver as the pipeline calls it, once the input passed the operation's schemas. */
export type ValidatedResolver = (context: ResolverContext) => ApiResponse;
