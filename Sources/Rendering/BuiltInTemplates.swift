// Generated from Templates/ by `RECORD_GOLDEN=1 swift test --filter BuiltInTemplatesTests`: do not edit.

/// The templates and stylesheets built into `rme`, a copy of the repository's `Templates/`: a project
/// without a `Templates/` folder uses them, and one with it overrides them file by file.
public enum BuiltInTemplates {
    /// Each file's text, keyed by its relative path.
    static let files: [String: String] = [
        "README.md": #"""
# Templates

The booklet's markup and styles. `rme build` reads this folder at run time, so
a change here (or in a folder given with `--templates DIR`) needs no rebuild.
A copy of this folder is also compiled into `rme` (`Sources/Rendering/BuiltInTemplates.swift`)
for projects that have no `Templates/`; after changing a file here, run
`RECORD_GOLDEN=1 swift test --filter BuiltInTemplatesTests` to refresh that copy
(the test fails until then). `rme plantillas --exportar DIR` writes the built-in copy out.

## Files

| file | draws | view model (`Sources/Rendering/Booklet/`) |
|---|---|---|
| `layout.mustache` | the HTML document: `<head>`, metadata, stylesheets, skip link, `<main>` | `LayoutView` |
| `cover.mustache` | the cover (title, period, ministry) | `CoverView` |
| `title-page.mustache` | the inner title page (page 3): title, period, ministry | `TitlePageView` |
| `back-cover.mustache` | the back cover, the last page: ministry, publisher, web site, ISBN | `BackCoverView` |
| `credits.mustache` | the credits page (coordination, committee, design, publisher, registry, ISBN, date) | `CreditsView` |
| `toc.mustache`, `partials/toc-entry.mustache` | the contents, page numbers from CSS `target-counter` | `TableOfContentsView` |
| `acknowledgements.mustache` | the acknowledgements | `AcknowledgementsView` |
| `front-page.mustache` | a page of `paginas/*.md` | `FrontPageView` |
| `networks.mustache` | the networks per year (`redes_por_anio`) | `NetworksView` |
| `actors.mustache` | the actors (`actores`) | `ActorsView` |
| `principles.mustache` | the three principles (`principios`) | `PrinciplesView` |
| `chapter.mustache`, `partials/chapter-section.mustache`, `partials/chapter-box.mustache`, `partials/section-body.mustache` | one experience | `ChapterView` |
| `css/page.css.mustache` | `css/page.css`: paper size and margins from `edition.yaml` | `PageSetupView` |
| `site-layout.mustache` | the frame of every site page: `<head>`, skip link, header with the breadcrumb, `<main>`, footer | `SiteLayoutView` (`Site/`) |
| `edition-home.mustache` | `<edition>/index.html`: title, reading links (the PDF only when printed), presentation, principles, regions | `EditionHomeView` |
| `region.mustache` | `<edition>/regiones/<region>.html`: card, the experiences (`chapter.mustache` one heading level down), schools, previous/next | `RegionPageView`, `RegionCardView` |
| `summary.mustache`, `summary-characteristics.mustache`, `summary-emphasis.mustache` | `<edition>/resumen.html`: characteristics table and totals, emphasis matrix (or the sentence saying there is none), charts | `SummaryPageView`, `CharacteristicsTableView`, `EmphasisMatrixView` |
| `archive.mustache` | `index.html` at the top of the output: the editions, newest first | `ArchiveIndexView` |
| `css/booklet.css` | typography and colours (screen and print) | |
| `css/print.css` | paged media: the page plan (which part opens on which side of the spread), running heads, page numbers, the chapter's side column, breaks, hyphenation, bookmarks; names the fonts and their Debian packages | |
| `css/screen.css` | the booklet read in a browser | |
| `css/site.css` | the site pages on screen, and a region page in print (one or two pages, with `print.css` and `page.css`) | |

Every `css/*.css` file is copied to `Output/<edition>/css/`; `css/booklet.css` and
`css/site.css` also to `Output/css/`, for the archive. Site pages link only
relatively (`../css/site.css`, `../index.html`), so the output works opened from
disk and under any path of a web server.

## Rules

- Words come from the strings table (`Sources/Rendering/StringsTable.swift`), in
  scope as `t`: `{{t.objetivo}}`. A template writes no words of its own; a test
  checks it.
- `{{value}}` is escaped. `{{{value}}}` is only for HTML made by the Markup
  module from the content (cmark in safe mode): `bodyHTML`, `conformacionHTML`,
  a section's `html` and its items' `html`, and `contentHTML` in the layout;
  and for HTML that another template or the chart code made, escaping every
  value itself: `experiencesHTML`, `characteristicsHTML`, `emphasisHTML`, a
  chart's `svg` and `table`.
- A chapter's headings take their level from `titleLevel` and `sectionLevel`
  (h1/h2 in the booklet, h2/h3 on a region page under the region's own h1).
- Each template is parsed once per build; an error names the file and line, as
  does a `{{> partial}}` that does not exist.

## Overriding

`rme build --templates DIR`: each file of `DIR` replaces the file at the same
path here (`DIR/partials/toc-entry.mustache`), or else the only file here with
the same name (`DIR/print.css` replaces `css/print.css`). A file that matches
nothing is added, so an overridden template can include a new partial.

"""#,
        "acknowledgements.mustache": #"""
<section class="front-section acknowledgements" id="{{id}}">
<h1 class="front-title">{{title}}</h1>
<p>{{text}}</p>
</section>

"""#,
        "actors.mustache": #"""
<section class="front-section figure-actors" id="{{id}}">
<h1 class="front-title">{{title}}</h1>
<div class="actors">
<ul class="actors-list">
{{#actors}}
<li>{{.}}</li>
{{/actors}}
</ul>
{{#territorialContext}}
<p class="actors-context">{{territorialContext}}</p>
{{/territorialContext}}
</div>
</section>

"""#,
        "archive.mustache": #"""
<div class="page-heading">
<h1 class="page-title">{{t.archiveTitle}}</h1>
<p class="page-lead">{{t.archiveIntro}}</p>
</div>
<ol class="edition-list">
{{#editions}}
<li class="edition-entry">
<div class="edition-cover" aria-hidden="true"><span class="edition-cover-title">{{title}}</span> <span class="edition-cover-period">{{period}}</span></div>
<div class="edition-entry-body">
<h2 class="edition-entry-headline"><a href="{{href}}">{{headline}}</a></h2>
{{#subtitle}}
<p class="edition-entry-title">{{subtitle}}</p>
{{/subtitle}}
{{#counts}}
<p class="edition-entry-counts">{{counts}}</p>
{{/counts}}
{{#pdfHref}}
<p class="edition-entry-pdf"><a href="{{pdfHref}}" type="application/pdf">{{t.bookletBarPDF}}</a> ({{pdfFacts}})</p>
{{/pdfHref}}
</div>
</li>
{{/editions}}
</ol>

"""#,
        "back-cover.mustache": #"""
<section class="back-cover" id="{{id}}">
<p class="back-cover-ministry">{{ministry}}</p>
<address class="back-cover-publisher">
{{#publisherLines}}
<span class="line">{{.}}</span>
{{/publisherLines}}
</address>
{{#site}}
<p class="back-cover-site">{{site}}</p>
{{/site}}
{{#isbn}}
<p class="back-cover-isbn">{{t.creditsISBN}} {{isbn}}</p>
{{/isbn}}
</section>

"""#,
        "chapter.mustache": #"""
<article class="chapter" id="{{id}}">
<header class="chapter-header">
<p class="chapter-kicker"><span class="chapter-kicker-label">{{t.regionKicker}}</span> <span class="chapter-region">{{regionName}}</span></p>
<h{{titleLevel}} class="chapter-title" id="{{id}}-titulo">{{title}}</h{{titleLevel}}>
</header>
<aside class="chapter-side">
<dl class="chapter-facts">
<div><dt>{{t.provinceLabel}}</dt><dd>{{provincia}}</dd></div>
<div><dt>{{t.sinceLabel}}</dt><dd>{{since}}</dd></div>
<div class="chapter-network"><dt>{{networkLabel}}</dt><dd>{{network}}</dd></div>
</dl>
{{#ideaFuerza}}
{{>partials/chapter-box}}
{{/ideaFuerza}}
</aside>
<div class="chapter-body">
{{#conformacionHTML}}
<div class="chapter-conformacion">
{{{conformacionHTML}}}
</div>
{{/conformacionHTML}}
{{#necesidades}}
{{>partials/chapter-section}}
{{/necesidades}}
{{#objetivo}}
{{>partials/chapter-section}}
{{/objetivo}}
{{#practicas}}
{{>partials/chapter-section}}
{{/practicas}}
{{#colaboracion}}
{{>partials/chapter-section}}
{{/colaboracion}}
</div>
{{#aprendizajes}}
{{>partials/chapter-box}}
{{/aprendizajes}}
{{#proyeccion}}
{{>partials/chapter-box}}
{{/proyeccion}}
</article>

"""#,
        "cover.mustache": #"""
<section class="cover" id="{{id}}">
<p class="cover-ministry">{{ministry}}</p>
<div class="cover-main">
<h1 class="cover-title">{{title}}</h1>
<p class="cover-period">{{period}}</p>
</div>
</section>

"""#,
        "credits.mustache": #"""
<div class="credits" id="{{id}}">
<p class="credits-title">{{title}}</p>
{{#description}}
<p class="credits-description">{{description}}</p>
{{/description}}
<dl class="credits-list">
{{#hasCoordination}}
<dt>{{t.creditsCoordination}}</dt>
{{#coordination}}
<dd>{{.}}</dd>
{{/coordination}}
{{/hasCoordination}}
{{#hasEditorialCommittee}}
<dt>{{t.creditsEditorialCommittee}}</dt>
{{#editorialCommittee}}
<dd>{{.}}</dd>
{{/editorialCommittee}}
{{/hasEditorialCommittee}}
{{#design}}
<dt>{{t.creditsDesign}}</dt>
<dd>{{design}}</dd>
{{/design}}
</dl>
<address class="credits-publisher">
{{#publisherLines}}
<span class="line">{{.}}</span>
{{/publisherLines}}
</address>
{{#hasRegistration}}
<p class="credits-registry">
{{#registry}}
<span class="line">{{t.creditsRegistry}} {{registry}}</span>
{{/registry}}
{{#isbn}}
<span class="line">{{t.creditsISBN}} {{isbn}}</span>
{{/isbn}}
</p>
{{/hasRegistration}}
<p class="credits-date">{{publicationDate}}</p>
</div>

"""#,
        "css/booklet.css": #"""
/*
 * Booklet: typography and colours shared by screen and print.
 * Fonts (Debian packages): fonts-open-sans ("Open Sans"), with fonts-liberation2
 * ("Liberation Sans") and fonts-dejavu-core ("DejaVu Sans") as fallbacks.
 *
 * Colours are written out, not held in custom properties, because WeasyPrint 57
 * drops any shorthand (border, background) that uses var():
 *   accent #1d5b8c, dark accent #143f61, accent tint #e9f1f8,
 *   warm accent #a8522a, warm tint #fbf3ec, ink #1f2328, muted #5b6470, rules #c9d6e2.
 */

html {
  font-family: "Open Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  color: #1f2328;
  line-height: 1.5;
  hyphens: auto;
  -webkit-hyphens: auto;
}

body { margin: 0; }

h1, h2, h3 {
  color: #143f61;
  line-height: 1.25;
  hyphens: manual;
  -webkit-hyphens: manual;
}

p { margin: 0 0 0.7em; }

a { color: #1d5b8c; }

.skip-link {
  position: absolute;
  left: -999em;
}
.skip-link:focus {
  left: 1em;
  top: 1em;
  background: #fff;
  padding: 0.5em 1em;
  outline: 3px solid #1d5b8c;
  z-index: 10;
}

/* Cover */
.cover-ministry {
  font-weight: 600;
  text-transform: uppercase;
}
.cover-title {
  font-size: 2.4em;
  font-weight: 800;
  line-height: 1.1;
}
.cover-period { font-weight: 300; }

/* Credits */
.credits { color: #5b6470; }
.credits-title { font-weight: 700; color: #1f2328; text-transform: uppercase; }
.credits-list dt { font-weight: 700; color: #1f2328; margin-top: 1em; }
.credits-list dd { margin: 0; }
.credits address { font-style: normal; margin-top: 1.5em; }
.credits .line { display: block; }
.credits-registry { margin-top: 1.5em; }

/* Contents */
.toc-list { list-style: none; margin: 0 0 1.5em; padding: 0; }
.toc-entry a { color: #1f2328; text-decoration: none; display: block; font-weight: 600; }
.toc-entry-detail { display: block; color: #5b6470; font-size: 0.85em; }
.toc-group {
  font-size: 0.8em;
  text-transform: uppercase;
  color: #1d5b8c;
  border-bottom: 1px solid #c9d6e2;
  padding-bottom: 0.3em;
}

/* Front matter */
.front-title {
  font-size: 1.9em;
  font-weight: 700;
  margin: 0 0 0.8em;
  padding-bottom: 0.35em;
  border-bottom: 3px solid #1d5b8c;
}
.front-body p { font-size: 1.12em; line-height: 1.6; }
.front-body p:first-child { font-size: 1.25em; color: #143f61; }

table.networks { border-collapse: collapse; width: 100%; margin: 1em 0 2em; }
table.networks caption { text-align: left; color: #5b6470; padding-bottom: 0.8em; }
table.networks th, table.networks td { text-align: left; padding: 0.45em 0.6em; border-bottom: 1px solid #c9d6e2; }
table.networks thead th { font-size: 0.8em; text-transform: uppercase; color: #5b6470; }
table.networks tbody th { width: 4.5em; font-size: 1.2em; color: #143f61; }
/* The bars share a track of fixed width, so their lengths compare (from zero, as the counts do). */
.networks-track {
  display: inline-block;
  width: 70%;
  height: 1.1em;
  vertical-align: middle;
  margin-right: 0.6em;
}
.networks-bar {
  display: block;
  height: 100%;
  background: #1d5b8c;
}
.networks-count { font-weight: 700; white-space: nowrap; }

.actors { border: 2px solid #1d5b8c; border-radius: 10px; padding: 1em 1.2em 0.6em; }
.actors-list { list-style: none; margin: 0; padding: 0; text-align: center; }
.actors-list li {
  display: inline-block;
  margin: 0.3em;
  padding: 0.5em 1em;
  background: #e9f1f8;
  color: #143f61;
  border-radius: 999px;
  font-weight: 600;
}
.actors-context {
  text-align: center;
  margin: 0.9em 0 0;
  padding-top: 0.6em;
  border-top: 1px dashed #c9d6e2;
  text-transform: uppercase;
  font-size: 0.8em;
  color: #5b6470;
}

.principles-list { list-style: none; margin: 0; padding: 0; counter-reset: principle; }
.principle {
  counter-increment: principle;
  position: relative;
  margin: 0 0 1.2em;
  padding: 0.9em 1.1em 0.9em 3.6em;
  background: #e9f1f8;
  border-radius: 8px;
}
.principle::before {
  content: counter(principle);
  position: absolute;
  left: 1em;
  top: 0.85em;
  width: 1.8em;
  height: 1.8em;
  line-height: 1.8em;
  text-align: center;
  border-radius: 50%;
  background: #1d5b8c;
  color: #fff;
  font-weight: 700;
}
.principle p { margin: 0; font-size: 1.08em; }
.principle-name { color: #143f61; font-size: 1.1em; }

/* Chapters */
.chapter-kicker { margin: 0 0 0.3em; color: #1d5b8c; font-weight: 700; }
.chapter-kicker-label { font-weight: 400; color: #5b6470; }
.chapter-title {
  font-size: 1.7em;
  font-weight: 700;
  margin: 0 0 0.6em;
}
.chapter-facts { margin: 0 0 0.8em; font-size: 0.85em; color: #5b6470; }
.chapter-facts div { display: inline-block; margin-right: 1.6em; }
.chapter-facts dt { display: inline; font-weight: 400; }
.chapter-facts dd { display: inline; margin: 0 0 0 0.3em; font-weight: 600; color: #1f2328; }
.chapter-facts .chapter-network {
  display: block;
  background: #e9f1f8;
  border-left: 4px solid #1d5b8c;
  padding: 0.5em 0.8em;
  margin: 0.6em 0 0;
}
.chapter-network dt { color: #1d5b8c; font-weight: 700; }
.chapter-conformacion p { font-size: 1.05em; }

/* Section headings are h2 in the booklet and h3 on a region page, under the region's title. */
.chapter-section h2, .chapter-box h2, .chapter-section h3, .chapter-box h3 {
  font-size: 1.05em;
  font-weight: 700;
  margin: 1.2em 0 0.4em;
}
.chapter-section ul, .chapter-box ul { margin: 0 0 0.7em; padding-left: 1.3em; }
.chapter-section li, .chapter-box li { margin-bottom: 0.35em; }
.chapter-section li::marker { color: #1d5b8c; }

.chapter-box { margin: 1.2em 0; padding: 0.8em 1.1em 0.5em; border-radius: 8px; }
.chapter-box h2, .chapter-box h3 { margin-top: 0; }
/* The idea fuerza: the chapter's one sentence, set as a quotation between two rules. */
.box-idea-fuerza {
  border-top: 3px solid #1d5b8c;
  border-bottom: 3px solid #1d5b8c;
  border-radius: 0;
  padding: 0.9em 0;
}
.box-idea-fuerza h2, .box-idea-fuerza h3 {
  font-size: 0.8em;
  text-transform: uppercase;
  color: #1d5b8c;
}
.box-idea-fuerza p { font-size: 1.2em; font-style: italic; color: #143f61; margin: 0.2em 0 0.4em; }
/* Learnings and projection: each item a card of its own, two to a row in the source's order (floats, which
   every engine lays out cheaply), a lone last card across the row. */
.box-aprendizajes { background: #e9f1f8; }
.box-aprendizajes ul, .box-proyeccion ul { list-style: none; padding: 0; margin: 0 0 0.2em; }
/* The list closes under its last row of cards (WeasyPrint 70 lets floats out of a flow-root or overflow box). */
.box-aprendizajes ul::after, .box-proyeccion ul::after { content: ""; display: block; clear: both; }
.box-aprendizajes li, .box-proyeccion li {
  float: left;
  box-sizing: border-box;
  width: 48.5%;
  background: #fff;
  border-radius: 6px;
  padding: 0.5em 0.7em;
  margin: 0 0 0.6em;
}
.box-aprendizajes li:nth-child(odd), .box-proyeccion li:nth-child(odd) { clear: left; }
/* The second card of a row floats right: a left margin that rounds a hair too wide would push it under the first. */
.box-aprendizajes li:nth-child(even), .box-proyeccion li:nth-child(even) { float: right; }
.box-aprendizajes li:last-child:nth-child(odd), .box-proyeccion li:last-child:nth-child(odd) { width: 100%; }
.box-aprendizajes li { border-top: 3px solid #1d5b8c; }
.box-proyeccion { background: #fbf3ec; }
.box-proyeccion h2, .box-proyeccion h3 { color: #a8522a; }
.box-proyeccion li { border-top: 3px solid #a8522a; }

"""#,
        "css/page.css.mustache": #"""
{{% CONTENT_TYPE: TEXT}}
/* Page size and margins of this edition, from edition.yaml (pagina). */
@page {
  size: {{size}};
  margin: {{marginTop}} {{marginOuter}} {{marginBottom}} {{marginInner}};
}
@page :left {
  margin-left: {{marginOuter}};
  margin-right: {{marginInner}};
}
@page :right {
  margin-left: {{marginInner}};
  margin-right: {{marginOuter}};
}
/* The cover fills its page, which has no margins. Stated after the :left/:right rules,
   and for both, because Chromium otherwise keeps the facing-page margins on it. */
@page cover { margin: 0; }
@page cover:left { margin: 0; }
@page cover:right { margin: 0; }
.cover { height: {{coverHeight}}; }

"""#,
        "css/print.css": #"""
/*
 * Booklet: paged media (WeasyPrint first; headless Chromium prints it too).
 *
 * Fonts used, by family name, and the Debian packages that provide them
 * (install them wherever the PDF is made; WeasyPrint and Chromium both find
 * them through fontconfig and embed the subsets they use):
 *   fonts-open-sans      "Open Sans"        (text and headings)
 *   fonts-liberation2    "Liberation Sans"  (fallback)
 *   fonts-dejavu-core    "DejaVu Sans"      (fallback, wide character coverage)
 *
 * Page size and margins come from edition.yaml and live in page.css.
 *
 * The page plan (the tests read it back from the PDF):
 *   1 cover · 2 its blank back · 3 title page · 4 credits · 5 contents · 6… front matter, one flow
 *   each chapter opens on a left (even) page and ends on the right page facing it; a chapter longer
 *   than that takes the next spread too, and the page left over is blank: blank pages fall only
 *   before a chapter (break-before: left)
 *   the back cover last, on a left page; the PDF step pads before it to a multiple of 4 pages
 *   (saddle stitching), which CSS cannot count.
 * Layout constructs are chosen for what WeasyPrint lays out cheaply: floats and blocks, no CSS columns,
 * grid or flex in the booklet (two-column card lists in CSS columns took 30 of 35 s in WeasyPrint 70).
 * Labels are upper case without letter-spacing, so their text extracts as the words themselves.
 */

/* One body size for every page and chapter. */
html { font-size: 10pt; }

/* Running head: the front section or the region on the outer corner; empty on the page where a chapter or
   section opens, whose first text is its title. */
@page {
  @top-left {
    content: string(running-section, first-except);
    font: 600 7.5pt "Open Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
    color: #1d5b8c;
    text-transform: uppercase;
    vertical-align: bottom;
    padding-bottom: 3mm;
  }
  @bottom-left {
    content: counter(page);
    font: 600 8.5pt "Open Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
    color: #5b6470;
  }
}
@page :right {
  @top-left { content: none; }
  @bottom-left { content: none; }
  @top-right {
    content: string(running-section, first-except);
    font: 600 7.5pt "Open Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
    color: #1d5b8c;
    text-transform: uppercase;
    vertical-align: bottom;
    padding-bottom: 3mm;
  }
  @bottom-right {
    content: counter(page);
    font: 600 8.5pt "Open Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
    color: #5b6470;
  }
}
/* A page left blank before a chapter carries nothing at all. */
@page :blank {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}

/* Cover and back cover: a full-bleed colour field, no running head or folio (margins in page.css). */
@page cover {
  background: #1d5b8c;
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
/* Title page, credits and part title: no running head or folio, as in printed books. */
@page quiet {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}

.cover, .back-cover {
  page: cover;
  position: relative;
  box-sizing: border-box;
  padding: 26mm 24mm;
  color: #fff;
}
.cover-ministry { font-size: 10pt; margin: 0; padding-bottom: 4mm; border-bottom: 1px solid #fff; }
/* Title and period sit in the lower half of the cover, like the source booklet's. */
.cover-main { position: absolute; left: 24mm; right: 24mm; bottom: 40mm; }
.cover-title { color: #fff; font-size: 34pt; margin: 0; max-width: 14em; }
.cover-period { font-size: 20pt; margin: 8mm 0 0; padding-top: 6mm; border-top: 4px solid #9cc3e4; display: inline-block; }

/* The page plan. The cover's back is blank: the title page is the next right-hand page. */
.title-page { page: quiet; break-before: right; padding-top: 60mm; }
.credits { page: quiet; break-before: page; }
.toc { break-before: right; }
/* The front matter is one designed flow from the page after the contents: sections follow one another. */
.front-section { break-before: auto; margin-top: 10mm; }
.toc + .front-section { break-before: page; margin-top: 0; }
/* The experiences open with their part title on a right-hand page, so the spread after the front matter
   never shows a blank page; the chapters then open on the left. */
.part-title { page: quiet; break-before: right; padding-top: 70mm; }
.chapter { break-before: left; }
.back-cover { break-before: left; }
.skip-link, .booklet-back { display: none; }

.title-page-title { font-size: 26pt; font-weight: 800; line-height: 1.15; color: #143f61; margin: 0 0 6mm; max-width: 15em; }
.title-page-period { font-size: 16pt; font-weight: 300; color: #1d5b8c; margin: 0 0 30mm; }
.title-page-description { font-size: 10pt; color: #5b6470; max-width: 30em; margin: 0; }
.title-page-ministry { font-size: 10pt; font-weight: 700; text-transform: uppercase; color: #143f61; margin: 60mm 0 0; padding-top: 3mm; border-top: 1px solid #c9d6e2; }

/* The credits stand at the foot of their page. */
.credits { font-size: 8.5pt; padding-top: 125mm; }

.part-title-heading { font-size: 24pt; font-weight: 800; line-height: 1.15; color: #143f61; margin: 0 0 4mm;
  padding-bottom: 4mm; border-bottom: 3px solid #1d5b8c; }
.part-title-summary { font-size: 12pt; color: #1d5b8c; margin: 0; }

.back-cover-ministry { font-size: 14pt; font-weight: 700; text-transform: uppercase; margin: 0 0 4mm; padding-bottom: 4mm; border-bottom: 1px solid #fff; }
.back-cover-publisher { font-style: normal; font-size: 10pt; line-height: 1.5; }
.back-cover-publisher .line { display: block; }
.back-cover-site { font-size: 12pt; font-weight: 700; margin: 5mm 0 0; }
.back-cover-isbn { font-size: 8.5pt; margin: 3mm 0 0; }
.back-cover { padding-top: 200mm; }

/* Running-head values. */
.front-title { string-set: running-section content(text); }
.toc-title { string-set: running-section content(text); }
.chapter-region { string-set: running-section content(text); }

/* PDF outline: one entry per front section and per chapter, none for headings inside them. */
h1, h2, h3, h4, h5, h6 { bookmark-level: none; }
.front-title { bookmark-level: 1; bookmark-label: content(text); }
/* A chapter's bookmark is its region's name: fifteen titles that all begin alike would be useless in a PDF reader's sidebar. */
.chapter-region { bookmark-level: 1; bookmark-label: content(text); }

/* Contents with page numbers. */
.toc-title { font-size: 1.9em; margin: 0 0 0.8em; padding-bottom: 0.35em; border-bottom: 3px solid #1d5b8c; }
.toc-entry { break-inside: avoid; margin: 0 0 0.2em; line-height: 1.3; }
.toc-entry a::after {
  content: leader(dotted) " " target-counter(attr(href url), page);
  font-weight: 400;
}
.toc-entry-detail { padding-right: 3em; font-size: 0.78em; }
.toc-group { margin: 1em 0 0.5em; }
.toc-list { margin-bottom: 0.8em; }

/* Flow: keep headings with what follows, no lone lines, no item split across pages, and a list never
   leaves its first or its last item alone at the foot or the head of a page. */
p { widows: 3; orphans: 3; }
h1, h2, h3 { break-after: avoid; }
li { break-inside: avoid; }
li:first-child { break-after: avoid; }
li:last-child { break-before: avoid; }
.chapter-header { break-inside: avoid; }
.chapter-box { break-inside: avoid; }
.principle, .networks, .actors { break-inside: avoid; }

/* Links print as text; their targets are in the contents and the bookmarks. */
a { color: inherit; text-decoration: none; }

/* A chapter's spread: the region's name large over the whole width, then a side column (the facts and the
   idea fuerza, always in the same place) beside a text column of about 70 characters a line; the learnings
   and the projection span both columns as rows of cards. */
.booklet .chapter-header { margin: 0 0 7mm; padding: 0 0 4mm; border-bottom: 3px solid #1d5b8c; }
.booklet .chapter-kicker { margin: 0 0 2mm; color: #1d5b8c; line-height: 1.1; }
.booklet .chapter-kicker-label { display: block; font-size: 8pt; font-weight: 700; text-transform: uppercase; color: #5b6470; }
.booklet .chapter-region { font-size: 26pt; font-weight: 800; }
.booklet .chapter-title { font-size: 13pt; margin: 0; color: #143f61; }
.booklet .chapter-side { float: left; width: 44mm; }
.booklet .chapter-body { margin-left: 50mm; }
.booklet .chapter-facts { margin: 0 0 5mm; font-size: 8.5pt; color: #5b6470; line-height: 1.35; }
.booklet .chapter-facts div { display: block; margin: 0 0 2.5mm; }
.booklet .chapter-facts dt { display: block; font-weight: 700; text-transform: uppercase; font-size: 7.5pt; color: #1d5b8c; }
.booklet .chapter-facts dd { display: block; margin: 0; font-weight: 600; color: #1f2328; }
.booklet .chapter-network { background: none; border: none; padding: 0; }
.booklet .chapter-side .box-idea-fuerza { margin: 0; padding: 3mm 0; text-align: left; }
.booklet .box-idea-fuerza p { font-size: 11pt; line-height: 1.4; }
.booklet .chapter-body > :first-child h2, .booklet .chapter-conformacion + .chapter-section h2 { margin-top: 0.8em; }
.booklet .box-aprendizajes, .booklet .box-proyeccion { clear: both; }
/* Set a little tighter than on screen, the same for every chapter: with it the longest experiences of 2018
   (Aysén, 644 words; Magallanes, 700) keep to their spread like the other thirteen. */
.booklet { line-height: 1.4; }
.booklet .chapter-section h2 { margin: 1em 0 0.3em; }
.booklet .chapter-section li, .booklet .chapter-box li { margin-bottom: 0.25em; }
.booklet .chapter-box { margin: 0.9em 0; padding: 0.6em 0.9em 0.3em; }
.booklet .box-aprendizajes li, .booklet .box-proyeccion li { padding: 0.4em 0.6em; margin-bottom: 0.5em; }
/* Spanish hyphenation (html lang="es"), sparing: only words of seven letters or more, three on each side, and
   only where the line would otherwise end more than a tenth short. WeasyPrint has no limit on consecutive
   hyphenated lines (hyphenate-limit-lines); the zone keeps them rare. The narrow side column is not hyphenated. */
.booklet { hyphenate-limit-chars: 7 3 3; hyphenate-limit-zone: 10%; }
.booklet .chapter-side { hyphens: manual; -webkit-hyphens: manual; }

"""#,
        "css/screen.css": #"""
/* Booklet on screen: one readable column, parts separated, the contents as links. */

html { font-size: 112.5%; background: #f4f6f8; }

main {
  max-width: 44rem;
  margin: 0 auto;
  padding: 1.5rem 1.5rem 4rem;
  background: #fff;
}

:focus-visible { outline: 3px solid #1d5b8c; outline-offset: 2px; }

.cover {
  background: #1d5b8c;
  color: #fff;
  margin: -1.5rem -1.5rem 2rem;
  padding: 3rem 1.5rem;
}
.cover-title { color: #fff; font-size: 2.4rem; margin: 0.6rem 0; }
.cover-period { font-size: 1.4rem; margin: 0; }

.credits, .toc, .front-section, .part-title, .chapter {
  border-top: 1px solid #c9d6e2;
  padding-top: 2rem;
  margin-top: 3rem;
}

.toc-title { font-size: 1.9em; }
.part-title-heading { font-size: 1.9em; margin: 0 0 0.3em; }
.part-title-summary { color: #1d5b8c; margin: 0; }
.toc-entry { margin: 0 0 0.5em; }
.toc-entry a { text-decoration: none; border-radius: 4px; padding: 0.2em 0.3em; }
.toc-entry a:hover, .toc-entry a:focus { text-decoration: underline; }

/* The way back to the edition's site, above the booklet (print.css leaves it out). */
.booklet-back { max-width: 46rem; margin: 0 auto; padding: 0.8rem 1.5rem 0; }
.booklet-back a { font-weight: 600; }

@media (max-width: 40rem) {
  html { font-size: 100%; }
  .booklet-back { padding: 0.6rem 1rem 0; }
  main { padding: 1rem 1rem 3rem; }
  .cover { margin: -1rem -1rem 1.5rem; }
}

"""#,
        "css/site.css": #"""
/*
 * Site pages: the archive, an edition's home, its region pages and national summary.
 * Typography and the chapters' look come from booklet.css; print.css and page.css
 * print a region page with the booklet's page rules.
 *
 * Colours are the booklet's (written out, as there): accent #1d5b8c, dark accent
 * #143f61, accent tint #e9f1f8, ink #1f2328, muted #5b6470, rules #c9d6e2,
 * page grey #f4f6f8. Text contrast on its background, WCAG AA 4.5:1 at least:
 * ink on white 15.8, muted on white 6.0, muted on tint 5.2, muted on page grey 5.6,
 * accent on white 7.0, accent on tint 6.1, white on dark accent 11.1.
 */

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

/* Header and footer: the same bar, full width, content aligned with the page. */
.site-header, .site-footer { background: #143f61; color: #fff; }
.site-bar { max-width: 60rem; margin: 0 auto; padding: 0.8rem 1.5rem; }
.site-brand {
  margin: 0;
  font-size: 0.8em;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
}
.breadcrumb ol { list-style: none; margin: 0.3rem 0 0; padding: 0; }
.breadcrumb li { display: inline; }
.breadcrumb li + li::before { content: "›"; padding: 0 0.45em; }
.breadcrumb a, .site-footer a { color: #fff; }
.breadcrumb [aria-current="page"] { font-weight: 700; }
.site-footer { margin-top: 3rem; font-size: 0.9em; }
.site-footer p { margin: 0.2em 0; }
.site-footer-author { font-weight: 700; }

/* Focus: always visible, light on the dark bars, accent elsewhere. */
:focus-visible { outline: 3px solid #1d5b8c; outline-offset: 2px; }
.site-header :focus-visible, .site-footer :focus-visible { outline-color: #fff; }
.site-main:focus { outline: none; }
.skip-link:focus { color: #143f61; font-weight: 700; }

/* The page. */
.site-main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 2.5rem; background: #fff; }
.summary-page .site-main, .summary-page .site-bar { max-width: 76rem; }
.page-heading { margin: 0.5rem 0 1.5rem; }
.page-kicker {
  margin: 0;
  color: #1d5b8c;
  font-size: 0.85em;
  font-weight: 700;
  letter-spacing: 0.1em;
  text-transform: uppercase;
}
.page-title { font-size: 2.1em; margin: 0.1em 0 0.2em; }
.page-lead { color: #5b6470; font-size: 1.1em; max-width: 44rem; }
.site-main h2 { font-size: 1.45em; margin: 2rem 0 0.8rem; }
.site-main section > h2:first-child { margin-top: 0; }

/* Lists of links: the home's reading links, its regions, the archive's editions. */
.link-list, .region-list, .edition-list, .page-contents ul { list-style: none; margin: 0; padding: 0; }
.link-list li { margin: 0 0 0.5em; }
.link-list a {
  display: block;
  padding: 0.7em 1em;
  border: 2px solid #1d5b8c;
  border-radius: 6px;
  font-weight: 600;
  text-decoration: none;
}
.link-list a:hover { background: #e9f1f8; text-decoration: underline; }
.region-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.6rem; }
.region-list a {
  display: block;
  height: 100%;
  box-sizing: border-box;
  padding: 0.6em 0.9em;
  background: #e9f1f8;
  border-left: 4px solid #1d5b8c;
  border-radius: 4px;
  color: #1f2328;
  text-decoration: none;
}
.region-list a:hover { text-decoration: underline; }
.region-list-name { display: block; font-weight: 700; color: #143f61; }
.region-list-networks { display: block; font-size: 0.85em; color: #5b6470; }
.home-read, .home-presentation, .home-principles, .home-regions { margin: 0 0 2.2rem; }

/* The summary's contents. */
.page-contents { margin: 0 0 2rem; padding: 0.6em 1em; background: #f4f6f8; border-radius: 6px; }
.page-contents li { display: inline-block; margin: 0.2em 1.5em 0.2em 0; }

/* A region page: the card, the experiences, the schools, the way on. */
.region-card {
  margin: 0 0 2rem;
  padding: 1rem 1.2rem;
  background: #e9f1f8;
  border-left: 5px solid #1d5b8c;
  border-radius: 4px;
}
.region-card-title { font-size: 1.1em; margin: 0 0 0.6em; }
.region-card-facts { margin: 0; }
.region-card-facts div { display: grid; grid-template-columns: 11rem 1fr; gap: 0 1rem; padding: 0.3em 0; border-top: 1px solid #c9d6e2; }
.region-card-facts div:first-child { border-top: none; }
.region-card-facts dt { grid-column: 1; color: #5b6470; font-weight: 600; }
.region-card-facts dd { grid-column: 2; margin: 0; font-weight: 600; }
.region-card-facts dd + dd { margin-top: 0.4em; }
.site .chapter { margin-top: 2rem; padding-top: 1.5rem; border-top: 1px solid #c9d6e2; }
.site-main .chapter-title { margin-top: 0; }
/* A region page names its region in its own heading; the chapter's kicker, made for the booklet, would repeat it. */
.site .chapter-kicker { display: none; }
.region-schools { margin-top: 2rem; padding-top: 1.5rem; border-top: 1px solid #c9d6e2; }
.school-list { columns: 2 16rem; column-gap: 2rem; padding-left: 1.2em; }
.school-list li { break-inside: avoid; margin: 0 0 0.3em; }
.region-nav { margin-top: 2.5rem; }
.region-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.6rem; }
.region-nav li { flex: 1 1 12rem; }
.region-nav a {
  display: block;
  height: 100%;
  box-sizing: border-box;
  padding: 0.6em 0.9em;
  border: 2px solid #1d5b8c;
  border-radius: 6px;
  font-weight: 700;
  text-decoration: none;
}
.region-nav a:hover { background: #e9f1f8; text-decoration: underline; }
.region-nav-label { display: block; font-size: 0.8em; font-weight: 400; color: #5b6470; }
.region-nav-home { text-align: center; }
.region-nav-home a { display: flex; align-items: center; justify-content: center; }
.region-nav-next { text-align: right; }

/* Tables: caption first, header cells set off, figures aligned on the right. */
/* Positioned, so the visually hidden text of its cells (absolutely placed) scrolls with it instead of widening the page. */
.table-scroll { position: relative; overflow-x: auto; margin: 0 0 1rem; }
.data-table { border-collapse: collapse; width: 100%; font-size: 0.88em; line-height: 1.35; }
.data-table caption { text-align: left; font-weight: 700; color: #143f61; padding: 0 0 0.6em; }
.data-table th, .data-table td { padding: 0.45em 0.55em; text-align: left; vertical-align: top; border-bottom: 1px solid #c9d6e2; }
.data-table thead th { background: #143f61; color: #fff; font-weight: 700; vertical-align: bottom; }
.data-table tbody th { font-weight: 700; }
.data-table tbody tr:nth-child(even) { background: #f4f6f8; }
.data-table tfoot th, .data-table tfoot td { font-weight: 700; border-top: 2px solid #143f61; border-bottom: none; }
.data-table .number { text-align: right; white-space: nowrap; }
.cell-list { margin: 0; padding: 0; list-style: none; }
.cell-list li + li { margin-top: 0.3em; }
.emphasis-table thead th { text-align: center; }
.emphasis-table thead tr:first-child th:first-child { text-align: left; }
.emphasis-table .mark, .emphasis-table tfoot td { text-align: center; }
.emphasis-table .mark-yes { color: #1d5b8c; font-size: 1.5em; line-height: 1; }
.emphasis-table tbody th { min-width: 12em; }
/* A rule between the three processes, so each pair of emphases reads as one group. */
.emphasis-table colgroup + colgroup { border-left: 2px solid #c9d6e2; }
.emphasis-region { display: block; font-size: 0.85em; color: #5b6470; font-weight: 400; }
.summary-totals-title { font-size: 1.1em; margin: 1.5rem 0 0.6rem; }
.summary-totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.6rem; margin: 0; }
.summary-totals div { padding: 0.6em 0.8em; background: #e9f1f8; border-radius: 4px; }
.summary-totals dt { font-size: 0.85em; color: #5b6470; }
.summary-totals dd { margin: 0.1em 0 0; font-size: 1.6em; font-weight: 700; color: #143f61; }
.summary-section { margin: 0 0 2.5rem; }
.summary-note { padding: 0.7em 1em; background: #f4f6f8; border-left: 4px solid #5b6470; }

/* Charts: drawn at build time as SVG; each keeps its figures in a table underneath. */
.summary-chart { margin: 0 0 2rem; max-width: 44rem; }
.summary-chart svg { display: block; width: 100%; height: auto; border: 1px solid #c9d6e2; border-radius: 4px; }
.summary-chart-data { margin-top: 0.5rem; }
.summary-chart-data summary { cursor: pointer; color: #1d5b8c; font-weight: 600; padding: 0.3em 0; }
.summary-chart-data .rme-chart-table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9em; }
.summary-chart-data .rme-chart-table caption { text-align: left; font-weight: 700; padding-bottom: 0.4em; }
.summary-chart-data .rme-chart-table th, .summary-chart-data .rme-chart-table td {
  padding: 0.3em 0.7em;
  border-bottom: 1px solid #c9d6e2;
  text-align: left;
}

/* The band under the header that leads to the booklet and its PDF (region pages and the summary). */
.booklet-bar { background: #e9f1f8; border-bottom: 1px solid #c9d6e2; font-size: 0.95em; }
.booklet-bar .site-bar { padding-top: 0.5rem; padding-bottom: 0.5rem; gap: 0.2rem 1.2rem; }
.booklet-bar p { margin: 0; font-weight: 600; color: #143f61; }
.booklet-bar ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; margin: 0; padding: 0; }
.booklet-bar a { font-weight: 600; }
.booklet-bar-facts, .link-list-facts { color: #5b6470; font-weight: 400; }

/* The archive: each edition with a small cover in the booklet's colours, its period as the headline. */
.edition-entry { display: flex; gap: 1rem; align-items: flex-start; margin: 0 0 1.2rem; padding: 0.9rem; border: 1px solid #c9d6e2; border-radius: 6px; background: #fff; }
.edition-list li.edition-entry { margin: 0 0 1.2rem; }
.edition-cover {
  flex: 0 0 5.5rem;
  height: 7.2rem;
  box-sizing: border-box;
  padding: 0.5rem;
  display: flex;
  flex-direction: column;
  justify-content: flex-end;
  background: #1d5b8c;
  color: #fff;
  border-radius: 3px;
  font-size: 0.6rem;
  line-height: 1.2;
  font-weight: 700;
}
.edition-cover-period { display: block; margin-top: 0.3rem; padding-top: 0.25rem; border-top: 2px solid #9cc3e4; font-weight: 400; }
.edition-entry-body { flex: 1 1 auto; min-width: 0; }
.site-main .edition-entry-headline { font-size: 1.35em; margin: 0 0 0.2em; }
.edition-entry-title { margin: 0 0 0.3em; }
.edition-entry-counts { margin: 0 0 0.3em; color: #5b6470; }
.edition-entry-pdf { margin: 0; }

/* The search box in the header, on every page but the search page. */
.site-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.5rem; }
.site-brand, .breadcrumb { flex: 1 1 auto; }
.site-brand { flex-basis: 100%; }
.site-search { display: flex; gap: 0.3rem; margin: 0.3rem 0 0 auto; }
.site-search input, .site-search button, .search-form input, .search-form select, .search-form button {
  font: inherit;
  font-size: 0.95em;
  border-radius: 4px;
}
.site-search input { width: 14rem; padding: 0.25em 0.5em; border: 1px solid #fff; background: #fff; color: #1f2328; }
.site-search button { padding: 0.25em 0.8em; border: 1px solid #fff; background: #143f61; color: #fff; cursor: pointer; }
.site-search button:hover { background: #1d5b8c; }

/* The search page: the form in a row on wide screens, the results as cards. */
.search-form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.8rem 1rem; margin: 0 0 1.2rem; }
.search-field { display: flex; flex-direction: column; gap: 0.25rem; flex: 1 1 12rem; }
.search-field.search-terms { flex: 3 1 18rem; }
.search-field label { font-weight: 600; color: #143f61; }
.search-form input, .search-form select { padding: 0.45em 0.6em; border: 1px solid #5b6470; background: #fff; color: #1f2328; }
.search-form input { font-size: 1.05em; }
.search-form button { padding: 0.5em 1.2em; border: 1px solid #1d5b8c; background: #1d5b8c; color: #fff; font-weight: 700; cursor: pointer; }
.search-form button:hover { background: #143f61; }
.search-form button:disabled { background: #5b6470; border-color: #5b6470; cursor: not-allowed; }
.search-notice { padding: 0.7em 1em; background: #fff6e0; border-left: 4px solid #8a5a00; }
.search-status { color: #5b6470; min-height: 1.5em; margin: 0 0 0.8rem; }
.search-results { list-style: none; margin: 0; padding: 0; }
.search-result { margin: 0 0 1rem; padding: 0.9rem 1.1rem; border: 1px solid #c9d6e2; border-radius: 6px; }
.site-main .search-result-title { font-size: 1.25em; margin: 0 0 0.2em; }
.search-result-facts { margin: 0 0 0.4em; color: #5b6470; font-size: 0.9em; }
.search-result-excerpt { margin: 0.3em 0; }
.search-result mark { background: #fde68a; color: inherit; padding: 0 0.1em; }
.search-result-places { margin: 0.5em 0 0; padding-left: 1.1em; font-size: 0.95em; }
.search-result-places li { margin: 0 0 0.4em; }
.search-result-places .search-result-excerpt { margin: 0.1em 0 0; color: #5b6470; }
.search-result-booklet { margin: 0.5em 0 0; font-size: 0.95em; }

@media screen {
  html { font-size: 106.25%; background: #f4f6f8; }
}

/* Wide screens: the charts two by two. */
@media screen and (min-width: 64rem) {
  .summary-page #graficos { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; align-items: start; }
  .summary-page #graficos > h2 { grid-column: 1 / -1; }
}

/* A table wider than the screen says so, and its caption stays whole in view while the table scrolls. */
.table-scroll-cue { display: none; }

@media screen and (max-width: 40rem) {
  .table-scroll-cue { display: block; margin: 0 0 0.4rem; font-size: 0.9em; font-weight: 600; color: #143f61; }
  .table-scroll { border-right: 4px solid #c9d6e2; }
  .table-scroll caption { position: sticky; left: 0; max-width: calc(100vw - 3rem); text-align: left; }
  /* The characteristics table becomes one card per network: each value under its column's name. */
  .table-stacks { overflow-x: visible; border-right: none; }
  .table-stacks .data-table, .table-stacks tbody, .table-stacks tfoot, .table-stacks tr, .table-stacks th,
  .table-stacks td, .table-stacks caption { display: block; width: auto; max-width: none; position: static; }
  .table-stacks thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .table-stacks tbody tr, .table-stacks tfoot tr { margin: 0 0 0.8rem; border: 1px solid #c9d6e2; border-radius: 4px; }
  .table-stacks tbody tr:nth-child(even) { background: none; }
  .table-stacks tbody th { background: #e9f1f8; }
  .table-stacks td { display: grid; grid-template-columns: minmax(8rem, 45%) 1fr; gap: 0 0.6rem; border-bottom: 1px solid #e1e8ef; }
  .table-stacks td::before { content: attr(data-label); font-weight: 600; color: #5b6470; }
  .table-stacks td.number { text-align: left; }
  .table-stacks tfoot th { border-top: none; }
  .site-main, .site-bar { padding-left: 1rem; padding-right: 1rem; }
  .region-card-facts div { grid-template-columns: 1fr; }
  .region-card-facts dd { grid-column: 1; }
  .region-nav-next { text-align: left; }
  .site-search { width: 100%; margin-left: 0; }
  .site-search input { flex: 1 1 auto; width: auto; min-width: 0; }
}

/* Printed, a region page is its card, its experience(s) and its schools, on one or two pages: a smaller type,
   the card in two columns of floated labels (WeasyPrint 57 has no grid) and without what each chapter prints
   itself a few lines below (network, provincia, since). */
@media print {
  .site-header, .booklet-bar, .region-nav, .page-contents, .skip-link, .search-form { display: none; }
  /* The footer prints, small, under a rule: which publication and edition the page comes from, and its publisher. */
  .site-footer { margin-top: 3mm; padding-top: 1.5mm; border-top: 0.5pt solid #5b6470; background: none; color: #1f2328; font-size: 6.5pt; line-height: 1.3; }
  .site-footer .site-bar { display: block; max-width: none; padding: 0; }
  .site-footer p { display: inline; margin: 0; }
  .site-footer p + p::before { content: " · "; }
  /* The publisher's line names the ministry already. */
  .site-footer .site-footer-author { display: none; }
  .site-footer .site-footer-author + p::before { content: none; }
  .site-main { max-width: none; margin: 0; padding: 0; }
  body.region-page { font-size: 0.85rem; line-height: 1.4; }
  .region-page .chapter-conformacion p { font-size: 1em; }
  .page-heading { margin: 0 0 2mm; }
  .page-title { font-size: 1.8em; margin: 0; }
  .region-card { break-inside: avoid; margin: 0 0 3mm; padding: 2mm 4mm; font-size: 0.9em; }
  .region-card-title { display: none; }
  .region-card-facts { columns: 2; column-gap: 6mm; }
  .region-card-facts div { display: block; overflow: hidden; break-inside: avoid; padding: 0.4mm 0; border-top: none; }
  .region-card-facts dt { float: left; width: 27mm; }
  .region-card-facts dd { margin-left: 28mm; }
  .region-card-facts .region-card-red, .region-card-facts .region-card-provincia,
  .region-card-facts .region-card-desde { display: none; }
  .region-page .chapter { break-before: auto; margin-top: 0; padding-top: 2mm; }
  .region-page .chapter-title { font-size: 1.45em; }
  /* A box may run on to the next page here: kept whole, the longest chapters (Aysén, Magallanes) need a third. */
  .region-page .chapter-box { break-inside: auto; margin: 2.5mm 0; }
  .region-page .chapter-section h3, .region-page .chapter-box h3 { margin-top: 2.5mm; }
  .region-schools { margin-top: 3mm; padding-top: 2mm; font-size: 0.85em; }
  .region-schools h2 { font-size: 1.1em; margin: 0 0 1.5mm; }
  .school-list { columns: 4; column-gap: 4mm; margin: 0; padding-left: 1em; line-height: 1.3; }
  .summary-chart { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  .data-table thead th { background: none; color: #1f2328; border-bottom: 2px solid #143f61; }
}

"""#,
        "edition-home.mustache": #"""
<div class="page-heading home-heading">
<h1 class="page-title">{{title}}</h1>
<p class="page-lead">{{period}}</p>
</div>
<section class="home-read" aria-labelledby="leer">
<h2 id="leer">{{t.homeReadTitle}}</h2>
<ul class="link-list">
<li><a href="{{bookletHref}}">{{t.homeBookletHTML}}</a></li>
{{#hasPDF}}
<li><a href="{{pdfHref}}" type="application/pdf">{{t.homeBookletPDF}} <span class="link-list-facts">({{pdfFacts}})</span></a></li>
{{/hasPDF}}
<li><a href="{{summaryHref}}">{{t.homeSummary}}</a></li>
</ul>
</section>
{{#presentation}}
<section class="home-presentation" aria-labelledby="presentacion">
<h2 id="presentacion">{{title}}</h2>
<div class="front-body">
{{{bodyHTML}}}
</div>
</section>
{{/presentation}}
{{#principles}}
<section class="home-principles" aria-labelledby="principios">
<h2 id="principios">{{title}}</h2>
<ol class="principles-list">
{{#principles}}
<li class="principle"><p><strong class="principle-name">{{name}}</strong> {{text}}</p></li>
{{/principles}}
</ol>
</section>
{{/principles}}
<section class="home-regions" aria-labelledby="regiones">
<h2 id="regiones">{{t.homeRegionsTitle}}</h2>
<ol class="region-list">
{{#regions}}
<li><a href="{{href}}"><span class="region-list-name">{{name}}</span> <span class="region-list-networks">{{networks}}</span></a></li>
{{/regions}}
</ol>
</section>

"""#,
        "front-page.mustache": #"""
<section class="front-section front-page front-page-{{slug}}" id="{{id}}">
<h1 class="front-title">{{title}}</h1>
<div class="front-body">
{{{bodyHTML}}}
</div>
</section>

"""#,
        "js/buscar.js": ##"""
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

"""##,
        "layout.mustache": ##"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<meta name="author" content="{{author}}">
<meta name="description" content="{{description}}">
{{#generatedAt}}
<meta name="dcterms.created" content="{{generatedAt}}">
{{/generatedAt}}
{{#stylesheets}}
<link rel="stylesheet" href="{{href}}" media="{{media}}">
{{/stylesheets}}
</head>
<body class="{{bodyClass}}">
<a class="skip-link" href="#contenido">{{t.skipToContent}}</a>
{{#back}}
<nav class="booklet-back" aria-label="{{t.siteBreadcrumb}}"><a href="{{href}}">← {{label}}</a></nav>
{{/back}}
<main id="contenido">
{{{contentHTML}}}
</main>
</body>
</html>

"""##,
        "networks.mustache": #"""
<section class="front-section figure-networks" id="{{id}}">
<h1 class="front-title">{{title}}</h1>
<table class="networks">
<caption>{{caption}}</caption>
<thead>
<tr><th scope="col">{{t.networksYearHeader}}</th><th scope="col">{{t.networksCountHeader}}</th></tr>
</thead>
<tbody>
{{#years}}
<tr><th scope="row">{{year}}</th><td><span class="networks-track"><span class="networks-bar" style="width: {{percent}}%"></span></span><span class="networks-count">{{count}} {{unit}}</span></td></tr>
{{/years}}
</tbody>
</table>
</section>

"""#,
        "part-title.mustache": #"""
<section class="part-title" id="{{id}}" aria-labelledby="{{id}}-titulo">
<h1 class="part-title-heading" id="{{id}}-titulo">{{title}}</h1>
<p class="part-title-summary">{{summary}}</p>
</section>

"""#,
        "partials/chapter-box.mustache": #"""
<section class="chapter-box box-{{id}}">
<h{{sectionLevel}} id="{{anchor}}">{{heading}}</h{{sectionLevel}}>
{{>partials/section-body}}
</section>

"""#,
        "partials/chapter-section.mustache": #"""
<section class="chapter-section section-{{id}}">
<h{{sectionLevel}} id="{{anchor}}">{{heading}}</h{{sectionLevel}}>
{{>partials/section-body}}
</section>

"""#,
        "partials/section-body.mustache": #"""
{{#hasItems}}
<ul>
{{#items}}
<li>{{{html}}}</li>
{{/items}}
</ul>
{{/hasItems}}
{{^hasItems}}
{{{html}}}
{{/hasItems}}

"""#,
        "partials/toc-entry.mustache": #"""
<li class="toc-entry"><a href="{{href}}">{{title}}</a>{{#detail}}<span class="toc-entry-detail">{{detail}}</span>{{/detail}}</li>

"""#,
        "principles.mustache": #"""
<section class="front-section principles" id="{{id}}">
<h1 class="front-title">{{title}}</h1>
<ol class="principles-list">
{{#principles}}
<li class="principle"><p><strong class="principle-name">{{name}}</strong> {{text}}</p></li>
{{/principles}}
</ol>
</section>

"""#,
        "region.mustache": #"""
<div class="region-body" data-pagefind-body>
<div class="page-heading">
<p class="page-kicker">{{t.regionKicker}}</p>
<h1 class="page-title" data-pagefind-meta="title">{{regionName}}</h1>
<p hidden data-pagefind-ignore data-pagefind-filter="edicion" data-pagefind-meta="edicion">{{period}}</p>
<p hidden data-pagefind-ignore data-pagefind-filter="region">{{regionName}}</p>
<p hidden data-pagefind-ignore data-pagefind-meta="red">{{networks}}</p>
<p hidden data-pagefind-ignore data-pagefind-meta="cuadernillo">{{bookletLink}}</p>
</div>
<section class="region-card" aria-labelledby="resumen-region" data-pagefind-ignore>
<h2 id="resumen-region" class="region-card-title">{{t.regionCardTitle}}</h2>
<dl class="region-card-facts">
{{#facts}}
<div class="region-card-{{kind}}">
<dt>{{label}}</dt>
{{#values}}
{{#isLink}}
<dd><a href="{{href}}">{{text}}</a></dd>
{{/isLink}}
{{^isLink}}
<dd>{{text}}</dd>
{{/isLink}}
{{/values}}
</div>
{{/facts}}
</dl>
</section>
{{{experiencesHTML}}}
<section class="region-schools" id="establecimientos" aria-labelledby="establecimientos-titulo">
<h2 id="establecimientos-titulo">{{schoolsTitle}}</h2>
{{#schools}}
{{#showNetworkNames}}
<h3 id="{{id}}">{{network}}</h3>
{{/showNetworkNames}}
<ul class="school-list">
{{#names}}
<li>{{.}}</li>
{{/names}}
</ul>
{{/schools}}
</section>
</div>
<nav class="region-nav" aria-label="{{t.regionNavLabel}}">
<ul>
{{#previous}}
<li class="region-nav-previous"><a href="{{href}}" rel="prev"><span class="region-nav-label">{{t.regionPrevious}}</span> {{name}}</a></li>
{{/previous}}
<li class="region-nav-home"><a href="{{homeHref}}">{{t.regionBack}}</a></li>
{{#next}}
<li class="region-nav-next"><a href="{{href}}" rel="next"><span class="region-nav-label">{{t.regionNext}}</span> {{name}}</a></li>
{{/next}}
</ul>
</nav>

"""#,
        "search.mustache": #"""
<div class="page-heading">
<h1 class="page-title">{{t.searchTitle}}</h1>
<p class="page-lead">{{t.searchIntro}}</p>
</div>
<form class="search-form" id="buscar" role="search" action="{{searchHref}}" method="get" data-indice="{{indexHref}}"
 data-texto-buscando="{{t.searchSearching}}" data-texto-ninguno="{{t.searchNone}}" data-texto-uno="{{t.searchOne}}"
 data-texto-varios="{{t.searchMany}}" data-texto-filtros="{{t.searchFiltersOnly}}"
 data-texto-edicion="{{t.searchResultEdition}}" data-texto-cuadernillo="{{t.searchResultBooklet}}">
<div class="search-field search-terms">
<label for="buscar-q">{{t.searchLabel}}</label>
<input id="buscar-q" type="search" name="q" autocomplete="off">
</div>
<div class="search-field">
<label for="buscar-edicion">{{t.searchEditionFilter}}</label>
<select id="buscar-edicion" name="edicion">
<option value="">{{t.searchAnyEdition}}</option>
{{#editions}}
<option value="{{period}}">{{period}}</option>
{{/editions}}
</select>
</div>
<div class="search-field">
<label for="buscar-region">{{t.searchRegionFilter}}</label>
<select id="buscar-region" name="region">
<option value="">{{t.searchAnyRegion}}</option>
{{#regions}}
<option value="{{.}}">{{.}}</option>
{{/regions}}
</select>
</div>
<button type="submit" class="search-submit">{{t.searchButton}}</button>
</form>
<noscript><p class="search-notice">{{t.searchNoScript}}</p></noscript>
<p class="search-notice" id="buscar-desde-disco" hidden>{{t.searchFromDisk}}</p>
<p class="search-notice" id="buscar-sin-indice" hidden>{{t.searchUnavailable}}</p>
<p class="search-status" id="buscar-estado" role="status" aria-live="polite"></p>
<ol class="search-results" id="buscar-resultados" aria-label="{{t.searchTitle}}"></ol>

"""#,
        "site-layout.mustache": ##"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<meta name="author" content="{{author}}">
<meta name="description" content="{{description}}">
{{#generatedAt}}
<meta name="dcterms.created" content="{{generatedAt}}">
{{/generatedAt}}
{{#stylesheets}}
<link rel="stylesheet" href="{{href}}" media="{{media}}">
{{/stylesheets}}
{{#scripts}}
<script src="{{.}}" defer></script>
{{/scripts}}
</head>
<body class="site {{bodyClass}}">
<a class="skip-link" href="#contenido">{{t.skipToContent}}</a>
<header class="site-header">
<div class="site-bar">
<p class="site-brand">{{t.ministry}}</p>
{{#hasBreadcrumb}}
<nav class="breadcrumb" aria-label="{{t.siteBreadcrumb}}">
<ol>
{{#breadcrumb}}
{{#isLink}}
<li><a href="{{href}}">{{title}}</a></li>
{{/isLink}}
{{^isLink}}
<li><span aria-current="page">{{title}}</span></li>
{{/isLink}}
{{/breadcrumb}}
</ol>
</nav>
{{/hasBreadcrumb}}
{{#searchHref}}
<form class="site-search" role="search" action="{{searchHref}}" method="get">
<label for="site-search-q" class="visually-hidden">{{t.searchFormLabel}}</label>
<input id="site-search-q" type="search" name="q" autocomplete="off" placeholder="{{t.searchFormLabel}}">
<button type="submit">{{t.searchButton}}</button>
</form>
{{/searchHref}}
</div>
</header>
{{#booklet}}
<nav class="booklet-bar" aria-label="{{t.bookletBarLabel}}">
<div class="site-bar">
{{#chapterPages}}
<p class="booklet-bar-pages">{{chapterPages}}</p>
{{/chapterPages}}
<ul>
<li><a href="{{readHref}}">{{t.bookletBarRead}}</a></li>
{{#pdfHref}}
<li><a href="{{pdfHref}}" type="application/pdf">{{t.bookletBarPDF}}</a> <span class="booklet-bar-facts">({{pdfFacts}})</span></li>
{{/pdfHref}}
</ul>
</div>
</nav>
{{/booklet}}
<main id="contenido" class="site-main" tabindex="-1">
{{{contentHTML}}}
</main>
<footer class="site-footer">
<div class="site-bar">
<p class="site-footer-author">{{author}}</p>
{{#footerLines}}
<p>{{.}}</p>
{{/footerLines}}
</div>
</footer>
</body>
</html>

"""##,
        "summary-characteristics.mustache": #"""
<div class="table-scroll table-stacks" role="region" aria-labelledby="caracteristicas-tabla" tabindex="0">
<table class="data-table characteristics-table">
<caption id="caracteristicas-tabla">{{t.characteristicsCaption}}</caption>
<thead>
<tr>
<th scope="col">{{t.characteristicsRegion}}</th>
<th scope="col">{{t.characteristicsProvince}}</th>
<th scope="col">{{t.characteristicsNetwork}}</th>
<th scope="col">{{t.characteristicsExtent}}</th>
<th scope="col">{{t.characteristicsDependencia}}</th>
<th scope="col">{{t.characteristicsLocalizacion}}</th>
<th scope="col">{{t.characteristicsNiveles}}</th>
<th scope="col" class="number">{{t.characteristicsSchools}}</th>
</tr>
</thead>
<tbody>
{{#rows}}
<tr>
<th scope="row"><a href="{{href}}">{{region}}</a></th>
<td data-label="{{t.characteristicsProvince}}">{{provincia}}</td>
<td data-label="{{t.characteristicsNetwork}}">{{red}}</td>
<td data-label="{{t.characteristicsExtent}}">{{extent}}</td>
<td data-label="{{t.characteristicsDependencia}}">{{dependencia}}</td>
<td data-label="{{t.characteristicsLocalizacion}}">{{localizacion}}</td>
<td data-label="{{t.characteristicsNiveles}}"><ul class="cell-list">{{#niveles}}<li>{{.}}</li>{{/niveles}}</ul></td>
<td class="number" data-label="{{t.characteristicsSchools}}">{{schools}}</td>
</tr>
{{/rows}}
</tbody>
<tfoot>
<tr>
<th scope="row" colspan="7">{{t.characteristicsTotal}}</th>
<td class="number" data-label="{{t.characteristicsSchools}}">{{totalSchools}}</td>
</tr>
</tfoot>
</table>
</div>
<h3 class="summary-totals-title">{{t.totalsTitle}}</h3>
<dl class="summary-totals">
<div><dt>{{t.totalsNetworks}}</dt><dd>{{totalNetworks}}</dd></div>
<div><dt>{{t.totalsSchools}}</dt><dd>{{totalSchools}}</dd></div>
<div><dt>{{t.totalsMean}}</dt><dd>{{mean}}</dd></div>
<div><dt>{{t.totalsMinimum}}</dt><dd>{{minimum}}</dd></div>
<div><dt>{{t.totalsMaximum}}</dt><dd>{{maximum}}</dd></div>
</dl>

"""#,
        "summary-emphasis.mustache": #"""
{{#isEmpty}}
<p class="summary-note">{{t.emphasisNone}}</p>
{{/isEmpty}}
{{^isEmpty}}
<p>{{t.emphasisIntro}}</p>
<p class="table-scroll-cue" aria-hidden="true">{{t.tableScrollCue}}</p>
<div class="table-scroll" role="region" aria-labelledby="enfasis-tabla" tabindex="0">
<table class="data-table emphasis-table">
<caption id="enfasis-tabla">{{t.emphasisCaption}}</caption>
<colgroup><col></colgroup>
{{#groups}}
<colgroup span="2"></colgroup>
{{/groups}}
<thead>
<tr>
<th scope="col" rowspan="2">{{t.emphasisNetwork}}</th>
{{#groups}}
<th scope="colgroup" colspan="2">{{name}}</th>
{{/groups}}
</tr>
<tr>
{{#groups}}
{{#columns}}
<th scope="col">{{heading}}</th>
{{/columns}}
{{/groups}}
</tr>
</thead>
<tbody>
{{#rows}}
<tr>
<th scope="row"><span class="emphasis-region">{{region}}</span> {{red}}</th>
{{#cells}}
{{#marked}}
<td class="mark mark-yes"><span aria-hidden="true">●</span><span class="visually-hidden">{{text}}</span></td>
{{/marked}}
{{^marked}}
<td class="mark mark-no"><span class="visually-hidden">{{text}}</span></td>
{{/marked}}
{{/cells}}
</tr>
{{/rows}}
</tbody>
<tfoot>
<tr>
<th scope="row">{{t.emphasisCount}}</th>
{{#groups}}
{{#columns}}
<td>{{count}}</td>
{{/columns}}
{{/groups}}
</tr>
<tr>
<th scope="row">{{t.emphasisShare}}</th>
{{#groups}}
<td colspan="2" class="emphasis-share">{{share}}</td>
{{/groups}}
</tr>
</tfoot>
</table>
</div>
{{#undeclared}}
<p class="summary-note">{{undeclared}}</p>
{{/undeclared}}
{{/isEmpty}}

"""#,
        "summary.mustache": ##"""
<div class="page-heading">
<h1 class="page-title">{{t.summaryTitle}}</h1>
<p class="page-lead">{{t.summaryIntro}}</p>
</div>
<nav class="page-contents" aria-label="{{t.summaryContents}}">
<ul>
<li><a href="#caracteristicas">{{t.characteristicsTitle}}</a></li>
<li><a href="#enfasis">{{t.emphasisTitle}}</a></li>
<li><a href="#graficos">{{t.chartsTitle}}</a></li>
</ul>
</nav>
<section class="summary-section" id="caracteristicas" aria-labelledby="caracteristicas-titulo">
<h2 id="caracteristicas-titulo">{{t.characteristicsTitle}}</h2>
{{{characteristicsHTML}}}
</section>
<section class="summary-section" id="enfasis" aria-labelledby="enfasis-titulo">
<h2 id="enfasis-titulo">{{t.emphasisTitle}}</h2>
{{{emphasisHTML}}}
</section>
<section class="summary-section" id="graficos" aria-labelledby="graficos-titulo">
<h2 id="graficos-titulo">{{t.chartsTitle}}</h2>
{{#charts}}
<figure class="summary-chart" id="{{slug}}" aria-labelledby="{{slug}}-encabezado">
<h3 class="summary-chart-title visually-hidden" id="{{slug}}-encabezado">{{title}}</h3>
{{{svg}}}
<details class="summary-chart-data">
<summary>{{t.chartData}}</summary>
{{{table}}}
</details>
</figure>
{{/charts}}
</section>

"""##,
        "title-page.mustache": #"""
<section class="title-page" id="{{id}}">
<p class="title-page-title">{{title}}</p>
<p class="title-page-period">{{period}}</p>
<p class="title-page-ministry">{{ministry}}</p>
</section>

"""#,
        "toc.mustache": #"""
<nav class="toc" id="{{id}}" aria-labelledby="{{id}}-titulo">
<h1 id="{{id}}-titulo" class="toc-title">{{t.tocTitle}}</h1>
{{#hasFront}}
<h2 class="toc-group">{{t.tocFrontMatter}}</h2>
<ol class="toc-list">
{{#front}}
{{>partials/toc-entry}}
{{/front}}
</ol>
{{/hasFront}}
{{#hasExperiences}}
<h2 class="toc-group">{{t.tocExperiences}}</h2>
<ol class="toc-list toc-experiences">
{{#experiences}}
{{>partials/toc-entry}}
{{/experiences}}
</ol>
{{/hasExperiences}}
</nav>

"""#,
    ]
}
