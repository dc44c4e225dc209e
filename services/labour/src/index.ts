import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { labourSubgraph } from "./subgraph";

runSubgraph(labourSubgraph);
