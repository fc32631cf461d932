import Content
import Diagnostics

/// The `@page` rules of one edition (`css/page.css`): paper size and margins from `edition.yaml`.
///
/// The values land in CSS, where HTML escaping protects nothing, so each length is checked here.
struct PageSetupView: PageView {
    static let template = "css/page.css"

    var size: String
    /// The paper's height, less a hair so a full-height cover never spills onto a second page.
    var coverHeight: String
    var marginTop: String
    var marginBottom: String
    var marginInner: String
    var marginOuter: String

    /// The rules for a page setup, or an error when a margin is not a plain length.
    init(setup: PageSetup) throws(RenderError) {
        size = setup.size.css
        coverHeight = switch setup.size {
        case .carta: "279mm"
        case .a4: "296.5mm"
        }
        marginTop = try Self.length(setup.marginTop, name: "superior")
        marginBottom = try Self.length(setup.marginBottom, name: "inferior")
        marginInner = try Self.length(setup.marginInner, name: "interior")
        marginOuter = try Self.length(setup.marginOuter, name: "exterior")
    }

    /// What `css/page.css.mustache` reads.
    var context: [String: Any] {
        [
            "size": size, "coverHeight": coverHeight, "marginTop": marginTop, "marginBottom": marginBottom,
            "marginInner": marginInner, "marginOuter": marginOuter,
        ]
    }

    /// A CSS length in mm, cm, in or pt ("22mm", "2.5cm"), or an error naming the margin.
    static func length(_ value: String, name: String) throws(RenderError) -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        let units = ["mm", "cm", "in", "pt"]
        if let unit = units.first(where: { text.hasSuffix($0) }) {
            let number = text.dropLast(unit.count)
            let isDecimal = !number.isEmpty && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
                && number.filter { $0 == "." }.count <= 1 && number.first != "." && number.last != "."
            if isDecimal { return String(number) + unit }
        }
        throw RenderError(file: "edition.yaml", line: nil, message: LocalizedText(
            es: "el margen \(name) «\(value)» no es una medida válida; escriba por ejemplo 22mm o 2.5cm",
            en: "the \(name) margin \"\(value)\" is not a valid length; write for example 22mm or 2.5cm"))
    }
}
