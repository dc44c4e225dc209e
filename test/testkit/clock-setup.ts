import { noonInVietnamOffsetMs } from "@hpig/kit/clock";

// Before every test file (unit and integration): the file, and every process it starts, reads one
// clock (services/kit/src/clock.ts) set to noon in Viet Nam, so no run crosses its midnight.
process.env["CLOCK_OFFSET_MS"] ||= String(noonInVietnamOffsetMs(Date.now()));
