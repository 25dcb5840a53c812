// The register view (#/register): the Sổ đăng ký văn bản đến for a range of ngày đến, its .xlsx export, and the
// clerk's four columns (Đơn vị hoặc người nhận, Ngày chuyển, Ký nhận, Ghi chú) edited row by row.

import { ApiError, apiJson, download } from "./api.js";
import { $, dateFromInput, dateToInput, h, showDate, showTimestamp } from "./util.js";

// The clerk's columns: key of the row → how the cell is edited.
const CLERK = {
  recipient: { maxlength: 1000 },
  transferred_on: { date: true },
  signed_by: { maxlength: 200 },
  note: { maxlength: 500 },
};
const DATE_HINT = "Ngày không hợp lệ, viết theo dạng 20/09/2021.";

let request = 0;

function period() {
  const params = new URLSearchParams();
  for (const name of ["from", "to"]) {
    const value = $(`#register-${name}`).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function showPeriodErrors(err) {
  const errors = (err.problem && err.problem.errors) || [];
  let placed = false;
  for (const item of errors) {
    const name = (item.path || "").replace(/^\//, "");
    const input = ["from", "to"].includes(name) ? $(`#register-${name}`) : null;
    if (!input) continue;
    const error = input.parentElement.querySelector(".field-error");
    input.setAttribute("aria-invalid", "true");
    error.textContent = DATE_HINT;
    error.hidden = false;
    placed = true;
  }
  if (!placed) {
    $("#register-error").textContent = (err.problem && err.problem.detail) || err.message;
    $("#register-error").hidden = false;
  }
}

function clearPeriodErrors() {
  $("#register-error").hidden = true;
  for (const name of ["from", "to"]) {
    const input = $(`#register-${name}`);
    input.removeAttribute("aria-invalid");
    const error = input.parentElement.querySelector(".field-error");
    error.hidden = true;
    error.textContent = "";
  }
}

function cellValue(key, value) {
  return CLERK[key] && CLERK[key].date ? dateToInput(value) : value || "";
}

function clerkCell(row, key, title) {
  const input = h("input", {
    type: "text", value: cellValue(key, row[key]), "aria-label": `${title}, số đến ${row.arrival_number}`,
    maxlength: CLERK[key].maxlength || null, inputmode: CLERK[key].date ? "numeric" : null,
    placeholder: CLERK[key].date ? "ngày/tháng/năm" : null, autocomplete: "off", dataset: { key },
  });
  return h("td", { class: `clerk ${key}` }, input, h("p", { class: "field-error", hidden: true }));
}

function readCell(key, value) {
  return CLERK[key].date ? dateFromInput(value) : value.trim() || null;
}

async function saveRow(tr, row) {
  const changes = {};
  for (const input of tr.querySelectorAll("input[data-key]")) {
    const key = input.dataset.key;
    const value = readCell(key, input.value);
    if (value !== (row[key] ?? null)) changes[key] = value;
    input.removeAttribute("aria-invalid");
    const error = input.parentElement.querySelector(".field-error");
    error.hidden = true;
    error.textContent = "";
  }
  const status = tr.querySelector(".row-status");
  if (!Object.keys(changes).length) {
    status.textContent = "Không có thay đổi.";
    return;
  }
  status.textContent = "Đang lưu…";
  try {
    const saved = await apiJson(`register/${encodeURIComponent(row.document_id)}`, {
      method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(changes),
    });
    Object.assign(row, saved);
    for (const input of tr.querySelectorAll("input[data-key]")) input.value = cellValue(input.dataset.key, row[input.dataset.key]);
    status.textContent = "Đã lưu.";
    tr.dataset.saved = String(Number(tr.dataset.saved || 0) + 1);
    $("#register-status").textContent = `Đã lưu dòng số đến ${row.arrival_number}.`;
  } catch (err) {
    const errors = (err instanceof ApiError && err.problem.errors) || [];
    for (const item of errors) {
      const input = tr.querySelector(`input[data-key="${(item.path || "").replace(/^\//, "")}"]`);
      if (!input) continue;
      const error = input.parentElement.querySelector(".field-error");
      input.setAttribute("aria-invalid", "true");
      error.textContent = item.type === "before_arrival" || !CLERK[input.dataset.key].date ? item.message : DATE_HINT;
      error.hidden = false;
    }
    status.textContent = `Chưa lưu: ${(err.problem && err.problem.detail) || err.message}`;
  }
}

function registerRow(row, columns) {
  const tr = h("tr", { dataset: { id: row.document_id, number: String(row.arrival_number) } });
  const cells = {
    arrival_date: () => h("td", { class: "nowrap", title: showTimestamp(row.arrived_at) }, showDate(row.arrival_date)),
    arrival_number: () => h("td", { class: "arrival" },
      h("a", { href: `#/doc/${row.document_id}`, class: "doc-link", text: String(row.arrival_number) })),
    issue_date: () => h("td", { class: "nowrap" }, showDate(row.issue_date)),
    type_and_subject: () => h("td", { class: "subject" }, row.type_and_subject || ""),
  };
  for (const { key, title } of columns) {
    if (CLERK[key]) tr.append(clerkCell(row, key, title));
    else tr.append(cells[key] ? cells[key]() : h("td", { class: key }, row[key] || ""));
  }
  const save = h("button", { type: "button", class: "small", text: "Lưu", "aria-label": `Lưu dòng số đến ${row.arrival_number}` });
  save.addEventListener("click", () => saveRow(tr, row));
  tr.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("input[data-key]")) saveRow(tr, row);
  });
  tr.append(h("td", { class: "row-actions" }, save, h("p", { class: "row-status small muted", role: "status" })));
  return tr;
}

export async function loadRegister() {
  const ticket = ++request;
  let page;
  try {
    page = await apiJson(`register?${period()}`);
  } catch (err) {
    if (ticket !== request) return;
    showPeriodErrors(err);
    $("#register-rows").replaceChildren();
    $("#register-summary").textContent = "";
    return;
  }
  if (ticket !== request) return;
  clearPeriodErrors();
  $("#register-head").replaceChildren(
    ...page.columns.map((c) => h("th", { scope: "col", dataset: { key: c.key }, text: c.title })),
    h("th", { scope: "col", text: "Lưu" }));
  const rows = page.rows.map((row) => registerRow(row, page.columns));
  if (!rows.length) {
    rows.push(h("tr", {}, h("td", { colspan: page.columns.length + 1, class: "empty-row",
      text: "Chưa có văn bản đến nào trong khoảng ngày này." })));
  }
  $("#register-rows").replaceChildren(...rows);
  $("#register-summary").textContent = `${page.total} văn bản đến`;
  $("#register-table").dataset.loaded = String(ticket);
}

export function setUpRegisterView() {
  // The current year by default: số đến starts again at 1 each year.
  $("#register-from").value = `01/01/${new Date().getFullYear()}`;
  $("#register-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    loadRegister();
  });
  $("#register-export").addEventListener("click", async () => {
    $("#register-status").textContent = "Đang tạo tệp…";
    try {
      const name = await download(`register.xlsx?${period()}`, "so-van-ban-den.xlsx");
      $("#register-status").textContent = `Đã tải ${name}.`;
    } catch (err) {
      $("#register-status").textContent = "";
      showPeriodErrors(err);
    }
  });
}
