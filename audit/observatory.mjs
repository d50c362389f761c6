// MDN HTTP Observatory for one page: `node audit/observatory.mjs 127.0.0.1:8053 /consultation/`.
// Over HTTPS on one port and plain HTTP on another (the stack, deploy/): add the HTTP port,
// `NODE_EXTRA_CA_CERTS=.stack/nginx/tls/cert.pem node audit/observatory.mjs 127.0.0.1:8443 / 8080`.
// The package's own CLI only scans "/" on the default ports; this is its scan() with a path and a
// port passed to its retriever. Prints {grade, score, tests: {name: {pass, result, scoreModifier}}}.
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";
import {
  getGradeForScore,
  getScoreDescription,
  getScoreModifier,
} from "@mdn/mdn-http-observatory/src/grader/grader.js";
import { retrieve } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
import { ALL_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";

const [hostAndPort, path = "/", plainPort] = process.argv.slice(2);
const [hostname, port] = hostAndPort.split(":");
const r = await retrieve(hostname, { httpPort: plainPort ?? port, httpsPort: port, path });
if (!r.responses.auto) {
  console.log(JSON.stringify({ error: `${hostAndPort}${path} did not answer` }));
  process.exit(1);
}

let withExtraCredit = 100;
let uncurved = 100;
const tests = {};
for (const test of ALL_TESTS) {
  const output = test(r);
  const scoreModifier = getScoreModifier(output.result);
  withExtraCredit += scoreModifier;
  if (scoreModifier < 0) uncurved += scoreModifier;
  tests[output.constructor.name] = {
    pass: output.pass,
    result: output.result,
    scoreModifier,
    description: getScoreDescription(output.result),
  };
}
const { grade, score } = getGradeForScore(
  uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved
);
console.log(JSON.stringify({ status: r.responses.auto.status, grade, score, tests }, null, 2));
