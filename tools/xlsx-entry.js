// Excel downloads: write-excel-file from npm (not a vendored copy), bundled on its own and
// fetched only when a reader asks for a workbook (public/boot.js, `__loadXlsx`). Takes the sheets
// the app writes (src/transform/xlsx.rs) and gives a Blob. Exposed as `window.__xlsx`.
import writeExcelFile from 'write-excel-file/browser';

window.__xlsx = (sheets) => writeExcelFile(sheets).toBlob();
