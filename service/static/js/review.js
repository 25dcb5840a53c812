// The review view: the source (page images or text) on the left with the evidence of the selected value,
// the record as a form on the right; corrections, list items, saving, exports and the printed summary.
//
// Evidence is keyed by JSON Pointers into the *extracted* record. The clerk may add, remove or reorder
// list items, so every list of the record in the form carries (under the ORIGIN symbol, invisible to
// JSON.stringify) the index each item had in the extracted record, or null for an added item; a field's
// pointer is mapped through these before looking its evidence up.

import { ApiError, api, apiJson, download, imageUrl, messageFor } from "./api.js";
import { choose } from "./dialog.js";
import { progressText, setProgress, KIND_LABELS } from "./list.js";
import { clearRelations, refreshRelations, setUpRelations, showRelations } from "./links.js";
import { renderSummary } from "./summary.js";
import {
  $, $$, codePointSlicer, dateFromInput, dateToInput, debounce, getAt, h, joinPointer, parsePointer, percent,
  scrollWithin, setAt, showTimestamp, timeFromInput,
} from "./util.js";

const config = document.body.dataset;
const LOW = Number(config.lowConfidence) || 0.7;
const POLL_MS = Number(config.pollMs) || 800;
const ORIGIN = Symbol("origin");
const REVIEWER_KEY = "docintel.reviewer";

// Lists of the record and what identifies an item when a reviewed record is matched to the extracted one.
const LIST_KEYS = {
  addressees: (x) => x,
  distribution: (x) => x,
  parent_directives: (x) => (x && (x.number || x.issuer)) || null,
  assignments: (x) => (x && x.agency) || null,
  reporting: (x) => (x && x.deadline && `${x.deadline}|${x.recipient || ""}`) || null,
};
const STRING_LISTS = new Set(["addressees", "distribution", "tasks"]);
const NEW_ITEMS = {
  addressees: () => "",
  distribution: () => "",
  tasks: () => "",
  parent_directives: () => ({ kind: null, number: null, issue_date: null, issuer: null, subject: null }),
  reporting: () => ({ deadline: null, relation: null, reporters: null, recipient: null, email: null, content: null }),
  assignments: () => {
    const tasks = [""];
    tasks[ORIGIN] = [null];
    return { agency: null, tasks };
  },
};
const ITEM_NAMES = {
  addressees: "Nơi gửi", distribution: "Nơi nhận", parent_directives: "Văn bản căn cứ", assignments: "Cơ quan",
  reporting: "Báo cáo", tasks: "Nhiệm vụ",
};
const METHODS = { ocr: "ảnh quét (OCR)", "pdf-text": "PDF có lớp chữ", docx: "DOCX", text: "văn bản thuần" };

let state = null;
let pollTimer = null;
let observer = null;

// ------------------------------------------------------------------ origins

function identity(array) {
  array[ORIGIN] = array.map((_, i) => i);
}

/** Pair the items of `current` with those of `extracted`: equal keys first, then the same position. */
function matchOrigins(current, extracted, keyOf) {
  const taken = new Set();
  const origins = current.map(() => null);
  current.forEach((item, i) => {
    const key = keyOf(item);
    if (key === null || key === undefined) return;
    const j = extracted.findIndex((other, k) => !taken.has(k) && keyOf(other) === key);
    if (j >= 0) {
      origins[i] = j;
      taken.add(j);
    }
  });
  current.forEach((_, i) => {
    if (origins[i] === null && i < extracted.length && !taken.has(i)) {
      origins[i] = i;
      taken.add(i);
    }
  });
  return origins;
}

function attachOrigins(record, extracted) {
  for (const [name, keyOf] of Object.entries(LIST_KEYS)) {
    if (!Array.isArray(record[name])) record[name] = [];
    const theirs = (extracted && extracted[name]) || [];
    record[name][ORIGIN] = record === extracted ? record[name].map((_, i) => i) : matchOrigins(record[name], theirs, keyOf);
  }
  record.assignments.forEach((assignment, i) => {
    if (!Array.isArray(assignment.tasks)) assignment.tasks = [];
    const j = record.assignments[ORIGIN][i];
    const theirs = j === null ? [] : (extracted.assignments[j].tasks || []);
    assignment.tasks[ORIGIN] = record === extracted ? assignment.tasks.map((_, k) => k) : matchOrigins(assignment.tasks, theirs, (x) => x);
  });
}

/** Carry the origins of `from` over to `to` (same shape: the record the server sent back after saving). */
function copyOrigins(from, to) {
  for (const name of Object.keys(LIST_KEYS)) to[name][ORIGIN] = [...from[name][ORIGIN]];
  to.assignments.forEach((a, i) => { a.tasks[ORIGIN] = [...from.assignments[i].tasks[ORIGIN]]; });
}

/** The pointer into the extracted record that `pointer` (into the record being edited) came from. */
function originPointer(pointer) {
  const out = [];
  let node = state.record;
  for (const part of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      const origin = node[ORIGIN] ? node[ORIGIN][Number(part)] : null;
      if (origin === null || origin === undefined) return null;
      out.push(String(origin));
    } else {
      out.push(part);
    }
    node = node === null || node === undefined ? undefined : node[part];
  }
  return joinPointer(out);
}

function extractedValue(pointer) {
  const origin = originPointer(pointer);
  return origin ? getAt(state.extracted, origin) : undefined;
}

function evidenceFor(pointer) {
  const origin = originPointer(pointer);
  if (!origin) return null;
  const direct = state.evidence[origin];
  if (direct) return direct;
  // An item as a whole (a list entry's box): the evidence of its identifying field.
  for (const key of ["agency", "number", "deadline", "issuer", "name"]) {
    if (state.evidence[`${origin}/${key}`]) return state.evidence[`${origin}/${key}`];
  }
  return null;
}

// ------------------------------------------------------------------ controls

function readControl(control) {
  const kind = control.dataset.kind;
  // Every value of the record is one line (the contract collapses white space): a pasted line break
  // becomes a space.
  const value = kind === "textarea" ? control.value.replace(/[ \t]*[\r\n]+[ \t]*/g, " ") : control.value;
  if (control.dataset.key === ".") return value; // an entry of a list of strings: blank entries go at save
  if (kind === "date") return dateFromInput(value);
  if (kind === "time") return timeFromInput(value);
  if (kind === "select") return value || null;
  return value.trim() === "" ? null : value;
}

function fillControl(control) {
  const value = getAt(state.record, control.dataset.path);
  const kind = control.dataset.kind;
  if (kind === "date") control.value = dateToInput(value);
  else control.value = value === null || value === undefined ? "" : String(value);
  if (control.tagName === "TEXTAREA") autoGrow(control);
}

function autoGrow(textarea) {
  textarea.style.height = "auto";
  textarea.style.height = `${Math.min(textarea.scrollHeight + 2, 320)}px`;
}

function controlId(pointer) {
  return `f${pointer.replace(/\//g, "-")}`;
}

function wrapperOf(control) {
  return control.closest("[data-field]");
}

function describe(control) {
  const wrap = wrapperOf(control);
  if (!wrap) return;
  const ids = [];
  for (const selector of [".hint", ".flag", ".field-error"]) {
    const node = wrap.querySelector(`:scope > ${selector}`) || wrap.querySelector(selector);
    if (node && !node.hidden && node.textContent) {
      node.id = `${control.id}-${selector.slice(1)}`;
      ids.push(node.id);
    }
  }
  if (ids.length) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}

/** Bind the controls of a list item (data-key) to `pointer`, the item's place in the record. */
function bindItem(item, pointer, labelText) {
  item.dataset.pointer = pointer;
  for (const control of item.querySelectorAll("[data-key]")) {
    if (control.closest("[data-list]") !== item.closest("[data-list]")) continue; // a nested list's own
    const path = control.dataset.key === "." ? pointer : `${pointer}/${control.dataset.key}`;
    control.dataset.path = path;
    control.id = controlId(path);
    const wrap = wrapperOf(control);
    const label = wrap && wrap.querySelector("label");
    if (label) {
      label.htmlFor = control.id;
      if (control.dataset.key === "." && labelText) label.textContent = labelText;
    }
  }
}

// ------------------------------------------------------------------ lists

function listName(pointer) {
  return parsePointer(pointer).pop();
}

function renderList(section) {
  const pointer = section.dataset.pointer;
  const name = listName(pointer);
  const array = getAt(state.record, pointer) || [];
  const items = section.querySelector(":scope > [data-items]");
  const template = $(STRING_LISTS.has(name) ? "#tpl-string" : `#tpl-${name}`);
  const owner = name === "tasks" ? section.closest("li.item") : null;
  const ownerLabel = owner ? ` của ${owner.querySelector("[data-legend]").textContent.toLowerCase()}` : "";
  const nodes = array.map((_, i) => {
    const node = template.content.firstElementChild.cloneNode(true);
    const itemPointer = `${pointer}/${i}`;
    const label = `${ITEM_NAMES[name]} ${i + 1}`;
    const legend = node.querySelector("[data-legend]");
    if (legend) legend.textContent = label;
    bindItem(node, itemPointer, label);
    // The visible text of a remove button names its item, or (a bare "Xóa") its accessible name does.
    const remove = node.querySelector("[data-item-box] > [data-action=remove]");
    if (remove) remove.textContent = `Xóa ${label.toLowerCase()}${name === "assignments" ? " cùng các nhiệm vụ" : ""}`;
    const bare = node.querySelector(".item-row > [data-action=remove]");
    if (bare) bare.setAttribute("aria-label", `Xóa ${label.toLowerCase()}${ownerLabel}`);
    return node;
  });
  items.replaceChildren(...nodes);
  section.querySelector(":scope > [data-empty]").hidden = array.length > 0;
  const count = section.querySelector(":scope > :is(h3, h4) [data-count]");
  if (count) count.textContent = array.length ? `(${array.length})` : "";
  const add = section.querySelector(":scope > [data-action=add]");
  if (add && owner) add.setAttribute("aria-label", `Thêm nhiệm vụ${ownerLabel}`);
  // Nested lists (the tasks of each agency).
  nodes.forEach((node) => {
    const nested = node.querySelector("[data-list]");
    if (nested) {
      nested.dataset.pointer = `${node.dataset.pointer}/${nested.dataset.list}`;
      renderList(nested);
    }
  });
  for (const control of items.querySelectorAll("[data-path]")) {
    if (!control.closest("[data-list]") || control.closest("[data-list]") === section) fillControl(control);
  }
}

function addItem(section) {
  const pointer = section.dataset.pointer;
  const name = listName(pointer);
  const array = getAt(state.record, pointer);
  array.push(NEW_ITEMS[name]());
  array[ORIGIN].push(null);
  markDirty();
  renderList(section);
  refreshFlags();
  const last = section.querySelector(":scope > [data-items]").lastElementChild;
  const first = last && last.querySelector("[data-path]");
  if (first) first.focus();
  announce(`Đã thêm ${ITEM_NAMES[name].toLowerCase()} ${array.length}.`);
}

/** A list entry of several fields (an agency with its tasks, a cited directive, a deadline) is removed only
 *  once the clerk confirms; a one-line entry, whose whole content is in sight, at once. */
async function confirmRemove(item) {
  const entry = getAt(state.record, item.dataset.pointer);
  const filled = (value) => (Array.isArray(value) ? value.some(filled) : value !== null && value !== undefined
    && (typeof value !== "object" ? String(value).trim() !== "" : Object.values(value).some(filled)));
  if (item.querySelector(":scope > [data-item-box]") && filled(entry)) {
    const legend = item.querySelector("[data-legend]").textContent;
    const lines = [`${legend}${entry.agency ? `: ${entry.agency}` : ""}${entry.number ? `: ${entry.number}` : ""}.`];
    const tasks = Array.isArray(entry.tasks) ? entry.tasks.filter((t) => String(t || "").trim()).length : 0;
    if (tasks) lines.push(`Cùng ${tasks} nhiệm vụ của cơ quan này.`);
    lines.push("Các giá trị này sẽ bị xóa khỏi bản ghi đang sửa (bản đã lưu chỉ đổi khi bấm “Lưu bản rà soát”).");
    const choice = await choose({ title: `Xóa ${legend.toLowerCase()}?`, message: lines,
      choices: [{ value: "remove", label: `Xóa ${legend.toLowerCase()}`, kind: "danger" }] });
    if (choice !== "remove" || !state || !item.isConnected) return;
  }
  removeItem(item);
}

function removeItem(item) {
  const parts = parsePointer(item.dataset.pointer);
  const index = Number(parts.pop());
  const pointer = joinPointer(parts);
  const name = listName(pointer);
  const array = getAt(state.record, pointer);
  array.splice(index, 1);
  array[ORIGIN].splice(index, 1);
  const section = item.closest("[data-list]");
  markDirty();
  clearErrors();
  renderList(section);
  refreshFlags();
  const items = section.querySelector(":scope > [data-items]").children;
  const next = items[Math.min(index, items.length - 1)];
  const focusTarget = (next && next.querySelector("[data-action=remove]")) || section.querySelector(":scope > [data-action=add]");
  focusTarget.focus();
  announce(`Đã xóa ${ITEM_NAMES[name].toLowerCase()} ${index + 1}.`);
}

/** Drop blank entries of the lists of strings (and blank tasks) before saving. */
function dropBlankEntries() {
  const prune = (array) => {
    for (let i = array.length - 1; i >= 0; i -= 1) {
      if (typeof array[i] === "string" && !array[i].trim()) {
        array.splice(i, 1);
        array[ORIGIN].splice(i, 1);
      }
    }
  };
  prune(state.record.addressees);
  prune(state.record.distribution);
  state.record.assignments.forEach((a) => prune(a.tasks));
}

// ------------------------------------------------------------------ form

function renderForm() {
  const form = $("#record-form");
  for (const control of form.querySelectorAll("[data-path]")) {
    if (!control.closest("li.item")) fillControl(control);
  }
  for (const section of form.querySelectorAll(":scope > [data-list]")) {
    section.dataset.pointer = section.dataset.list;
    renderList(section);
  }
  clearErrors();
  refreshFlags();
  renderChecks();
}

/** Mark the values the extractor was unsure of (evidence confidence under LOW). */
function refreshFlags() {
  for (const control of $$("#record-form [data-path]")) {
    const wrap = wrapperOf(control);
    if (!wrap) continue;
    const flag = wrap.querySelector(".flag");
    const evidence = evidenceFor(control.dataset.path);
    const value = getAt(state.record, control.dataset.path);
    // Flagged while the value is still the one the machine read (a value the clerk typed is theirs).
    const low = evidence && evidence.confidence < LOW && value !== null && value !== ""
      && value === extractedValue(control.dataset.path);
    wrap.classList.toggle("low", Boolean(low));
    control.classList.toggle("low", Boolean(low));
    if (flag) {
      flag.hidden = !low;
      flag.textContent = low ? `Máy đọc chưa chắc chắn (độ tin cậy ${percent(evidence.confidence)}): hãy đối chiếu với văn bản gốc.` : "";
    }
    describe(control);
  }
  renderChecks();
}

function renderChecks() {
  const warnings = state.record.warnings || [];
  const list = $("#warnings");
  list.replaceChildren(...warnings.map((text, i) => h("li", { class: "warning" },
    h("span", { text }),
    h("button", { type: "button", class: "ghost small", "data-warning": i, text: "Đã xem, bỏ cảnh báo",
      "aria-label": `Bỏ cảnh báo: ${text}` }))));
  const lows = $$("#record-form [data-path].low");
  $("#low-summary").textContent = lows.length
    ? `${lows.length} giá trị máy đọc chưa chắc chắn (độ tin cậy dưới ${percent(LOW)}), được tô vàng.` : "";
  $("#low-summary").hidden = !lows.length;
  $("#next-check").hidden = !lows.length;
  $("#checks").hidden = !warnings.length && !lows.length;
}

function nextCheck() {
  const lows = $$("#record-form [data-path].low");
  if (!lows.length) return;
  const current = lows.indexOf(document.activeElement);
  const target = lows[(current + 1) % lows.length];
  target.focus();
  target.scrollIntoView({ block: "center", behavior: "smooth" });
}

// ------------------------------------------------------------------ errors (422 problem+json)

const ERROR_TEXT = {
  date: "Ngày không hợp lệ. Viết theo dạng ngày/tháng/năm, ví dụ 20/09/2021.",
  time: "Giờ không hợp lệ. Viết theo dạng giờ:phút, ví dụ 08:00 hoặc 14:30.",
  literal_error: "Giá trị không nằm trong danh sách cho phép.",
  string_type: "Ô này phải là chữ.",
  missing: "Thiếu giá trị bắt buộc.",
};

function clearErrors() {
  $("#form-errors").hidden = true;
  $("#form-errors").replaceChildren();
  for (const node of $$("#record-form .field-error")) {
    node.hidden = true;
    node.textContent = "";
  }
  for (const node of $$("#record-form [aria-invalid]")) node.removeAttribute("aria-invalid");
  for (const node of $$("#record-form .invalid")) node.classList.remove("invalid");
}

function placeError(path) {
  let parts = parsePointer(path);
  while (true) {
    const pointer = joinPointer(parts);
    const control = $(`#record-form [data-path="${CSS.escape(pointer)}"]`);
    if (control) return { control, box: wrapperOf(control) };
    const item = $(`#record-form li.item[data-pointer="${CSS.escape(pointer)}"]`);
    if (item) return { control: item.querySelector("[data-path]"), box: item.querySelector("[data-item-box]") || item };
    const section = $(`#record-form [data-pointer="${CSS.escape(pointer)}"]`);
    if (section) return { control: section.querySelector("[data-path], [data-action=add]"), box: section };
    if (!parts.length) return null;
    parts = parts.slice(0, -1);
  }
}

function showErrors(problem) {
  clearErrors();
  const errors = problem.errors || [];
  const summary = $("#form-errors");
  const links = [];
  let first = null;
  for (const error of errors) {
    const place = placeError(error.path || "");
    const control = place && place.control;
    const kind = control && control.dataset ? control.dataset.kind : null;
    const text = ERROR_TEXT[kind] || ERROR_TEXT[error.type] || "Giá trị không hợp lệ.";
    if (place && place.box) {
      const node = place.box.querySelector(":scope > .field-error") || place.box.querySelector(".field-error");
      if (node) {
        node.replaceChildren(text, " ", h("span", { class: "detail", text: `(${error.message})` }));
        node.hidden = false;
      }
      place.box.classList.add("invalid");
    }
    if (control && control.dataset && control.dataset.path) {
      control.setAttribute("aria-invalid", "true");
      describe(control);
      first = first || control;
      const label = wrapperOf(control) && wrapperOf(control).querySelector("label");
      links.push(h("li", {}, h("button", { type: "button", class: "link", onclick: () => control.focus(),
        text: `${label ? label.textContent : error.path}: ${text}` })));
    } else {
      links.push(h("li", { text: `${error.path || "/"}: ${error.message}` }));
    }
  }
  summary.replaceChildren(h("p", { text: `Chưa lưu: ${errors.length} giá trị không hợp lệ.` }), h("ul", {}, links));
  summary.hidden = false;
  if (first) first.focus();
}

// ------------------------------------------------------------------ source pane

function pageOf(number) {
  return state.pages.find((p) => p.number === number);
}

function renderSource() {
  const withImages = state.pages.filter((p) => p.image);
  const hasImages = withImages.length > 0;
  $("#tab-images").hidden = !hasImages;
  $(".zoom").hidden = !hasImages;
  selectTab(hasImages ? "images" : "text", { focus: false });
  if (observer) observer.disconnect();
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) loadPageImage(entry.target);
  }, { root: $("#panel-images"), rootMargin: "600px" });
  const figures = state.pages.map((page) => {
    if (!page.image) {
      return h("figure", { class: "page-figure no-image", dataset: { page: page.number } },
        h("p", { class: "muted", text: `Trang ${page.number} là văn bản số (không có ảnh): xem thẻ “Chữ đã đọc”.` }));
    }
    const frame = h("div", { class: "page-frame", dataset: { page: page.number } },
      h("img", { alt: `Ảnh trang ${page.number}`, decoding: "async" }),
      h("div", { class: "box-layer", "aria-hidden": "true" }));
    if (page.width && page.height) frame.style.aspectRatio = `${page.width} / ${page.height}`;
    const caption = [`Trang ${page.number}`];
    if (page.ocr_confidence !== null && page.ocr_confidence !== undefined) caption.push(`độ tin cậy OCR ${percent(page.ocr_confidence)}`);
    const figure = h("figure", { class: "page-figure", dataset: { page: page.number } }, frame,
      h("figcaption", { text: caption.join(" · ") }));
    observer.observe(frame);
    return figure;
  });
  $("#pages").replaceChildren(...figures);
  applyZoom();
  renderText();
}

async function loadPageImage(frame) {
  if (frame.dataset.loaded) return;
  frame.dataset.loaded = "loading";
  const img = frame.querySelector("img");
  try {
    img.src = await imageUrl(`documents/${state.id}/pages/${frame.dataset.page}.png`);
    frame.dataset.loaded = "yes";
  } catch (err) {
    frame.dataset.loaded = "";
    frame.append(h("p", { class: "notice error", text: `Không tải được ảnh trang: ${err.message}` }));
  }
}

function renderText(mark = null) {
  const slicer = codePointSlicer(state.text);
  const spans = state.pages.length ? state.pages : [{ number: 1, start: 0, end: slicer.length }];
  const blocks = spans.map((page) => {
    const body = h("div", { class: "text-body" });
    const start = page.start;
    const end = page.end;
    if (mark && mark.start < end && mark.end > start) {
      const a = Math.max(mark.start, start);
      const b = Math.min(mark.end, end);
      body.append(slicer.slice(start, a), h("mark", { class: "evidence-mark", text: slicer.slice(a, b) }), slicer.slice(b, end));
    } else {
      body.append(slicer.slice(start, end));
    }
    return h("section", { class: "text-page", dataset: { page: page.number } },
      spans.length > 1 ? h("h3", { class: "text-page-title", text: `Trang ${page.number}` }) : null, body);
  });
  $("#text-view").replaceChildren(...blocks);
}

function selectTab(which, { focus = true } = {}) {
  const images = which === "images";
  $("#tab-images").setAttribute("aria-selected", String(images));
  $("#tab-text").setAttribute("aria-selected", String(!images));
  $("#tab-images").tabIndex = images ? 0 : -1;
  $("#tab-text").tabIndex = images ? -1 : 0;
  $("#panel-images").hidden = !images;
  $("#panel-text").hidden = images;
  $(".zoom").hidden = !images || $("#tab-images").hidden;
  if (focus) $(images ? "#tab-images" : "#tab-text").focus();
  if (state && state.active) showEvidence(state.active, { quiet: true });
}

function currentTab() {
  return $("#tab-images").getAttribute("aria-selected") === "true" && !$("#tab-images").hidden ? "images" : "text";
}

function applyZoom() {
  $("#pages").style.width = `${Math.round(state.zoom * 100)}%`;
  $("#zoom-fit").setAttribute("aria-pressed", String(state.zoom === 1));
}

function clearEvidence() {
  for (const box of $$(".evidence-box")) box.remove();
  for (const node of $$(".page-figure.current")) node.classList.remove("current");
}

function fieldLabel(control) {
  const wrap = wrapperOf(control);
  const label = wrap && wrap.querySelector("label");
  const item = control.closest("li.item");
  const legend = item && item.closest("li.item:not(.string-item)") && item.closest("li.item:not(.string-item)").querySelector("[data-legend]");
  const own = label ? label.textContent.trim() : control.dataset.path;
  return legend && !own.startsWith(legend.textContent) ? `${legend.textContent} · ${own}` : own;
}

/** Show where the value at `pointer` came from: its box on the page image, its span in the text. */
function showEvidence(pointer, { quiet = false } = {}) {
  if (!state) return;
  state.active = pointer;
  const control = $(`#record-form [data-path="${CSS.escape(pointer)}"]`);
  const label = control ? fieldLabel(control) : pointer;
  const evidence = evidenceFor(pointer);
  const caption = $("#evidence-caption");
  clearEvidence();
  if (!evidence) {
    caption.className = "evidence-caption none";
    caption.replaceChildren(h("strong", { text: label }), ": không có vị trí trong văn bản gốc (máy không tìm thấy, hoặc giá trị do người rà soát thêm).");
    renderText();
    return;
  }
  const slicer = codePointSlicer(state.text);
  const quote = slicer.slice(evidence.start, evidence.end);
  const page = evidence.page ? pageOf(evidence.page) : null;
  const low = evidence.confidence < LOW;
  caption.className = `evidence-caption${low ? " low" : ""}`;
  caption.replaceChildren(
    h("strong", { text: label }), evidence.page && state.pages.length > 1 ? ` · trang ${evidence.page}` : "",
    ` · độ tin cậy ${percent(evidence.confidence)}${low ? " (thấp)" : ""}`,
    h("br"), "Trong văn bản: ", h("q", { class: "quote", text: quote.length > 240 ? `${quote.slice(0, 239)}…` : quote }));
  renderText(evidence);
  const canBox = Boolean(page && page.image && evidence.bbox && page.width && page.height);
  if (canBox) {
    const frame = $(`.page-frame[data-page="${evidence.page}"]`);
    const [x0, y0, x1, y1] = evidence.bbox;
    const pad = 0.004;
    const box = h("div", { class: `evidence-box${low ? " low" : ""}`, "data-pointer": pointer });
    box.style.left = `${(x0 / page.width - pad) * 100}%`;
    box.style.top = `${(y0 / page.height - pad) * 100}%`;
    box.style.width = `${((x1 - x0) / page.width + 2 * pad) * 100}%`;
    box.style.height = `${((y1 - y0) / page.height + 2 * pad) * 100}%`;
    frame.querySelector(".box-layer").append(box);
    frame.closest(".page-figure").classList.add("current");
    loadPageImage(frame);
  }
  if (currentTab() === "images" && !canBox && !quiet) selectTab("text", { focus: false });
  const tab = currentTab();
  requestAnimationFrame(() => {
    if (tab === "images" && canBox) scrollWithin($("#panel-images"), $(".evidence-box"));
    else if ($(".evidence-mark")) scrollWithin($("#panel-text"), $(".evidence-mark"));
  });
}

// ------------------------------------------------------------------ header, status

function renderHeader() {
  const doc = state.doc;
  const info = (state.record && state.record.document) || {};
  const kind = info.kind ? KIND_LABELS[info.kind] : "Văn bản";
  $("#doc-title").textContent = state.record
    ? `${kind} ${info.number ? `số ${info.number}` : "(không ghi số)"}`
    : doc.filename || "Văn bản";
  const issuer = state.record && state.record.issuer && state.record.issuer.name;
  const pages = state.pages || [];
  const methods = [...new Set(pages.map((p) => METHODS[p.method] || p.method))].join(", ");
  $("#doc-meta").textContent = [
    doc.arrival_number ? `Số đến ${doc.arrival_number}, ngày đến ${showTimestamp(doc.arrived_at)}` : null,
    issuer, doc.filename ? `tệp ${doc.filename}` : null,
    pages.length ? `${pages.length} trang${methods ? `, ${methods}` : ""}` : null,
  ].filter(Boolean).join(" · ");
  renderReviewStatus();
}

function renderReviewStatus() {
  const chip = $("#review-status");
  const review = state.doc.review;
  if (state.doc.status !== "done") {
    chip.className = "status-chip";
    chip.textContent = progressText(state.doc);
    return;
  }
  const dirty = state.dirty ? " · có thay đổi chưa lưu" : "";
  if (review) {
    chip.className = `status-chip reviewed${state.dirty ? " dirty" : ""}`;
    chip.textContent = `✓ Đã rà soát (lần ${review.revision}${review.reviewer ? `, ${review.reviewer}` : ""}, ${showTimestamp(review.reviewed_at)})${dirty}`;
  } else {
    chip.className = `status-chip pending${state.dirty ? " dirty" : ""}`;
    chip.textContent = `Chưa rà soát: bản máy đọc${dirty}`;
  }
}

function announce(text) {
  $("#save-status").textContent = text;
}

function markDirty() {
  if (!state.dirty) {
    state.dirty = true;
    renderReviewStatus();
  }
  updateSummary();
}

const updateSummary = debounce(() => {
  if (state && state.record) renderSummary($("#print-summary"), state.record, state.doc.review);
}, 250);

// ------------------------------------------------------------------ save, reset, export

/** Save the record as an edit of the revision `ifMatch` names (by default the one the page loaded). */
async function save(ifMatch = state && state.etag) {
  if (!state || !state.record || state.saving) return;
  state.saving = true;
  $("#save").disabled = true;
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.path : null;
  const refocus = () => {
    const again = focused && $(`#record-form [data-path="${CSS.escape(focused)}"]`);
    if (again && document.activeElement !== again) again.focus({ preventScroll: true });
  };
  clearErrors();
  dropBlankEntries();
  renderForm();
  refocus();
  const reviewer = $("#reviewer").value.trim();
  localStorage.setItem(REVIEWER_KEY, reviewer);
  announce("Đang lưu…");
  const query = reviewer ? `?reviewer=${encodeURIComponent(reviewer)}` : "";
  let conflict = null;
  try {
    const response = await api(`documents/${state.id}/record${query}`, {
      method: "PUT", headers: { "Content-Type": "application/json", "If-Match": ifMatch || "" },
      body: JSON.stringify(state.record),
    });
    const saved = await response.json();
    copyOrigins(state.record, saved.record);
    state.record = saved.record;
    state.etag = response.headers.get("ETag");
    state.doc.review = { revision: saved.revision, reviewed_at: saved.reviewed_at, reviewer: saved.reviewer };
    state.dirty = false;
    renderForm();
    refocus();
    renderHeader();
    updateSummary();
    announce(`Đã lưu lần rà soát ${saved.revision} lúc ${showTimestamp(saved.reviewed_at)}.`);
    refreshRelations(state.id).catch(() => {}); // a corrected number may find or lose a duplicate or a link
  } catch (err) {
    if (err instanceof ApiError && err.status === 422 && err.problem.errors) {
      showErrors(err.problem);
      announce(err.message);
    } else if (err instanceof ApiError && err.code === "edit_conflict") {
      conflict = err.problem;
      announce(err.message);
    } else {
      announce(`Chưa lưu được: ${err.message}`);
    }
  } finally {
    state.saving = false;
    $("#save").disabled = false;
  }
  if (conflict) await resolveConflict(conflict);
}

/** Someone saved the record after this page loaded it: reload theirs, or overwrite it knowingly. */
async function resolveConflict(problem) {
  const id = state.id;
  const who = problem.current_reviewer ? ` bởi ${problem.current_reviewer}` : "";
  const when = problem.current_saved_at ? ` lúc ${showTimestamp(problem.current_saved_at)}` : "";
  const choice = await choose({
    title: "Bản ghi đã được lưu bởi người khác",
    message: [
      `Trong lúc bạn sửa, bản ghi này đã được lưu lần ${problem.current_revision}${who}${when}. `
        + "Các sửa đổi của bạn chưa được lưu.",
      "Tải bản đã lưu để xem họ đã sửa gì (các sửa đổi của bạn sẽ mất), hoặc lưu đè bản của bạn lên bản đó.",
    ],
    cancel: "Để tôi xem lại",
    choices: [
      { value: "reload", label: "Tải bản đã lưu (bỏ sửa đổi của tôi)", kind: "primary" },
      { value: "overwrite", label: "Vẫn lưu bản của tôi (ghi đè)", kind: "danger" },
    ],
  });
  if (!state || state.id !== id) return;
  if (choice === "overwrite") await save(problem.current_etag);
  else if (choice === "reload") await reloadStored();
  else announce("Chưa lưu: bản ghi đã được lưu bởi người khác. Bấm “Lưu bản rà soát” để chọn lại.");
}

/** Replace the form by the record as stored now (the clerk's unsaved edits are dropped). */
async function reloadStored() {
  const id = state.id;
  announce("Đang tải bản đã lưu…");
  try {
    const [doc, response] = await Promise.all([apiJson(`documents/${id}`), api(`documents/${id}/record`)]);
    const record = await response.json();
    if (!state || state.id !== id) return;
    Object.assign(state, { doc, record, etag: response.headers.get("ETag"), dirty: false });
    attachOrigins(state.record, state.extracted);
    renderForm();
    renderHeader();
    updateSummary();
    announce(doc.review ? `Đã tải bản đã lưu lần ${doc.review.revision}.` : "Đã tải bản đã lưu.");
  } catch (err) {
    announce(`Không tải được bản đã lưu: ${err.message}`);
  }
}

async function resetToExtracted() {
  const choice = await choose({
    title: "Về bản máy đọc?",
    message: ["Mọi giá trị trên form sẽ được thay bằng giá trị máy đọc được từ văn bản: các sửa đổi chưa lưu và "
      + "các sửa đổi của bản đã lưu đều mất khỏi form.", "Bản đã lưu chỉ đổi khi bấm “Lưu bản rà soát”."],
    choices: [{ value: "reset", label: "Về bản máy đọc", kind: "danger" }],
  });
  if (choice !== "reset" || !state || !state.extracted) return;
  state.record = structuredClone(state.extracted);
  attachOrigins(state.record, state.record);
  state.dirty = true;
  renderForm();
  renderHeader();
  updateSummary();
  announce("Đã đặt lại theo bản máy đọc. Bấm “Lưu bản rà soát” để lưu.");
}

async function exportFile(button) {
  const status = $("#export-status");
  const note = state.dirty ? " Lưu ý: tệp là bản đã lưu, chưa có các thay đổi chưa lưu." : "";
  status.textContent = "Đang tải…";
  try {
    const name = await download(`documents/${state.id}/${button.dataset.export}`, button.dataset.fallback);
    status.textContent = `Đã tải ${name}.${note}`;
  } catch (err) {
    status.textContent = `Không tải được: ${err.message}`;
  }
}

function printSummary() {
  renderSummary($("#print-summary"), state.record, state.doc.review);
  window.print();
}

// ------------------------------------------------------------------ opening a document

function show(part) {
  $("#doc-progress").hidden = part !== "progress";
  $("#doc-failed").hidden = part !== "failed";
  $("#review-body").hidden = part !== "review";
}

async function poll(id) {
  pollTimer = null;
  if (!state || state.id !== id) return;
  try {
    const doc = await apiJson(`documents/${id}`);
    if (!state || state.id !== id) return;
    state.doc = doc;
    if (doc.status === "done" || doc.status === "failed") {
      await present(doc);
      return;
    }
    $("#doc-progress-text").textContent = progressText(doc);
    setProgress($("#doc-progress-bar"), doc);
    renderReviewStatus();
  } catch (err) {
    $("#doc-progress-text").textContent = err.message;
  }
  pollTimer = setTimeout(() => poll(id), POLL_MS);
}

async function present(doc) {
  state.doc = doc;
  renderHeader();
  if (doc.status === "queued" || doc.status === "processing") {
    show("progress");
    $("#doc-progress-text").textContent = progressText(doc);
    setProgress($("#doc-progress-bar"), doc);
    pollTimer = setTimeout(() => poll(doc.id), POLL_MS);
    return;
  }
  if (doc.status === "failed") {
    show("failed");
    const error = doc.error || {};
    $("#doc-failed").replaceChildren(
      h("p", {}, h("strong", { text: "Không xử lý được văn bản này. " }), messageFor(error.code, 422)),
      h("details", {}, h("summary", { text: "Chi tiết kỹ thuật" }),
        h("p", { text: `${error.code || ""}: ${error.message || ""}` })),
      h("p", { text: "Hãy kiểm tra tệp (bản quét rõ, đúng chiều, không có mật khẩu) rồi tải lên lại." }));
    return;
  }
  const base = `documents/${doc.id}`;
  const [current, extracted, evidence, text] = await Promise.all([
    api(`${base}/record`), apiJson(`${base}/record?version=extracted`), apiJson(`${base}/evidence`),
    apiJson(`${base}/text`),
  ]);
  const record = await current.json();
  if (!state || state.id !== doc.id) return;
  // The ETag of the record loaded: a save is an edit of that revision (the server refuses it if another came since).
  Object.assign(state, { record, etag: current.headers.get("ETag"), extracted, evidence: evidence.evidence || {},
    text: text.text || "", pages: text.pages || [] });
  attachOrigins(state.extracted, state.extracted);
  attachOrigins(state.record, state.extracted);
  show("review");
  renderHeader();
  renderSource();
  renderForm();
  renderSummary($("#print-summary"), state.record, state.doc.review);
  $("#evidence-caption").textContent = "Chọn một ô bên phải để xem giá trị đó nằm ở đâu trong văn bản.";
  $("#review-body").dataset.ready = "true";
  showRelations(doc, { dropped: () => { if (state) state.dirty = false; } });
}

export async function openDocument(id) {
  closeDocument();
  state = { id, doc: { id, status: "queued", progress: {} }, record: null, etag: null, extracted: null, evidence: {},
    text: "", pages: [], dirty: false, active: null, zoom: 1, saving: false };
  $("#doc-title").textContent = "Đang mở văn bản…";
  $("#doc-meta").textContent = "";
  $("#review-status").textContent = "";
  $("#save-status").textContent = "";
  $("#export-status").textContent = "";
  delete $("#review-body").dataset.ready;
  show("none");
  try {
    await present(await apiJson(`documents/${id}`));
  } catch (err) {
    if (!state || state.id !== id) return;
    show("failed");
    $("#doc-title").textContent = "Không mở được văn bản";
    $("#doc-failed").replaceChildren(h("p", { text: err.message }));
  }
}

export function closeDocument() {
  if (pollTimer) clearTimeout(pollTimer);
  pollTimer = null;
  if (observer) observer.disconnect();
  for (const img of $$("#pages img")) if (img.src.startsWith("blob:")) URL.revokeObjectURL(img.src);
  $("#pages").replaceChildren();
  $("#text-view").replaceChildren();
  $("#print-summary").replaceChildren();
  clearRelations();
  state = null;
}

export function hasUnsavedChanges() {
  return Boolean(state && state.dirty);
}

// ------------------------------------------------------------------ events (bound once)

export function setUpReviewView() {
  const form = $("#record-form");
  setUpRelations();
  $("#reviewer").value = localStorage.getItem(REVIEWER_KEY) || "";

  form.addEventListener("input", (event) => {
    const control = event.target;
    if (!state || !control.dataset.path) return;
    setAt(state.record, control.dataset.path, readControl(control));
    if (control.tagName === "TEXTAREA") autoGrow(control);
    const wrap = wrapperOf(control);
    if (wrap && (wrap.classList.contains("low") || evidenceFor(control.dataset.path))) refreshFlags();
    if (control.getAttribute("aria-invalid")) {
      control.removeAttribute("aria-invalid");
      if (wrap) {
        wrap.classList.remove("invalid");
        const error = wrap.querySelector(".field-error");
        if (error) error.hidden = true;
      }
      describe(control);
    }
    markDirty();
  });
  form.addEventListener("keydown", (event) => {
    // The text boxes wrap long values but hold one line: Enter does not start a new one.
    if (event.key === "Enter" && event.target.tagName === "TEXTAREA" && event.target.dataset.path) {
      event.preventDefault();
    }
  });
  form.addEventListener("change", (event) => {
    // Show what the record will hold: 20/9/2021 → 20/09/2021, 8h30 → 08:30.
    const control = event.target;
    if (state && control.dataset.path && ["date", "time"].includes(control.dataset.kind)) fillControl(control);
  });
  form.addEventListener("focusin", (event) => {
    const control = event.target.closest("[data-path]");
    if (state && control) showEvidence(control.dataset.path);
  });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button || !state) return;
    if (button.dataset.action === "add") addItem(button.closest("[data-list]"));
    if (button.dataset.action === "remove") confirmRemove(button.closest("li.item"));
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  $("#save").addEventListener("click", () => save());
  $("#reset-extracted").addEventListener("click", resetToExtracted);
  $("#print").addEventListener("click", printSummary);
  for (const button of $$("[data-export]")) button.addEventListener("click", () => exportFile(button));
  $("#next-check").addEventListener("click", nextCheck);
  $("#warnings").addEventListener("click", (event) => {
    const button = event.target.closest("[data-warning]");
    if (!button || !state) return;
    state.record.warnings.splice(Number(button.dataset.warning), 1);
    markDirty();
    renderChecks();
    ($("#warnings button") || $("#record-form [data-path]")).focus();
  });
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s" && state && !$("#view-review").hidden) {
      event.preventDefault();
      if (!$("dialog[open]")) save(); // a question on screen is answered first
    }
  });
  window.addEventListener("beforeprint", () => {
    if (state && state.record) renderSummary($("#print-summary"), state.record, state.doc.review);
  });

  // Tabs of the source pane (arrow keys move between them, as the ARIA tabs pattern has it).
  $("#tab-images").addEventListener("click", () => selectTab("images"));
  $("#tab-text").addEventListener("click", () => selectTab("text"));
  $(".tabs").addEventListener("keydown", (event) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key) || $("#tab-images").hidden) return;
    event.preventDefault();
    selectTab(currentTab() === "images" ? "text" : "images");
  });
  $("#zoom-in").addEventListener("click", () => { state.zoom = Math.min(3, state.zoom + 0.25); applyZoom(); });
  $("#zoom-out").addEventListener("click", () => { state.zoom = Math.max(0.5, state.zoom - 0.25); applyZoom(); });
  $("#zoom-fit").addEventListener("click", () => { state.zoom = 1; applyZoom(); });

  // In-page links of the form's section menu (the URL hash is the router's).
  $(".form-nav").addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#sec-']");
    if (!link) return;
    event.preventDefault();
    const target = $(link.getAttribute("href"));
    scrollWithin($("#form-scroll"), target, { behavior: "smooth", align: "start" });
    const first = target.querySelector("[data-path], [data-action=add]");
    if (first) first.focus({ preventScroll: true });
  });
}
