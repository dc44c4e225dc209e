// Jest's own runner, run serially: the integration suite's files run one at a time in jest's main
// process (each starts a federation of up to nine processes, which already keeps both cores busy),
// while the unit project's files spread over jest's workers.
const { default: TestRunner } = require("jest-runner");

class SerialRunner extends TestRunner {
  isSerial = true;
}

module.exports = SerialRunner;
