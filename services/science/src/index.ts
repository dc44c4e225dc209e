import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { scienceSubgraph } from "./subgraph";

runSubgraph(scienceSubgraph);
