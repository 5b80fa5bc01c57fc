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

.PHONY: help build test grade watch grade-class gradescope bench bench-grading experiments fixtures clean

help:
	@echo "make grade [LESSON=n] [SUBMISSION=dir]  grade the lessons (yours, or a submitted Exercises/ folder)"
	@echo "make watch [LESSON=n]                   regrade a lesson every time you save one of its files"
	@echo "make grade-class SUBMISSIONS=dir         grade every student folder of dir into .grade/class/ (FORCE=1 regrades all)"
	@echo "make gradescope                         write .grade/gradescope/autograder.zip for Gradescope"
	@echo "make test                               the kit's own checks (what CI runs)"
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
	$(GRADE) --self-check

grade:
	$(GRADE) $(if $(LESSON),--lesson $(LESSON)) $(if $(SUBMISSION),--submission $(SUBMISSION)) --impl $(IMPL)

watch:
	$(GRADE) --watch $(if $(LESSON),--lesson $(LESSON)) --impl $(IMPL)

grade-class:
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade-class SUBMISSIONS=dir (one subfolder per student)"; exit 2; }
	$(GRADE) --class $(SUBMISSIONS) $(if $(FORCE),--force) $(if $(JOBS),--jobs $(JOBS))

gradescope:
	$(GRADE) --gradescope-zip .grade/gradescope/autograder.zip

bench-grading:
	$(GRADE) --bench-grading

bench:
	$(SWIFT) run -c release --scratch-path $(RELEASE) lab bench

experiments:
	$(SWIFT) run -c release --scratch-path $(RELEASE) lab experiment all --seeds 3 --out Results

fixtures:
	python3 -c 'import mpmath' 2>/dev/null || python3 -m pip install --quiet mpmath
	python3 scripts/make_fixtures.py

clean:
	rm -rf .build .grade
