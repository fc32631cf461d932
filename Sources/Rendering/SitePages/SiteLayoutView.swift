/// The frame of every site page: head, skip link, header with the breadcrumb, main, footer.
///
/// The booklet keeps its own frame (`LayoutView`): it is one long document meant for
/// print, while these pages are a small site with landmarks a reader moves between.
struct SiteLayoutView: PageView {
    static let template = "site-layout"

    /// One step of the breadcrumb; the last one is the page itself and has no link.
    struct Crumb {
        var title: String
        var href: String?
    }

    /// The document's `<title>`.
    var title: String
    var description: String
    /// A date, only when SOURCE_DATE_EPOCH was set; otherwise no date is printed.
    var generatedAt: String?
    /// The stylesheets' paths (relative to the page), in the order they apply.
    var stylesheets: [String]
    var bodyClass: String
    var breadcrumb: [Crumb]
    /// Lines under the ministry's name in the footer (the edition and its ISBN).
    var footerLines: [String]
    /// HTML already produced by the page's own template; inserted raw.
    var contentHTML: String
    var strings: StringsTable
    /// The way to the booklet under the header (region pages and the summary); `nil` elsewhere.
    var booklet: BookletBar? = nil
    /// The search page, for the search box in the header; `nil` on the search page itself.
    var searchHref: String?
    /// Scripts the page loads (paths relative to the page), deferred; only the search page has one.
    var scripts: [String] = []

    /// The band under the header leading to the booklet: read it, download its PDF (with its size and pages),
    /// and, on a region page, the pages its chapter takes.
    struct BookletBar {
        var readHref: String
        var pdfHref: String?
        /// "40 páginas, 176 kB".
        var pdfFacts: String?
        /// "En el cuadernillo: páginas 13–14".
        var chapterPages: String?

        var context: [String: Any] {
            var context: [String: Any] = ["readHref": readHref]
            if let pdfHref { context["pdfHref"] = pdfHref }
            if let pdfFacts { context["pdfFacts"] = pdfFacts }
            if let chapterPages { context["chapterPages"] = chapterPages }
            return context
        }
    }

    /// The sheets every edition page links: the booklet's typography, the site's frame, then the print sheets.
    static let editionStylesheets = ["booklet.css", "site.css", "print.css", "page.css"]

    /// What `site-layout.mustache` reads.
    var context: [String: Any] {
        var context: [String: Any] = [
            "title": title,
            "description": description,
            "author": strings[.author],
            "lang": strings[.language],
            "stylesheets": stylesheets.map { path in
                ["href": path, "media": LayoutView.media(of: String(path.split(separator: "/").last ?? ""))]
            },
            "bodyClass": bodyClass,
            "hasBreadcrumb": breadcrumb.count > 1,
            "breadcrumb": breadcrumb.map { crumb -> [String: Any] in
                var item: [String: Any] = ["title": crumb.title, "isLink": crumb.href != nil]
                if let href = crumb.href { item["href"] = href }
                return item
            },
            "footerLines": footerLines,
            "contentHTML": contentHTML,
        ]
        if let generatedAt { context["generatedAt"] = generatedAt }
        if let searchHref { context["searchHref"] = searchHref }
        if let booklet { context["booklet"] = booklet.context }
        if !scripts.isEmpty { context["scripts"] = scripts }
        return context
    }
}
