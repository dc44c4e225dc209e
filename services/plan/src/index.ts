import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { planSubgraph } from "./subgraph";

runSubgraph(planSubgraph);
