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

# The grader runs from its own build folder and never depends on a lesson compiling.
GRADE    = $(SWIFT) run --quiet -c release --scratch-path $(GRADER) grade

.PHONY: help build test sanitize grade watch bench experiments fixtures clean

help:
	@echo "make grade [LESSON=n] [SUBMISSION=dir]  grade the lessons (yours, or a submitted Exercises/ folder)"
	@echo "make watch [LESSON=n]                   regrade a lesson every time you save one of its files"
	@echo "make test                               the kit's own checks (what CI runs)"
	@echo "make sanitize                           the engine's and grader's tests under TSan and ASan"
	@echo "make bench                              time the reference trainer"
	@echo "make experiments                        run the articles' experiments into Results/"
	@echo "make fixtures                           regenerate the reference tables (needs python3 + mpmath)"
	@echo "make clean                              remove build products and grading output"

build:
	$(SWIFT) build --scratch-path $(SCRATCH)

test:
	KIT_IMPL=solutions $(SWIFT) build --build-tests --scratch-path .build/solutions
	KIT_IMPL=solutions $(SWIFT) test --skip-build --scratch-path .build/solutions
	$(GRADE) --self-check

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

grade:
	$(GRADE) $(if $(LESSON),--lesson $(LESSON)) $(if $(SUBMISSION),--submission $(SUBMISSION)) --impl $(IMPL)

watch:
	$(GRADE) --watch $(if $(LESSON),--lesson $(LESSON)) --impl $(IMPL)

bench:
	$(SWIFT) run -c release --scratch-path $(RELEASE) lab bench

experiments:
	$(SWIFT) run -c release --scratch-path $(RELEASE) lab experiment all --seeds 3 --out Results

fixtures:
	python3 -c 'import mpmath' 2>/dev/null || python3 -m pip install --quiet mpmath
	python3 scripts/make_fixtures.py

clean:
	rm -rf .build .grade
