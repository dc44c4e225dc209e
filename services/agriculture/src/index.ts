import "reflect-metadata";

import { runSubgraph } from "@hpig/kit";

import { agricultureSubgraph } from "./subgraph";

runSubgraph(agricultureSubgraph);
