import { randomBytes } from "node:crypto";

import { createDataSource, MissingDatabaseError } from "./database";
import { createLogger } from "./logger";
import { TEST_MYSQL_URL } from "./testing";

// The server is needed to tell a missing database from any other refusal: run on MariaDB (TEST_MYSQL_URL).
const onMysql = TEST_MYSQL_URL ? describe : describe.skip;

onMysql("createDataSource on a MySQL/MariaDB database that does not exist", () => {
  it("says which database and how to create it, instead of the driver's 'Unknown database'", async () => {
    const name = `hpig_missing_${randomBytes(3).toString("hex")}`;
    const url = `${TEST_MYSQL_URL!.replace(/\/$/, "")}/${name}`;

    const creating = createDataSource({ url, entities: [], migrations: [], logger: createLogger("test", "silent") });

    await expect(creating).rejects.toBeInstanceOf(MissingDatabaseError);
    await expect(creating).rejects.toThrow(
      `database "${name}" does not exist on ${new URL(url).host}: create it with CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  });
});
