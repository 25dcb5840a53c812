// The page's entry point: a router on the URL hash (#/ the list, #/doc/<id> one document, #/register the register,
// #/followup the follow-up of tasks and deadlines).

import { askToken, forgetToken, setUpTokenDialog } from "./api.js";
import { loadFollowup, setUpFollowupView } from "./followup.js";
import { loadList, setUpListView } from "./list.js";
import { loadRegister, setUpRegisterView } from "./register.js";
import { closeDocument, hasUnsavedChanges, openDocument, setUpReviewView } from "./review.js";
import { $ } from "./util.js";

let currentHash = null;

// Views of their own beside the list and a document: the hash, its section, its link in the top bar.
const SIDE_VIEWS = {
  "#/register": { section: "#view-register", nav: "#nav-register", load: () => loadRegister(),
    title: "Sổ đăng ký văn bản đến — Rà soát văn bản chỉ đạo" },
  "#/followup": { section: "#view-followup", nav: "#nav-followup", load: () => loadFollowup(),
    title: "Theo dõi giải quyết — Rà soát văn bản chỉ đạo" },
};

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
  const side = SIDE_VIEWS[hash];
  for (const [key, view] of Object.entries(SIDE_VIEWS)) {
    $(view.section).hidden = key !== hash;
    if (key === hash) $(view.nav).setAttribute("aria-current", "page");
    else $(view.nav).removeAttribute("aria-current");
  }
  if (side) {
    closeDocument();
    $("#view-review").hidden = true;
    $("#view-list").hidden = true;
    $("#nav-list").removeAttribute("aria-current");
    document.title = side.title;
    side.load();
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
  setUpFollowupView();
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
