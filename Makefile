# The two commands of README.md: `make demo` and `make test`.
BUILD_DIR ?= build
SANITIZE_DIR ?= build-sanitize
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
INSPECTOR := $(BUILD_DIR)/app/mackerel-inspector
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: all deps configure build build-sanitize test test-plain test-sanitize demo deb clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) -- --quiet

build-sanitize: deps
	@CC=clang CXX=clang++ cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMI_SANITIZE=ON -DMI_FUZZ=ON >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS) -- --quiet

# Every test, then every test again under AddressSanitizer, LeakSanitizer and UBSan (built with
# clang), together with a short run of each libFuzzer target.
test: test-plain test-sanitize

test-plain: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

test-sanitize: build-sanitize
	@echo "== the same tests under AddressSanitizer, LeakSanitizer and UBSan, and the fuzzers"
	@cd $(SANITIZE_DIR) && $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The window where there is a display, the terminal report where there is none.
demo: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(INSPECTOR) --demo ec2; else $(INSPECTOR) match --demo ec2; fi

# The two Debian packages (README, "Debian packages"), made by CPack from the build the tests ran.
deb: build
	@cd $(BUILD_DIR) && cpack --config CPackConfig.cmake >/dev/null
	@ls -1 $(BUILD_DIR)/deb/*.deb

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR)
