// Parse Mermaid diagrams with Mermaid's own parser, under Node with jsdom: each file named
// on the command line, or stdin when none is. Prints "FILE: TYPE" for each diagram that
// parses within Mermaid's default limits (maxTextSize, maxEdges) and "FILE: error: ..."
// for each that does not; exits 1 if any failed.
import { readFile } from "node:fs/promises";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = window;
globalThis.document = window.document;
globalThis.DOMParser = window.DOMParser;
globalThis.Element = window.Element;
globalThis.HTMLElement = window.HTMLElement;

const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
const limit = mermaid.mermaidAPI.getConfig().maxTextSize;

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
};

let failed = false;
const files = process.argv.slice(2);
for (const file of files.length ? files : ["-"]) {
  const text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  try {
    if (text.length > limit) {
      throw new Error(`${text.length} characters, over Mermaid's maxTextSize of ${limit}`);
    }
    const parsed = await mermaid.parse(text);
    console.log(`${file}: ${parsed.diagramType}`);
  } catch (error) {
    failed = true;
    console.log(`${file}: error: ${String(error?.message ?? error).replace(/\n/g, " ")}`);
  }
}
process.exit(failed ? 1 : 0);
