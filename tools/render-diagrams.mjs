// Renders every bpmn/<key>.bpmn to docs/diagrams/<key>.svg with bpmn-js in headless Chromium, so the pictures in the
// README are drawn from the diagrams themselves. CI renders them again and fails when the committed ones differ.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';

const VIEWER = 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js';
const OUT = join('docs', 'diagrams');

// bpmn-js names its arrow-head markers at random; number them in order so a picture changes only with its diagram
function stableIds(svg) {
  const names = new Map();
  return svg.replace(/(?<=id="|#)marker-[a-z0-9]+/g, (id) => {
    if (!names.has(id)) {
      names.set(id, `marker-${names.size + 1}`);
    }
    return names.get(id);
  });
}

const diagrams = readdirSync('bpmn').filter((file) => file.endsWith('.bpmn')).sort();
mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'netorch-diagrams-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
});
try {
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:600px"></div></body></html>');
  await page.addScriptTag({ path: VIEWER });
  for (const file of diagrams) {
    const xml = readFileSync(join('bpmn', file), 'utf8');
    const svg = await page.evaluate(async (diagramXml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(diagramXml);
      if (warnings.length) {
        throw new Error(warnings.map((w) => w.message).join('; '));
      }
      const { svg: picture } = await viewer.saveSVG();
      viewer.destroy();
      return picture;
    }, xml);
    const target = join(OUT, file.replace(/\.bpmn$/, '.svg'));
    writeFileSync(target, `${stableIds(svg)}\n`);
    console.log(`rendered ${target}`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
