import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { environmentSubgraph } from "./subgraph";

runSubgraph(environmentSubgraph);
