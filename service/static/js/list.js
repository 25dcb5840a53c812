// The list view: upload (drop or choose, several files), per-file progress page by page, and the list of
// documents with search, filters and paging.

import { ApiError, apiJson, messageFor, uploadFile } from "./api.js";
import { $, debounce, fileSize, h, showDate, showTimestamp } from "./util.js";

const config = document.body.dataset;
const POLL_MS = Number(config.pollMs) || 800;
const PAGE_SIZE = 20;

export const STATUS_LABELS = { queued: "Đang chờ", processing: "Đang xử lý", done: "Đã xử lý", failed: "Lỗi" };
export const KIND_LABELS = {
  cong_van: "Công văn", ke_hoach: "Kế hoạch", quyet_dinh: "Quyết định", thong_bao: "Thông báo",
  bao_cao: "Báo cáo", chi_thi: "Chỉ thị", huong_dan: "Hướng dẫn", to_trinh: "Tờ trình", khac: "Văn bản",
};

const uploads = new Map(); // document id → {card, status}
let pollTimer = null;
let listOffset = 0;
let listRequest = 0;
let listTimer = null;

// ------------------------------------------------------------------ progress wording

/** "Trang 1/2 đã đọc" etc. for a document's status and progress. */
export function progressText(doc) {
  const { pages_done: done, pages_total: total } = doc.progress || {};
  if (doc.status === "queued") return "Đang chờ đến lượt xử lý…";
  if (doc.status === "processing") {
    if (total) return `Đang đọc trang ${Math.min(done + 1, total)}/${total} (xong ${done}/${total} trang)…`;
    return done ? `Đã đọc ${done} trang…` : "Đang đọc văn bản…";
  }
  if (doc.status === "done") return total ? `Xong: đã đọc ${total}/${total} trang.` : "Xong.";
  if (doc.status === "failed") return `Không xử lý được: ${messageFor(doc.error && doc.error.code, 422)}`;
  return "";
}

export function setProgress(bar, doc) {
  const { pages_done: done, pages_total: total } = doc.progress || {};
  if (doc.status === "done") {
    bar.max = 1;
    bar.value = 1;
  } else if (total) {
    bar.max = total;
    bar.value = done;
  } else {
    bar.removeAttribute("value"); // indeterminate
  }
  bar.setAttribute("aria-valuetext", progressText(doc));
}

// ------------------------------------------------------------------ upload

function announce(text) {
  $("#uploads-live").textContent = text;
}

function uploadCard(file) {
  const status = h("p", { class: "upload-status", text: "Đang gửi tệp…" });
  const bar = h("progress", { max: 1, value: 0, "aria-label": `Tiến độ của ${file.name}` });
  const actions = h("p", { class: "upload-actions" });
  const card = h("li", { class: "upload-card state-sending" },
    h("p", { class: "upload-name", title: file.name }, h("strong", { text: file.name }), " ",
      h("span", { class: "muted", text: fileSize(file.size) })),
    bar, status, actions);
  card.parts = { status, bar, actions };
  $("#uploads").prepend(card);
  return card;
}

/** One line saying what the record is: "Công văn số 47/HKH-VP · HỘI KHUYẾN HỌC … · 17/09/2018". */
function recordLine(record) {
  const info = record.document || {};
  const kind = KIND_LABELS[info.kind] || "Văn bản";
  const parts = [`${kind} ${info.number ? `số ${info.number}` : "(không ghi số)"}`,
    record.issuer && record.issuer.name, info.issue_date ? `ngày ${showDate(info.issue_date)}` : null];
  return h("span", { class: "upload-record", text: parts.filter(Boolean).join(" · ") });
}

function updateCard(card, doc) {
  const { status, bar, actions } = card.parts;
  // A document read to the end but with warnings (not a directive, no number, dates that disagree) is not
  // simply "done": its card says so and shows the warnings.
  const warnings = (doc.status === "done" && doc.record && doc.record.warnings) || [];
  card.className = `upload-card state-${doc.status}${warnings.length ? " state-warning" : ""}`;
  card.dataset.id = doc.id;
  card.dataset.status = doc.status;
  card.dataset.warnings = String(warnings.length);
  status.textContent = warnings.length ? `${progressText(doc)} Cần kiểm tra:` : progressText(doc);
  setProgress(bar, doc);
  bar.hidden = doc.status === "failed";
  if ((doc.status === "done" || doc.status === "failed") && !actions.firstChild) {
    if (warnings.length) {
      const many = warnings.length > 4;
      const shown = warnings.slice(0, many ? 3 : 4).map((text) => h("li", { text }));
      if (many) shown.push(h("li", { text: `… và ${warnings.length - 3} cảnh báo khác (xem khi rà soát).` }));
      status.after(h("ul", { class: "upload-warnings" }, shown));
    }
    if (doc.status === "done" && doc.record) actions.append(recordLine(doc.record), " ");
    const label = doc.status === "done" ? "Mở để rà soát" : "Xem chi tiết";
    actions.append(h("a", { class: "button primary", href: `#/doc/${doc.id}`, text: label }));
  }
}

async function sendFile(file) {
  const card = uploadCard(file);
  try {
    const { status, body } = await uploadFile(file, (share) => {
      card.parts.bar.max = 1;
      card.parts.bar.value = share;
      card.parts.status.textContent = `Đang gửi tệp… ${Math.round(share * 100)}%`;
    });
    if (status === 200 && body.duplicate) {
      card.parts.status.textContent = "Tệp này đã được tải lên trước đây.";
    }
    const doc = await apiJson(`documents/${body.id}`);
    updateCard(card, doc);
    if (body.duplicate) card.parts.status.textContent = `Tệp này đã có trong hệ thống. ${progressText(doc)}`;
    if (doc.status === "queued" || doc.status === "processing") {
      uploads.set(doc.id, card);
      schedulePoll();
    }
    loadList();
  } catch (err) {
    card.className = "upload-card state-failed";
    card.dataset.status = "rejected";
    card.parts.bar.hidden = true;
    card.parts.status.textContent = err instanceof ApiError ? err.message : String(err);
    announce(`${file.name}: ${card.parts.status.textContent}`);
  }
}

async function sendFiles(files) {
  for (const file of files) await sendFile(file); // one at a time: the server processes them in turn anyway
}

function schedulePoll() {
  if (!pollTimer) pollTimer = setTimeout(poll, POLL_MS);
}

async function poll() {
  pollTimer = null;
  let finished = false;
  for (const [id, card] of uploads) {
    try {
      const doc = await apiJson(`documents/${id}`);
      updateCard(card, doc);
      if (doc.status === "done" || doc.status === "failed") {
        uploads.delete(id);
        finished = true;
        const name = doc.filename || id;
        announce(doc.status === "done" ? `${name}: đã xử lý xong, có thể rà soát.` : `${name}: xử lý bị lỗi.`);
      }
    } catch (err) {
      card.parts.status.textContent = err.message;
    }
  }
  if (finished) loadList();
  if (uploads.size) schedulePoll();
}

function setUpUpload() {
  const input = $("#file-input");
  const zone = $("#dropzone");
  input.addEventListener("change", () => {
    const files = Array.from(input.files || []);
    input.value = "";
    if (files.length) sendFiles(files);
  });
  for (const name of ["dragenter", "dragover"]) {
    zone.addEventListener(name, (event) => {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  }
  for (const name of ["dragleave", "drop"]) {
    zone.addEventListener(name, () => zone.classList.remove("dragging"));
  }
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    const files = Array.from(event.dataTransfer.files || []);
    if (files.length) sendFiles(files);
  });
  // A file dropped outside the zone must not make the browser leave the page.
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => event.preventDefault());
}

// ------------------------------------------------------------------ list

function filterParams() {
  const form = $("#filters");
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim()) params.set(name, String(value).trim());
  }
  params.set("limit", PAGE_SIZE);
  params.set("offset", listOffset);
  return params;
}

function clearFilterErrors() {
  $("#filters-error").hidden = true;
  for (const input of $("#filters").querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    const error = input.parentElement.querySelector(".field-error");
    if (error) {
      error.hidden = true;
      error.textContent = "";
    }
  }
}

function showFilterErrors(err) {
  const errors = (err.problem && err.problem.errors) || [];
  let placed = false;
  for (const item of errors) {
    const name = (item.path || "").replace(/^\//, "");
    const input = name && $("#filters").elements.namedItem(name);
    const error = input && input.parentElement.querySelector(".field-error");
    if (error) {
      input.setAttribute("aria-invalid", "true");
      error.textContent = err.code === "invalid_date" ? "Ngày không hợp lệ, viết theo dạng 20/09/2021." : item.message;
      error.hidden = false;
      error.id = `${input.id}-error`;
      input.setAttribute("aria-describedby", error.id);
      placed = true;
    }
  }
  if (!placed) {
    $("#filters-error").textContent = err.message;
    $("#filters-error").hidden = false;
  }
}

function statusCell(doc) {
  const cell = h("td", { class: "status-cell" },
    h("span", { class: `badge status-${doc.status}`, text: STATUS_LABELS[doc.status] || doc.status }));
  if (doc.reviewed) cell.append(" ", h("span", { class: "badge reviewed", text: "Đã rà soát" }));
  if (doc.duplicate_of) {
    cell.append(" ", h("span", { class: "badge duplicate", title: `Trùng với văn bản ${doc.duplicate_of} tải lên trước`,
      text: "Có thể trùng" }));
  }
  if (doc.status === "processing" && doc.progress && doc.progress.pages_total) {
    cell.append(h("span", { class: "muted small", text: ` ${doc.progress.pages_done}/${doc.progress.pages_total} trang` }));
  }
  return cell;
}

function row(doc) {
  const href = `#/doc/${doc.id}`;
  const kind = doc.kind ? KIND_LABELS[doc.kind] || doc.kind : "";
  const numberText = doc.number
    || { done: "(không ghi số)", failed: "(không đọc được)" }[doc.status] || "(chưa có số)";
  const fileName = doc.filename || doc.id;
  // On narrow screens the issuer and file columns fold into the subject and number cells (narrow-only),
  // so that the subject keeps a readable width.
  return h("tr", { dataset: { id: doc.id } },
    h("td", { class: "arrival wide-only", title: doc.arrived_at ? `Ngày đến ${showTimestamp(doc.arrived_at)}` : null },
      doc.arrival_number ?? ""),
    h("td", {}, h("a", { href, class: "doc-link" }, numberText),
      doc.arrival_number ? h("div", { class: "muted small narrow-only", text: `Số đến ${doc.arrival_number}` }) : null, kind ? h("div", { class: "muted small", text: kind }) : null,
      h("div", { class: "file narrow-only", title: fileName, text: fileName })),
    h("td", { class: "subject" }, doc.subject || "",
      doc.issuer ? h("div", { class: "muted small narrow-only", text: doc.issuer }) : null),
    h("td", { class: "wide-only" }, doc.issuer || ""),
    h("td", { class: "nowrap" }, showDate(doc.issue_date)),
    statusCell(doc),
    h("td", { class: "file wide-only" }, h("a", { href, title: fileName, text: fileName })),
  );
}

function clearRows() {
  clearTimeout(listTimer);
  $("#doc-rows").replaceChildren();
  $("#list-summary").textContent = "";
  $("#page-info").textContent = "";
  $("#page-prev").disabled = true;
  $("#page-next").disabled = true;
}

export async function loadList() {
  const ticket = ++listRequest;
  const params = filterParams();
  let page;
  try {
    page = await apiJson(`documents?${params}`);
  } catch (err) {
    if (ticket !== listRequest) return;
    showFilterErrors(err);
    // The filters as written select nothing yet: the rows of the previous filters must not stand under the error.
    if (err instanceof ApiError && err.status >= 400 && err.status < 500) clearRows();
    return;
  }
  if (ticket !== listRequest) return; // a newer request is on its way
  clearFilterErrors();
  const rows = $("#doc-rows");
  rows.replaceChildren(...page.items.map(row));
  if (!page.items.length) {
    const filtered = [...params.keys()].some((k) => !["limit", "offset"].includes(k));
    rows.append(h("tr", {}, h("td", { colspan: 7, class: "empty-row",
      text: filtered ? "Không có văn bản nào khớp bộ lọc." : "Chưa có văn bản nào. Hãy tải văn bản lên ở trên." })));
  }
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  $("#list-summary").textContent = page.total ? `${page.total} văn bản` : "";
  $("#page-info").textContent = page.total ? `${first}–${last} / ${page.total}` : "";
  $("#page-prev").disabled = page.offset === 0;
  $("#page-next").disabled = last >= page.total;
  // Documents still being processed: refresh the list until they are done.
  clearTimeout(listTimer);
  if (page.items.some((d) => d.status === "queued" || d.status === "processing")) {
    listTimer = setTimeout(() => { if (!$("#view-list").hidden) loadList(); }, POLL_MS * 2);
  }
}

function setUpList() {
  const form = $("#filters");
  const reload = () => {
    listOffset = 0;
    loadList();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    reload();
  });
  form.addEventListener("reset", () => setTimeout(reload, 0));
  const typed = debounce(reload, 350);
  for (const input of form.querySelectorAll("input")) {
    input.addEventListener("input", () => {
      // Dates are only sent once complete; the other fields search as the clerk types.
      if (input.inputMode === "numeric" && input.value && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(input.value.trim())) return;
      typed();
    });
    input.addEventListener("change", reload);
  }
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", reload);
  $("#page-prev").addEventListener("click", () => {
    listOffset = Math.max(0, listOffset - PAGE_SIZE);
    loadList();
  });
  $("#page-next").addEventListener("click", () => {
    listOffset += PAGE_SIZE;
    loadList();
  });
}

export function setUpListView() {
  setUpUpload();
  setUpList();
}
