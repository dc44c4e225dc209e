import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, OperationTypeNode } from "graphql";

import { clientErrorExtensions } from "./errors";

/**
 * Refuses, as the client errors they are, documents with no operation to run: several operations
 * without an operationName, an operationName the document does not contain, and a subscription
 * (this graph has none). Left alone, the gateway's planner throws INVALID_GRAPHQL and a subgraph
 * "Schema is not configured to execute subscription operation", both answered as internal errors
 * (HTTP 500, masked in production).
 */
export function operationResolution<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            throw new GraphQLError(
              request.operationName
                ? `Unknown operation named "${request.operationName}".`
                : "Must provide operation name if query contains multiple operations.",
              { extensions: clientErrorExtensions("OPERATION_RESOLUTION_FAILURE", { http: { status: 400 } }) },
            );
          }
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError("The subscription operation is not supported by the schema.", {
              extensions: clientErrorExtensions("GRAPHQL_VALIDATION_FAILED", { http: { status: 400 } }),
            });
          }
        },
      };
    },
  };
}
