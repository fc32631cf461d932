// Generated from Content/schema.yaml: do not edit by hand.
// Regenerate with `RME_RECORD_SCHEMA=1 swift test --filter SchemaBuiltInTests`.

/// The text of `Content/schema.yaml`, compiled in as the built-in default.
enum BuiltInSchemaText {
    static let yaml = #"""
# El contrato con las regiones en forma legible por máquina (versión 1).
#
# Lo leen `rme check` (valida cada archivo de experiencia contra esto), `rme new`
# (escribe el esqueleto con cada clave y cada título, y la `guia` de cada uno) y
# `rme schema --json-schema`. El texto humano del contrato está en
# ../shared/content-format.md: cambie los dos a la vez y a propósito.
#
# Copia embebida: Sources/Validation/Schema/BuiltInSchemaText.swift lleva este
# mismo texto (se usa cuando este archivo no está). La prueba
# `SchemaBuiltInTests` falla si los dos difieren y, con RME_RECORD_SCHEMA=1,
# regenera la copia desde este archivo.
#
# Cómo se comparan los textos (valores de listas cerradas, regiones, títulos de
# sección): sin tildes, sin mayúsculas, con los espacios reducidos a uno y sin
# dos puntos ni punto final; para valores y regiones, además, sin guiones,
# apóstrofos ni espacios ("Bío-Bío" = "biobio", "O'Higgins" = "ohiggins").
# Una forma aceptada se guarda siempre en su forma canónica (`valor`/`nombre`),
# sin aviso: el contrato pide aceptar formas cortas y tildes que falten.
#
# Límites: `aviso` y `error` son lo más que se acepta sin ese diagnóstico
# (con `aviso: 10`, 10 ítems pasan y 11 dan aviso). Las cifras medidas vienen de
# las 15 experiencias de Content/2015-2017 (el cuadernillo de 2018); las
# palabras se cuentan separando el texto visible por espacios.

version: 1

archivo:
  # La experiencia más larga de 2018 (Magallanes) pesa 7,4 KB; la más corta
  # (Arica y Parinacota) 3,8 KB. Un archivo de 1 MiB (140 veces la mayor) no es
  # una experiencia de dos páginas sino una exportación desbocada (imágenes
  # pegadas, un documento entero); más abajo los límites de palabras avisan
  # mucho antes. El tiempo de análisis no depende de este límite: lo acota la
  # guarda de estructuras patológicas del módulo Markup.
  max_bytes: 1048576
  # «Palabras» sin espacios (el espacio duro no corta; cuentan los caracteres
  # visibles, no la dirección de un enlace). La más larga de 2018 tiene 23
  # («("CoyhaiqueComprobación», Aysén). Una de más de `aviso` no cabe en una línea
  # de los recuadros de dos columnas del cuadernillo y se sale del margen: aviso
  # por cada una. Las de más de `aviso` de un mismo párrafo, punto o valor, sumadas,
  # no pasan de `error`: WeasyPrint rehace el párrafo en cada línea que corta
  # dentro de una de ellas, y en un recuadro una tira de 300 barras «\» suma 0,3 s,
  # una de 600, 4 s, y una de 1.000 (o diez de 100), 16 s o más
  # (scripts/bench-long-words.py; README, «Entradas patológicas»).
  caracteres_seguidos: { aviso: 60, error: 300 }

edicion:
  # El cuadernillo de 2018 trae una experiencia por región; dos archivos de la
  # misma región en una edición así son un error (uno sobra o tiene mal la región).
  una_por_region: true

# Las 16 regiones en el orden oficial de norte a sur (el orden del cuadernillo).
# `titulo` es como el nombre sigue a "de" en un título: "Experiencia
# colaborativa de la RME del Maule". `acepta` son otras grafías; "Región de …",
# "Región del …" y "Región de la …" delante de cualquier forma también se aceptan.
# `nombre` es la forma que se imprime en todas partes (portada, índice, cabezas,
# marcadores, sitio), con apóstrofo tipográfico (’) en O’Higgins. En el texto y
# en los valores del encabezado, una grafía que difiere de `nombre` solo por el
# apóstrofo, las tildes, guiones o espacios («O´Higgins», «Bio-Bio», «Valparaiso»)
# da un aviso que nombra esta forma (`body.region-spelling`,
# `front-matter.region-spelling`, `edition-file.region-spelling`).
regiones:
  - nombre: Arica y Parinacota
    slug: arica-y-parinacota
    titulo: de Arica y Parinacota
    acepta: [arica, parinacota, arica-parinacota]
  - nombre: Tarapacá
    slug: tarapaca
    titulo: de Tarapacá
    acepta: [tarapaca]
  - nombre: Antofagasta
    slug: antofagasta
    titulo: de Antofagasta
    acepta: []
  - nombre: Atacama
    slug: atacama
    titulo: de Atacama
    acepta: []
  - nombre: Coquimbo
    slug: coquimbo
    titulo: de Coquimbo
    acepta: []
  - nombre: Valparaíso
    slug: valparaiso
    titulo: de Valparaíso
    acepta: [valparaiso]
  - nombre: Metropolitana
    slug: metropolitana
    titulo: de la Región Metropolitana
    acepta: [rm, santiago, metropolitana de santiago, región metropolitana de santiago]
  - nombre: O’Higgins
    slug: ohiggins
    titulo: de O’Higgins
    acepta: [o'higgins, o´higgins, ohiggins, libertador general bernardo o'higgins, libertador bernardo o'higgins]
  - nombre: Maule
    slug: maule
    titulo: del Maule
    acepta: [el maule]
  - nombre: Ñuble
    slug: nuble
    titulo: de Ñuble
    acepta: [nuble]
  - nombre: Biobío
    slug: biobio
    titulo: del Biobío
    acepta: [biobio, bio bio, bío-bío, bio-bio, el biobío]
  - nombre: La Araucanía
    slug: araucania
    titulo: de La Araucanía
    acepta: [araucania, araucanía]
  - nombre: Los Ríos
    slug: los-rios
    titulo: de Los Ríos
    acepta: [los rios]
  - nombre: Los Lagos
    slug: los-lagos
    titulo: de Los Lagos
    acepta: []
  - nombre: Aysén
    slug: aysen
    titulo: de Aysén
    acepta: [aysen, aisen, aysén del general carlos ibáñez del campo]
  - nombre: Magallanes
    slug: magallanes
    titulo: de Magallanes
    acepta: [magallanes y antártica chilena, magallanes y de la antártica chilena]

# Claves del encabezado (front matter) de una experiencia, en el orden en que
# `rme new` las escribe. Tipos: texto (una línea), anio, region, opcion (un
# valor de `valores`), lista_texto, lista_opcion (valores de `valores`).
# `etiqueta` es el nombre de la clave para personas: la fila de la tabla de
# datos de la plantilla de Word (`rme plantilla-word`), que `rme importar` lee
# (sin tildes ni mayúsculas; la clave misma también vale).
# Un número sin comillas donde se espera texto (`red: 2015`) es un error, como
# pide el contrato: YAML lo lee como número; entre comillas es texto.
campos:
  - clave: region
    etiqueta: Región
    tipo: region
    requerido: true
    guia: Región de la red, por ejemplo «Tarapacá» (se aceptan formas cortas como «rm» u «ohiggins»).

  - clave: provincia
    etiqueta: Provincia (DEPROV)
    tipo: texto
    requerido: true
    # El nombre más largo de 2018 es «Concepción» (10 caracteres); el DEPROV de
    # nombre oficial más largo («Santiago Centro», «Cordillera», …) cabe de sobra.
    max_caracteres: 80
    guia: Departamento Provincial de Educación (DEPROV) de la red, por ejemplo «Iquique».

  - clave: red
    etiqueta: Nombre de la red
    tipo: texto
    requerido: true
    # El más largo de 2018 (La Araucanía) tiene 72 caracteres: «Red de
    # Establecimientos Educacionales Municipales de la comuna de Freire».
    # 150 deja el doble; más que eso ya no es un nombre sino una descripción.
    max_caracteres: 150
    guia: Nombre de la Red de Mejoramiento Escolar, tal como la conocen sus integrantes.

  - clave: desde
    etiqueta: Año de inicio
    tipo: anio
    requerido: true
    # Las RME empezaron en 2014 (todas las de 2018 dicen 2015); el máximo es el
    # año en curso, que da la fecha del sistema al revisar.
    anio_minimo: 2014
    guia: Año en que la red empezó a funcionar, solo el número, por ejemplo 2015.

  - clave: dependencia
    etiqueta: Dependencia
    tipo: lista_opcion
    requerido: true
    min_items: 1
    max_items: 3
    valores:
      - valor: municipal
        acepta: [municipales, dependencia municipal, daem, dem]
      - valor: particular subvencionado
        acepta: [particular subvencionada, particulares subvencionados, particulares subvencionadas, subvencionado, subvencionada]
      - valor: servicio local
        acepta: [servicio local de educación, servicio local de educación pública, slep]
    guia: Dependencia de los establecimientos, una o más, por ejemplo [municipal].

  - clave: niveles
    etiqueta: Niveles de enseñanza
    tipo: lista_opcion
    requerido: true
    min_items: 1
    max_items: 6
    valores:
      - valor: parvularia
        acepta: [párvulos, educación parvularia, prebásica, pre-básica, parvularios, inicial, educación inicial]
      - valor: básica
        acepta: [basica, enseñanza básica, educación básica]
      - valor: media científico humanista
        acepta: [media científico-humanista, científico humanista, media ch, media humanista científica, humanista científico, media humanista-científica]
      - valor: media técnico profesional
        acepta: [media técnico-profesional, técnico profesional, media tp, tp, técnico-profesional]
      - valor: especial
        acepta: [educación especial, escuela especial]
      - valor: adultos
        acepta: [educación de adultos, epja, educación de personas jóvenes y adultas]
    guia: Niveles de enseñanza que atiende la red, por ejemplo [básica, media técnico profesional].

  - clave: localizacion
    etiqueta: Localización
    tipo: opcion
    requerido: false
    valores:
      - valor: urbana
        acepta: [urbano]
      - valor: rural
        acepta: []
      - valor: urbana y rural
        acepta: [urbano y rural, urbano-rural, urbana-rural, urbano rural, mixta, rural y urbana]
    guia: Localización de los establecimientos, si el texto la dice (urbana, rural o urbana y rural).

  - clave: comunas
    etiqueta: Comunas
    tipo: lista_texto
    requerido: false
    # 2018 nombra una sola comuna (Calama). La región con más comunas
    # (Metropolitana) tiene 52; una red que cruza más de 30 no es una red local.
    min_items: 1
    max_items: 30
    # La comuna de nombre más largo («Pedro Aguirre Cerda», «Teodoro Schmidt»…) no pasa de 25.
    max_caracteres: 60
    guia: Comunas donde están los establecimientos, si el texto las dice, por ejemplo [Calama].

  - clave: integrantes
    etiqueta: Integrantes
    tipo: lista_texto
    requerido: true
    # Lista abierta de cargos. 2018: a lo más 4 (Metropolitana: directores,
    # jefes técnicos, jefe técnico comunal, encargado comunal SEP-FAEP-PIE, el
    # más largo con 30 caracteres).
    min_items: 1
    max_items: 12
    max_caracteres: 80
    ejemplos: [directores, jefes técnicos, sostenedores, supervisores]
    guia: Cargos de quienes forman la red, por ejemplo [directores, jefes técnicos].

  - clave: establecimientos
    etiqueta: Establecimientos
    tipo: lista_texto
    requerido: true
    # 2018: de 2 (Aysén) a 19 (Magallanes) establecimientos; 60 es el triple del
    # mayor. El nombre más largo («Libertador Capitán General Bernardo
    # O’Higgins») tiene 45 caracteres.
    min_items: 1
    max_items: 60
    max_caracteres: 120
    guia: Nombre de cada establecimiento de la red, uno por línea, en el orden del texto.

  - clave: enfasis
    etiqueta: Énfasis
    tipo: lista_opcion
    requerido: false
    # Los seis énfasis de la matriz de procesos del estudio de 2016.
    min_items: 1
    max_items: 6
    valores:
      - valor: transmisión de información
        acepta: [transmitir información]
      - valor: formación y desarrollo de capacidades
        acepta: [desarrollo de capacidades]
      - valor: compartir prácticas
        acepta: []
      - valor: compartir aprendizajes
        acepta: []
      - valor: obtención de recursos
        acepta: []
      - valor: proyectos socioeducativos conjuntos
        acepta: [proyectos socioeducativos, proyectos conjuntos]
    guia: Énfasis de la red según el estudio de 2016, solo si se conocen; si no, borre esta línea.

# Claves del encabezado de las páginas de presentación (paginas/*.md).
paginas:
  campos:
    - clave: titulo
      tipo: texto
      requerido: true
      # El más largo de 2018: «¿Qué es una Red de Mejoramiento Escolar?» (40).
      max_caracteres: 120
      guia: Título de la página tal como se imprime.

# Secciones del cuerpo, en el orden en que deben aparecer (títulos `##`).
# `titulo` es el que escribe `rme new`; `acepta`, otros títulos válidos, entre
# ellos las formas largas del cuadernillo. Tipo: parrafos o lista (una lista
# con viñetas). Medidas de 2018 en cada sección.
secciones:
  - id: conformacion
    titulo: Conformación
    acepta:
      - La red está conformada por
      - Conformación de la red
      - Conformación de la RME
    tipo: parrafos
    requerida: true
    limites:
      # 2018: de 34 (Aysén, Los Lagos) a 85 palabras (Magallanes, que nombra 19
      # establecimientos). Aviso a 150 (casi el doble), error a 300 (no cabe en
      # la página de la experiencia).
      palabras: { aviso: 150, error: 300 }
    guia: "Quiénes forman la red: «La red está conformada por los directores y jefes técnicos de N escuelas de dependencia municipal: …. Esta Red de Mejoramiento Escolar funciona desde AAAA.»"

  - id: necesidades
    titulo: Principios y necesidades
    acepta:
      - Principios y necesidades de la RME
      - Principios y necesidades de la red
      - Necesidades
    tipo: parrafos
    requerida: true
    limites:
      # 2018: de 23 (Los Ríos) a 69 palabras (Magallanes).
      palabras: { aviso: 120, error: 250 }
    guia: La necesidad o el problema compartido que dio origen a la red, en uno o dos párrafos.

  - id: objetivo
    titulo: Objetivo
    acepta:
      - Objetivo de la RME
      - Objetivo de la red
      - Objetivos
    tipo: parrafos
    requerida: true
    limites:
      # 2018: de 18 (Biobío) a 55 palabras (Magallanes); un objetivo es una oración.
      palabras: { aviso: 100, error: 200 }
    guia: El objetivo de la red, en una oración que empiece con un verbo en infinitivo.

  - id: practicas
    titulo: Para movilizar el objetivo
    acepta:
      - Para movilizar el objetivo los integrantes de la RME
      - Para movilizar el objetivo, los integrantes de la RME
      - Para movilizar el objetivo los integrantes de la red
      - Prácticas
    tipo: lista
    requerida: true
    limites:
      # 2018: de 34 (Antofagasta) a 160 palabras (Magallanes).
      palabras: { aviso: 250, error: 500 }
      # La lista más larga de 2018 tiene 6 ítems (Biobío, Coquimbo, Magallanes);
      # aviso a 10 mantiene la página, error a 20 indica que se pegó algo mal.
      items: { aviso: 10, error: 20 }
      # El ítem más largo de 2018 tiene 35 palabras (Atacama, Aysén); con más de
      # 60 el ítem ya es un párrafo, con más de 120 son varios ítems pegados.
      palabras_por_item: { aviso: 60, error: 120 }
    guia: Lo que hacen los integrantes para lograr el objetivo, un ítem por acción, empezando con un verbo («Diagnostican…»).

  - id: colaboracion
    titulo: Trabajo colaborativo
    acepta:
      - El trabajo colaborativo se refleja cuando sus integrantes
      - Trabajo colaborativo de la RME
      - Trabajo colaborativo de la red
    tipo: lista
    requerida: true
    limites:
      # 2018: de 20 (Antofagasta) a 111 palabras (Maule).
      palabras: { aviso: 200, error: 400 }
      # A lo más 4 ítems en 2018 (Antofagasta, Atacama, Aysén, Maule).
      items: { aviso: 8, error: 16 }
      # El ítem más largo de 2018: 43 palabras (Tarapacá).
      palabras_por_item: { aviso: 70, error: 140 }
    guia: Cómo se nota la colaboración entre los integrantes, un ítem por rasgo, empezando con un verbo («Comparten…»).

  - id: idea_fuerza
    titulo: Idea fuerza
    acepta:
      - Idea fuerza de la RME
      - Idea fuerza de la red
      - Idea-fuerza
    tipo: parrafos
    requerida: true
    limites:
      # Un párrafo corto: de 7 (Metropolitana) a 37 palabras (Aysén) en 2018.
      # Con más de 60 deja de ser una idea fuerza; con más de 120 no cabe en su recuadro.
      palabras: { aviso: 60, error: 120 }
    guia: La idea que resume la experiencia, en una o dos oraciones breves.

  - id: aprendizajes
    titulo: Aprendizajes y logros
    acepta:
      - Principales aprendizajes y logros
      - Principales aprendizajes y logros de la RME
      - Principales aprendizajes y logros de la red
      - Principales aprendizajes y logros de la Red de Mejoramiento Escolar
      - Aprendizajes y logros de la RME
    tipo: lista
    requerida: true
    limites:
      # 2018: de 30 (Arica y Parinacota) a 121 palabras (Aysén).
      palabras: { aviso: 200, error: 400 }
      # Cada ítem es un recuadro de la página: 3 en casi todas, 4 en Aysén.
      items: { aviso: 6, error: 12 }
      # El recuadro más largo de 2018: 37 palabras (La Araucanía, Atacama, Aysén).
      palabras_por_item: { aviso: 60, error: 120 }
    guia: Los principales aprendizajes y logros de la red, un ítem por logro.

  - id: proyeccion
    titulo: Proyección y desafíos
    acepta:
      - Proyección y desafíos de la experiencia colaborativa
      - Proyección y desafíos de la RME
      - Proyección y desafíos de la red
      - Desafíos
    tipo: lista
    requerida: true
    limites:
      # 2018: de 31 (Tarapacá) a 136 palabras (Magallanes).
      palabras: { aviso: 220, error: 450 }
      # Cada ítem es un recuadro: de 1 (Tarapacá, Maule) a 5 (Coquimbo).
      items: { aviso: 8, error: 16 }
      # El recuadro más largo de 2018: 50 palabras (Magallanes).
      palabras_por_item: { aviso: 80, error: 160 }
    guia: Lo que la red se propone hacia adelante, un ítem por desafío, empezando con un verbo en infinitivo.

"""#
}
