import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { industrySubgraph } from "./subgraph";

runSubgraph(industrySubgraph);
