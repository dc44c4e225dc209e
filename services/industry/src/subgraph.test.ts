import { describeDomainSubgraph } from "@hpig/domain-kit/testing";

import { industrySubgraph } from "./subgraph";

// What every domain subgraph proves (migrations match entities; over HTTP it serves and records its
// own tasks only) is shared; this department's own rules get their tests here too.
describeDomainSubgraph(industrySubgraph);
