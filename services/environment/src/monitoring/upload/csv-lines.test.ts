import { CsvLineError, csvLines } from "./csv-lines";

async function lines(chunks: Array<Buffer | string>) {
  const read = [];
  for await (const line of csvLines(chunks)) read.push(line);
  return read;
}

describe("csvLines", () => {
  it("splits lines as they arrive, across chunks and inside a multi-byte letter, skipping blank lines", async () => {
    const bytes = Buffer.from('\ufeffstation,name\r\nA,Trạm một\n\n B ,"Sông Cấm, đoạn ""2"""\nC,x', "utf8");
    const cut = bytes.indexOf(Buffer.from("ạ")) + 1;

    expect(await lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([
      { line: 1, cells: ["station", "name"] },
      { line: 2, cells: ["A", "Trạm một"] },
      { line: 4, cells: [" B ", 'Sông Cấm, đoạn "2"'] },
      { line: 5, cells: ["C", "x"] },
    ]);
  });

  it("refuses a quote left open at the end of its line, naming the line", async () => {
    await expect(lines(['a,b\n"c,d\n'])).rejects.toEqual(new CsvLineError(2));
  });
});
