// The one-page printed summary of a record ("In tóm tắt"): built from the record in the form, then
// shortened step by step until it fits one A4 page (measured at the printed width, see print.css).

import { h, showDate, showTimestamp } from "./util.js";

const KIND = {
  cong_van: "Công văn", ke_hoach: "Kế hoạch", quyet_dinh: "Quyết định", thong_bao: "Thông báo",
  bao_cao: "Báo cáo", chi_thi: "Chỉ thị", huong_dan: "Hướng dẫn", to_trinh: "Tờ trình", khac: "Văn bản",
};
const MODE = { in_person: "trực tiếp", online: "trực tuyến", hybrid: "trực tiếp kết hợp trực tuyến" };
const RELATION = { before: "trước ngày", on: "vào ngày", by: "chậm nhất ngày" };
const URGENCY = { khan: "KHẨN", thuong_khan: "THƯỢNG KHẨN", hoa_toc: "HỎA TỐC" };
const SECRECY = { mat: "MẬT", toi_mat: "TỐI MẬT", tuyet_mat: "TUYỆT MẬT" };

// A4 printable height at 96 px per inch: 297 mm less 2 × 12 mm margins (print.css), with some slack.
const PAGE_HEIGHT_PX = ((297 - 24) * 96) / 25.4 - 24;

// Ever shorter versions: characters per task or citation, entries per plain list. Within each, as many
// tasks as fit are shown, shared out in turn among the agencies (see fit()).
const PRESETS = [
  { chars: 400, items: Infinity },
  { chars: 180, items: 8 },
  { chars: 110, items: 4 },
];

function cut(text, chars) {
  if (!text) return "";
  return text.length > chars ? text.slice(0, chars - 1).trimEnd() + "…" : text;
}

function line(label, ...value) {
  const parts = value.filter((v) => v !== null && v !== undefined && v !== "");
  if (!parts.length) return null;
  return h("p", { class: "ps-line" }, h("span", { class: "ps-label", text: `${label}: ` }), ...parts);
}

function section(title, ...children) {
  const body = children.flat().filter(Boolean);
  if (!body.length) return null;
  return h("section", { class: "ps-section" }, h("h2", { text: title }), ...body);
}

function more(count, noun) {
  return count > 0 ? h("li", { class: "ps-more", text: `… và ${count} ${noun} khác` }) : null;
}

function build(record, review, preset, budget) {
  const doc = record.document || {};
  const issuer = record.issuer || {};
  const event = record.event || {};
  const ceremony = event.opening_ceremony || {};
  const signer = record.signer || {};
  const kind = KIND[doc.kind] || "Văn bản";
  const marks = [URGENCY[doc.urgency], SECRECY[doc.secrecy]].filter(Boolean).join(" · ");

  const head = h("header", { class: "ps-head" },
    h("div", {}, issuer.parent ? h("p", { text: issuer.parent }) : null,
      h("p", { class: "ps-issuer", text: issuer.name || "(chưa rõ cơ quan ban hành)" }),
      h("p", { text: doc.number ? `Số: ${doc.number}` : "Số: (không ghi)" })),
    h("div", { class: "ps-right" },
      h("p", { text: [doc.place, doc.issue_date ? `ngày ${showDate(doc.issue_date)}` : null].filter(Boolean).join(", ") }),
      marks ? h("p", { class: "ps-marks", text: marks }) : null));
  const title = h("h1", {}, h("span", { class: "ps-kind", text: kind.toUpperCase() }), " ", doc.subject || "");

  const period = event.start_date || event.end_date
    ? `từ ${showDate(event.start_date) || "?"} đến ${showDate(event.end_date) || "?"}` : null;
  const opening = [ceremony.time, ceremony.date ? `ngày ${showDate(ceremony.date)}` : null,
    ceremony.venue ? `tại ${ceremony.venue}` : null, MODE[ceremony.mode] ? `(${MODE[ceremony.mode]})` : null]
    .filter(Boolean).join(" ");
  const eventPart = section("Sự kiện",
    line("Tên", event.name), line("Chủ đề", event.theme), line("Thời gian", period), line("Lễ khai mạc", opening));

  const parents = record.parent_directives || [];
  const parentsPart = section("Văn bản căn cứ", parents.length ? h("ul", {},
    parents.slice(0, preset.items).map((p) => h("li", { text: [
      KIND[p.kind] || "Văn bản", p.number ? `số ${p.number}` : null,
      p.issue_date ? `ngày ${showDate(p.issue_date)}` : null, p.issuer ? `của ${p.issuer}` : null,
    ].filter(Boolean).join(" ") + (p.subject ? ` về ${cut(p.subject, preset.chars)}` : "") })),
    more(parents.length - preset.items, "văn bản")) : null);

  const assignments = record.assignments || [];
  const quota = shareOut(assignments.map((a) => (a.tasks || []).filter(Boolean).length), budget);
  const assignmentsPart = section("Phân công", assignments.length ? h("ol", { class: "ps-assignments" },
    assignments.map((a, i) => {
      const tasks = (a.tasks || []).filter(Boolean);
      const shown = tasks.slice(0, quota[i]);
      return h("li", {}, h("strong", { text: a.agency || "(chưa ghi cơ quan)" }),
        h("span", { class: "ps-count", text: ` — ${tasks.length} nhiệm vụ` }),
        shown.length
          ? h("ul", {}, shown.map((t) => h("li", { text: cut(t, preset.chars) })), more(tasks.length - shown.length, "nhiệm vụ"))
          : null);
    })) : null);

  const reporting = record.reporting || [];
  const reportingPart = section("Báo cáo", reporting.length ? h("ul", {},
    reporting.map((r) => h("li", {}, h("strong", {
      text: r.deadline ? `${RELATION[r.relation] ? RELATION[r.relation][0].toUpperCase() + RELATION[r.relation].slice(1) : "Hạn"} ${showDate(r.deadline)}` : "Không ghi hạn",
    }), [r.reporters ? `: ${r.reporters}` : "", r.recipient ? ` gửi ${r.recipient}` : "",
      r.email ? ` (${r.email})` : "", r.content ? ` — ${cut(r.content, preset.chars)}` : ""].join("")))) : null);

  const list = (items) => {
    const shown = (items || []).slice(0, preset.items).join("; ");
    const rest = (items || []).length - preset.items;
    return rest > 0 ? `${shown}; … và ${rest} nơi khác` : shown;
  };
  const othersPart = section("Nơi gửi, nơi nhận, người ký",
    line("Kính gửi", list(record.addressees)),
    line("Nơi nhận", list(record.distribution)),
    line("Người ký", [signer.authority, signer.title, signer.name].filter(Boolean).join(" · ")));

  const warnings = record.warnings || [];
  const warningsPart = warnings.length
    ? section("Cảnh báo", h("ul", {}, warnings.slice(0, preset.items).map((w) => h("li", { text: w })),
      more(warnings.length - preset.items, "cảnh báo"))) : null;

  const reviewed = review
    ? `Đã rà soát lần ${review.revision}${review.reviewer ? ` bởi ${review.reviewer}` : ""} lúc ${showTimestamp(review.reviewed_at)}`
    : "Chưa rà soát: bản do máy đọc, cần đối chiếu với văn bản gốc";
  const foot = h("footer", { class: "ps-foot" },
    h("p", { text: `${reviewed}. In lúc ${showTimestamp(new Date().toISOString())}.` }));

  return [head, title, eventPart, parentsPart, assignmentsPart, reportingPart, othersPart, warningsPart, foot]
    .filter(Boolean);
}

/** How many tasks of each agency to show with `budget` in all: first tasks first, in turn. */
function shareOut(counts, budget) {
  const quota = counts.map(() => 0);
  let left = budget;
  for (let round = 0; left > 0; round += 1) {
    let given = false;
    counts.forEach((count, i) => {
      if (left > 0 && count > round) {
        quota[i] += 1;
        left -= 1;
        given = true;
      }
    });
    if (!given) break;
  }
  return quota;
}

function fits(container, record, review, preset, budget) {
  container.replaceChildren(...build(record, review, preset, budget));
  return container.scrollHeight <= PAGE_HEIGHT_PX;
}

/** Fill `container` with a summary of `record` that fits one printed page: the longest texts with which
 *  the most tasks fit (binary search on the number of tasks shown). */
export function renderSummary(container, record, review) {
  if (!record) {
    container.replaceChildren();
    return;
  }
  const total = (record.assignments || []).reduce((n, a) => n + (a.tasks || []).filter(Boolean).length, 0);
  let best = null;
  for (const preset of PRESETS) {
    if (!fits(container, record, review, preset, 0)) continue;
    let low = 0;
    let high = total;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(container, record, review, preset, middle)) low = middle;
      else high = middle - 1;
    }
    if (!best || low > best.budget) best = { preset, budget: low };
    if (low === total) break;
  }
  best = best || { preset: PRESETS[PRESETS.length - 1], budget: 0 };
  container.replaceChildren(...build(record, review, best.preset, best.budget));
  container.dataset.tasksShown = `${best.budget}/${total}`;
}
