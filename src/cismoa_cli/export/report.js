// cismoa's HTML report. Everything works without this script: every row shows, and the
// links between items and the article are plain anchors. The script adds the filters (kept
// in the page's address), the article's marks following them, the pop-up of the items
// citing a span, moving between marks with the arrow keys, and the map's "who says it"
// switch and its actors as filters.
"use strict";
(() => {
  const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  // --- Filters: the same rows as `cismoa implications` with the same options, kept in
  // the page's address (report.html?actor=CHN&horizon=long-term) so that a link to a
  // filtered view opens on it. ---
  const form = document.getElementById("_filters");
  const shown = document.getElementById("_shown");
  const rows = all("table.implications tbody tr");
  const facets = all("select", form).map((select) => select.name);
  const fields = [...facets, "search"];
  const marks = new Map();
  for (const c of form.dataset.apostrophes) marks.set(c, "'");
  for (const c of form.dataset.quotes) marks.set(c, '"');
  // As cismoa folds text: quote marks straightened, case folded (upper then lower case
  // gives the full folding, "ß" to "ss", as Python's casefold does).
  const fold = (text) =>
    Array.from(text, (c) => marks.get(c) ?? c).join("").toUpperCase().toLowerCase();
  // A row's value for each facet; an implication may affect several actors.
  const has = (row, name, value) =>
    name === "actor" ? row.dataset.actors.split(" ").includes(value) : row.dataset[name] === value;

  const text = document.getElementById("_text");
  const heads = all("mark[data-start]", text);
  const head = (mark) => (mark.dataset.of ? document.getElementById(mark.dataset.of) : mark);
  // Each span's head and the pieces it continues in, gathered in one pass.
  let stop = null; // the article's one mark the Tab key stops at
  const parts = new Map(heads.map((first) => [first, [first]]));
  for (const piece of all("mark[data-of]", text)) parts.get(head(piece))?.push(piece);

  const filter = () => {
    const want = (name) => form.elements[name].value;
    const words = fold(want("search"));
    const kept = new Set();
    for (const row of rows) {
      const keep =
        facets.every((name) => !want(name) || has(row, name, want(name))) &&
        (!words || row.dataset.text.includes(words));
      row.hidden = !keep;
      if (keep) kept.add(row.dataset.id);
    }
    // The article's marks follow: while a filter is on, a span no shown implication cites
    // is quiet.
    const filtered = fields.some((name) => want(name));
    let lit = 0;
    for (const first of heads) {
      const quiet = filtered && !first.dataset.items.split(" ").some((id) => kept.has(id));
      for (const piece of parts.get(first)) piece.classList.toggle("quiet", quiet);
      if (!quiet) lit += 1;
    }
    shown.textContent = filtered
      ? `${kept.size} of ${rows.length} implications shown; ${lit} of ${heads.length}` +
        " cited spans in the article stay marked."
      : `${rows.length} implications.`;
    const query = new URLSearchParams();
    for (const name of fields) if (want(name)) query.set(name, want(name));
    const search = query.toString() ? `?${query}` : "";
    if (search !== location.search) {
      history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
    }
    // The article's tab stop stays where it was unless that mark went quiet.
    if (!stop || stop.classList.contains("quiet")) {
      rove(heads.find((first) => !first.classList.contains("quiet")) ?? heads[0]);
    }
  };
  // The address's filters, where they name a choice the page offers.
  const asked = new URLSearchParams(location.search);
  for (const name of fields) {
    const field = form.elements[name];
    const value = asked.get(name);
    if (value === null) continue;
    if (name === "search" || Array.from(field.options).some((o) => o.value === value)) {
      field.value = value;
    }
  }
  form.hidden = false;
  form.addEventListener("input", filter);
  form.addEventListener("change", filter);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => setTimeout(filter));

  // --- The article: which items cite a span, and the span an item's link leads to. ---
  const pop = document.getElementById("_cites");
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
  // The article is one stop for the Tab key; the arrow keys move between its marks
  // (those a filter leaves marked), Home and End to the first and the last.
  const rove = (to) => {
    if (!to) return;
    if (stop) stop.tabIndex = -1;
    else for (const mark of heads) mark.tabIndex = -1;
    to.tabIndex = 0;
    stop = to;
  };
  const steps = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  text.addEventListener("keydown", (event) => {
    const mark = event.target.closest("mark");
    if (!mark) return;
    if (event.key === "Enter" && !pop.hidden) {
      event.preventDefault();
      pop.querySelector("a").focus();
      return;
    }
    const lit = heads.filter((first) => !first.classList.contains("quiet"));
    const here = lit.indexOf(head(mark));
    let to = null;
    if (event.key in steps) to = lit[here + steps[event.key]];
    else if (event.key === "Home") to = lit[0];
    else if (event.key === "End") to = lit[lit.length - 1];
    else return;
    event.preventDefault();
    if (to) {
      rove(to);
      to.focus();
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
      for (const piece of parts.get(target)) piece.classList.add("current");
      rove(target);
      target.focus({ preventScroll: true });
      show(target);
    }
  };
  window.addEventListener("hashchange", arrive);
  filter();
  arrive();

  // --- The map: voices and their arrows can be hidden. ---
  const voices = document.getElementById("_voices");
  const map = document.querySelector("svg.map");
  voices.closest(".controls").hidden = !map.querySelector(".voice[data-voice]");
  voices.addEventListener("change", () => map.classList.toggle("quiet", !voices.checked));
  // Selecting an actor on the map shows its card and filters the implications to it.
  map.addEventListener("click", (event) => {
    const actor = event.target.closest("[data-actor]");
    if (!actor) return;
    form.elements.actor.value = actor.dataset.actor;
    filter();
  });
})();
