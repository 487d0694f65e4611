/** Holding a slot's place while the person fills in their details. */
import { emptyResponse, jsonResponse } from './api-response.js';
import type { OperationResolvers } from './operation-resolver.js';

type HoldResolvers = Pick<OperationResolvers, 'createHold' | 'extendHold' | 'releaseHold'>;

export const holdResolvers: HoldResolvers = {
  createHold: ({ store, body, plan }) =>
    jsonResponse(
      201,
      store.createHold(body.slotId, {
        fullyBooked: plan.fullyBooked,
        holdSeconds: plan.holdSeconds,
        slotTakenByOthers: plan.slotTaken,
      }),
    ),

  extendHold: ({ store, path, plan }) =>
    jsonResponse(200, store.extendHold(path.holdId, { holdSeconds: plan.holdSeconds })),

  releaseHold: ({ store, path }) => {
    store.releaseHold(path.holdId);
    return emptyResponse(204);
  },
};
