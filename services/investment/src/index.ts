import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { investmentSubgraph } from "./subgraph";

runSubgraph(investmentSubgraph);
