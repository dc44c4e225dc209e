import { Observation } from "./observation.entity";
import { AssessmentStatus, assessTarget } from "./target-assessment";

const band = { min: 13.5, max: 14.5, fromYear: 2011, toYear: 2015 };
const figure = (value: number) => Object.assign(new Observation(), { value });

describe("assessTarget", () => {
  it.each([
    [12.9, AssessmentStatus.BELOW],
    [13.5, AssessmentStatus.WITHIN],
    [14.5, AssessmentStatus.WITHIN],
    [14.6, AssessmentStatus.ABOVE],
  ])("puts %s against 13.5–14.5 %s", (value, status) => {
    expect(assessTarget(band, 2013, figure(value))).toMatchObject({
      year: 2013,
      status,
      actual: value,
      min: 13.5,
      max: 14.5,
    });
  });

  it("says NO_DATA for a covered year without a figure", () => {
    expect(assessTarget(band, 2014, null)).toMatchObject({
      status: AssessmentStatus.NO_DATA,
      actual: null,
      observation: null,
    });
  });

  it("gives nothing for a year the target does not cover", () => {
    expect(assessTarget(band, 2016, figure(14))).toBeNull();
    expect(assessTarget(band, 2010, figure(14))).toBeNull();
  });
});
