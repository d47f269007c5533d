// cismoa's HTML report. Everything works without this script: every row shows, and the
// links between items and the article are plain anchors. The script adds the filters,
// the pop-up of the items citing a span, and the map's "who says it" switch.
"use strict";
(() => {
  const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  // --- Filters: the same rows as `cismoa implications` with the same options. ---
  const form = document.getElementById("_filters");
  const shown = document.getElementById("_shown");
  const rows = all("table.implications tbody tr");
  const marks = new Map();
  for (const c of form.dataset.apostrophes) marks.set(c, "'");
  for (const c of form.dataset.quotes) marks.set(c, '"');
  // As cismoa folds text: quote marks straightened, case folded (upper then lower case
  // gives the full folding, "ß" to "ss", as Python's casefold does).
  const fold = (text) =>
    Array.from(text, (c) => marks.get(c) ?? c).join("").toUpperCase().toLowerCase();

  const filter = () => {
    const want = (name) => form.elements[name].value;
    const words = fold(form.elements.search.value);
    let count = 0;
    for (const row of rows) {
      const data = row.dataset;
      const keep =
        (!want("actor") || data.actors.split(" ").includes(want("actor"))) &&
        (!want("domain") || data.domain === want("domain")) &&
        (!want("direction") || data.direction === want("direction")) &&
        (!want("certainty") || data.certainty === want("certainty")) &&
        (!want("voice") || data.voice === want("voice")) &&
        (!words || data.text.includes(words));
      row.hidden = !keep;
      if (keep) count += 1;
    }
    shown.textContent = `${count} of ${rows.length} implications shown.`;
  };
  form.hidden = false;
  form.addEventListener("input", filter);
  form.addEventListener("change", filter);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => setTimeout(filter));

  // --- The article: which items cite a span, and the span an item's link leads to. ---
  const text = document.getElementById("_text");
  const pop = document.getElementById("_cites");
  const head = (mark) => (mark.dataset.of ? document.getElementById(mark.dataset.of) : mark);
  const pieces = (first) => [first, ...all(`mark[data-of="${first.id}"]`)];
  const label = (id) => {
    const item = document.getElementById(id);
    const says = item && item.querySelector(".says");
    return says ? says.textContent : "";
  };
  let current = null;
  let hideTimer = 0;

  const show = (mark) => {
    clearTimeout(hideTimer);
    // The items citing this span, then those citing the spans around it.
    const ids = [];
    for (let m = mark; m && text.contains(m); m = m.parentElement.closest("mark")) {
      for (const id of head(m).dataset.items.split(" ")) if (!ids.includes(id)) ids.push(id);
    }
    const first = head(mark);
    pop.replaceChildren();
    const title = document.createElement("p");
    title.textContent = `Cited by (${first.dataset.start}\u2013${first.dataset.end}):`;
    const list = document.createElement("ul");
    for (const id of ids) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#${id}`;
      link.textContent = id;
      item.append(link, ` ${label(id)}`);
      list.append(item);
    }
    pop.append(title, list);
    pop.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = pop.offsetWidth;
    const left = Math.min(box.left, document.documentElement.clientWidth - width - 8);
    pop.style.left = `${Math.max(8, left) + window.scrollX}px`;
    pop.style.top = `${box.bottom + window.scrollY + 6}px`;
    current = first;
  };
  const hide = () => {
    pop.hidden = true;
    current = null;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 400);
  };

  text.addEventListener("mouseover", (event) => {
    const mark = event.target.closest("mark");
    if (mark) show(mark);
  });
  text.addEventListener("mouseleave", hideSoon);
  pop.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  pop.addEventListener("mouseleave", hideSoon);
  text.addEventListener("focusin", (event) => {
    if (event.target.matches("mark")) show(event.target);
  });
  document.addEventListener("focusin", (event) => {
    if (!pop.hidden && !pop.contains(event.target) && !text.contains(event.target)) hide();
  });
  text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("mark") && !pop.hidden) {
      event.preventDefault();
      pop.querySelector("a").focus();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !pop.hidden) {
      const back = current;
      if (back) back.focus(); // which shows its pop-up again: hide it after
      hide();
    }
  });

  // Arriving at a span from an item marks all its pieces and opens its pop-up.
  const arrive = () => {
    for (const mark of all("mark.current")) mark.classList.remove("current");
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && target.matches("mark[data-start]")) {
      for (const piece of pieces(target)) piece.classList.add("current");
      target.focus({ preventScroll: true });
      show(target);
    }
  };
  window.addEventListener("hashchange", arrive);
  arrive();

  // --- The map: voices and their arrows can be hidden. ---
  const voices = document.getElementById("_voices");
  const map = document.querySelector("svg.map");
  voices.closest(".controls").hidden = !map.querySelector(".voice[data-voice]");
  voices.addEventListener("change", () => map.classList.toggle("quiet", !voices.checked));
})();
