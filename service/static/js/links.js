// Duplicates and links between directives in the review view: the banner of a document that repeats an earlier
// upload (keep both, or drop this one), and the directives it implements and the documents that implement it.

import { apiJson } from "./api.js";
import { choose } from "./dialog.js";
import { KIND_LABELS } from "./list.js";
import { $, h, showDate, showTimestamp } from "./util.js";

let shownId = null;
let hooks = {};

function numberLabel(item) {
  const kind = item.kind ? KIND_LABELS[item.kind] || item.kind : "Văn bản";
  return `${kind} ${item.number ? `số ${item.number}` : "(không ghi số)"}`;
}

function renderDuplicate(doc) {
  const banner = $("#duplicate-banner");
  const flag = doc.duplicate;
  if (!flag || flag.status !== "flagged") {
    banner.hidden = true;
    banner.replaceChildren();
    delete banner.dataset.of;
    return;
  }
  banner.dataset.of = flag.of;
  banner.replaceChildren(
    h("p", {}, h("strong", { text: "Có thể là văn bản trùng. " }), flag.message),
    h("p", { class: "duplicate-actions" },
      h("a", { href: `#/doc/${flag.of}`, class: "duplicate-earlier", text: "Mở văn bản đã tải lên trước" }),
      h("button", { type: "button", dataset: { duplicate: "keep" }, text: "Giữ cả hai" }),
      h("button", { type: "button", class: "danger", dataset: { duplicate: "drop" }, text: "Bỏ văn bản mới này" })),
    h("p", { class: "duplicate-status", role: "status" }));
  banner.hidden = false;
}

function kept(doc) {
  const flag = doc.duplicate;
  const status = $("#relations-status");
  const who = flag && flag.decided_by ? `${flag.decided_by}, ` : "";
  status.textContent = flag && flag.status === "kept"
    ? `Văn bản trùng với một văn bản tải lên trước; đã quyết định giữ cả hai (${who}${showTimestamp(flag.decided_at)}).`
    : "";
}

async function decide(action) {
  const id = shownId;
  const banner = $("#duplicate-banner");
  const earlier = banner.dataset.of;
  if (action === "drop") {
    const answer = await choose({
      title: "Bỏ văn bản mới này?",
      message: ["Văn bản này, bản ghi và các tệp của nó sẽ bị xóa hẳn; văn bản tải lên trước vẫn giữ nguyên.",
        "Không thể hoàn tác."],
      choices: [{ value: "drop", label: "Bỏ văn bản này", kind: "danger" }],
    });
    if (answer !== "drop" || shownId !== id) return;
  }
  const reviewer = $("#reviewer").value.trim();
  const query = reviewer ? `?reviewer=${encodeURIComponent(reviewer)}` : "";
  const buttons = [...banner.querySelectorAll("button")];
  for (const button of buttons) button.disabled = true;
  try {
    const result = await apiJson(`documents/${id}/duplicate${query}`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action }),
    });
    if (shownId !== id) return;
    if (action === "drop") {
      if (hooks.dropped) hooks.dropped();
      window.location.hash = `#/doc/${result.duplicate_of || earlier}`;
      return;
    }
    renderDuplicate(result.document);
    kept(result.document);
  } catch (err) {
    if (shownId !== id) return;
    for (const button of buttons) button.disabled = false;
    banner.querySelector(".duplicate-status").textContent = `Chưa thực hiện được: ${err.message}`;
  }
}

function linkItem(item, which) {
  const cited = item.parent || {};
  const meta = [item.issuer, item.issue_date ? `ngày ${showDate(item.issue_date)}` : null].filter(Boolean).join(" · ");
  // Where the citation writes the number otherwise (an OCR slip), show what it says.
  const note = which === "implements" && cited.number && cited.number !== item.number
    ? `căn cứ ghi: ${cited.number}` : null;
  return h("li", { dataset: { id: item.id } },
    h("a", { href: `#/doc/${item.id}`, text: numberLabel(item) }),
    meta ? h("span", { class: "muted small", text: ` · ${meta}` }) : null,
    item.subject ? h("div", { class: "small", text: item.subject }) : null,
    note ? h("div", { class: "muted small", text: note }) : null);
}

function renderLinks(relations) {
  const lists = [
    ["implements", "#links-implements", "Không có văn bản căn cứ nào của văn bản này trong hệ thống."],
    ["implemented_by", "#links-implemented-by", "Chưa có văn bản nào trong hệ thống thực hiện văn bản này."],
  ];
  for (const [key, selector, empty] of lists) {
    const items = relations[key] || [];
    $(selector).replaceChildren(...(items.length ? items.map((item) => linkItem(item, key))
      : [h("li", { class: "muted small empty", text: empty })]));
  }
}

async function loadLinks(id) {
  const section = $("#relations");
  delete section.dataset.ready;
  try {
    const relations = await apiJson(`documents/${id}/links`);
    if (shownId !== id) return;
    renderLinks(relations);
  } catch (err) {
    if (shownId !== id) return;
    $("#links-implements").replaceChildren(h("li", { class: "muted small", text: err.message }));
    $("#links-implemented-by").replaceChildren();
  }
  section.hidden = false;
  section.dataset.ready = "true";
}

/** Show the duplicate banner and the links of a processed document; `dropped` runs before leaving a dropped one. */
export async function showRelations(doc, { dropped } = {}) {
  shownId = doc.id;
  hooks = { dropped };
  renderDuplicate(doc);
  kept(doc);
  await loadLinks(doc.id);
}

/** After a save: the keys changed, so the flag and the links may have too. */
export async function refreshRelations(id) {
  if (shownId !== id) return;
  const doc = await apiJson(`documents/${id}`);
  if (shownId !== id) return;
  renderDuplicate(doc);
  kept(doc);
  await loadLinks(id);
}

export function clearRelations() {
  shownId = null;
  $("#duplicate-banner").hidden = true;
  $("#duplicate-banner").replaceChildren();
  $("#relations").hidden = true;
  delete $("#relations").dataset.ready;
  $("#relations-status").textContent = "";
}

export function setUpRelations() {
  $("#duplicate-banner").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-duplicate]");
    if (button && shownId) decide(button.dataset.duplicate);
  });
}
