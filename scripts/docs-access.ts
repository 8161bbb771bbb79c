/**
 * `npm run docs:access`: writes docs/access-matrix.md from the access matrix
 * (tests/helpers/access-matrix.ts), the same table the access test checks.
 */
import fs from "node:fs";
import { ACCESS_DOC_FILE, ACCESS_DOC_PATH, renderAccessMatrix } from "../tests/helpers/access-matrix-doc";

fs.writeFileSync(ACCESS_DOC_FILE, renderAccessMatrix());
console.log(`wrote ${ACCESS_DOC_PATH}`);
