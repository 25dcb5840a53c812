// Talking to the /v1 API: relative URLs (the page may sit behind a path prefix), the optional bearer
// token (asked once per browser session), problem+json errors in Vietnamese.

import { $ } from "./util.js";

const config = document.body.dataset;

// Stable problem codes of the API (service/codes.py) → what the clerk reads.
const MESSAGES = {
  upload_too_large: () => `Tệp lớn hơn giới hạn ${config.maxUploadMb} MB. Hãy tách tệp, hoặc quét ở độ phân giải thấp hơn (200–300 dpi là đủ).`,
  too_many_pages: () => `Văn bản có quá nhiều trang (tối đa ${config.maxPages} trang mỗi tệp). Hãy tách thành nhiều tệp.`,
  image_too_large: () => "Ảnh quá lớn để xử lý. Hãy quét hoặc chụp ở độ phân giải thấp hơn.",
  text_too_long: () => "Văn bản quá dài (quá nhiều ký tự hoặc dòng) so với một văn bản chỉ đạo. Hãy kiểm tra đúng tệp chưa, hoặc tách thành nhiều tệp.",
  archive_too_large: () => "Tệp Word giải nén ra quá lớn hoặc có quá nhiều phần (có thể là tệp độc hại). Hãy mở bằng Word, lưu lại thành .docx hoặc PDF rồi tải lên.",
  too_large_for_sync: () => "Tệp quá lớn để trích xuất ngay. Hãy tải lên để xử lý trong hàng đợi.",
  unsupported_format: () => "Định dạng tệp không được hỗ trợ. Chỉ nhận PDF, ảnh (PNG, JPEG, TIFF), Word (DOCX, DOC) hoặc TXT.",
  corrupt_file: () => "Tệp bị hỏng, không đọc được.",
  encrypted_file: () => "Tệp có mật khẩu. Hãy bỏ mật khẩu rồi tải lên lại.",
  empty_file: () => "Tệp rỗng.",
  empty_document: () => "Không tìm thấy chữ nào trong văn bản (trang trắng hoặc quá mờ).",
  record_too_large: () => "Chưa lưu: bản ghi gửi lên quá lớn. Hãy rút gọn các giá trị quá dài rồi lưu lại.",
  unsupported_media_type: () => "Chưa lưu: trang gửi bản ghi sai định dạng (cần JSON). Hãy tải lại trang rồi thử lại.",
  empty_record: () => "Chưa lưu: bản ghi đang để trống mọi trường. Hãy nhập ít nhất một giá trị.",
  invalid_register_entry: () => "Chưa lưu: có ô của sổ văn bản đến không hợp lệ, xem ô được đánh dấu đỏ.",
  missing_input: () => "Chưa có văn bản: hãy chọn một tệp hoặc dán nội dung văn bản.",
  bad_request: () => "Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.",
  method_not_allowed: () => "Thao tác này không được hỗ trợ. Hãy tải lại trang rồi thử lại.",
  page_not_found: () => "Văn bản không có trang này.",
  invalid_record: () => "Chưa lưu: có giá trị không hợp lệ, xem các ô được đánh dấu đỏ.",
  edit_conflict: () => "Chưa lưu: bản ghi đã được lưu lại sau khi bạn mở nó.",
  precondition_required: () => "Chưa lưu: trang không gửi kèm phiên bản bản ghi đang sửa. Hãy tải lại trang.",
  invalid_date: () => "Ngày không hợp lệ. Viết theo dạng ngày/tháng/năm, ví dụ 20/09/2021.",
  validation_failed: () => "Yêu cầu không hợp lệ.",
  document_not_found: () => "Không tìm thấy văn bản này (có thể đường dẫn sai).",
  not_found: () => "Không tìm thấy.",
  page_image_unavailable: () => "Trang này không có ảnh (văn bản số).",
  no_reviewed_version: () => "Văn bản chưa được rà soát.",
  not_ready: () => "Văn bản chưa xử lý xong.",
  processing_failed: () => "Xử lý văn bản bị lỗi.",
  not_a_duplicate: () => "Văn bản này không còn bị đánh dấu là bản trùng (có thể người khác đã quyết định). Hãy tải lại trang.",
  duplicate_kept: () => "Văn bản này đã được quyết định giữ lại, nên không bỏ được.",
  no_calendar_events: () => "Bản ghi không có ngày sự kiện, lễ khai mạc hay hạn báo cáo nào để đưa vào lịch.",
  unauthorized: () => "Cần mã truy cập hợp lệ.",
  unavailable: () => "Máy chủ đang khởi động hoặc tạm thời không sẵn sàng. Thử lại sau ít giây.",
  ocr_failed: () => "Không nhận dạng được chữ trên ảnh (lỗi OCR).",
  ocr_timeout: () => "Nhận dạng chữ một trang quá lâu nên đã dừng. Hãy quét lại rõ hơn rồi tải lên lại.",
  conversion_failed: () => "Không chuyển đổi được tệp Word cũ (.doc). Hãy mở bằng Word, lưu thành .docx hoặc PDF rồi tải lên.",
  converter_missing: () => "Máy chủ chưa cài bộ chuyển đổi tệp Word cũ (.doc). Hãy báo quản trị viên, hoặc lưu tệp thành .docx hoặc PDF rồi tải lên.",
  conversion_timeout: () => "Chuyển đổi tệp Word cũ (.doc) quá lâu nên đã dừng. Hãy thử lại sau, hoặc lưu tệp thành .docx hoặc PDF rồi tải lên.",
  worker_crashed: () => "Tiến trình xử lý dừng bất thường.",
  too_many_attempts: () => "Đã thử xử lý nhiều lần nhưng không xong.",
  internal_error: () => "Lỗi nội bộ của máy chủ (đã được ghi lại).",
  followup_item_not_found: () => "Không tìm thấy việc cần theo dõi này (văn bản hoặc nhiệm vụ đã thay đổi). Hãy tải lại danh sách.",
  followup_item_changed: () => "Nhiệm vụ này vừa được sửa trong bản rà soát của văn bản. Hãy tải lại danh sách rồi đánh dấu lại.",
  followup_state_unchanged: () => "Việc này đã ở trạng thái đó rồi (có thể người khác vừa đánh dấu). Danh sách đã được tải lại.",
};

export function messageFor(code, status) {
  if (code && MESSAGES[code]) return MESSAGES[code]();
  if (status === 0) return "Không kết nối được với máy chủ. Kiểm tra máy chủ còn chạy không rồi thử lại.";
  if (status >= 500) return `Máy chủ gặp lỗi (${status}). Thử lại sau.`;
  return `Yêu cầu không thành công (${status}).`;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(messageFor(problem && problem.code, status));
    this.status = status;
    this.problem = problem || {};
    this.code = this.problem.code || null;
  }
}

/** A path of the API ("documents/abc") as a URL relative to the page. */
export function apiUrl(path) {
  return "v1/" + path.replace(/^\/+/, "").replace(/^v1\//, "");
}

// ------------------------------------------------------------------ token

// The token lives in a session cookie (no Expires, no Max-Age), read only by this script:
// - sessionStorage is per tab, so every new tab had to ask again;
// - localStorage outlives the browser and would leave the token on disk indefinitely;
// - a session cookie is shared by every tab of this site and dropped when the browser closes.
// The server never reads cookies (it authenticates the Authorization header only), so the cookie grants nothing
// to a request this script did not make (no cross-site request forgery); SameSite=Strict keeps it off other
// sites' requests anyway, Path keeps it to this application, and Secure to HTTPS where the page is served so.
const TOKEN_COOKIE = "docintel_token";

function cookieAttributes() {
  const path = window.location.pathname.replace(/[^/]*$/, "") || "/";
  return `; Path=${path}; SameSite=Strict${window.location.protocol === "https:" ? "; Secure" : ""}`;
}

function storedToken() {
  for (const part of document.cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === TOKEN_COOKIE && value.length) return decodeURIComponent(value.join("=")) || null;
  }
  return null;
}

function storeToken(token) {
  document.cookie = `${TOKEN_COOKIE}=${encodeURIComponent(token)}${cookieAttributes()}`;
}

let pendingPrompt = null;

export function hasToken() {
  return Boolean(storedToken());
}

/** The token this browser holds, or null (the follow-up page shows it in the calendar's subscribe address). */
export function currentToken() {
  return storedToken();
}

function authHeaders(headers = {}) {
  const out = new Headers(headers);
  const token = storedToken();
  if (token) out.set("Authorization", `Bearer ${token}`);
  return out;
}

/** Ask the clerk for the API token (one dialog however many requests are waiting). Resolves true once
 *  a token is entered, false if the clerk cancels. */
export function askToken(reason) {
  if (pendingPrompt) return pendingPrompt;
  const dialog = $("#token-dialog");
  const input = $("#token-input");
  $("#token-reason").textContent = reason || "";
  input.value = "";
  pendingPrompt = new Promise((resolve) => {
    const done = (ok) => {
      dialog.removeEventListener("close", onClose);
      pendingPrompt = null;
      resolve(ok);
    };
    const onClose = () => {
      const value = input.value.trim();
      if (dialog.returnValue === "ok" && value) {
        storeToken(value);
        done(true);
      } else {
        done(false);
      }
    };
    dialog.addEventListener("close", onClose);
    dialog.returnValue = "";
    dialog.showModal();
    input.focus();
  });
  return pendingPrompt;
}

export function forgetToken() {
  document.cookie = `${TOKEN_COOKIE}=${cookieAttributes()}; Max-Age=0`;
}

/** The token dialog's "Hủy" is a plain button: as the form's first submit button it was the one Enter pressed. */
export function setUpTokenDialog() {
  const dialog = $("#token-dialog");
  $("#token-cancel").addEventListener("click", () => dialog.close("cancel"));
}

async function readProblem(response) {
  try {
    return await response.json();
  } catch {
    return { status: response.status };
  }
}

/** fetch() an API path with the token; on 401 ask for the token and try again. Throws ApiError. */
export async function api(path, options = {}) {
  for (let attempt = 0; ; attempt += 1) {
    let response;
    try {
      response = await fetch(apiUrl(path), { ...options, headers: authHeaders(options.headers) });
    } catch {
      throw new ApiError(0, null);
    }
    if (response.status === 401 && attempt < 3) {
      const reason = hasToken() ? "Mã truy cập không đúng, hãy nhập lại." : "Máy chủ yêu cầu mã truy cập.";
      forgetToken();
      if (await askToken(reason)) continue;
    }
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    return response;
  }
}

export async function apiJson(path, options = {}) {
  return (await api(path, options)).json();
}

/** Upload one file with progress (XMLHttpRequest: fetch cannot report upload progress). Resolves with
 *  {status, body}; rejects with ApiError. */
export async function uploadFile(file, onProgress) {
  for (let attempt = 0; ; attempt += 1) {
    const result = await new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", apiUrl("documents"));
      authHeaders().forEach((value, key) => xhr.setRequestHeader(key, value));
      xhr.responseType = "json";
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener("load", () => resolve({ status: xhr.status, body: xhr.response }));
      xhr.addEventListener("error", () => resolve({ status: 0, body: null }));
      const form = new FormData();
      form.append("file", file, file.name);
      xhr.send(form);
    });
    if (result.status === 401 && attempt < 3) {
      forgetToken();
      if (await askToken("Máy chủ yêu cầu mã truy cập.")) continue;
    }
    if (result.status >= 200 && result.status < 300) return result;
    throw new ApiError(result.status, result.body);
  }
}

function filenameFrom(response, fallback) {
  const header = response.headers.get("Content-Disposition") || "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Download an export through fetch (so the token goes along) and hand it to the browser as a file. */
export async function download(path, fallbackName) {
  const response = await api(path);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filenameFrom(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return link.download;
}

/** An image of the API as an object URL (fetched with the token). */
export async function imageUrl(path) {
  const response = await api(path);
  return URL.createObjectURL(await response.blob());
}
