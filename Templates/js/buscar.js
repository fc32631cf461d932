// The search page (buscar.html): reads the words and filters from the form (and from the address, so a
// search can be linked), asks Pagefind's index, and lists the pages found. The index is built by
// `rme build` and `rme serve` into pagefind/ beside this page. Every text shown comes from the page's
// data-texto-* attributes (the strings table), so this file holds no wording of its own.
"use strict";

(function () {
  const form = document.getElementById("buscar");
  if (!form) return;
  const words = document.getElementById("buscar-q");
  const edition = document.getElementById("buscar-edicion");
  const region = document.getElementById("buscar-region");
  const status = document.getElementById("buscar-estado");
  const list = document.getElementById("buscar-resultados");
  const text = (name, values) => {
    let template = form.dataset[name] || "";
    for (const key of Object.keys(values || {})) template = template.split("{" + key + "}").join(values[key]);
    return template;
  };

  // What the address asks for, in the form before anything else (the header's box sends only q).
  const asked = new URLSearchParams(location.search);
  words.value = asked.get("q") || "";
  for (const [select, name] of [[edition, "edicion"], [region, "region"]]) {
    const value = asked.get(name);
    if (value) {
      addOption(select, value);
      select.value = value;
    }
  }

  // Opened from the disk, the browser refuses to load the index's files: say so instead of failing quietly.
  if (location.protocol === "file:") {
    document.getElementById("buscar-desde-disco").hidden = false;
    return;
  }

  let pagefind = null;
  let latest = 0;

  /// The engine, loaded once; null (and the notice shown) when the site has no index.
  async function engine() {
    if (pagefind) return pagefind;
    try {
      const url = new URL(form.dataset.indice + "pagefind.js", document.baseURI);
      pagefind = await import(url.href);
      // Result addresses are made from the folder of this page, so the site works under any sub-path.
      await pagefind.options({ baseUrl: new URL(".", document.baseURI).pathname, excerptLength: 24 });
      await addIndexedValues();
      return pagefind;
    } catch (error) {
      document.getElementById("buscar-sin-indice").hidden = false;
      form.querySelector(".search-submit").disabled = true;
      status.textContent = "";
      return null;
    }
  }

  /// Editions and regions the index holds but the page does not list (editions kept from earlier builds).
  async function addIndexedValues() {
    const filters = await pagefind.filters();
    for (const value of Object.keys(filters.edicion || {}).sort().reverse()) addOption(edition, value);
    for (const value of Object.keys(filters.region || {}).sort()) addOption(region, value);
  }

  function addOption(select, value) {
    if ([...select.options].some((option) => option.value === value)) return;
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value;
    select.append(option);
  }

  /// Runs the search the form describes and shows its results; a newer search started meanwhile wins.
  async function run() {
    const ticket = ++latest;
    const query = words.value.trim();
    const filters = {};
    if (edition.value) filters.edicion = edition.value;
    if (region.value) filters.region = region.value;
    remember(query);
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const found = await engine();
    if (!found) return;
    status.textContent = text("textoBuscando");
    const search = await found.search(query || null, { filters });
    const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(resultItem));
    const total = search.results.length;
    const shown = query ? "«" + query + "»" : text("textoFiltros");
    status.textContent = total === 0 ? text("textoNinguno", { consulta: shown })
      : text(total === 1 ? "textoUno" : "textoVarios", { cantidad: String(total), consulta: shown });
  }

  /// Keeps the search in the address, so it can be linked, reloaded or gone back to.
  function remember(query) {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (edition.value) params.set("edicion", edition.value);
    if (region.value) params.set("region", region.value);
    const search = params.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  /// One result: the page's title and edition, where in it the words are, and the chapter in the booklet.
  function resultItem(data) {
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h2");
    heading.className = "search-result-title";
    heading.append(link(data.url, data.meta.title || data.url));
    item.append(heading);
    const facts = [data.meta.edicion ? text("textoEdicion", { periodo: data.meta.edicion }) : "", data.meta.red || ""]
      .filter(Boolean).join(" · ");
    if (facts) {
      const line = document.createElement("p");
      line.className = "search-result-facts";
      line.textContent = facts;
      item.append(line);
    }
    // Where in the page the words are: the sections that hold them, or the page's excerpt when none does.
    const places = (data.sub_results || []).filter((sub) => sub.url !== data.url && sub.url.includes("#")).slice(0, 3);
    if (!places.length) item.append(excerpt(data.excerpt));
    if (places.length) {
      const sublist = document.createElement("ul");
      sublist.className = "search-result-places";
      for (const sub of places) {
        const entry = document.createElement("li");
        entry.append(link(sub.url, sub.title), excerpt(sub.excerpt));
        sublist.append(entry);
      }
      item.append(sublist);
    }
    if (data.meta.cuadernillo) {
      const booklet = document.createElement("p");
      booklet.className = "search-result-booklet";
      booklet.append(link(new URL(data.meta.cuadernillo, document.baseURI).pathname
        + new URL(data.meta.cuadernillo, document.baseURI).hash, text("textoCuadernillo")));
      item.append(booklet);
    }
    return item;
  }

  /// A link to a page of this site only: anything else the index might hold is shown as text.
  function link(url, label) {
    const target = new URL(url, document.baseURI);
    if (target.origin !== location.origin) return document.createTextNode(label);
    const anchor = document.createElement("a");
    anchor.href = target.href;
    anchor.textContent = label;
    return anchor;
  }

  /// The excerpt Pagefind gives, with its <mark>s kept and nothing else: it is rebuilt as text, never parsed
  /// into the page.
  function excerpt(html) {
    const paragraph = document.createElement("p");
    paragraph.className = "search-result-excerpt";
    const parsed = new DOMParser().parseFromString("<body>" + (html || ""), "text/html");
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.append(mark);
      } else {
        paragraph.append(document.createTextNode(node.textContent));
      }
    }
    return paragraph;
  }

  let pause = null;
  words.addEventListener("input", () => {
    clearTimeout(pause);
    pause = setTimeout(run, 250);
  });
  edition.addEventListener("change", run);
  region.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    run();
  });
  engine().then((found) => { if (found) run(); });
})();
