// Lotse's web door: protocol v1 over a WebSocket (one text message per line, both ways), shown
// as a chat. Nothing is stored in the browser: no cookies, no storage, answers never in a URL.
"use strict";

const page = {
  kiosk: document.body.dataset.mode === "kiosk",
  chat: document.getElementById("chat"),
  options: document.getElementById("options"),
  answer: document.getElementById("answer"),
  composer: document.getElementById("composer"),
  start: document.getElementById("start"),
  conversation: document.getElementById("conversation"),
  languages: document.getElementById("languages"),
  slipTools: document.getElementById("slip-tools"),
  code: document.getElementById("code"),
};

// An INFO field → its name among the page's words (/texts.json).
const fieldNames = {
  languages: "languages", "languages-on-request": "onRequest", address: "address", phone: "phone", web: "web",
  hours: "hours", note: "note",
};

// What the page knows of the conversation, as the terminal client's ChatState does.
const state = {
  texts: {},
  languages: [],
  language: "de",
  pendingLanguage: null,
  question: null,
  selected: new Set(),
  slip: null,        // the referral being shown: {element, list, entries, lines}
  lastSlipLines: [], // the last complete slip's REFER/WHY/INFO lines, for its QR code
  socket: null,
  started: false,    // kiosk: a language was chosen
  ended: false,
  retry: 0,
  escapeAt: 0,
};

function words(language = state.language) {
  const entry = state.texts[language] || state.texts.en || state.texts.de;
  return entry ? entry.words : null;
}

function entry(language = state.language) {
  return state.texts[language] || state.texts.en || state.texts.de || {};
}

// ---- the socket -------------------------------------------------------------------------

function connect() {
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const socket = new WebSocket(scheme + location.host + "/ws");
  state.socket = socket;
  socket.onopen = () => { state.retry = 0; };
  socket.onmessage = (event) => receive(String(event.data));
  socket.onclose = () => {
    if (state.socket !== socket) return;
    state.socket = null;
    if (state.ended) return;
    // The daemon restarted or the network dropped: a new session, with a word about it (the
    // kiosk's next one starts at its start screen again).
    wipe();
    if (page.kiosk) state.started = false;
    say(entry().reconnecting || "…", "note");
    state.retry = Math.min(state.retry + 1, 5);
    setTimeout(connect, 500 * 2 ** state.retry);
  };
}

function send(line) {
  if (!state.socket || state.socket.readyState !== WebSocket.OPEN) return;
  const lang = /^\/lang\s+(\S+)/i.exec(line);
  if (lang && state.languages.includes(lang[1].toLowerCase())) state.pendingLanguage = lang[1].toLowerCase();
  if (/^\/(restart|back)\b/i.test(line)) state.ended = false;
  state.socket.send(line);
}

// ---- server lines -----------------------------------------------------------------------

function receive(line) {
  const space = line.indexOf(" ");
  const tag = space < 0 ? line : line.slice(0, space);
  const payload = space < 0 ? "" : line.slice(space + 1);
  switch (tag) {
    case "HELLO": return hello(payload);
    case "SAY": return state.slip && !state.slip.closed ? slipHeading(payload) : say(payload, "say");
    case "ASK": return ask(payload);
    case "OPT": return option(payload);
    case "REFER": return refer(payload, line);
    case "WHY": return why(payload, line);
    case "INFO": return info(payload, line);
    case "NOTE": return say(payload, "note");
    case "TRACE": return say(payload, "trace");
    case "ERR":
      state.pendingLanguage = null;
      return say(payload.replace(/^\d+\s*/, ""), "error", "alert");
    case "END": return end();
    case "WAIT": return wait();
    case "BYE": return bye();
    default: return undefined; // a line a newer server added
  }
}

function hello(payload) {
  const langs = /(?:^|\s)langs=(\S+)/.exec(payload);
  state.languages = langs ? langs[1].split(",") : ["de"];
  setLanguage(state.languages[0]);
  if (page.kiosk && !state.started) return showStart();
  // A person's own browser: the language it prefers, if the dialog speaks it.
  const preferred = (navigator.languages || []).map((tag) => tag.slice(0, 2).toLowerCase())
    .find((code) => state.languages.includes(code));
  if (!page.kiosk && preferred && preferred !== state.languages[0]) send("/lang " + preferred);
}

function ask(payload) {
  const [slot, kind] = payload.split(" ");
  state.question = { slot, kind, options: [] };
  state.selected.clear();
  page.options.replaceChildren();
}

function option(payload) {
  const match = /^(\d+) (\S+) (.*)$/.exec(payload);
  if (!match || !state.question) return;
  const [, number, key, label] = match;
  const button = element("button", label, { type: "button", "data-key": key });
  if (state.question.kind === "multi") {
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      const on = !state.selected.has(number);
      if (on) state.selected.add(number); else state.selected.delete(number);
      button.setAttribute("aria-pressed", String(on));
    });
  } else {
    button.addEventListener("click", () => answer(number, label));
  }
  state.question.options.push(button);
  page.options.append(button);
}

function refer(payload, line) {
  const match = /^(\d+) (\S+) (.*)$/.exec(payload);
  if (!match) return;
  const [, rank, partner, name] = match;
  if (state.slip && state.slip.closed && Number(rank) === state.slip.lastRank + 1) {
    state.slip.closed = false; // the places /more shows go on the slip before them
  } else if (!state.slip || state.slip.closed) {
    openSlip();
  }
  state.slip.lastRank = Number(rank);
  const item = element("li", null, { value: rank, "data-partner": partner });
  const heading = element("h2");
  heading.append(isolated(name, "de"));
  item.append(heading);
  state.slip.list.append(item);
  state.slip.entries.set(partner, { item, reasons: null, facts: null });
  state.slip.lines.push(line);
}

function why(payload, line) {
  const space = payload.indexOf(" ");
  const target = state.slip && state.slip.entries.get(payload.slice(0, space));
  if (!target) return;
  if (!target.reasons) target.item.append(target.reasons = element("ul"));
  let text = payload.slice(space + 1);
  const german = /^\(([a-z]{2})\) /.exec(text);
  const reason = element("li");
  if (german) {
    text = text.slice(german[0].length);
    reason.className = "german";
    reason.append(isolated(text, german[1]));
  } else {
    reason.textContent = text;
  }
  target.reasons.append(reason);
  state.slip.lines.push(line);
}

function info(payload, line) {
  const match = /^(\S+) (\S+) (.*)$/.exec(payload);
  const target = match && state.slip && state.slip.entries.get(match[1]);
  if (!target) return;
  const [, , field, value] = match;
  if (!fieldNames[field]) return;
  if (!target.facts) target.item.append(target.facts = element("dl"));
  const label = entry()[fieldNames[field]] || field;
  const german = entry("de")[fieldNames[field]] || field;
  target.facts.append(element("dt", label === german ? label : `${label} · ${german}`));
  const dd = element("dd");
  dd.append(factValue(field, value));
  target.facts.append(dd);
  state.slip.lines.push(line);
}

// A phone number as a link that dials, a web address as a link, the rest as text.
function factValue(field, value) {
  if (field === "phone") {
    const fragment = document.createDocumentFragment();
    value.split(/,\s*/).forEach((part, index) => {
      if (index > 0) fragment.append(", ");
      const digits = part.replace(/\(.*$/, "").replace(/[^\d+]/g, "");
      if (digits.length >= 3) {
        const link = element("a", null, { href: "tel:" + digits });
        link.append(isolated(part, "de"));
        fragment.append(link);
      } else {
        fragment.append(isolated(part, "de"));
      }
    });
    return fragment;
  }
  if (field === "web" && /^https?:\/\/\S+$/.test(value)) {
    const link = element("a", null, { href: value, rel: "noopener noreferrer", target: "_blank" });
    link.append(isolated(value, "de"));
    return link;
  }
  if (field === "languages" || field === "languages-on-request") {
    return document.createTextNode(value.split(/[,\s]+/).map((code) => (state.texts[code] || {}).name || code).join(", "));
  }
  return field === "note" ? document.createTextNode(value) : isolated(value, "de");
}

function end() {
  state.question = null;
  page.options.replaceChildren();
  if (state.slip) {
    state.slip.closed = true;
    state.lastSlipLines = state.slip.lines.slice();
  }
  page.slipTools.hidden = state.lastSlipLines.length === 0;
  page.code.hidden = true;
}

function wait() {
  if (state.pendingLanguage) setLanguage(state.pendingLanguage);
  state.pendingLanguage = null;
  if (state.slip) {
    state.slip.closed = true;
    // After the end, the slip's code and print hold every place shown (/more, /summary).
    if (state.lastSlipLines.length) state.lastSlipLines = state.slip.lines.slice();
  }
  if (state.question && state.question.kind === "multi") addMultiButtons();
  if (!page.kiosk || state.started) page.answer.focus({ preventScroll: true });
  page.answer.scrollIntoView({ block: "nearest" });
}

function bye() {
  state.ended = true;
  state.question = null;
  page.options.replaceChildren();
  if (page.kiosk) return restartKiosk();
  say(words() ? words().ended : "", "note");
  const again = element("button", words() ? words().startAgain : "↻", { type: "button" });
  again.addEventListener("click", () => location.replace(location.pathname));
  page.options.append(again);
}

// ---- the person's side ------------------------------------------------------------------

function answer(text, shown = text) {
  if (!text) return;
  say(shown, "mine");
  page.options.replaceChildren();
  send(text);
}

function addMultiButtons() {
  const done = element("button", words().done, { type: "button", class: "done" });
  done.addEventListener("click", () => {
    const numbers = [...state.selected].sort((a, b) => a - b);
    const labels = state.question.options.filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.textContent);
    if (numbers.length === 0) answer("0", words().none); else answer(numbers.join(" "), labels.join(", "));
  });
  const none = element("button", words().none, { type: "button", class: "none" });
  none.addEventListener("click", () => answer("0", words().none));
  page.options.append(done, none);
}

page.composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = page.answer.value.trim();
  page.answer.value = "";
  answer(text);
});

document.querySelectorAll("#commands [data-command]").forEach((button) => {
  button.addEventListener("click", () => { page.languages.hidden = true; answer(button.dataset.command, button.textContent); });
});

document.getElementById("language").addEventListener("click", () => {
  page.languages.hidden = !page.languages.hidden;
  page.languages.replaceChildren(...languageButtons((code) => {
    page.languages.hidden = true;
    answer("/lang " + code, entry(code).name);
  }));
});

document.getElementById("show-code").addEventListener("click", showCode);
document.getElementById("more").addEventListener("click", () => answer("/more", words().more));
document.getElementById("print").addEventListener("click", () => window.print());
document.getElementById("leave").addEventListener("click", quickExit);

// Esc twice within a second leaves at once, as on the terminal.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const now = Date.now();
  if (now - state.escapeAt < 1000) quickExit(); else state.escapeAt = now;
});

async function showCode() {
  const image = document.getElementById("code-image");
  image.replaceChildren();
  document.getElementById("code-hint").textContent = words().codeHint;
  try {
    const response = await fetch("/qr", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ language: state.language, lines: state.lastSlipLines }),
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
    if (!response.ok) throw new Error(String(response.status));
    const svg = new DOMParser().parseFromString(await response.text(), "image/svg+xml").documentElement;
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", words().code);
    image.append(document.importNode(svg, true));
  } catch (error) {
    document.getElementById("code-hint").textContent = entry().codeTooLong || String(error);
  }
  page.code.hidden = false;
  page.code.scrollIntoView({ block: "nearest" });
}

// ---- leaving and wiping -----------------------------------------------------------------

// Leaves at once: the session is ended and wiped, the page's content is gone, and the page
// replaces itself in the history, so that "back" finds no answer.
function quickExit() {
  const socket = state.socket;
  state.socket = null;
  state.ended = true;
  if (socket) {
    try { socket.send("/quit"); } catch (error) { /* closing anyway */ }
    socket.close();
  }
  wipe();
  document.body.replaceChildren();
  location.replace(page.kiosk ? "/kiosk" : "about:blank");
}

// Clears every trace of the conversation from the page.
function wipe() {
  page.chat.replaceChildren();
  page.options.replaceChildren();
  page.languages.replaceChildren();
  page.answer.value = "";
  page.slipTools.hidden = true;
  page.code.hidden = true;
  document.getElementById("code-image").replaceChildren();
  state.slip = null;
  state.lastSlipLines = [];
  state.question = null;
  state.selected.clear();
}

// Kiosk: after a BYE (the person left, idle wipe) a fresh page for the next person.
function restartKiosk() {
  wipe();
  location.replace("/kiosk");
}

// ---- drawing ----------------------------------------------------------------------------

function showStart() {
  page.start.hidden = false;
  page.conversation.hidden = true;
  const greetings = document.getElementById("greetings");
  greetings.replaceChildren(...state.languages.filter((code) => state.texts[code]).map((code) =>
    element("p", words(code).choose, { lang: code, dir: entry(code).direction })));
  document.getElementById("start-languages").replaceChildren(...languageButtons((code) => {
    state.started = true;
    page.start.hidden = true;
    page.conversation.hidden = false;
    page.chat.replaceChildren();
    send("/lang " + code);
  }));
  const first = document.querySelector("#start-languages button");
  if (first) first.focus();
}

function languageButtons(choose) {
  return state.languages.map((code) => {
    const button = element("button", entry(code).name || code, { type: "button", lang: code, dir: entry(code).direction, "data-lang": code });
    button.addEventListener("click", () => choose(code));
    return button;
  });
}

function setLanguage(code) {
  state.language = code;
  document.documentElement.lang = code;
  document.documentElement.dir = entry(code).direction || "ltr";
  const w = words(code);
  if (!w) return;
  const labels = {
    send: w.send, back: w.back, restart: w.restart, why: w.why, language: w.language, print: w.print, "show-code": w.code,
    more: w.more,
  };
  for (const [id, text] of Object.entries(labels)) document.getElementById(id).textContent = text;
  document.getElementById("leave").textContent = `${w.leave} · Esc Esc`;
  document.getElementById("answer-label").textContent = w.answer;
  page.answer.placeholder = w.answer;
}

function openSlip() {
  document.querySelectorAll(".slip").forEach((slip) => slip.classList.add("old"));
  const section = element("section", null, { class: "slip", lang: state.language, dir: direction() });
  const list = element("ol");
  section.append(list);
  page.chat.append(section);
  state.slip = { element: section, list, entries: new Map(), lines: [], closed: false };
}

function slipHeading(text) {
  state.slip.list.append(element("p", text, { class: "start-here" }));
}

function say(text, kind, role) {
  const bubble = element("p", text, { class: kind, lang: state.language, dir: kind === "trace" ? "ltr" : direction() });
  if (role) bubble.setAttribute("role", role);
  page.chat.append(bubble);
  bubble.scrollIntoView({ block: "nearest" });
}

// The session language's direction: a right-to-left line stays so even when it starts with a
// German name or a number.
function direction() {
  return entry().direction || "ltr";
}

// A German name or number inside a line of another direction, kept in its own direction.
function isolated(text, language) {
  return element("bdi", text, { lang: language });
}

function element(name, text, attributes = {}) {
  const node = document.createElement(name);
  if (text !== null && text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

// ---- start ------------------------------------------------------------------------------

// The kiosk shows nothing of a conversation before a language is chosen.
if (page.kiosk) page.conversation.hidden = true;

fetch("/texts.json", { cache: "no-store", credentials: "omit" })
  .then((response) => response.json())
  .then((texts) => { state.texts = texts; })
  .catch(() => {})
  .finally(connect);
