import Markup

/// A whole edition, validated: its settings, front pages and experiences in region order.
public struct Edition: Sendable {
    /// The folder name under `Content/` ("2015-2017").
    public let id: String
    public let info: EditionInfo
    public let pages: [FrontPage]
    /// Experiences in the official north-to-south order, then by file name.
    public let experiences: [Experience]

    public init(id: String, info: EditionInfo, pages: [FrontPage], experiences: [Experience]) {
        self.id = id
        self.info = info
        self.pages = pages
        self.experiences = experiences.sorted { ($0.region.order, $0.slug) < ($1.region.order, $1.slug) }
    }
}

/// A front page of the booklet ("¿Qué es una Red de Mejoramiento Escolar?").
public struct FrontPage: Codable, Hashable, Sendable {
    /// The file name without number prefix and `.md` ("que-es-una-rme").
    public let slug: String
    public let title: String
    /// cmark's safe-mode HTML of the page body, rendered once when the page is decoded.
    public let bodyHTML: String

    /// The page of a parsed body.
    public init(slug: String, title: String, body: MarkupTree) {
        self.init(slug: slug, title: title, bodyHTML: body.html())
    }

    /// A page from its rendered body.
    public init(slug: String, title: String, bodyHTML: String) {
        self.slug = slug
        self.title = title
        self.bodyHTML = bodyHTML
    }
}

/// What `edition.yaml` says: titles, credits, figures and page setup.
public struct EditionInfo: Sendable {
    public var titulo: String
    /// The period as every page shows it: a range of years with an en dash («2015–2017»), however
    /// `edition.yaml` writes it («2015 - 2017», «2015-2017»). Set once here, so no page can show another form.
    public var periodo: String {
        get { typesetPeriodo }
        set { typesetPeriodo = YearRange.typeset(newValue) }
    }
    /// `periodo` as set, typeset (`YearRange`).
    private var typesetPeriodo: String
    public var publicacionMes: String
    public var publicacionAnio: Int
    public var descripcion: String?
    public var isbn: String?
    public var registroPropiedadIntelectual: String?
    public var editor: Publisher
    public var coordinacionNacional: [String]
    public var comiteEditorial: [String]
    public var diseno: String?
    public var agradecimientos: String?
    public var redesPorAnio: YearlyNetworks?
    public var actores: Actors?
    public var principios: Principles?
    public var pagina: PageSetup

    public init(
        titulo: String, periodo: String, publicacionMes: String, publicacionAnio: Int, descripcion: String?,
        isbn: String?, registroPropiedadIntelectual: String?, editor: Publisher, coordinacionNacional: [String],
        comiteEditorial: [String], diseno: String?, agradecimientos: String?, redesPorAnio: YearlyNetworks?,
        actores: Actors?, principios: Principles?, pagina: PageSetup
    ) {
        self.titulo = titulo
        self.typesetPeriodo = YearRange.typeset(periodo)
        self.publicacionMes = publicacionMes
        self.publicacionAnio = publicacionAnio
        self.descripcion = descripcion
        self.isbn = isbn
        self.registroPropiedadIntelectual = registroPropiedadIntelectual
        self.editor = editor
        self.coordinacionNacional = coordinacionNacional
        self.comiteEditorial = comiteEditorial
        self.diseno = diseno
        self.agradecimientos = agradecimientos
        self.redesPorAnio = redesPorAnio
        self.actores = actores
        self.principios = principios
        self.pagina = pagina
    }

    public struct Publisher: Sendable {
        public var nombre: String
        public var institucion: String
        public var direccion: String?
        public var sitio: String?
        public init(nombre: String, institucion: String, direccion: String?, sitio: String?) {
            self.nombre = nombre
            self.institucion = institucion
            self.direccion = direccion
            self.sitio = sitio
        }
    }

    public struct YearlyNetworks: Sendable {
        public var titulo: String
        public var valores: [(anio: Int, redes: Int)]
        public init(titulo: String, valores: [(anio: Int, redes: Int)]) {
            self.titulo = titulo
            self.valores = valores
        }
    }

    public struct Actors: Sendable {
        public var titulo: String
        public var lista: [String]
        public var contexto: String?
        public init(titulo: String, lista: [String], contexto: String?) {
            self.titulo = titulo
            self.lista = lista
            self.contexto = contexto
        }
    }

    public struct Principles: Sendable {
        public var titulo: String
        public var lista: [(nombre: String, texto: String)]
        public init(titulo: String, lista: [(nombre: String, texto: String)]) {
            self.titulo = titulo
            self.lista = lista
        }
    }
}

/// Paper and margins for print.
public struct PageSetup: Sendable, Hashable {
    /// `carta` (216 × 279 mm) or `a4`.
    public var size: PaperSize
    public var marginTop: String
    public var marginBottom: String
    public var marginInner: String
    public var marginOuter: String

    public init(size: PaperSize = .carta, marginTop: String = "22mm", marginBottom: String = "22mm", marginInner: String = "22mm", marginOuter: String = "20mm") {
        self.size = size
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginInner = marginInner
        self.marginOuter = marginOuter
    }

    public enum PaperSize: String, Sendable, Hashable {
        case carta
        case a4

        /// The CSS `@page size` value.
        public var css: String {
            switch self {
            case .carta: "letter"
            case .a4: "A4"
            }
        }
    }
}
