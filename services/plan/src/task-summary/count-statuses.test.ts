import "reflect-metadata";

import { TaskStatus } from "@hpig/kit";

import { countStatuses, fillBuckets } from "./count-statuses";

describe("counting statuses", () => {
  it("lists every status in enum order, zeros included", () => {
    expect(countStatuses([TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE])).toEqual([
      { status: "COMPLETED_ON_TIME", count: 0 },
      { status: "COMPLETED_LATE", count: 0 },
      { status: "IN_PROGRESS", count: 1 },
      { status: "OVERDUE", count: 2 },
      { status: "NOT_STARTED", count: 0 },
      { status: "NOT_REPORTED", count: 0 },
    ]);
  });

  it("puts a task in every bucket it names once, keeps empty buckets and ignores unknown keys", () => {
    const buckets = fillBuckets(
      [
        { key: "CT", label: "Sở Công Thương" },
        { key: "BQLKKT", label: "Ban quản lý Khu kinh tế" },
        { key: "NNPTNT", label: "Sở Nông nghiệp" },
      ],
      [
        { keys: ["CT", "BQLKKT"], status: TaskStatus.IN_PROGRESS },
        { keys: ["CT", "CT"], status: TaskStatus.OVERDUE },
        { keys: ["XD"], status: TaskStatus.NOT_REPORTED },
      ],
    );
    expect(buckets).toEqual([
      { key: "CT", label: "Sở Công Thương", statuses: ["IN_PROGRESS", "OVERDUE"] },
      { key: "BQLKKT", label: "Ban quản lý Khu kinh tế", statuses: ["IN_PROGRESS"] },
      { key: "NNPTNT", label: "Sở Nông nghiệp", statuses: [] },
    ]);
  });
});
