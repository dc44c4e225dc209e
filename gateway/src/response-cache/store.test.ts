import { decodeAnswer, encodeAnswer, isCurrent, memoryStore } from "./store";

const answer = (tags: Record<string, string>, body = '{"data":{"tasks":[]}}\n') => ({ tags, body: Buffer.from(body) });

describe("a stored answer", () => {
  it("reads back as written: tags on the first line, the body untouched after it", () => {
    const stored = encodeAnswer(answer({ plan: "3", labour: "k1.ab" }, '{"data":{"t":"dòng 1\\ndòng 2"}}\n'));

    expect(stored.toString("utf8")).toBe('{"plan":"3","labour":"k1.ab"}\n{"data":{"t":"dòng 1\\ndòng 2"}}\n');
    expect(decodeAnswer(stored)).toEqual(answer({ plan: "3", labour: "k1.ab" }, '{"data":{"t":"dòng 1\\ndòng 2"}}\n'));
    expect(decodeAnswer(Buffer.from("no tags line"))).toBeNull();
  });

  it("is current while every subgraph it was read from has the same version, whatever the others", () => {
    const stored = answer({ plan: "3", labour: "7" });

    expect(isCurrent(stored, { plan: "3", labour: "7", industry: "9" })).toBe(true);
    expect(isCurrent(stored, { plan: "4", labour: "7", industry: "9" })).toBe(false);
    expect(isCurrent(stored, { plan: "3", labour: null, industry: "9" })).toBe(false);
    expect(isCurrent(answer({}), { plan: "4" })).toBe(true);
  });
});

describe("memoryStore", () => {
  it("keeps answers, and gives a subgraph a new version at each write it is told of", async () => {
    const store = memoryStore({ subgraphs: ["plan", "labour"], ttlSeconds: 60, maxBytes: 1_000_000 });
    await store.save("k", answer({ plan: "0" }));

    const before = await store.lookup("k");
    await store.bump("plan");
    const after = await store.lookup("k");

    expect(before).toEqual({ answer: answer({ plan: "0" }), versions: { plan: "0", labour: "0" } });
    expect(after?.versions).toEqual({ plan: "1", labour: "0" });
    expect(isCurrent(after!.answer!, after!.versions)).toBe(false);
  });

  it("drops the least recently used answers beyond its size", async () => {
    // Each answer counts its body and 512 bytes: two fit in 1 100 bytes, not three.
    const store = memoryStore({ subgraphs: ["plan"], ttlSeconds: 60, maxBytes: 1_100 });
    for (const key of ["a", "b", "c"]) await store.save(key, answer({ plan: "0" }, "x".repeat(10)));

    expect((await store.lookup("a"))?.answer).toBeNull();
    expect((await store.lookup("c"))?.answer).not.toBeNull();
  });
});
