// Small helpers shared by the page's modules: DOM, JSON Pointers, Vietnamese dates and times.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/** Create an element: h("p", {class: "x", text: "…"}, child, …). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ------------------------------------------------------------------ JSON Pointer (RFC 6901)

export function parsePointer(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(parts) {
  return parts.length ? "/" + parts.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/") : "";
}

export function getAt(root, pointer) {
  let node = root;
  for (const part of parsePointer(pointer)) {
    if (node === null || node === undefined) return undefined;
    node = node[part];
  }
  return node;
}

export function setAt(root, pointer, value) {
  const parts = parsePointer(pointer);
  const last = parts.pop();
  let node = root;
  for (const part of parts) {
    if (node[part] === null || node[part] === undefined) node[part] = {};
    node = node[part];
  }
  node[last] = value;
}

// ------------------------------------------------------------------ dates and times

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/;

/** ISO "2021-09-20" → "20/09/2021" (anything else as it is). */
export function dateToInput(value) {
  if (!value) return "";
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(value);
}

/** What the clerk typed → the record's value: dd/mm/yyyy (or ISO) → ISO, "" → null; anything else is
 *  kept as typed so that the server's validation reports it next to the field. */
export function dateFromInput(text) {
  const value = text.trim();
  if (!value) return null;
  if (ISO_DATE.test(value)) return value;
  const m = VN_DATE.exec(value);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return value;
}

const CLOCK = /^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?\s*(?:phút|p)?$/i;

/** "8h", "8h30", "8:30", "08 giờ 30 phút" → "08:30"; "" → null; anything else as typed. */
export function timeFromInput(text) {
  const value = text.trim();
  if (!value) return null;
  const m = CLOCK.exec(value);
  if (m) return `${m[1].padStart(2, "0")}:${(m[2] || "0").padStart(2, "0")}`;
  return value;
}

const DAY_FORMAT = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" });
const TIME_FORMAT = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit" });

/** ISO date → "20/09/2021" for display (null → ""). */
export function showDate(value) {
  return value ? dateToInput(value) : "";
}

/** An API timestamp (UTC, maybe without zone) → "14:05 20/09/2021" in the browser's time zone. */
export function showTimestamp(value) {
  if (!value) return "";
  const text = /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : value + "Z";
  const when = new Date(text);
  if (Number.isNaN(when.getTime())) return value;
  return `${TIME_FORMAT.format(when)} ${DAY_FORMAT.format(when)}`;
}

export function percent(x) {
  return `${Math.round(x * 100)}%`;
}

export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

/** Slice by code points (Python's offsets), not UTF-16 units. */
export function codePointSlicer(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return { length: text.length, slice: (a, b) => text.slice(a, b) };
  const points = Array.from(text);
  return { length: points.length, slice: (a, b) => points.slice(a, b).join("") };
}

/** Scroll `container` (not the window) so that `target` sits in its middle (or at its top with
 *  align "start"); when the container does not scroll (narrow screens), scroll the page instead. */
export function scrollWithin(container, target, { behavior = "smooth", align = "center" } = {}) {
  if (container.scrollHeight <= container.clientHeight + 1 && container.scrollWidth <= container.clientWidth + 1) {
    target.scrollIntoView({ block: align, inline: "nearest", behavior });
    return;
  }
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const offset = align === "start" ? 8 : (container.clientHeight - rect.height) / 2;
  const top = container.scrollTop + (rect.top - box.top) - offset;
  const left = container.scrollLeft + (rect.left - box.left) - (container.clientWidth - rect.width) / 2;
  container.scrollTo({ top: Math.max(0, top), left: Math.max(0, left), behavior });
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
