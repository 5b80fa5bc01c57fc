# ActivationLab. `make help` lists the targets.
#
# KIT_IMPL=solutions builds every lesson from Solutions/ instead of Exercises/. Each choice
# keeps its own build folder so switching between them never forces a rebuild.

SWIFT   ?= swift
IMPL    := $(if $(filter solutions,$(KIT_IMPL)),solutions,exercises)
SCRATCH := .build/$(IMPL)
RELEASE := .build/$(IMPL)-release
GRADER  := .build/grader
export KIT_IMPL

# The grader runs from its own build folder and never depends on a lesson compiling. It is
# rebuilt only when its own sources change (make's timestamps cost nothing; `swift run` would
# spend most of a second making sure of it on every regrade).
GRADER_BIN     := $(GRADER)/release/grade
GRADER_SOURCES := $(wildcard Package.swift Sources/Grader/*.swift Sources/grade/*.swift Sources/GradingProtocol/*.swift Sources/CommandKit/*.swift)
GRADE           = $(GRADER_BIN)

# The language of what the grader writes for a student (README, "Grading in your language"):
# `make grade LANG=zh_TW.UTF-8` or `make grade GRADE_LANG=zh-Hant` (also zh-Hans, en); else the
# shell's GRADE_LANG, LC_ALL, LC_MESSAGES or LANG. make exports a variable given on its command
# line into the recipes' environment, where the grader reads it; a LANG given there must also
# outrank an LC_ALL or LC_MESSAGES of the shell (which the locale rules put first), so those are
# cleared for the grader.
GRADE_LOCALE := $(if $(filter command line,$(origin LANG)),LC_ALL= LC_MESSAGES=)

$(GRADER_BIN): $(GRADER_SOURCES)
	$(SWIFT) build --quiet -c release --scratch-path $(GRADER) --product grade
	@touch $@

.PHONY: help build test translations sanitize grade watch grade-class gradescope bench bench-grading experiments fixtures clean

help:
	@echo "make grade [LESSON=n] [SUBMISSION=dir]  grade the lessons (yours, or a submitted Exercises/ folder)"
	@echo "  ... GRADE_LANG=zh-Hant|zh-Hans|en       the report's language (or LANG=zh_TW.UTF-8; default: your locale)"
	@echo "make watch [LESSON=n]                   regrade a lesson every time you save one of its files"
	@echo "make grade-class SUBMISSIONS=dir         grade every student folder of dir into .grade/class/ (FORCE=1 regrades all)"
	@echo "make gradescope                         write .grade/gradescope/autograder.zip for Gradescope"
	@echo "make test                               the kit's own checks (what CI runs)"
	@echo "make translations [STAMP=file…]         the Chinese editions: current, stale or missing (STAMP=: record one you updated)"
	@echo "make sanitize                           the engine's and grader's tests under TSan and ASan"
	@echo "make bench                              time the reference trainer"
	@echo "make bench-grading                      time class grading: seconds per submission"
	@echo "make experiments                        run the articles' experiments into Results/"
	@echo "make fixtures                           regenerate the reference tables (needs python3 + mpmath)"
	@echo "make clean                              remove build products and grading output"

build:
	$(SWIFT) build --scratch-path $(SCRATCH)

test:
	KIT_IMPL=solutions $(SWIFT) build --build-tests --scratch-path .build/solutions
	KIT_IMPL=solutions $(SWIFT) test --skip-build --scratch-path .build/solutions
	$(MAKE) --no-print-directory $(GRADER_BIN)
	$(GRADE) self-check
	$(GRADE) translations

# The Chinese editions of the kit's pages (Sources/Grader/Translations.swift): current, stale,
# missing, their headers, language bars and links. `make test` runs it last, so that a page
# changed in English never hides what the code's checks say. STAMP="a.md b.md" records in those
# translations' headers the digest their English page has now: only after updating their text.
translations: $(GRADER_BIN)
	$(GRADE) translations $(if $(STAMP),--stamp $(STAMP))

# The engine's threads and pointers, and the grader's subprocesses, under ThreadSanitizer and
# AddressSanitizer; each sanitizer keeps its own build folder. Leak detection is off: the only
# leaks it reports are Foundation's and XCTest's own, which the kit cannot fix.
SANITIZED_TESTS = LabEngineTests|GraderTests
sanitize:
	for sanitizer in thread address; do \
	    KIT_IMPL=solutions $(SWIFT) build --build-tests --sanitize=$$sanitizer --scratch-path .build/sanitize-$$sanitizer && \
	    ASAN_OPTIONS=detect_leaks=0 KIT_IMPL=solutions $(SWIFT) test --skip-build --sanitize=$$sanitizer \
	        --scratch-path .build/sanitize-$$sanitizer --filter '$(SANITIZED_TESTS)' || exit 1; \
	done

grade: $(GRADER_BIN)
	$(GRADE_LOCALE) $(GRADE) lessons $(if $(LESSON),--lesson $(LESSON)) $(if $(SUBMISSION),--submission $(SUBMISSION)) --impl $(IMPL)

watch: $(GRADER_BIN)
	$(GRADE_LOCALE) $(GRADE) watch $(if $(LESSON),--lesson $(LESSON)) --impl $(IMPL)

grade-class: $(GRADER_BIN)
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade-class SUBMISSIONS=dir (one subfolder per student)"; exit 2; }
	$(GRADE_LOCALE) $(GRADE) class $(SUBMISSIONS) $(if $(FORCE),--force) $(if $(JOBS),--jobs $(JOBS))

gradescope: $(GRADER_BIN)
	$(GRADE) gradescope .grade/gradescope/autograder.zip

bench-grading: $(GRADER_BIN)
	$(GRADE) bench

bench:
	$(SWIFT) run -c release --scratch-path $(RELEASE) lab bench

experiments:
	$(SWIFT) run -c release --scratch-path $(RELEASE) lab experiment all --seeds 3 --out Results

fixtures:
	python3 -c 'import mpmath' 2>/dev/null || python3 -m pip install --quiet mpmath
	python3 scripts/make_fixtures.py

clean:
	rm -rf .build .grade
