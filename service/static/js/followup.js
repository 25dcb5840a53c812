// The follow-up view (#/followup): every task, reporting deadline and event of every document, filtered by
// agency, due date and status; marking one done (or reopening it) with who, a note and the reply's number;
// the follow-up book (.xlsx) and the calendar's subscribe address.

import { ApiError, api, apiJson, apiUrl, currentToken, download } from "./api.js";
import { $, dateFromInput, h, showDate, showTimestamp } from "./util.js";
import { KIND_LABELS } from "./list.js";

const PAGE_SIZE = 50;
const ACTOR_KEY = "docintel_followup_actor"; // a name only: kept so that the clerk types it once
const ITEM_KINDS = { task: "Nhiệm vụ", report: "Hạn báo cáo", event: "Sự kiện", ceremony: "Lễ khai mạc" };
const STATUS = {
  overdue: "Quá hạn",
  due_this_week: "Đến hạn trong tuần",
  open: "Chưa xong",
  done: "Đã xong",
};

let offset = 0;
let request = 0;

function params() {
  const form = $("#followup-filters");
  const out = new URLSearchParams();
  for (const name of ["agency", "due_from", "due_to", "status", "kind"]) {
    const raw = form.elements[name].value.trim();
    const value = name.startsWith("due_") ? dateFromInput(raw) : raw;
    if (value) out.set(name, value);
  }
  out.set("limit", String(PAGE_SIZE));
  out.set("offset", String(offset));
  return out;
}

function showError(text) {
  const box = $("#followup-error");
  box.textContent = text || "";
  box.hidden = !text;
}

function documentCell(doc) {
  const kind = KIND_LABELS[doc.kind] || "Văn bản";
  const label = `${kind} ${doc.number ? `số ${doc.number}` : "(không ghi số)"}`;
  return h("td", { class: "wide-only" },
    h("a", { class: "doc-link", href: `#/doc/${doc.id}`, text: label }),
    doc.issuer ? h("div", { class: "muted small", text: doc.issuer }) : null,
    doc.arrival_number !== null && doc.arrival_number !== undefined
      ? h("div", { class: "muted small", text: `Số đến: ${doc.arrival_number}` }) : null);
}

function statusCell(item) {
  const badge = h("span", { class: `badge followup-${item.status}`, text: STATUS[item.status] || item.status });
  const details = [];
  if (item.status === "done") {
    details.push(`${item.done_by}, ${showTimestamp(item.done_at)}`);
    if (item.reply_number) details.push(`Văn bản trả lời: ${item.reply_number}`);
    if (item.note) details.push(item.note);
  }
  return h("td", {}, badge, details.map((text) => h("div", { class: "muted small", text })));
}

function dueText(item) {
  if (!item.due) return "Không ghi hạn";
  const relation = { before: "Trước ", by: "Chậm nhất ", on: "" }[item.relation] || "";
  return `${relation}${showDate(item.due)}`;
}

function row(item) {
  const done = item.status === "done";
  const action = h("button", {
    type: "button", class: done ? "ghost" : "primary", "data-action": done ? "reopen" : "done",
    "aria-label": `${done ? "Mở lại" : "Đánh dấu đã xong"}: ${item.text}`,
    text: done ? "Mở lại" : "Đánh dấu đã xong",
  });
  action.addEventListener("click", () => openMarkForm(item, action.closest("tr"), done ? "reopen" : "done"));
  return h("tr", { dataset: { key: item.key, status: item.status, kind: item.kind } },
    h("td", { class: "nowrap", text: dueText(item) }),
    h("td", {}, h("div", { class: "muted small", text: ITEM_KINDS[item.kind] }), h("div", { text: item.text })),
    h("td", { text: item.agency || "" }),
    documentCell(item.document),
    statusCell(item),
    h("td", {}, action));
}

function closeMarkForms() {
  for (const open of document.querySelectorAll("#followup-rows tr.mark-row")) open.remove();
}

/** The inline form under a row: note and reply number, then confirm. */
function openMarkForm(item, tr, action) {
  closeMarkForms();
  const note = h("input", { type: "text", maxlength: "2000", id: "mark-note" });
  const reply = h("input", { type: "text", maxlength: "100", id: "mark-reply" });
  const error = h("p", { class: "field-error", role: "alert", hidden: true });
  const confirm = h("button", { type: "submit", class: "primary",
    text: action === "done" ? "Xác nhận đã xong" : "Xác nhận mở lại" });
  const cancel = h("button", { type: "button", class: "ghost", text: "Hủy" });
  const form = h("form", { class: "mark-form", "aria-label": `Đánh dấu: ${item.text}` },
    h("div", { class: "field grow" }, h("label", { for: "mark-note", text: "Ghi chú (không bắt buộc)" }), note),
    action === "done"
      ? h("div", { class: "field" }, h("label", { for: "mark-reply", text: "Số, ký hiệu văn bản trả lời" }), reply)
      : null,
    confirm, cancel, error);
  const formRow = h("tr", { class: "mark-row" }, h("td", { colspan: "6" }, form));
  tr.after(formRow);
  cancel.addEventListener("click", () => formRow.remove());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const actor = $("#followup-actor").value.trim();
    if (!actor) {
      error.textContent = "Hãy ghi tên người đánh dấu ở ô «Người đánh dấu» phía trên.";
      error.hidden = false;
      $("#followup-actor").focus();
      return;
    }
    localStorage.setItem(ACTOR_KEY, actor);
    confirm.disabled = true;
    const body = { action, by: actor, note: note.value.trim() || null };
    if (action === "done") body.reply_number = reply.value.trim() || null;
    try {
      await api(`followup/${encodeURIComponent(item.key)}/events`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      $("#followup-summary").dataset.announce = action === "done" ? `Đã đánh dấu xong: ${item.text}`
        : `Đã mở lại: ${item.text}`;
      await loadFollowup();
    } catch (err) {
      confirm.disabled = false;
      error.textContent = err instanceof ApiError ? err.message : String(err);
      error.hidden = false;
      if (err instanceof ApiError && err.status === 409) await loadFollowup({ keepError: error.textContent });
    }
  });
  note.focus();
}

export async function loadFollowup({ keepError = null } = {}) {
  const mine = ++request;
  const body = $("#followup-rows");
  body.setAttribute("aria-busy", "true");
  showError(keepError);
  let page;
  try {
    page = await apiJson(`followup?${params()}`);
  } catch (err) {
    if (mine !== request) return;
    body.removeAttribute("aria-busy");
    showError(err instanceof ApiError ? err.message : String(err));
    return;
  }
  if (mine !== request) return;
  body.replaceChildren(...page.items.map(row));
  if (!page.items.length) {
    body.append(h("tr", {}, h("td", { colspan: "6", class: "empty-row", text: "Không có việc nào khớp bộ lọc." })));
  }
  const summary = $("#followup-summary");
  const counted = `${page.total} việc · hôm nay ${showDate(page.today)}`;
  summary.textContent = summary.dataset.announce ? `${summary.dataset.announce}. ${counted}` : counted;
  delete summary.dataset.announce;
  const last = Math.min(page.offset + page.items.length, page.total);
  $("#followup-page-info").textContent = page.total ? `${page.offset + 1}–${last} / ${page.total}` : "";
  $("#followup-prev").disabled = page.offset === 0;
  $("#followup-next").disabled = last >= page.total;
  body.removeAttribute("aria-busy");
  body.dataset.loaded = String(mine);
  showFeedUrl();
}

function showFeedUrl() {
  const url = new URL(apiUrl("calendar.ics"), document.baseURI);
  const token = currentToken();
  if (token) url.searchParams.set("token", token);
  $("#followup-feed-url").value = url.href;
}

export function setUpFollowupView() {
  const form = $("#followup-filters");
  const reload = () => {
    offset = 0;
    loadFollowup();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    reload();
  });
  form.addEventListener("reset", () => setTimeout(reload, 0));
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", reload);
  $("#followup-prev").addEventListener("click", () => {
    offset = Math.max(0, offset - PAGE_SIZE);
    loadFollowup();
  });
  $("#followup-next").addEventListener("click", () => {
    offset += PAGE_SIZE;
    loadFollowup();
  });
  $("#followup-actor").value = localStorage.getItem(ACTOR_KEY) || "";
  $("#followup-book").addEventListener("click", async () => {
    const query = params();
    query.delete("limit");
    query.delete("offset");
    query.delete("kind");
    try {
      await download(`followup.xlsx?${query}`, "so-theo-doi.xlsx");
    } catch (err) {
      showError(err instanceof ApiError ? err.message : String(err));
    }
  });
  $("#followup-feed-copy").addEventListener("click", async () => {
    const input = $("#followup-feed-url");
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      $("#followup-summary").textContent = "Đã sao chép địa chỉ đăng ký lịch.";
    } catch {
      $("#followup-summary").textContent = "Hãy chọn địa chỉ rồi nhấn Ctrl+C để sao chép.";
    }
  });
  showFeedUrl();
}
