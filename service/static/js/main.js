// The page's entry point: a router on the URL hash (#/ the list, #/doc/<id> one document, #/register the register).

import { askToken, forgetToken, setUpTokenDialog } from "./api.js";
import { loadList, setUpListView } from "./list.js";
import { loadRegister, setUpRegisterView } from "./register.js";
import { closeDocument, hasUnsavedChanges, openDocument, setUpReviewView } from "./review.js";
import { $ } from "./util.js";

let currentHash = null;

function route() {
  const hash = window.location.hash || "#/";
  const match = /^#\/doc\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (hash === currentHash) return;
  if (currentHash && currentHash.startsWith("#/doc/") && hasUnsavedChanges()
      && !window.confirm("Có thay đổi chưa lưu. Vẫn rời văn bản này?")) {
    history.replaceState(null, "", currentHash);
    return;
  }
  currentHash = hash;
  $("#app-loading").hidden = true;
  const register = hash === "#/register";
  $("#view-register").hidden = !register;
  if (register) $("#nav-register").setAttribute("aria-current", "page");
  else $("#nav-register").removeAttribute("aria-current");
  if (register) {
    closeDocument();
    $("#view-review").hidden = true;
    $("#view-list").hidden = true;
    $("#nav-list").removeAttribute("aria-current");
    document.title = "Sổ đăng ký văn bản đến — Rà soát văn bản chỉ đạo";
    loadRegister();
    return;
  }
  if (match) {
    $("#view-list").hidden = true;
    $("#view-review").hidden = false;
    document.title = "Rà soát văn bản — Rà soát văn bản chỉ đạo";
    openDocument(match[1]);
  } else {
    closeDocument();
    $("#view-review").hidden = true;
    $("#view-list").hidden = false;
    document.title = "Danh sách văn bản — Rà soát văn bản chỉ đạo";
    loadList();
  }
  if (match) $("#nav-list").removeAttribute("aria-current");
  else $("#nav-list").setAttribute("aria-current", "page");
}

function start() {
  setUpTokenDialog();
  setUpListView();
  setUpReviewView();
  setUpRegisterView();
  $(".skip-link").addEventListener("click", (event) => {
    event.preventDefault();
    $("#main").focus();
  });
  $("#token-button").addEventListener("click", async () => {
    forgetToken();
    if (await askToken("Nhập mã truy cập mới.")) {
      currentHash = null;
      route();
    }
  });
  window.addEventListener("hashchange", route);
  window.addEventListener("beforeunload", (event) => {
    if (hasUnsavedChanges()) event.preventDefault();
  });
  route();
}

start();
