/// The page frame shared by every HTML page: head, metadata, stylesheets, the rendered content.
struct LayoutView: PageView {
    static let template = "layout"

    var title: String
    var description: String
    /// A date, only when SOURCE_DATE_EPOCH was set; otherwise no date is printed.
    var generatedAt: String?
    /// How to reach the edition folder from the page ("" for booklet.html, "../" for region pages).
    var stylesheetBase: String
    var bodyClass: String
    /// HTML already produced by the page templates; inserted raw.
    var contentHTML: String
    var strings: StringsTable
    /// On screen, the way back from the booklet to its edition's home ("Volver a la edición 2015–2017");
    /// print leaves it out.
    var backLabel: String? = nil

    /// What `layout.mustache` reads; the date only when there is one.
    var context: [String: Any] {
        var context: [String: Any] = [
            "title": title,
            "description": description,
            "author": strings[.author],
            "lang": strings[.language],
            "stylesheets": ["booklet.css", "screen.css", "print.css", "page.css"].map { name in
                ["href": stylesheetBase + "css/" + name, "media": Self.media(of: name)]
            },
            "bodyClass": bodyClass,
            "contentHTML": contentHTML,
        ]
        if let backLabel {
            context["back"] = ["href": SitePaths.home, "label": backLabel]
        }
        if let generatedAt { context["generatedAt"] = generatedAt }
        return context
    }

    /// Which media a stylesheet serves: the screen sheet stays out of print and the print sheets out of screens.
    static func media(of stylesheet: String) -> String {
        switch stylesheet {
        case "screen.css": "screen"
        case "print.css", "page.css": "print"
        default: "all"
        }
    }
}
