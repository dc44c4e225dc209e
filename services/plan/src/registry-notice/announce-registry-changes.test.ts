import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { runInTransaction } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { seedWriter } from "../audit/plan-audit";
import { importPlanDocument } from "../importer/import-plan";
import { ProgramGroup } from "../program-group/program-group.entity";
import { planSubgraph } from "../subgraph";
import { Task } from "../task/task.entity";
import { announceRegistryChanges } from "./announce-registry-changes";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

describe(`registry changes announced to the domains (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let notices = 0;
  let stop: () => void;

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
    stop = announceRegistryChanges(db, { notify: async () => void (notices += 1), close: async () => undefined });
  });
  afterAll(async () => {
    stop();
    await close();
  });
  beforeEach(() => {
    notices = 0;
  });

  it("once for an import that writes the registry, and not for one that changes nothing", async () => {
    await importPlanDocument(db, document, { writer: seedWriter() });
    expect(notices).toBe(1);

    await importPlanDocument(db, document, { writer: seedWriter() });
    expect(notices).toBe(1);
  });

  it("once for a committed change of a task, after the commit", async () => {
    let noticesInside = -1;
    await runInTransaction(db, async (manager) => {
      await manager.getRepository(Task).update({ code: "V.1" }, { endYear: 2016 });
      noticesInside = notices;
    });

    expect(noticesInside).toBe(0);
    expect(notices).toBe(1);
  });

  it("not for a change rolled back, nor for a write of what the domains do not copy", async () => {
    await expect(
      runInTransaction(db, async (manager) => {
        await manager.getRepository(Task).update({ code: "V.1" }, { endYear: 2017 });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await runInTransaction(db, (manager) =>
      manager.getRepository(ProgramGroup).update({ code: "V" }, { title: "Nhóm V (sửa)" }),
    );

    expect(notices).toBe(0);
  });
});
