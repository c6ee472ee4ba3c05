// Validates JSON or YAML documents against a JSON Schema with Ajv (draft-07, or
// 2020-12 when the schema says so, as the official SARIF 2.1.0 schema does),
// with ajv-formats for uri, date-time and the like.
//   node validate.js NODE_MODULES SCHEMA [--invalid] FILE...
// --invalid: every FILE must be rejected (the schema's near-misses).
// Prints one line per file; exits 1 when any file does not match expectations.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, schemaPath, ...rest] = process.argv.slice(2);
const need = (name) => require(path.join(modules, name));
const expectInvalid = rest[0] === '--invalid';
const files = expectInvalid ? rest.slice(1) : rest;
if (!modules || !schemaPath || files.length === 0) {
  console.error('usage: node validate.js NODE_MODULES SCHEMA [--invalid] FILE...');
  process.exit(2);
}

const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const draft2020 = String(schema.$schema || '').includes('2020-12');
const Ajv = draft2020 ? need('ajv/dist/2020') : need('ajv');
const ajv = new Ajv({allErrors: true, strict: false});
need('ajv-formats')(ajv);
const validate = ajv.compile(schema);
const YAML = need('yaml');

let failed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  // A document that does not parse (a tab in YAML indentation) is invalid too.
  let doc;
  let parseError = null;
  try {
    doc = /\.ya?ml$/.test(file) ? YAML.parse(text) : JSON.parse(text);
  } catch (e) {
    parseError = e;
  }
  const ok = parseError === null && validate(doc);
  if (ok === !expectInvalid) {
    console.log(`ok: ${file}${expectInvalid ? ' (rejected, as it should be)' : ''}`);
    continue;
  }
  failed++;
  if (expectInvalid) {
    console.log(`FAILED: ${file}: accepted by ${schemaPath}, expected a rejection`);
  } else {
    console.log(`FAILED: ${file} against ${schemaPath}:`);
    if (parseError !== null) console.log(`  does not parse: ${parseError.message}`);
    for (const e of (parseError === null ? validate.errors : []).slice(0, 10))
      console.log(`  ${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
  }
}
console.log(`${path.basename(schemaPath)}: ${files.length - failed} of ${files.length} as expected`);
process.exit(failed ? 1 : 0);
