// Build step: the whole data release as readers download it (linked in the page's footer), from
// what `prerender` wrote into dist/downloads/ (src/prerender/package.rs):
//   talent-flows-data-<version>.zip   csv/*.csv, README.md (Chinese and English), datapackage.json,
//                                     errata.json, CHANGELOG.md
//   talent-flows-data-<version>.xlsx  a README sheet, then one sheet per dataset (npm's
//                                     write-excel-file, the library the page's Excel downloads use)
// The zip's entries carry the release's date, so a build of the same data makes the same file.
//
//   node tools/data-package.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import writeExcelFile from 'write-excel-file/node';

const dist = process.argv[2] || 'dist';
const out = path.join(dist, 'downloads');
const pkg = JSON.parse(fs.readFileSync(path.join(dist, 'data', 'datapackage.json'), 'utf8'));
const mtime = new Date(`${pkg.created || '2024-01-01'}T00:00:00Z`);
const entries = {};
const add = (name, bytes) => (entries[name] = [bytes, { mtime }]);
for (const f of fs.readdirSync(path.join(out, 'csv')).sort()) add(`csv/${f}`, fs.readFileSync(path.join(out, 'csv', f)));
add('README.md', fs.readFileSync(path.join(out, 'README.md')));
for (const f of ['datapackage.json', 'errata.json', 'CHANGELOG.md']) add(f, fs.readFileSync(path.join(dist, 'data', f)));
// The file names are the app's (src/page.rs, `package_file`), written by prerender.
const names = JSON.parse(fs.readFileSync(path.join(out, 'names.json'), 'utf8'));
fs.rmSync(path.join(out, 'names.json'));
const zip = names.zip;
fs.writeFileSync(path.join(out, zip), zipSync(entries, { level: 9 }));

const sheets = JSON.parse(fs.readFileSync(path.join(out, 'sheets.json'), 'utf8'));
fs.rmSync(path.join(out, 'sheets.json'));
const xlsx = names.xlsx;
await writeExcelFile(sheets).toFile(path.join(out, xlsx));
console.log(`data-package: ${out}/${zip} (${Object.keys(entries).length} files), ${out}/${xlsx} (${sheets.length} sheets)`);
