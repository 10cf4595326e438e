/**
 * The answer key's look: A4 pages with page numbers, each level from a new page, text at 11 pt
 * (English in grey italics under the French), marks that still read in black and white.
 */
export const SHEET_STYLE = `
@page {
  size: A4;
  margin: 15mm 15mm 17mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #555; }
}
* { box-sizing: border-box; }
html { font: 11pt/1.4 "Liberation Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #111; background: #fff; }
body { margin: 0 auto; padding: 12mm 15mm; max-width: 210mm; }
@media print {
  body { padding: 0; max-width: none; }
  .screen-only { display: none; }
}
@media screen { .level { border-top: 2px dashed #999; margin-top: 12mm; padding-top: 8mm; } }
h1 { font-size: 22pt; margin: 0 0 4mm; line-height: 1.2; }
h2 { font-size: 17pt; margin: 0 0 2mm; line-height: 1.25; }
h3 { font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #111; break-after: avoid; }
h4 { font-size: 12pt; margin: 0 0 1mm; break-after: avoid; }
h5 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.5mm; }
.en { display: block; color: #444; font-style: italic; }
.en.inline { display: inline; }
.en.inline::before { content: " / "; font-style: normal; }
h1 .en, h2 .en { font-size: 0.75em; font-weight: normal; }
.label { font-weight: bold; }
.label::after { content: " :"; }
html:lang(en) .label::after { content: ":"; }
.secret { border: 1.5pt solid #111; padding: 2mm 3mm; font-weight: bold; }
.kicker { text-transform: uppercase; letter-spacing: 0.04em; font-size: 10pt; color: #333; margin: 0 0 1mm; }
.level { break-before: page; }
.facts { border-left: 3pt solid #111; padding-left: 3mm; margin: 3mm 0; }
.contents { border-collapse: collapse; width: 100%; margin-top: 2mm; }
.contents th, .contents td { border-bottom: 0.5pt solid #999; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
.contents thead th { border-bottom: 1.5pt solid #111; }
.contents tfoot th, .contents tfoot td { border-top: 1.5pt solid #111; border-bottom: none; }
.contents .number { text-align: right; white-space: nowrap; }
.contents tr { break-inside: avoid; }
.contents tfoot { display: table-row-group; }
.contents td:first-child { white-space: nowrap; }
.tag { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-weight: normal; font-size: 9.5pt; border: 0.5pt solid #555; border-radius: 1mm; padding: 0 1mm; }
.glance { white-space: normal; }
.puzzle { margin: 0 0 5mm; padding-top: 2mm; }
.puzzle + .puzzle { border-top: 0.5pt solid #999; padding-top: 3mm; }
.what { font-weight: normal; color: #333; }
.prompt { font-style: italic; }
.solution { font-size: 13pt; font-weight: bold; border: 2pt solid #111; padding: 1.5mm 3mm; display: inline-block; margin: 1mm 0 2mm; }
.said { margin-bottom: 1mm; }
.section { margin: 0 0 2mm; }
.lines { margin: 1mm 0 2mm; padding-left: 7mm; }
.lines > li { margin: 0 0 1.5mm; break-inside: avoid; }
ul.lines > li { list-style: "– "; }
ul.lines > li.key { list-style: "★ "; }
ol.lines > li.key::marker { font-weight: bold; }
li.key > .line { font-weight: bold; }
li.key > .line .en { font-weight: normal; }
.note { color: #333; }
.note.read { white-space: pre-line; border-left: 1pt solid #999; padding-left: 2mm; margin-top: 0.5mm; }
.award b { white-space: nowrap; }
.hints { margin: 1mm 0 2mm; padding-left: 7mm; }
.hints > li { margin: 0 0 1mm; break-inside: avoid; }
.tier { font-weight: bold; }
.tier::after { content: " —"; font-weight: normal; }
.reflection { font-size: 12pt; }
`;
