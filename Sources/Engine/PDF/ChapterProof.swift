/// A booklet cut down to one chapter, for a quick print proof: the booklet's head (its stylesheets and page
/// setup) and the chapter's `<article>` alone in its body.
enum ChapterProof {
    /// The booklet `html` keeping only the chapter of the experience `slug` (anchor `experiencia-<slug>`);
    /// `nil` when the booklet has no such chapter.
    static func booklet(_ html: String, keeping slug: String) -> String? {
        guard slug.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !slug.isEmpty else { return nil }
        guard let bodyOpen = html.range(of: "<body"), let bodyTagEnd = html[bodyOpen.upperBound...].firstIndex(of: ">"),
              let anchor = html.range(of: "id=\"experiencia-\(slug)\""),
              let articleStart = html[..<anchor.lowerBound].range(of: "<article", options: .backwards),
              let articleEnd = html[anchor.upperBound...].range(of: "</article>")
        else { return nil }
        let head = html[..<html.index(after: bodyTagEnd)]
        return head + "\n" + html[articleStart.lowerBound..<articleEnd.upperBound] + "\n</body>\n</html>\n"
    }
}
